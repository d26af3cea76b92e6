"""heldout6: a seventh independent workspace of the social-media evaluation corpus (see build.py).

Another election pair: the Pilkada serentak of 9 Dec 2020 and the Pemilu of 17 Apr 2019, with their real KPU
calendars, in regions none of the other workspaces uses: Sumatera Barat (province, Kota Bukittinggi), Sumatera Utara
(Kota Pematangsiantar), Jawa Barat (Kabupaten Tasikmalaya), Banten (Kota Tangerang Selatan), Jawa Tengah (Kota
Surakarta), Sulawesi Utara (province, Kota Bitung), Sulawesi Selatan (Kabupaten Gowa), Bali (Kabupaten Tabanan),
Papua Pegunungan (Kabupaten Yahukimo) and Maluku Utara (Kota Tidore Kepulauan). Every person, account, phone number,
post and id is fictional; regions, parties and the KPU calendars are real. Written from rules.md and contract.md only.
"""
from __future__ import annotations

from collections import Counter
from datetime import date

from _corpus import (  # noqa: F401
    WIB, WIT, WITA, A, Canon, Cand, Contest, Ct, Election, Fb, Ig, N, R, Tg, Tt, V, X, Yt, at, fb_person, hnum, img,
    png_shot, table, textless, tg_account_export, tg_contact, tg_phone, tgt, tt_comments, wa_file, wa_phone, yt_channel,
)

LICENCE_NOTE = """**Licence:** written for this project; every person, account, post, phone number
and id is fictional (the presidential pairs of 2019 too). Regions (Kemendagri names/codes), parties (the 2019 list with
its ballot numbers) and the KPU calendars of the Pemilu 2019 and the Pilkada 2020 are real."""

CALENDAR_NOTE = """Stages follow the contract (`dates inclusive, Asia/Jakarta`), with the real KPU calendars of these two
elections (PKPU 5/2020 for the Pilkada, PKPU 5/2018 amending PKPU 7/2017 for the Pemilu). Pilkada serentak 2020:
registration of pairs 4–6 Sep 2020, designation 23 Sep, number draw 24 Sep, campaign 26 Sep–5 Dec, quiet days 6–8 Dec,
voting 9 Dec 2020 (the schedule after the COVID-19 postponement). Pemilu 2019: legislative registration 4–17 Jul 2018,
presidential registration 4–10 Aug 2018, DCT of DPR/DPD/DPRD and the presidential pairs both designated 20 Sep 2018
(so the `designated:` key on the `presiden` contest equals the DCT date and there is no window where a pair is still a
bakal calon while legislative candidates are calon), number draw 21 Sep 2018, campaign 23 Sep 2018–13 Apr 2019, quiet
days 14–16 Apr, voting 17 Apr 2019."""

CODES_NOTE = """`codes_any` is generous: any one code counts (SKB E codes before the WIB designation date — 23 Sep 2020 in the
Pilkada, 20 Sep 2018 in the Pemilu — D codes from it; PP94-N* where they fit; UU10-71-1 in the Pilkada, UU7-* in the
Pemilu; SKB-E4/D6 added for messages inside a candidate's volunteers' group). The codes are the catalogue's (SKB 2022,
PP 94/2021): in 2018–2020 the same conduct was governed by their predecessors (for the Pilkada 2020 the joint decree
of 10 Sep 2020, for the Pemilu 2019 government and KASN circulars, and PP 53/2010 for discipline), whose forms the current
matrix carries over, so a labeller cites the current codes as the tool does."""

DESCRIPTION_BASE = """heldout6 moves to other elections: the Pilkada serentak of 9 December 2020 (governors of Sumatera Barat
and Sulawesi Utara, ten mayors and regents) and the Pemilu of 17 April 2019 (two fictional presidential pairs, 01 and
02, and fictional DPR, DPRD and DPD candidates of the real 2019 parties by dapil). Its regions are new to the corpus:
Kota Bukittinggi and the Sumatera Barat province, Kota Pematangsiantar (a single pair against the empty column, *kotak
kosong*), Kabupaten Tasikmalaya, Kota Tangerang Selatan and Kota Surakarta (WIB); the Sulawesi Utara province, Kota
Bitung, Kabupaten Gowa and Kabupaten Tabanan (WITA); Kabupaten Yahukimo and Kota Tidore Kepulauan (WIT). It stresses
agency chat groups (WhatsApp in four export styles and Telegram, whole-account and group exports): explicit and covert
orders, relays by middle managers, members reporting they complied, bare acknowledgements, objections, withdrawals and
people added to campaign groups who stay silent, leave or join in; coordinated likes by one office; institutional
accounts; campaign props, gestures and photos carried only by captions, alt text or image text; bakal calon support
in mid-2020 and in August 2018; party membership and campaign-team membership; a spouse's campaign; decisions that
favour one pair; campaigning for the empty column; congratulations after the vote. Hard negatives: slogans and pair
acronyms that are everyday words or civic mottos (SIAP, SEJUK, BAGJA, AYEM, SHANTI, DAMAI, Torang Samua Basudara,
Saiyo Sakato, Damai Sejahtera, Tangsel Berkah, Next Level, Gowa Baji, Tegak Berdiri), namesakes of candidates (Asep,
Ujang, Komang, Wayan, Wulan, a shared clan name), news relayed plainly, debates and notices naming every pair, jokes and
complaints about all, how-to-vote explanations, quoted rules, negations. Text is Indonesian (formal, informal, slang,
leetspeak, keycaps, emoji), English-mixed, and Minangkabau, Batak-flavoured Medan Malay, Sundanese, Javanese (ngoko and
krama), Jakarta/Betawi slang, Manado Malay, Makassar-flavoured Indonesian, Balinese, Papuan Malay and North Moluccan
(Ternate/Tidore) Malay. Stage boundaries (23 Sep 2020, 20 Sep 2018, the quiet days) fall where UTC, WIB and the local
WITA/WIT dates differ."""
DESCRIPTION = DESCRIPTION_BASE

LANGS = {}
LANG_NAMES = {
    "id": "Indonesian (standard or informal)", "slang": "Indonesian slang, leetspeak or keycaps", "en": "English or English-mixed",
    "minang": "Minangkabau", "batak": "Medan / Batak-flavoured Malay (Pematangsiantar)", "sunda": "Sundanese",
    "jv": "Javanese (ngoko or krama, Surakarta)", "betawi": "Jakarta / Betawi slang (Tangerang Selatan)",
    "manado": "Manado Malay", "makassar": "Makassar-flavoured Indonesian", "bali": "Balinese",
    "papua": "Papuan Malay", "malut": "North Moluccan (Ternate/Tidore) Malay", "sys": "no text (reactions, follows, joins, service lines)",
}

SB, BKT, PMS = "Provinsi Sumatera Barat", "Kota Bukittinggi", "Kota Pematangsiantar"
TSM, TGS, SKA = "Kabupaten Tasikmalaya", "Kota Tangerang Selatan", "Kota Surakarta"
SU, BTG, GWA, TBN = "Provinsi Sulawesi Utara", "Kota Bitung", "Kabupaten Gowa", "Kabupaten Tabanan"
YHK, TDR = "Kabupaten Yahukimo", "Kota Tidore Kepulauan"


def w(y, mo, d, h=9, mi=0, s=0):
    return at(WIB, y, mo, d, h, mi, s)


def ta(y, mo, d, h=9, mi=0, s=0):
    return at(WITA, y, mo, d, h, mi, s)


def tp(y, mo, d, h=9, mi=0, s=0):
    return at(WIT, y, mo, d, h, mi, s)


def fbid(seed):
    return "1000" + f"{hnum('h6fb' + seed, 10**11):011d}"


def page_id(seed):
    return "10" + f"{hnum('h6pg' + seed, 10**13):013d}"


def phone(seed, prefix="812"):
    return "+62" + prefix + f"{hnum('h6ph' + seed, 10**8):08d}"


# ---------------------------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------------------------
PEMPROV_SB, PEMKOT_BKT = "Pemerintah Provinsi Sumatera Barat", "Pemerintah Kota Bukittinggi"
PEMKOT_PMS, PEMKAB_TSM = "Pemerintah Kota Pematangsiantar", "Pemerintah Kabupaten Tasikmalaya"
KEMENAG_TSM = "Kantor Kementerian Agama Kabupaten Tasikmalaya"
PEMKOT_TGS, PEMKOT_SKA = "Pemerintah Kota Tangerang Selatan", "Pemerintah Kota Surakarta"
PEMPROV_SU, PEMKOT_BTG = "Pemerintah Provinsi Sulawesi Utara", "Pemerintah Kota Bitung"
PEMKAB_GWA, PEMKAB_TBN = "Pemerintah Kabupaten Gowa", "Pemerintah Kabupaten Tabanan"
PEMKAB_YHK, PEMKOT_TDR = "Pemerintah Kabupaten Yahukimo", "Pemerintah Kota Tidore Kepulauan"

UMUM_BKT = "Sekretariat Daerah - Bagian Umum"
KEL_KDP = "Kelurahan Kadipiro, Kecamatan Banjarsari"
DKP_BTG = "Dinas Perikanan"
SD_SGP = "Dinas Pendidikan - SDN 1 Singaparna"
SD_TMR = "Dinas Pendidikan - SD Inpres Tamarunang"
DIST_DK = "Distrik Dekai"

# key, name, sex, status, jabatan, instansi, unit, wilayah, accounts (platform -> True for a derived id, or a handle)[, display]
PEOPLE = [
    # Kota Bukittinggi and the province of Sumatera Barat
    ("bkt_kabag", "Dr. Hendri Saputra, M.Si.", 1, "PNS", "Kepala Bagian Umum", PEMKOT_BKT, UMUM_BKT, BKT, {"facebook": True, "whatsapp": True}),
    ("bkt_staf1", "Yulia Fitri, S.E.", 2, "PNS", "Analis Keuangan", PEMKOT_BKT, UMUM_BKT, BKT,
     {"facebook": True, "whatsapp": True, "instagram": "yuliafitri.bkt"}),
    ("bkt_staf2", "Rizki Ananda", 1, "PPPK", "Pengelola Umum", PEMKOT_BKT, UMUM_BKT, BKT, {"whatsapp": True, "tiktok": "rizkiananda_bkt"}),
    ("bkt_staf3", "Nofrianti", 2, "PNS", "Pengadministrasi Umum", PEMKOT_BKT, UMUM_BKT, BKT, {"whatsapp": True, "facebook": True}),
    ("bkt_guru", "Zulhendri, S.Pd.", 1, "PNS", "Guru Ahli Madya", PEMKOT_BKT, "Dinas Pendidikan - SMPN 2 Bukittinggi", BKT,
     {"facebook": True, "x": "zulhendri_bkt", "youtube": True}),
    ("bkt_lurah", "Afrizal, S.STP.", 1, "PNS", "Lurah", PEMKOT_BKT, "Kelurahan Campago Ipuh, Kecamatan Mandiangin Koto Selayan", BKT,
     {"facebook": True, "whatsapp": True}),
    ("bkt_pkm", "Ns. Mardiah, S.Kep.", 2, "PNS", "Perawat Ahli Muda", PEMKOT_BKT, "Dinas Kesehatan - Puskesmas Tigo Baleh", BKT,
     {"instagram": "mardiah_ns", "whatsapp": True}),
    ("bkt_dishub", "Yusrizal", 1, "PNS", "Pengatur Lalu Lintas", PEMKOT_BKT, "Dinas Perhubungan", BKT, {"facebook": True}),
    ("sb_bm", "Ir. Syafrizal Tanjung, M.T.", 1, "PNS", "Kepala Seksi Pemeliharaan Jalan", PEMPROV_SB, "Dinas Bina Marga - UPTD Wilayah II", SB,
     {"x": "syafrizal_bm", "facebook": True}),
    ("sb_kominfo", "Desi Kurniawati, S.Kom.", 2, "PPPK", "Pranata Komputer Terampil", PEMPROV_SB, "Dinas Komunikasi, Informatika dan Statistik", SB,
     {"x": "desikurnia_", "instagram": "desikurnia.sb", "tiktok": "desi.kominfosb"}),
    ("sb_guru", "Fadhli Rahman, S.Pd.", 1, "PNS", "Guru Ahli Muda", PEMPROV_SB, "Dinas Pendidikan - SMAN 1 Bukittinggi", SB,
     {"tiktok": "pakfadhli_sma1", "instagram": "fadhli.rahman_", "youtube": True}),
    ("sb_arsip", "Elvi Susanti", 2, "PNS", "Arsiparis Ahli Muda", PEMPROV_SB, "Dinas Kearsipan dan Perpustakaan", SB, {"facebook": True}),
    # Kota Pematangsiantar
    ("pms_kadis", "dr. Rosmawati Saragih, M.Kes.", 2, "PNS", "Kepala Dinas", PEMKOT_PMS, "Dinas Kesehatan", PMS, {"whatsapp": True, "facebook": True}),
    ("pms_kabid", "Hotman Sinaga, S.KM.", 1, "PNS", "Kepala Bidang Pelayanan Kesehatan", PEMKOT_PMS, "Dinas Kesehatan", PMS,
     {"whatsapp": True, "facebook": True}),
    ("pms_bidan", "Lamria Br Purba", 2, "PPPK", "Bidan Terampil", PEMKOT_PMS, "Dinas Kesehatan - Puskesmas Martoba", PMS,
     {"whatsapp": True, "facebook": True}),
    ("pms_data", "Daniel Simanjorang", 1, "PNS", "Pengelola Data", PEMKOT_PMS, "Dinas Kesehatan", PMS, {"whatsapp": True, "x": "danielsmj"}),
    ("pms_farmasi", "Sri Rezeki Nasution, S.Farm.", 2, "PNS", "Apoteker Ahli Pertama", PEMKOT_PMS, "Dinas Kesehatan", PMS,
     {"whatsapp": True}),
    ("pms_guru", "Tiurma Manurung, S.Pd.", 2, "PNS", "Guru Ahli Muda", PEMKOT_PMS, "Dinas Pendidikan - SD Negeri 122374", PMS,
     {"facebook": True, "instagram": "tiurma_mnrg"}),
    ("pms_satpol", "Roy Hutabarat", 1, "PNS", "Polisi Pamong Praja Terampil", PEMKOT_PMS, "Satuan Polisi Pamong Praja", PMS,
     {"tiktok": "roy_pp_siantar", "facebook": True}),
    ("pms_camat", "Drs. Benget Sitorus", 1, "PNS", "Camat", PEMKOT_PMS, "Kecamatan Siantar Marihat", PMS, {"facebook": True, "whatsapp": True}),
    # Kabupaten Tasikmalaya
    ("tsm_kabid", "H. Dedi Supriadi, S.Pd., M.M.", 1, "PNS", "Kepala Bidang Pembinaan Sekolah Dasar", PEMKAB_TSM, "Dinas Pendidikan", TSM,
     {"whatsapp": True, "telegram": True, "facebook": True}),
    ("tsm_ks", "Ai Nurhayati, S.Pd.SD", 2, "PNS", "Kepala Sekolah", PEMKAB_TSM, SD_SGP, TSM, {"whatsapp": True, "facebook": True, "telegram": True}),
    ("tsm_guru1", "Asep Saepudin, S.Pd.", 1, "PNS", "Guru Ahli Pertama", PEMKAB_TSM, SD_SGP, TSM, {"whatsapp": True, "facebook": True, "telegram": True}),
    ("tsm_guru2", "Neng Siti Rohimah", 2, "PPPK", "Guru Ahli Pertama", PEMKAB_TSM, SD_SGP, TSM,
     {"whatsapp": True, "instagram": "nengsiti.rohimah", "tiktok": "nengsiti_ngajar", "telegram": True}),
    ("tsm_guru3", "Ujang Komarudin, S.Pd.", 1, "PNS", "Guru Ahli Muda", PEMKAB_TSM, SD_SGP, TSM, {"whatsapp": True, "telegram": True}),
    ("tsm_guru4", "Rani Kusmiati", 2, "PNS", "Guru Ahli Muda", PEMKAB_TSM, SD_SGP, TSM, {"whatsapp": True, "telegram": True, "facebook": True}),
    ("tsm_sekcam", "Drs. Yayat Hidayat", 1, "PNS", "Sekretaris Kecamatan", PEMKAB_TSM, "Kecamatan Singaparna", TSM,
     {"facebook": True, "whatsapp": True, "instagram": "yayat_sekcam"}),
    ("tsm_kec", "Cucu Cahyati", 2, "PPPK", "Pengelola Layanan Operasional", PEMKAB_TSM, "Kecamatan Singaparna", TSM, {"facebook": True}),
    ("tsm_mts", "H. Endang Kurnia, S.Ag.", 1, "PNS", "Guru Madrasah Ahli Madya", KEMENAG_TSM, "MTsN 3 Tasikmalaya", TSM,
     {"youtube": True, "facebook": True}),
    # Kota Tangerang Selatan
    ("tgs_lurah", "Muhamad Iqbal, S.IP.", 1, "PNS", "Lurah", PEMKOT_TGS, "Kelurahan Jurang Mangu Barat, Kecamatan Pondok Aren", TGS,
     {"x": "iqbal_jmb", "whatsapp": True, "instagram": "iqbal.lurahjmb"}),
    ("tgs_staf", "Annisa Rahmadani", 2, "PPPK", "Pengelola Layanan Kependudukan", PEMKOT_TGS, "Kelurahan Jurang Mangu Barat, Kecamatan Pondok Aren", TGS,
     {"x": "annisarhmdn", "instagram": "annisa.rhm"}),
    ("tgs_dishub", "Bayu Pratama, S.T.", 1, "PNS", "Penguji Kendaraan Bermotor", PEMKOT_TGS, "Dinas Perhubungan", TGS, {"x": "bayuprtm_", "tiktok": "bayu.dishub"}),
    ("tgs_guru", "Karina Oktaviani, S.Pd.", 2, "PNS", "Guru Ahli Pertama", PEMKOT_TGS, "Dinas Pendidikan - SMPN 4 Tangerang Selatan", TGS,
     {"x": "karinaokt", "tiktok": "missrina_teach", "instagram": "karina.oktav"}),
    ("tgs_bappeda", "Yoga Aditya, M.Sc.", 1, "PNS", "Perencana Ahli Muda", PEMKOT_TGS, "Badan Perencanaan Pembangunan Daerah", TGS,
     {"x": "yoga_plans", "youtube": True}),
    ("tgs_pkm", "dr. Sarah Amelia", 2, "PNS", "Dokter Ahli Pertama", PEMKOT_TGS, "Dinas Kesehatan - Puskesmas Pondok Aren", TGS,
     {"x": "dr_sarahamel", "instagram": "dr.sarahamelia"}),
    # Kota Surakarta
    ("ska_lurah", "Sutrisno, S.Sos.", 1, "PNS", "Lurah", PEMKOT_SKA, KEL_KDP, SKA, {"whatsapp": True, "facebook": True}),
    ("ska_staf1", "Endang Sri Lestari", 2, "PNS", "Pengadministrasi Umum", PEMKOT_SKA, KEL_KDP, SKA, {"whatsapp": True, "instagram": "endangsri.kdp"}),
    ("ska_staf2", "Wahyu Nugroho", 1, "PPPK", "Pengelola Sarana dan Prasarana", PEMKOT_SKA, KEL_KDP, SKA,
     {"whatsapp": True, "tiktok": "wahyu.kadipiro", "instagram": "wahyunug_"}),
    ("ska_staf3", "Dwi Astuti", 2, "PNS", "Pengolah Data", PEMKOT_SKA, KEL_KDP, SKA, {"whatsapp": True, "instagram": "dwiastuti_kdp"}),
    ("ska_guru", "Bambang Widodo, S.Pd.", 1, "PNS", "Guru Ahli Madya", PEMKOT_SKA, "Dinas Pendidikan - SMPN 9 Surakarta", SKA,
     {"facebook": True, "youtube": True, "x": "bambangwid_solo"}),
    ("ska_disbud", "Retno Wulandari, S.Sn.", 2, "PNS", "Pamong Budaya Ahli Muda", PEMKOT_SKA, "Dinas Kebudayaan", SKA,
     {"instagram": "retno.wulan.sn", "facebook": True}),
    ("ska_camat", "Drs. Hari Prasetyo", 1, "PNS", "Camat", PEMKOT_SKA, "Kecamatan Banjarsari", SKA, {"whatsapp": True, "facebook": True}),
    # Sulawesi Utara (province) and Kota Bitung
    ("su_protokol", "Jantje Rumengan, S.H.", 1, "PNS", "Kepala Subbagian Protokol", PEMPROV_SU, "Biro Umum", SU,
     {"facebook": True, "whatsapp": True, "x": "jantje_rmg"}),
    ("su_staf", "Vivi Lontoh", 2, "PPPK", "Pengelola Protokol", PEMPROV_SU, "Biro Umum", SU, {"instagram": "vivi.lontoh", "whatsapp": True}),
    ("btg_kadis", "Ir. Hendrik Pangemanan", 1, "PNS", "Kepala Dinas", PEMKOT_BTG, DKP_BTG, BTG, {"whatsapp": True, "facebook": True}),
    ("btg_kabid", "Meity Sumampouw, S.Pi.", 2, "PNS", "Kepala Bidang Perikanan Tangkap", PEMKOT_BTG, DKP_BTG, BTG,
     {"whatsapp": True, "instagram": "meity_smp", "facebook": True}),
    ("btg_staf1", "Rivo Manoppo", 1, "PNS", "Penyuluh Perikanan Ahli Pertama", PEMKOT_BTG, DKP_BTG, BTG,
     {"whatsapp": True, "tiktok": "rivo.penyuluh", "facebook": True}),
    ("btg_staf2", "Grace Tumewu", 2, "PPPK", "Pengolah Data", PEMKOT_BTG, DKP_BTG, BTG, {"whatsapp": True, "facebook": True}),
    ("btg_staf3", "Alfian Mokodompit", 1, "PNS", "Pengawas Perikanan", PEMKOT_BTG, DKP_BTG, BTG, {"whatsapp": True, "x": "alfian_mkd", "facebook": True}),
    ("btg_staf4", "Stenly Wuisan", 1, "PNS", "Pengelola Barang Milik Daerah", PEMKOT_BTG, DKP_BTG, BTG, {"whatsapp": True, "facebook": True}),
    ("btg_guru", "Deysi Pantow, S.Pd.", 2, "PNS", "Guru Ahli Muda", PEMKOT_BTG, "Dinas Pendidikan - SMPN 1 Bitung", BTG,
     {"facebook": True, "youtube": True, "instagram": "deysi.pantow"}),
    ("btg_camat", "Frangky Kalalo, S.STP.", 1, "PNS", "Camat", PEMKOT_BTG, "Kecamatan Aertembaga", BTG, {"x": "frangky_kalalo", "facebook": True}),
    # Kabupaten Gowa
    ("gwa_kadis", "Drs. H. Muh. Basri, M.Pd.", 1, "PNS", "Kepala Dinas", PEMKAB_GWA, "Dinas Pendidikan", GWA, {"whatsapp": True, "telegram": True}),
    ("gwa_sekdis", "Hj. Rosdiana, S.Pd., M.Si.", 2, "PNS", "Sekretaris Dinas", PEMKAB_GWA, "Dinas Pendidikan", GWA, {"telegram": True, "whatsapp": True}),
    ("gwa_ks", "Hasnawati, S.Pd.", 2, "PNS", "Kepala Sekolah", PEMKAB_GWA, SD_TMR, GWA, {"telegram": True, "whatsapp": True, "facebook": True}),
    ("gwa_guru1", "Syamsul Alam", 1, "PPPK", "Guru Ahli Pertama", PEMKAB_GWA, SD_TMR, GWA, {"telegram": True, "whatsapp": True, "tiktok": "syamsulalam_gw"}),
    ("gwa_guru2", "Nurhikmah, S.Pd.", 2, "PNS", "Guru Ahli Muda", PEMKAB_GWA, SD_TMR, GWA,
     {"telegram": True, "whatsapp": True, "facebook": True, "instagram": "hikmah.nur_"}),
    ("gwa_guru3", "Muh. Rusdi", 1, "PNS", "Guru Ahli Muda", PEMKAB_GWA, SD_TMR, GWA, {"telegram": True, "whatsapp": True}),
    ("gwa_sekcam", "Andi Akbar Pallawa, S.STP.", 1, "PNS", "Sekretaris Camat", PEMKAB_GWA, "Kecamatan Somba Opu", GWA,
     {"facebook": True, "x": "akbarpallawa"}),
    ("gwa_bidan", "Sitti Aminah, A.Md.Keb.", 2, "PPPK", "Bidan Terampil", PEMKAB_GWA, "Dinas Kesehatan - Puskesmas Somba Opu", GWA,
     {"tiktok": "aminah_bidan", "facebook": True}),
    # Kabupaten Tabanan
    ("tbn_prokopim", "I Made Sudiarta, S.Sos.", 1, "PNS", "Kepala Subbagian Dokumentasi Pimpinan", PEMKAB_TBN,
     "Sekretariat Daerah - Bagian Protokol dan Komunikasi Pimpinan", TBN, {"instagram": "madesudiarta", "facebook": True, "whatsapp": True}),
    ("tbn_guru", "Ni Kadek Ayu Lestari, S.Pd.", 2, "PNS", "Guru Ahli Pertama", PEMKAB_TBN, "Dinas Pendidikan - SDN 2 Dauh Peken", TBN,
     {"instagram": "kadekayu.ls", "facebook": True, "whatsapp": True}),
    ("tbn_pkm", "I Komang Adi Putra, S.Kep.", 1, "PNS", "Perawat Ahli Pertama", PEMKAB_TBN, "Dinas Kesehatan - Puskesmas Kediri I", TBN,
     {"x": "komangadi_", "instagram": "komang.adiputra", "whatsapp": True}),
    ("tbn_tani1", "I Wayan Gede Merta", 1, "PNS", "Penyuluh Pertanian Ahli Muda", PEMKAB_TBN, "Dinas Pertanian", TBN,
     {"facebook": True, "whatsapp": True, "youtube": True}),
    ("tbn_tani2", "Ni Made Rai Suartini", 2, "PNS", "Penyuluh Pertanian Ahli Pertama", PEMKAB_TBN, "Dinas Pertanian", TBN, {"whatsapp": True}),
    ("tbn_tani3", "I Ketut Sumerta", 1, "PPPK", "Penyuluh Pertanian Terampil", PEMKAB_TBN, "Dinas Pertanian", TBN, {"whatsapp": True, "facebook": True}),
    ("tbn_capil", "Ni Putu Eka Wahyuni", 2, "PPPK", "Operator Layanan", PEMKAB_TBN, "Dinas Kependudukan dan Pencatatan Sipil", TBN,
     {"tiktok": "ekawahyuni_tbn", "instagram": "putueka.w"}),
    # Kabupaten Yahukimo
    ("yhk_kadistrik", "Yance Heluka, S.IP.", 1, "PNS", "Kepala Distrik", PEMKAB_YHK, DIST_DK, YHK, {"whatsapp": True, "telegram": True, "facebook": True}),
    ("yhk_staf1", "Marthen Kobak", 1, "PNS", "Pengadministrasi Umum", PEMKAB_YHK, DIST_DK, YHK, {"telegram": True, "whatsapp": True}),
    ("yhk_staf2", "Selvina Itlay", 2, "PPPK", "Pengelola Layanan Umum", PEMKAB_YHK, DIST_DK, YHK, {"telegram": True, "whatsapp": True}),
    ("yhk_staf3", "Herman Walilo", 1, "PNS", "Pengelola Keuangan", PEMKAB_YHK, DIST_DK, YHK, {"telegram": True, "whatsapp": True}),
    ("yhk_guru", "Yohanis Sobolim, S.Pd.", 1, "PNS", "Guru Ahli Pertama", PEMKAB_YHK, "Dinas Pendidikan - SD Negeri Inpres Dekai", YHK,
     {"facebook": True, "tiktok": "pakyohan_dekai", "telegram": True}),
    ("yhk_rsud", "Ns. Agustina Wenda", 2, "PNS", "Perawat Ahli Muda", PEMKAB_YHK, "RSUD Dekai", YHK,
     {"facebook": True, "whatsapp": True, "instagram": "agustina.wenda"}),
    # Kota Tidore Kepulauan
    ("tdr_kabid", "Drs. Ismail Hi. Abdullah", 1, "PNS", "Kepala Bidang Destinasi Pariwisata", PEMKOT_TDR, "Dinas Pariwisata", TDR,
     {"whatsapp": True, "facebook": True}),
    ("tdr_staf1", "Nurlela Sangadji", 2, "PPPK", "Pengelola Destinasi Wisata", PEMKOT_TDR, "Dinas Pariwisata", TDR,
     {"whatsapp": True, "instagram": "nurlela.sgj", "tiktok": "lela_tidore"}),
    ("tdr_staf2", "Rahmat Tjan", 1, "PNS", "Pengadministrasi Umum", PEMKOT_TDR, "Dinas Pariwisata", TDR, {"whatsapp": True}),
    ("tdr_guru", "Fahrul Umasugi, S.Pd.", 1, "PNS", "Guru Ahli Muda", PEMKOT_TDR, "Dinas Pendidikan - SMPN 1 Tidore Kepulauan", TDR,
     {"x": "fahrul_ums", "facebook": True, "youtube": True}),
    ("tdr_lurah", "Hasan Tomagola", 1, "PNS", "Lurah", PEMKOT_TDR, "Kelurahan Soasio, Kecamatan Tidore", TDR, {"facebook": True, "whatsapp": True}),
    # registry rows that rarely or never act
    ("bkt_x1", "Rahmadani Putri", 2, "PPPK", "Perawat Terampil", PEMKOT_BKT, "Dinas Kesehatan - Puskesmas Tigo Baleh", BKT, {}),
    ("pms_x1", "Jonter Siahaan", 1, "PNS", "Pengawas Sekolah", PEMKOT_PMS, "Dinas Pendidikan", PMS, {"facebook": True}),
    ("tsm_x1", "Iis Aisyah", 2, "PNS", "Guru Ahli Pertama", PEMKAB_TSM, SD_SGP, TSM, {}),
    ("tgs_x1", "Fajar Ramadhan", 1, "PPPK", "Analis Data", PEMKOT_TGS, "Badan Perencanaan Pembangunan Daerah", TGS, {"x": "fajar_rmd"}),
    ("ska_x1", "Sri Mulyani, S.Pd.", 2, "PNS", "Guru Ahli Muda", PEMKOT_SKA, "Dinas Pendidikan - SMPN 9 Surakarta", SKA, {}),
    ("btg_x1", "Novita Rawung", 2, "PNS", "Analis Kepegawaian", PEMKOT_BTG, "Badan Kepegawaian dan Pengembangan SDM", BTG, {"instagram": "novita.rawung"}),
    ("gwa_x1", "Muh. Fadli Daeng Sese", 1, "PNS", "Pengawas Sekolah", PEMKAB_GWA, "Dinas Pendidikan", GWA, {}),
    ("tbn_x1", "I Gusti Ayu Sri Astiti", 2, "PNS", "Analis Kebijakan", PEMKAB_TBN, "Badan Perencanaan Pembangunan Daerah", TBN, {}),
    ("yhk_x1", "Obeth Yikwa", 1, "PPPK", "Guru Ahli Pertama", PEMKAB_YHK, "Dinas Pendidikan - SD Negeri Inpres Dekai", YHK, {}),
    ("tdr_x1", "Sarifa Hi. Djafar", 2, "PNS", "Guru Ahli Pertama", PEMKOT_TDR, "Dinas Pendidikan - SMPN 1 Tidore Kepulauan", TDR, {}),
]

PHONE_PREFIX = ["812", "813", "821", "822", "852", "853", "811", "878", "857", "896", "815", "819"]


def add_people(ctx):
    for row in PEOPLE:
        key, nama, sex, status, jab, ins, unit, wil, accs = row[:9]
        disp = row[9] if len(row) > 9 else None
        by = 1966 + hnum("h6by" + key, 28)
        birth = f"{by}{1 + hnum('h6bm' + key, 12):02d}{1 + hnum('h6bd' + key, 28):02d}"
        if status == "PPPK":
            tmt = ["201903", "201906", "201910", "202001"][hnum("h6tp" + key, 4)]  # all before the Pilkada 2020 activities
        else:
            ty = min(by + 22 + hnum("h6ty" + key, 9), 2017)  # all PNS appointed before the Pemilu 2019 activities
            tmt = f"{ty}{1 + hnum('h6tm' + key, 12):02d}"
        seq = 1 + hnum("h6sq" + key, 998)
        acc = {}
        for p, v in accs.items():
            if v is True:
                v = {"facebook": fbid(key), "youtube": yt_channel("h6" + key)}.get(p) or phone(key, PHONE_PREFIX[hnum(key + p, 12)])
            acc[p] = v
        if "telegram" in acc and "whatsapp" in acc:
            acc["telegram"] = acc["whatsapp"]
        ctx.add_asn(key, birth, tmt, sex, seq, nama, jab, ins, unit, wil, status, acc, disp)


INSTS = [
    ("kominfo_bkt", "Dinas Komunikasi dan Informatika Kota Bukittinggi", BKT, "facebook", page_id("kominfo_bkt"), "Diskominfo Bukittinggi"),
    ("kec_mks", "Kecamatan Mandiangin Koto Selayan", BKT, "instagram", "kec.mandiangin", "Kecamatan Mandiangin Koto Selayan"),
    ("kominfo_sb", "Dinas Komunikasi, Informatika dan Statistik Provinsi Sumatera Barat", SB, "youtube", yt_channel("h6kominfosb"),
     "Diskominfotik Sumbar"),
    ("dinkes_pms", "Dinas Kesehatan Kota Pematangsiantar", PMS, "facebook", page_id("dinkes_pms"), "Dinkes Kota Pematangsiantar"),
    ("disdik_tsm", "Dinas Pendidikan Kabupaten Tasikmalaya", TSM, "facebook", page_id("disdik_tsm"), "Disdik Kab. Tasikmalaya"),
    ("kec_sgp", "Kecamatan Singaparna", TSM, "instagram", "kecamatan_singaparna", "Kecamatan Singaparna"),
    ("kominfo_tgs", "Dinas Komunikasi dan Informatika Kota Tangerang Selatan", TGS, "x", "tangselinfo_gov", "Info Pemkot Tangsel"),
    ("kel_jmb", "Kelurahan Jurang Mangu Barat", TGS, "tiktok", "kel.jurangmangubarat", "Kelurahan Jurang Mangu Barat"),
    ("kec_bjs", "Kecamatan Banjarsari", SKA, "instagram", "kecamatanbanjarsari.ska", "Kecamatan Banjarsari Surakarta"),
    ("biro_su", "Biro Umum Sekretariat Daerah Provinsi Sulawesi Utara", SU, "x", "biroumum_sulut", "Biro Umum Pemprov Sulut"),
    ("kominfo_btg", "Dinas Komunikasi dan Informatika Kota Bitung", BTG, "youtube", yt_channel("h6kominfobtg"), "Diskominfo Bitung Channel"),
    ("kec_aer", "Kecamatan Aertembaga", BTG, "x", "kec_aertembaga", "Kecamatan Aertembaga"),
    ("disdik_gwa", "Dinas Pendidikan Kabupaten Gowa", GWA, "tiktok", "disdik.gowa", "Disdik Gowa"),
    ("kec_sop", "Kecamatan Somba Opu", GWA, "facebook", page_id("kec_sop"), "Kecamatan Somba Opu"),
    ("prokopim_tbn", "Sekretariat Daerah Kabupaten Tabanan - Bagian Protokol dan Komunikasi Pimpinan", TBN, "instagram", "prokopim.tabanan",
     "Prokopim Tabanan"),
    ("distrik_dekai", "Distrik Dekai", YHK, "telegram", "infodistrikdekai", "Info Distrik Dekai"),
    ("dispar_tdr", "Dinas Pariwisata Kota Tidore Kepulauan", TDR, "instagram", "dispar.tidore", "Dispar Tidore Kepulauan"),
]


# ---------------------------------------------------------------------------------------------
# elections: real calendars and the 2019 party list; fictional candidates
# ---------------------------------------------------------------------------------------------
PARTIES_2019 = [
    ("PKB", "Partai Kebangkitan Bangsa", 1, []),
    ("GERINDRA", "Partai Gerakan Indonesia Raya", 2, ["Gerindra", "Partai Gerindra"]),
    ("PDIP", "Partai Demokrasi Indonesia Perjuangan", 3, ["PDI Perjuangan", "PDI-P"]),
    ("GOLKAR", "Partai Golongan Karya", 4, ["Golkar", "Partai Golkar"]),
    ("NASDEM", "Partai NasDem", 5, ["NasDem"]),
    ("GARUDA", "Partai Gerakan Perubahan Indonesia", 6, ["Garuda"]),
    ("BERKARYA", "Partai Berkarya", 7, ["Berkarya"]),
    ("PKS", "Partai Keadilan Sejahtera", 8, []),
    ("PERINDO", "Partai Persatuan Indonesia", 9, ["Perindo"]),
    ("PPP", "Partai Persatuan Pembangunan", 10, []),
    ("PSI", "Partai Solidaritas Indonesia", 11, []),
    ("PAN", "Partai Amanat Nasional", 12, []),
    ("HANURA", "Partai Hati Nurani Rakyat", 13, ["Hanura"]),
    ("DEMOKRAT", "Partai Demokrat", 14, ["Demokrat"]),
    ("PBB", "Partai Bulan Bintang", 19, []),
    ("PKPI", "Partai Keadilan dan Persatuan Indonesia", 20, []),
]
PILKADA20_STAGES = [
    ("pendaftaran", date(2020, 9, 4), date(2020, 9, 6)),
    ("penetapan_calon", date(2020, 9, 23), date(2020, 9, 23)),
    ("pengundian_nomor_urut", date(2020, 9, 24), date(2020, 9, 24)),
    ("kampanye", date(2020, 9, 26), date(2020, 12, 5)),
    ("masa_tenang", date(2020, 12, 6), date(2020, 12, 8)),
    ("pemungutan_suara", date(2020, 12, 9), date(2020, 12, 9)),
]
PEMILU19_STAGES = [
    ("pendaftaran", date(2018, 7, 4), date(2018, 7, 17)),
    ("pendaftaran_paslon_presiden", date(2018, 8, 4), date(2018, 8, 10)),
    ("penetapan_calon", date(2018, 9, 20), date(2018, 9, 20)),
    ("penetapan_paslon_presiden", date(2018, 9, 20), date(2018, 9, 20)),
    ("pengundian_nomor_urut_paslon_presiden", date(2018, 9, 21), date(2018, 9, 21)),
    ("kampanye", date(2018, 9, 23), date(2019, 4, 13)),
    ("masa_tenang", date(2019, 4, 14), date(2019, 4, 16)),
    ("pemungutan_suara", date(2019, 4, 17), date(2019, 4, 17)),
]
P20 = date(2020, 9, 23)
D19 = date(2018, 9, 20)

PILKADA_COMMENT = """
heldout6 Pilkada serentak 2020 configuration (contract format; the real KPU calendar of PKPU 5/2020). Candidates are
fictional; regions are real and all held a Pilkada on 9 Dec 2020: Sumatera Barat (13; Kota Bukittinggi 13.75), Sumatera
Utara (Kota Pematangsiantar 12.72, one pair against the empty column), Jawa Barat (Kabupaten Tasikmalaya 32.06), Banten
(Kota Tangerang Selatan 36.74), Jawa Tengah (Kota Surakarta 33.72), Sulawesi Utara (71; Kota Bitung 71.72), Sulawesi
Selatan (Kabupaten Gowa 73.06), Bali (Kabupaten Tabanan 51.02), Papua Pegunungan (Kabupaten Yahukimo 95.03, then in the
province of Papua) and Maluku Utara (Kota Tidore Kepulauan 82.72). Independent pairs: sb-3, ska-2. Ballot numbers were
drawn on 24 Sep 2020; parties carry their 2019 ballot numbers.
"""
PEMILU_COMMENT = """
heldout6 Pemilu 2019 configuration: two fictional presidential pairs (designated 20 Sep 2018, numbers drawn 21 Sep)
and fictional DPR, DPRD and DPD candidates (DCT 20 Sep 2018) with their party and dapil; ballot_number is the candidate's
place on the party list (DPD: the candidate's number on the DPD ballot). Parties are the 2019 national list.
"""


def candidates():
    P = P20
    sb = Contest("sumbar-gubernur", "gubernur", SB, [
        Cand("sb-1", "H. Syahrial Datuak Rajo Mudo", aliases=["Datuak Syahrial", "Da Syahrial", "SAKATO"], mate="Hj. Fitriani Yusuf",
             mate_aliases=["Bundo Fitri"], ballot=1, parties=["GERINDRA", "PAN", "PKS"], slogans=["Sumbar Saiyo Sakato"],
             hashtags=["#SAKATO1", "#SyahrialFitri"], accounts=[("facebook", page_id("sakato")), ("instagram", "datuaksyahrial.official")]),
        Cand("sb-2", "Ridwan Alfian Sutan Pamenan", aliases=["Uda Ridwan", "Ridwan Alfian"], mate="Yulia Rahmi", mate_aliases=["Uni Yulia"],
             ballot=2, parties=["GOLKAR", "NASDEM", "PKB"], slogans=["Bangkik Basamo"], hashtags=["#BangkikBasamo", "#RidwanYulia2"],
             accounts=[("x", "udaridwan_sb"), ("tiktok", "udaridwan2")]),
        Cand("sb-3", "Nasrul Efendi", aliases=["Pak Nasrul", "Angku Nasrul"], mate="Hendri Bagindo Sati", mate_aliases=["Pak Hendri"],
             ballot=3, independent=True, slogans=["Sumbar Baru Tanpa Mahar"], hashtags=["#NasrulHendri3"],
             accounts=[("facebook", page_id("nasrul"))]),
    ], P)
    bkt = Contest("bukittinggi-walikota", "walikota", BKT, [
        Cand("bkt-1", "Ermanto Sutan Marajo", aliases=["Pak Erman", "Angku Erman"], mate="Drs. Amril Datuak Bandaro", mate_aliases=["Datuak Amril"],
             ballot=1, parties=["DEMOKRAT", "PPP", "HANURA"], slogans=["Bukittinggi Kota Ramah Wisata"], hashtags=["#ErmanAmril1"],
             accounts=[("facebook", page_id("erman")), ("instagram", "erman.amril1")]),
        Cand("bkt-2", "Rahmi Yusnita", aliases=["Uni Rahmi", "SEJUK"], mate="Feri Nofrizal", mate_aliases=["Da Feri"],
             ballot=2, parties=["GERINDRA", "PKS"], slogans=["Bukittinggi SEJUK"], hashtags=["#BukittinggiSEJUK", "#UniRahmi2"],
             accounts=[("instagram", "unirahmi.sejuk"), ("tiktok", "unirahmi2")]),
        Cand("bkt-3", "H. Zulkifli Chaniago", aliases=["Haji Zul", "Pak Zul"], mate="Yenni Marlina", mate_aliases=["Uni Yenni"],
             ballot=3, parties=["GOLKAR", "PAN", "NASDEM"], slogans=["Jam Gadang Bacahayo"], hashtags=["#ZulYenni3"],
             accounts=[("facebook", page_id("zulyenni"))]),
    ], P)
    pms = Contest("pematangsiantar-walikota", "walikota", PMS, [
        Cand("pms-1", "Darwin Sihombing", aliases=["Bang Darwin", "Amang Darwin", "DAMAI"], mate="Lestari Purba", mate_aliases=["Kak Tari"],
             ballot=1, parties=["PDIP", "GOLKAR", "GERINDRA", "NASDEM", "DEMOKRAT", "HANURA", "PKB", "PAN"], slogans=["Siantar DAMAI"],
             hashtags=["#SiantarDAMAI", "#DarwinTari"], accounts=[("facebook", page_id("darwin")), ("tiktok", "darwintari.siantar")]),
    ], P)
    tsm = Contest("tasikmalaya-bupati", "bupati", TSM, [
        Cand("tsm-1", "H. Asep Saepul Rohman", aliases=["Kang Asep", "Abah Asep"], mate="Cecep Nurjaman", mate_aliases=["Kang Cecep"],
             ballot=1, parties=["PDIP", "PKB"], slogans=["Tasik Ngahiji"], hashtags=["#AsepCecep1", "#TasikNgahiji"],
             accounts=[("facebook", page_id("asepcecep")), ("instagram", "kangasep.tsm")]),
        Cand("tsm-2", "Hj. Euis Komariah", aliases=["Ceu Euis", "Teh Euis", "BAGJA"], mate="Dadang Hermawan", mate_aliases=["Kang Dadang"],
             ballot=2, parties=["GERINDRA", "PKS", "PAN"], slogans=["Tasik BAGJA"], hashtags=["#TasikBagja", "#EuisDadang2"],
             accounts=[("facebook", page_id("ceueuis")), ("tiktok", "ceueuis.bagja")]),
        Cand("tsm-3", "Yayan Sopyan", aliases=["Kang Yayan", "Ajengan Yayan"], mate="Rina Marlina", mate_aliases=["Teh Rina"],
             ballot=3, parties=["PPP", "GOLKAR", "DEMOKRAT"], slogans=["Tasik Santri Mandiri"], hashtags=["#YayanRina3"],
             accounts=[("instagram", "kangyayan.tsm")]),
    ], P)
    tgs = Contest("tangsel-walikota", "walikota", TGS, [
        Cand("tgs-1", "Benny Hartawan", aliases=["Bang Benny"], mate="Siti Nurhasanah", mate_aliases=["Mpok Siti"],
             ballot=1, parties=["GERINDRA", "PDIP", "PSI"], slogans=["Tangsel Kota Hijau"], hashtags=["#BennySiti1"],
             accounts=[("x", "bennysiti_tgs"), ("instagram", "benny.hartawan")]),
        Cand("tgs-2", "Rizal Aditya Putra", aliases=["Bang Rizal", "RAP"], mate="Melinda Kartika", mate_aliases=["Kak Melinda"],
             ballot=2, parties=["GOLKAR", "NASDEM", "PAN"], slogans=["Tangsel Next Level"], hashtags=["#TangselNextLevel", "#RAP2"],
             accounts=[("x", "rap_tangsel"), ("tiktok", "rizaladitya.tgs")]),
        Cand("tgs-3", "Hj. Nurul Fitria", aliases=["Umi Nurul", "Bu Nurul"], mate="Ahmad Fauzan", mate_aliases=["Ustadz Fauzan"],
             ballot=3, parties=["PKS", "PKB", "DEMOKRAT"], slogans=["Tangsel Berkah"], hashtags=["#TangselBerkah", "#NurulFauzan3"],
             accounts=[("x", "tangselberkah3"), ("instagram", "uminurul.fitria")]),
    ], P)
    ska = Contest("surakarta-walikota", "walikota", SKA, [
        Cand("ska-1", "Raden Hanung Prakoso", aliases=["Mas Hanung", "Den Hanung"], mate="Tri Wahyuningsih", mate_aliases=["Bu Tri"],
             ballot=1, parties=["PDIP", "GOLKAR", "GERINDRA", "PAN", "PSI"], slogans=["Solo Tambah Mulyo"], hashtags=["#HanungTri1", "#SoloTambahMulyo"],
             accounts=[("facebook", page_id("hanung")), ("instagram", "mashanung.solo"), ("youtube", yt_channel("h6hanung"))]),
        Cand("ska-2", "Suharyanto", aliases=["Pak Yanto", "AYEM"], mate="Agus Waluyo", mate_aliases=["Pak Luyo"],
             ballot=2, independent=True, slogans=["Solo AYEM"], hashtags=["#SoloAyem", "#YantoLuyo2"],
             accounts=[("facebook", page_id("yantoluyo"))]),
    ], P)
    sul = Contest("sulut-gubernur", "gubernur", SU, [
        Cand("sul-1", "Ferdinand Lumentut", aliases=["Om Ferdi", "FL"], mate="Hanny Mokoginta", mate_aliases=["Ibu Hanny"],
             ballot=1, parties=["PDIP", "PKB"], slogans=["Torang Samua Basudara"], hashtags=["#FerdiHanny1"],
             accounts=[("facebook", page_id("ferdi")), ("x", "ferdihanny1")]),
        Cand("sul-2", "Stevanus Runtuwene", aliases=["Om Stev", "SIAP"], mate="Arifin Paputungan", mate_aliases=["Pak Arifin"],
             ballot=2, parties=["GOLKAR", "NASDEM", "PAN"], slogans=["Sulut SIAP Maju"], hashtags=["#SulutSIAP", "#StevArifin2"],
             accounts=[("x", "sulutsiap2"), ("instagram", "stevanus.runtuwene")]),
        Cand("sul-3", "Meiske Tumbelaka", aliases=["Ibu Meis", "Mama Meis"], mate="Jemmy Kairupan", mate_aliases=["Om Jemmy"],
             ballot=3, parties=["GERINDRA", "DEMOKRAT", "PKS"], slogans=["Sulut Bersinar"], hashtags=["#MeiskeJemmy3"],
             accounts=[("instagram", "meiske.tumbelaka")]),
    ], P)
    btg = Contest("bitung-walikota", "walikota", BTG, [
        Cand("btg-1", "Maxi Rondonuwu", aliases=["Om Maxi"], mate="Hengky Lasut", mate_aliases=["Om Hengky"],
             ballot=1, parties=["PDIP", "HANURA"], slogans=["Bitung Kota Cakalang"], hashtags=["#MaxiHengky1"],
             accounts=[("facebook", page_id("maxi")), ("youtube", yt_channel("h6maxi"))]),
        Cand("btg-2", "Yopie Manopo", aliases=["Om Yopie", "YM"], mate="Rahel Sumampouw", mate_aliases=["Ibu Rahel"],
             ballot=2, parties=["GOLKAR", "NASDEM", "GERINDRA"], slogans=["Bitung Hebat"], hashtags=["#YopieRahel2"],
             accounts=[("x", "yopierahel2"), ("tiktok", "yopierahel")]),
    ], P)
    gwa = Contest("gowa-bupati", "bupati", GWA, [
        Cand("gwa-1", "Andi Fachrul Rasyid", aliases=["Karaeng Fachrul", "AFR"], mate="Syamsuddin Daeng Sila", mate_aliases=["Daeng Sila"],
             ballot=1, parties=["GOLKAR", "GERINDRA", "PAN"], slogans=["Gowa Baji"], hashtags=["#KaraengFachrul1", "#GowaBaji"],
             accounts=[("facebook", page_id("fachrul")), ("tiktok", "karaengfachrul")]),
        Cand("gwa-2", "Hj. Sitti Rahmatia", aliases=["Daeng Tia", "Ibu Tia"], mate="Muh. Arsyad Tompo", mate_aliases=["Daeng Arsyad"],
             ballot=2, parties=["NASDEM", "PKB", "DEMOKRAT"], slogans=["Gowa Tumbuh Bersama"], hashtags=["#DaengTia2"],
             accounts=[("instagram", "daengtia.gowa")]),
    ], P)
    tbn = Contest("tabanan-bupati", "bupati", TBN, [
        Cand("tbn-1", "I Komang Suardana", aliases=["Pak Komang", "Jro Komang"], mate="Ni Luh Putu Arsini", mate_aliases=["Bu Luh"],
             ballot=1, parties=["PDIP"], slogans=["Tabanan Lumbung Pangan"], hashtags=["#KomangArsini1"],
             accounts=[("instagram", "komangsuardana.tbn"), ("facebook", page_id("komang"))]),
        Cand("tbn-2", "I Wayan Sudarsana", aliases=["Pak Wayan", "Bli Wayan", "SHANTI"], mate="Ketut Mertayasa", mate_aliases=["Pak Ketut"],
             ballot=2, parties=["GOLKAR", "GERINDRA", "DEMOKRAT", "NASDEM"], slogans=["Tabanan SHANTI"], hashtags=["#TabananShanti", "#WayanKetut2"],
             accounts=[("instagram", "tabananshanti2")]),
    ], P)
    yhk = Contest("yahukimo-bupati", "bupati", YHK, [
        Cand("yhk-1", "Yosias Kobak", aliases=["Bapa Yosias", "Kaka Yos"], mate="Ruben Soll", mate_aliases=["Pak Ruben"],
             ballot=1, parties=["PDIP", "NASDEM", "PKB"], slogans=["Yahukimo Damai Sejahtera"], hashtags=["#YosiasRuben1"],
             accounts=[("facebook", page_id("yosias"))]),
        Cand("yhk-2", "Benyamin Esema", aliases=["Bapa Ben"], mate="Hasanuddin Tahir", mate_aliases=["Pak Hasan"],
             ballot=2, parties=["GOLKAR", "DEMOKRAT", "GERINDRA"], slogans=["Yahukimo Baru"], hashtags=["#BenHasan2"],
             accounts=[("facebook", page_id("benyamin"))]),
    ], P)
    tdr = Contest("tidore-walikota", "walikota", TDR, [
        Cand("tdr-1", "Jafar Hi. Ahmad", aliases=["Om Jafar", "Ustad Jafar"], mate="Rustam Kiat", mate_aliases=["Pak Rustam"],
             ballot=1, parties=["PKS", "GOLKAR"], slogans=["Tidore Bangkit Bersatu"], hashtags=["#JafarRustam1"],
             accounts=[("instagram", "jafarrustam1")]),
        Cand("tdr-2", "Sofia Hi. Kader", aliases=["Ibu Sofia", "Mama Sofi"], mate="Ahmad Laiyan", mate_aliases=["Pak Laiyan"],
             ballot=2, parties=["NASDEM", "PDIP", "GERINDRA"], slogans=["Tidore Maju Sejahtera"], hashtags=["#SofiaLaiyan2"],
             accounts=[("tiktok", "mamasofi.tidore")]),
    ], P)
    pilkada = Election("pilkada-2020-heldout6", "Pemilihan Serentak 2020 (heldout6)", date(2020, 12, 9), "pilkada",
                       [sb, bkt, pms, tsm, tgs, ska, sul, btg, gwa, tbn, yhk, tdr], PILKADA_COMMENT,
                       stages=PILKADA20_STAGES, parties=PARTIES_2019, designation=P20)

    pres = Contest("presiden-2019", "presiden", "Indonesia", [
        Cand("p19-1", "Baskoro Adiwinata", aliases=["Pak Baskoro", "Mas Bas"], mate="KH. Ahmad Rifa'i Hasbullah", mate_aliases=["Kiai Rifa'i"],
             ballot=1, parties=["PDIP", "GOLKAR", "PKB", "NASDEM", "PPP", "HANURA", "PSI", "PERINDO", "PKPI"], slogans=["Indonesia Tegak Berdiri"],
             hashtags=["#TegakBerdiri01", "#BasRifai01"], accounts=[("x", "basrifai01"), ("instagram", "baskoro.rifai01")]),
        Cand("p19-2", "Hendrawan Sasmita", aliases=["Pak Hendrawan", "Bang Hendra"], mate="Lukman Harsono", mate_aliases=["Bang Lukman"],
             ballot=2, parties=["GERINDRA", "PKS", "PAN", "DEMOKRAT", "BERKARYA"], slogans=["Rakyat Sejahtera Negara Kuat"],
             hashtags=["#RakyatKuat02", "#HendraLukman02"], accounts=[("x", "hendralukman02"), ("facebook", page_id("hendralukman"))]),
    ], D19)
    D = D19
    leg = [
        Contest("dpr-sumbar-2", "dpr", "Dapil Sumatera Barat II (Kota Bukittinggi, Kabupaten Agam, Kabupaten Pasaman, Kabupaten Pasaman Barat, "
                "Kabupaten Lima Puluh Kota, Kota Payakumbuh, Kabupaten Padang Pariaman, Kota Pariaman)", [
            Cand("dpr-sb2-pan-2", "Arif Rahman Datuak Mangkuto", aliases=["Datuak Arif"], ballot=2, parties=["PAN"], hashtags=["#DatuakArif2"],
                 accounts=[("facebook", page_id("datuakarif"))]),
        ], D),
        Contest("dpr-sumut-3", "dpr", "Dapil Sumatera Utara III (Kabupaten Langkat, Karo, Simalungun, Asahan, Dairi, Pakpak Bharat, Batu Bara, "
                "Kota Binjai, Kota Pematangsiantar, Kota Tanjungbalai)", [
            Cand("dpr-su3-gol-2", "Parlindungan Simanjuntak", aliases=["Lae Parlin", "Amang Parlin"], ballot=2, parties=["GOLKAR"],
                 hashtags=["#LaeParlin2"], accounts=[("facebook", page_id("parlin"))]),
        ], D),
        Contest("dpr-jabar-11", "dpr", "Dapil Jawa Barat XI (Kabupaten Garut, Kabupaten Tasikmalaya, Kota Tasikmalaya)", [
            Cand("dpr-jb11-pkb-3", "H. Ujang Syarifudin", aliases=["Kang Ujang"], ballot=3, parties=["PKB"], hashtags=["#KangUjang3"],
                 accounts=[("facebook", page_id("kangujang"))]),
        ], D),
        Contest("dpr-banten-3", "dpr", "Dapil Banten III (Kabupaten Tangerang, Kota Tangerang, Kota Tangerang Selatan)", [
            Cand("dpr-bt3-psi-1", "Kevin Pratama Wijaya", aliases=["Bro Kevin", "Kevin PSI"], ballot=1, parties=["PSI"], hashtags=["#KevinPSI1"],
                 accounts=[("x", "kevinpw_psi")]),
        ], D),
        Contest("dpr-jateng-5", "dpr", "Dapil Jawa Tengah V (Kabupaten Boyolali, Kabupaten Klaten, Kabupaten Sukoharjo, Kota Surakarta)", [
            Cand("dpr-jt5-pdip-5", "Sri Wulan Handayani", aliases=["Mbak Wulan", "Bu Wulan"], ballot=5, parties=["PDIP"], hashtags=["#MbakWulan5"],
                 accounts=[("instagram", "mbakwulan5")]),
        ], D),
        Contest("dpr-sulut", "dpr", "Dapil Sulawesi Utara", [
            Cand("dpr-sulut-nas-4", "Jeane Wowor", aliases=["Ibu Jeane"], ballot=4, parties=["NASDEM"], hashtags=["#JeaneWowor4"],
                 accounts=[("instagram", "jeanewowor4")]),
        ], D),
        Contest("dpr-sulsel-1", "dpr", "Dapil Sulawesi Selatan I (Kota Makassar, Kabupaten Gowa, Takalar, Jeneponto, Bantaeng, Kepulauan Selayar)", [
            Cand("dpr-ss1-ger-1", "Andi Tenri Sompa", aliases=["Andi Tenri"], ballot=1, parties=["GERINDRA"], hashtags=["#AndiTenri1"],
                 accounts=[("tiktok", "anditenri1")]),
        ], D),
        Contest("dpr-bali", "dpr", "Dapil Bali", [
            Cand("dpr-bali-gol-2", "Ni Made Sriasih", aliases=["Bu Made Sri"], ballot=2, parties=["GOLKAR"], hashtags=["#MadeSriasih2"],
                 accounts=[("instagram", "madesriasih2")]),
        ], D),
        Contest("dpr-papua", "dpr", "Dapil Papua", [
            Cand("dpr-pap-dem-3", "Naomi Kogoya", aliases=["Mama Naomi"], ballot=3, parties=["DEMOKRAT"], hashtags=["#MamaNaomi3"],
                 accounts=[("facebook", page_id("naomi"))]),
        ], D),
        Contest("dpr-malut", "dpr", "Dapil Maluku Utara", [
            Cand("dpr-mu-pks-1", "Hi. Abdul Gafur Mahifa", aliases=["Ustad Gafur"], ballot=1, parties=["PKS"], hashtags=["#GafurPKS1"],
                 accounts=[("x", "gafur_pks1")]),
        ], D),
        Contest("dprd-surakarta-4", "dprd_kabkota", "Kota Surakarta - Dapil Surakarta 4", [
            Cand("dprd-ska4-pdip-1", "Joko Santosa", aliases=["Pakde Joko", "Mas Joko"], ballot=1, parties=["PDIP"], hashtags=["#PakdeJoko1"],
                 accounts=[]),
        ], D),
        Contest("dprd-gowa-1", "dprd_kabkota", "Kabupaten Gowa - Dapil Gowa 1", [
            Cand("dprd-gwa1-pan-3", "Muh. Ilham Daeng Lira", aliases=["Daeng Lira"], ballot=3, parties=["PAN"], hashtags=["#DaengLira3"], accounts=[]),
        ], D),
        Contest("dprd-bitung-2", "dprd_kabkota", "Kota Bitung - Dapil Bitung 2", [
            Cand("dprd-btg2-pdip-6", "Rommy Karundeng", aliases=["Om Rommy"], ballot=6, parties=["PDIP"], hashtags=["#OmRommy6"], accounts=[]),
        ], D),
        Contest("dprd-sumbar-4", "dprd_provinsi", "Provinsi Sumatera Barat - Dapil Sumbar 4", [
            Cand("dprd-sb4-pks-2", "Hj. Nurhayati Kahar", aliases=["Uni Nur"], ballot=2, parties=["PKS"], hashtags=["#UniNur2"], accounts=[]),
        ], D),
        Contest("dpd-sumbar", "dpd", SB, [
            Cand("dpd-sb-28", "Elfira Yunita", aliases=["Uni Elfira"], ballot=28, hashtags=["#UniElfira28"], accounts=[]),
        ], D),
        Contest("dpd-bali", "dpd", "Provinsi Bali", [
            Cand("dpd-bali-33", "Anak Agung Gede Suteja", aliases=["Gung Suteja"], ballot=33, hashtags=["#GungSuteja33"], accounts=[]),
        ], D),
        Contest("dpd-papua", "dpd", "Provinsi Papua", [
            Cand("dpd-pap-41", "Yulianus Magai", aliases=["Bapa Yulianus"], ballot=41, hashtags=["#BapaYulianus41"], accounts=[]),
        ], D),
    ]
    pemilu = Election("pemilu-2019-heldout6", "Pemilihan Umum 2019 (heldout6)", date(2019, 4, 17), "pemilu", [pres] + leg, PEMILU_COMMENT,
                      stages=PEMILU19_STAGES, parties=PARTIES_2019, dct=D19, pres=D19,
                      designated_note="extension: pairs designated 20 Sep 2018, the same day as the DCT")
    return pilkada, pemilu


# ---------------------------------------------------------------------------------------------
# Facebook Graph API
# ---------------------------------------------------------------------------------------------
def facebook(c):
    u = lambda k: {"name": c.disp(k), "id": c.acct(k, "facebook")}  # noqa: E731
    P = fb_person

    # 1. the page of the Sumbar governor pair SAKATO (sb-1), Graph v8.0 of late 2020
    sid = c.cands["sb-1"].handle("facebook")
    fb = Fb(c, "facebook/page_sakato_sumbar_feed.json", sid, version="v8.0")
    page = {"name": "Datuak Syahrial - SAKATO", "id": sid}
    own = lambda note="posted by the candidate's page itself; no official is acting", lang="minang": N("neg_candidate_own", note, lang=lang)  # noqa: E731
    p1 = fb.post(w(2020, 8, 15, 20, 0), "Alhamdulillah, rekomendasi DPP alah di tangan. Mohon doa sanak sadonyo, kito bangun Ranah Minang basamo-samo 🙏",
                 page, own())
    fb.comment(p1, w(2020, 8, 15, 20, 41), "Sukses Datuak! Ambo jo kawan-kawan guru di Bukittinggi siap bantu sosialisasi ka sakola-sakola. Sumbar harus Saiyo Sakato!",
               u("bkt_guru"), V("bkt_guru", "interact", "sb-1", "bakal_support", action="comment", lang="minang",
                                note="a teacher promises to campaign for the bakal calon in schools, five weeks before designation (E codes)"))
    fb.comment(p1, w(2020, 8, 15, 21, 3), "Aamiin, mudah-mudahan lancar Datuak", P("Upiak Rosna"), N(lang="minang"))
    fb.comment(p1, w(2020, 8, 16, 7, 12), "Datuak, baa kaba jalan ka Palupuah? Alah tigo tahun rusak indak dibaiki 😩", u("sb_arsip"),
               N("neg_complaint", "a provincial archivist complains about a road to the bakal calon; no support", lang="minang"))
    fb.react(p1, u("sb_bm"), V("sb_bm", "interact", "sb-1", "bakal_support", action="like", lang="sys",
                               note="a provincial road official likes the bakal calon's recommendation post (E4)"))
    fb.react(p1, P("Upiak Rosna"), N(lang="sys"))
    fb.react(p1, P("Buyuang Pasaman"), N(lang="sys"), kind="LOVE")
    p2 = fb.post(w(2020, 9, 22, 21, 0), "Bisuak KPU manatapkan pasangan calon. Kami siap lahia batin, InsyaAllah.", page, own())
    fb.comment(p2, w(2020, 9, 23, 0, 10), "Lah resmi bisuak, tapi ambo lah yakin dari kini: SAKATO nomor ciek! 💪", u("bkt_staf1"),
               V("bkt_staf1", "interact", "sb-1", "stage_boundary_wib", action="comment", lang="minang",
                 note="the Graph time is 2020-09-22T17:10+0000, but 00:10 WIB is already 23 Sep, designation day: D codes"))
    fb.comment(p2, w(2020, 9, 23, 6, 30), "Samoga jujur jo adil sadonyo paslon", P("Rang Agam Asli"), N(lang="minang"))
    p3 = fb.post(w(2020, 10, 10, 19, 30), "Kampanye dialogis di Lubuak Basuang. Tarimo kasih dunsanak Agam nan alah hadir jo masker 😷", page, own(),
                 photo={"description": "Syahrial berbicara di depan warga yang bermasker di sebuah lapau"})
    fb.comment(p3, w(2020, 10, 10, 20, 5), "Datuak Syahrial pilihan urang awak. Jan lupo 9 Desember, coblos nomor 1 ☝️", u("bkt_kabag"),
               V("bkt_kabag", "interact", "sb-1", "comment_support", action="comment", lang="minang"))
    fb.comment(p3, w(2020, 10, 10, 20, 22), "Paslon lain juo rancak programnyo, awak baco dulu sadonyo baru mamiliah", P("Rang Agam Asli"),
               N(lang="minang"))
    fb.comment(p3, w(2020, 10, 10, 20, 47), "Ambo ASN, indak buliah bapihak. Pesan ambo ka sadonyo paslon: jago prokes, kasus di Agam masih tinggi 😷",
               u("bkt_dishub"), N("neg_negation", "an official states he takes no side and reminds every pair of health rules", lang="minang"))
    fb.react(p3, u("bkt_staf3"), V("bkt_staf3", "interact", "sb-1", "like", action="like", lang="sys"), kind="LOVE")
    fb.react(p3, P("Buyuang Pasaman"), N(lang="sys"))
    p4 = fb.post(w(2020, 11, 21, 10, 0),
                 "Tarimo kasih Pak Afrizal nan alah manyambuik kami di Campago Ipuh, jo Pak Zulhendri nan mambawo kawan-kawan guru. Basamo kito bangun Bukittinggi!",
                 page, own("two officials are tagged in a thank-you by the candidate's page"),
                 tags=[(u("bkt_lurah"), A("bkt_lurah", note="tagged by the governor candidate's page; he asks to be untagged")),
                       (u("bkt_guru"), A("bkt_guru", note="tagged by the candidate's page; he then answers with support"))])
    fb.comment(p4, w(2020, 11, 21, 11, 14), "Mohon maaf Datuak, ambo hanyo manarimo tamu sabagai lurah. Tolong tag ambo dihapuih 🙏", u("bkt_lurah"),
               N("neg_untag", "the lurah wants the tag taken off", lang="minang"))
    fb.comment(p4, w(2020, 11, 21, 11, 30), "Siap Datuak, kito menangkan di Bukittinggi! ☝️🔥", u("bkt_guru"),
               V("bkt_guru", "interact", "sb-1", "tag_then_engaged", action="comment", lang="minang",
                 note="after the page tags him he replies with a call to win: exposure turned into engagement"))
    p5 = fb.post(w(2020, 12, 10, 8, 0), "Tarimo kasih rakyat Sumatera Barat. Kito tunggu hasil resmi KPU jo sabar.", page, own())
    fb.comment(p5, w(2020, 12, 10, 8, 33), "Salamat Datuak! Hitung cepat alah manang, Alhamdulillah ☝️😊", u("bkt_staf1"),
               R("rev_after_vote", "congratulations with the one-finger sign the day after voting, before the official result: "
                 "a partisan act after the campaign (SKB-D8 covers 'after') or a courtesy?", actor="bkt_staf1", cand="sb-1", lang="minang"))
    fb.dump()

    # 2. the official page of Diskominfo Bukittinggi
    kid = c.inst["kominfo_bkt"]["handle"]
    fb = Fb(c, "facebook/page_diskominfo_bukittinggi_feed.json", kid, version="v8.0")
    pg = {"name": c.inst["kominfo_bkt"]["nama_akun"], "id": kid}
    fb.post(w(2020, 8, 17, 10, 0), "Upacara HUT RI ke-75 di Lapangan Wirabraja dengan protokol kesehatan ketat. Dirgahayu Republik Indonesia! 🇮🇩", pg,
            N("neg_official_neutral", "an agency's routine post"))
    q = fb.post(w(2020, 9, 24, 16, 0), "Hasil pengundian nomor urut Pilwako Bukittinggi 2020: 1. Erman–Amril, 2. Rahmi–Feri, 3. Zulkifli–Yenni. "
                "Mari sukseskan Pilkada aman dan sehat.", pg, N("neg_news", "an institution relays the number draw naming every pair"))
    fb.comment(q, w(2020, 9, 24, 16, 45), "Nan SEJUK lah pasti, Uni Rahmi nomor 2 ✌️", u("bkt_guru"),
               V("bkt_guru", "interact", "bkt-2", "comment_support", action="comment", lang="minang",
                 note="a supportive comment under a neutral institutional post"))
    fb.comment(q, w(2020, 9, 24, 17, 2), "Sadonyo baiak, nan paliang baiak nan jujur", P("Etek Lini"), N(lang="minang"))
    fb.post(w(2020, 10, 14, 6, 30), "Cuaca Bukittinggi pagi ini sejuk, 18°C. Jangan lupa jaket dan masker ya, warga!", pg,
            N("neg_everyday_word", "an official page on cool weather ('sejuk'), which pair 2 uses as acronym"))
    erman = c.cands["bkt-1"].handle("facebook")
    onum = str(10**15 * 6 + hnum("h6ermanpost", 10**15))
    orig = {"id": f"{erman}_{onum}", "permalink_url": f"https://www.facebook.com/{erman}/posts/{onum}"}
    sh = fb.post(w(2020, 10, 30, 20, 0), "Program wisata unggulan untuk Bukittinggi, simak! #ErmanAmril1", pg,
                 V("inst:kominfo_bkt", "inst", "bkt-1", "inst_account", action="share",
                   note="the city's information office shares a candidate's programme post; flag for review of who posted"),
                 share={"post": orig, "title": "Ermanto Sutan Marajo", "description": "Bukittinggi Kota Ramah Wisata: 5 program wisata"})
    fb.comment(sh, w(2020, 10, 30, 20, 31), "Lho, akun pemko kok share paslon? 🤨", P("Etek Lini"), N())
    fb.react(sh, P("Buyuang Kurai"), N(lang="sys"))
    fb.post(w(2020, 10, 31, 8, 0), "Mohon maaf, unggahan semalam tidak berasal dari admin resmi. Akun sedang diamankan dan unggahan telah dihapus.", pg,
            N("neg_apology", "the office says sorry; taking the share down leaves the act on record"))
    t = fb.post(w(2020, 12, 9, 6, 45), "Hari ini pencoblosan. TPS dibuka pukul 07.00 sampai 13.00, jangan lupa masker dan pulpen pribadi.", pg,
                N("neg_reminder", "polling-day information for everyone"))
    fb.comment(t, w(2020, 12, 9, 7, 20), "Alah di TPS, antrian tertib 👍", P("Buyuang Kurai"), N(lang="minang"))
    fb.dump()

    # 3. a public community group in Pematangsiantar
    gid = "3" + f"{hnum('h6grpsiantar', 10**14):014d}"
    fb = Fb(c, "facebook/group_warga_siantar_feed.json", gid, version="v8.0")
    fb.post(w(2020, 7, 20, 19, 15), "Horas! Bang Darwin udah dapat 8 partai, kelen tengok lah, Siantar pasti DAMAI 🙏 #SiantarDAMAI", u("pms_guru"),
            V("pms_guru", "post", "pms-1", "bakal_support", lang="batak", note="a teacher promotes the bakal calon in a public group (E codes)"))
    g2 = fb.post(w(2020, 8, 2, 20, 0), "Pilkada Siantar cuma satu calon, jadi lawan kotak kosong. Cemana pendapat kelen?", P("Bonar Siantar"), N(lang="batak"))
    fb.comment(g2, w(2020, 8, 2, 20, 24), "Kotak kosong pun pilihan sah, lae. Ada aturannya di UU 10/2016 Pasal 54C.", u("pms_satpol"),
               N("neg_rule_quote", "a Satpol PP officer quotes the law on single-pair elections", lang="batak"))
    fb.comment(g2, w(2020, 8, 2, 20, 40), "Pokoknya kotak kosong menang! 😤", P("Rudi Sianturi"), N(lang="batak"))
    fb.comment(g2, w(2020, 8, 2, 21, 2), "Awak ASN, nggak ikut-ikutan. Yang penting warga datang ke TPS.", u("pms_camat"),
               N("neg_negation", "a camat declines to take a side", lang="batak"))
    fb.post(w(2020, 10, 5, 9, 0), "Lomba kebersihan antar-kelurahan udah dibuka. Siantar bersih, Siantar damai! 🌿", u("pms_x1"),
            N("neg_everyday_word", "'damai' as a civic word; the only pair's acronym is DAMAI"))
    fb.post(w(2020, 10, 18, 19, 0), "Foto sama Kak Tari tadi di posyandu, orangnya ramah kali 😍 Siantar DAMAI no 1!", u("pms_bidan"),
            V("pms_bidan", "photo", "pms-1", "photo_caption", lang="batak", note="a midwife publishes a photo with the running mate, with the slogan"),
            photo={"description": "Lestari Purba berfoto dengan bidan berseragam dinas di posyandu"})
    g5 = fb.post(w(2020, 10, 25, 20, 0), "Ayo kawan-kawan guru, tanggal 9 kita coblos kolom kosong! Biar Siantar dapat calon yang lebih baik. #KotakKosong",
                 u("pms_x1"), R("rev_kotak_kosong", "a school inspector campaigns for the empty column against the only pair: it harms the sole calon "
                                "(SKB-D12 / UU10-71-1 by analogy) but the rules speak of supporting a candidate; a person decides",
                                actor="pms_x1", cand="pms-1", lang="batak"))
    fb.comment(g5, w(2020, 10, 25, 20, 18), "Setuju pak! 👍", P("Rudi Sianturi"), N())
    fb.comment(g5, w(2020, 10, 25, 20, 37), "Pak, hati-hati, bapak ASN. Kampanye kotak kosong pun bisa dilaporkan.", u("pms_satpol"),
               N("neg_reminder", "a colleague warns him", lang="batak"))
    fb.post(w(2020, 10, 30, 18, 0), "Kak Lamria Br Purba ikut ya Sabtu ke posko Bang Darwin, kita masak-masak 🍲", P("Rosmeri Girsang"), N(lang="batak"),
            tags=[(u("pms_bidan"), A("pms_bidan", note="tagged by a volunteer in an invitation to the pair's post"))])
    fb.post(w(2020, 11, 29, 21, 0), "Debat publik calon tunggal Pilwako Siantar digelar KPU semalam, tanpa lawan debat. Unik juga ya.",
            P("Bonar Siantar"), N("neg_news", "a citizen relays the debate", lang="batak"))
    fb.post(w(2020, 12, 9, 14, 0), "TPS di Siantar Marihat aman, partisipasi lumayan. Terima kasih petugas KPPS 🙏", u("pms_camat"),
            N("neg_official_neutral", "a camat thanks polling staff on voting day"))
    fb.post(w(2021, 1, 5, 10, 0), "KPU Siantar sudah tetapkan hasil. Apapun itu, mari jaga Siantar tetap rukun.", P("Bonar Siantar"), N(lang="batak"))
    fb.dump()

    # 4. the page of the Tasikmalaya pair BAGJA (tsm-2)
    eid = c.cands["tsm-2"].handle("facebook")
    fb = Fb(c, "facebook/page_ceu_euis_tasik_feed.json", eid, version="v8.0")
    pg = {"name": "Ceu Euis - Tasik BAGJA", "id": eid}
    e1 = fb.post(w(2020, 9, 5, 15, 0), "Alhamdulillah, siang ieu abdi sareng Kang Dadang resmi ngadaptar di KPU. Nyuhunkeun du'a ti wargi Tasik sadayana 🙏", pg,
                 own(lang="sunda"))
    fb.comment(e1, w(2020, 9, 5, 15, 40), "Sing lancar Ceu, urang Singaparna ngadukung pinuh! 💪", u("tsm_ks"),
               V("tsm_ks", "interact", "tsm-2", "bakal_support", action="comment", lang="sunda",
                 note="on registration day a headmistress cheers the bakal calon on (E codes)"))
    fb.comment(e1, w(2020, 9, 5, 16, 2), "Mugi sehat salawasna Ceu Euis 🤲", u("tsm_guru1"),
               R("rev_wish", "a teacher wishes the bakal calon good health under her registration post: courtesy or support?",
                 actor="tsm_guru1", cand="tsm-2", lang="sunda"))
    e2 = fb.post(w(2020, 10, 12, 8, 0), "Kampanye di Sukarame. Hayu urang ngahiji pikeun Tasik nu BAGJA. Coblos nomer 2! #TasikBagja", pg, own(lang="sunda"))
    for i, (k, kind) in enumerate((("tsm_kabid", "LIKE"), ("tsm_ks", "LIKE"), ("tsm_guru4", "LOVE"))):
        fb.react(e2, u(k), V(k, "interact", "tsm-2", "like_coordinated", action="like", lang="sys",
                             note="one of three Dinas Pendidikan officials reacting to the campaign post within the hour after the WhatsApp order"),
                 kind=kind, when=w(2020, 10, 12, 8, 20 + 7 * i))
    fb.react(e2, P("Dede Sukarame"), N(lang="sys"))
    fb.comment(e2, w(2020, 10, 12, 9, 10), "Bagja pisan tiasa pendak sareng Ceu Euis di pasar", P("Dede Sukarame"), N(lang="sunda"))
    fb.comment(e2, w(2020, 10, 12, 9, 32), "Punten Ceu, jalan ka Cigalontang kedah dibenerkeun, saha wae nu kapilih engké", u("tsm_sekcam"),
               N("neg_complaint", "a kecamatan secretary asks for a road to be fixed by whoever wins", lang="sunda"))
    e3 = fb.post(w(2020, 11, 1, 19, 0), "Hatur nuhun Ibu Cucu Cahyati sareng Pak Asep Saepudin tos ngiringan pangaosan di Singaparna 🤲", pg,
                 own("two officials are tagged in a thank-you by the candidate's page", lang="sunda"),
                 tags=[(u("tsm_kec"), A("tsm_kec", note="tagged by the candidate's page; she asks for the tag to go")),
                       (u("tsm_guru1"), A("tsm_guru1", note="tagged by the candidate's page; he stays silent"))])
    fb.comment(e3, w(2020, 11, 1, 20, 5), "Punten Ceu, abdi mung ngiringan pangaosan, sanés kampanye. Mangga tag-na dipupus 🙏", u("tsm_kec"),
               N("neg_untag", "she asks the page to drop the tag", lang="sunda"))
    e4 = fb.post(w(2020, 12, 7, 19, 0), "Masa tenang. Hayu urang jaga kondusifitas Tasik.", pg, own(lang="sunda"))
    fb.comment(e4, w(2020, 12, 7, 21, 0), "Ulah hilap ka TPS, nomer 2 pokona mah 🤫", u("tsm_ks"),
               V("tsm_ks", "interact", "tsm-2", "stage_quiet", action="comment", lang="sunda", note="a call to vote for a pair during the quiet days"))
    fb.comment(e4, w(2020, 12, 7, 21, 26), "Amin, mugi Tasik aman", P("Dede Sukarame"), N(lang="sunda"))
    fb.dump()

    # 5. the page of presidential pair 02 (Pemilu 2019), Graph v3.1
    hid = c.cands["p19-2"].handle("facebook")
    fb = Fb(c, "facebook/page_hendralukman02_feed.json", hid, version="v3.1")
    pg = {"name": "Hendrawan - Lukman", "id": hid}
    h1 = fb.post(w(2018, 8, 10, 14, 0), "Berkas pencalonan sudah kami serahkan ke KPU siang ini. Doakan kami, saudara sebangsa.", pg, own(lang="id"))
    fb.comment(h1, w(2018, 8, 10, 14, 52), "Lanjutkan perjuangan Bang Hendra! Dari Ranah Minang kami dukung sampai menang 💪", u("bkt_kabag"),
               V("bkt_kabag", "interact", "p19-2", "bakal_support", action="comment",
                 note="support for a presidential pair on the day it registered, before designation on 20 Sep 2018 (E codes)"))
    fb.comment(h1, w(2018, 8, 10, 15, 20), "Semoga pemilu damai", P("Ahmad Rizal Depok"), N())
    h2 = fb.post(w(2018, 10, 15, 20, 0), "Rakyat Sejahtera Negara Kuat. Tanggal 17 April coblos nomor 02 ✌️", pg, own(lang="id"))
    fb.comment(h2, ta(2018, 10, 15, 21, 40), "Torang di Manado siap menangkan 02! ✌️", u("su_protokol"),
               V("su_protokol", "interact", "p19-2", "comment_support", action="comment", lang="manado"))
    fb.comment(h2, ta(2018, 10, 15, 22, 5), "Om Swastyastu. Tiang tetep netral nggih, rahajeng rauh ring Bali, Bapak 🙏", u("tbn_tani1"),
               N("neg_negation", "a Balinese official states he stays neutral and greets the visitor", lang="bali"))
    fb.react(h2, u("yhk_kadistrik"), V("yhk_kadistrik", "interact", "p19-2", "like", action="like", lang="sys"))
    fb.react(h2, u("tdr_guru"), V("tdr_guru", "interact", "p19-2", "like", action="like", lang="sys"))
    fb.react(h2, P("Ahmad Rizal Depok"), N(lang="sys"))
    h3 = fb.post(w(2019, 1, 17, 19, 0), "Debat pertama capres malam ini. Saksikan dan nilai sendiri!", pg, own(lang="id"))
    fb.comment(h3, ta(2019, 1, 17, 23, 10), "Debatnya seru, dua-dua pasangan punya argumen. Nanti kita putuskan di bilik suara 🗳️", u("btg_guru"),
               N("neg_both", "even-handed about the two pairs"))
    h4 = fb.post(w(2019, 4, 14, 10, 0), "Terima kasih relawan di seluruh tanah air.", pg, own(lang="id"))
    fb.comment(h4, tp(2019, 4, 15, 21, 0), "Sa su siap coblos dua jari ✌️ tanggal 17, Tuhan berkati Bang Hendra", u("yhk_rsud"),
               V("yhk_rsud", "interact", "p19-2", "stage_quiet", action="comment", lang="papua", note="a nurse's call during the quiet days"))
    h5 = fb.post(w(2019, 5, 22, 9, 0), "Kami akan menempuh jalur konstitusional.", pg, own(lang="id"))
    fb.comment(h5, w(2019, 5, 22, 9, 40), "Semoga semua pihak menahan diri 🙏", P("Ahmad Rizal Depok"), N())
    fb.dump()

    # 6. the page of the Bitung pair Maxi–Hengky (btg-1), WITA
    mid = c.cands["btg-1"].handle("facebook")
    fb = Fb(c, "facebook/page_maxi_hengky_bitung_feed.json", mid, version="v8.0")
    pg = {"name": "Maxi Rondonuwu", "id": mid}
    m1 = fb.post(ta(2020, 10, 3, 18, 30), "Kampanye tatap muka di Girian, torang pe program nelayan sejahtera. #MaxiHengky1", pg, own(lang="manado"))
    for i, k in enumerate(("btg_kabid", "btg_staf1", "btg_staf2", "btg_staf3")):
        fb.react(m1, u(k), V(k, "interact", "btg-1", "like_coordinated", action="like", lang="sys",
                             note="one of four Dinas Perikanan Bitung officials liking the campaign post after the head's WhatsApp order"),
                 when=ta(2020, 10, 3, 18, 44 + 4 * i))
    fb.react(m1, P("Ci Lien Girian"), N(lang="sys"))
    fb.comment(m1, ta(2020, 10, 3, 19, 20), "Om Maxi pe program cakalang mantap, torang nelayan dukung 1️⃣", u("btg_staf1"),
               V("btg_staf1", "interact", "btg-1", "comment_support", action="comment", lang="manado"))
    fb.comment(m1, ta(2020, 10, 3, 19, 41), "Kita nyanda mo komentar politik, cuma mo tanya: bantuan mesin katinting tahun ini kapan turun?", u("btg_staf4"),
               N("neg_question", "an official asks about a public programme; no support", lang="manado"))
    m2 = fb.post(ta(2020, 10, 20, 17, 0), "Makase Ibu guru Deysi Pantow so bawa anak-anak SMP 1 ikut lomba mewarnai di posko 🎨", pg,
                 own("a teacher is tagged in a thank-you by the candidate's page", lang="manado"),
                 tags=[(u("btg_guru"), A("btg_guru", note="tagged by the candidate's page; she says she did not know and asks for removal"))])
    fb.comment(m2, ta(2020, 10, 20, 18, 12), "Om, kita cuma antar anak-anak ke lomba, nyanda tau itu di posko. Tolong hapus tag 🙏", u("btg_guru"),
               N("neg_untag", "the teacher wants the tag taken off", lang="manado"))
    m3 = fb.post(ta(2020, 11, 15, 12, 0), "Ibadah syukur bersama jemaat di Aertembaga. Tuhan memberkati Bitung.", pg, own(lang="manado"))
    fb.comment(m3, ta(2020, 11, 15, 12, 48), "Tuhan memberkati, Om Maxi. Torang samua basudara 🙏", u("btg_camat"),
               R("rev_blessing", "a camat blesses the candidate under a worship post, with the province's civic motto (also governor pair 1's "
                 "slogan): courtesy or support?", actor="btg_camat", cand="btg-1", lang="manado"))
    m4 = fb.post(ta(2020, 12, 5, 23, 30), "Terima kasih Bitung, kampanye so selesai. Sampai ketemu di TPS.", pg, own(lang="manado"))
    fb.comment(m4, ta(2020, 12, 6, 0, 20), "Torang pasti menang Om! 1️⃣💪", u("btg_staf2"),
               V("btg_staf2", "interact", "btg-1", "stage_boundary_wita", action="comment", lang="manado",
                 note="00:20 WITA on 6 Dec (a quiet day locally) is 23:20 WIB on 5 Dec, the last campaign hour; a violation either way"))
    fb.comment(m4, ta(2020, 12, 6, 7, 0), "Masa tenang kwa, jang bakampanye 😅", P("Ci Lien Girian"), N(lang="manado"))
    fb.dump()


# ---------------------------------------------------------------------------------------------
# CrowdTangle historical data (one WIB dashboard, one WITA dashboard)
# ---------------------------------------------------------------------------------------------
def crowdtangle(c):
    def inst_page(k, cat, desc, created, followers):
        r = c.inst[k]
        return (r["nama_akun"], r["handle"] if not r["handle"].isdigit() else "", r["handle"] if r["handle"].isdigit() else page_id("ct" + k),
                cat, desc, created, followers)

    def asn_page(k, cat, desc, created, followers):
        return (c.disp(k), "", c.acct(k, "facebook"), cat, desc, created, followers)

    pages = {
        "disdik": inst_page("disdik_tsm", "Government Organization", "Kanal informasi Disdik Kabupaten Tasikmalaya", "2014-02-10 09:00:00", 38200),
        "kt": ("Kabar Tasik", "kabartasikcom", page_id("kabartasik"), "Media/News Company", "Berita Priangan Timur", "2013-06-01 08:00:00", 214000),
        "endang": asn_page("tsm_mts", "Public Figure", "Guru madrasah, pangaosan ba'da Subuh", "2016-03-03 05:00:00", 6400),
        "yayat": asn_page("tsm_sekcam", "Personal Blog", "Urang Singaparna", "2017-09-09 09:00:00", 1210),
        "infosolo": ("Info Solo Raya", "infosoloraya", page_id("infosolo"), "Community", "Kabar warga Solo Raya", "2012-12-12 12:00:00", 402000),
        "bambang": asn_page("ska_guru", "Teacher", "Guru Bahasa Jawa, dalang amatir", "2015-05-05 10:00:00", 2870),
        "tangsel": ("Tangsel Update", "tangselupdate", page_id("tangselupdate"), "Media/News Company", "Berita Tangerang Selatan", "2014-08-08 08:00:00", 156000),
    }
    ct = Ct(c, "crowdtangle/pages_jabar_banten_jateng_2020.csv", WIB, pages)
    ct.row("disdik", w(2020, 8, 17, 9, 30), "Photo", "Upacara HUT RI ke-75 secara virtual di lingkungan Dinas Pendidikan.",
           N("neg_official_neutral", "an agency's routine post"))
    ct.row("disdik", w(2020, 10, 27, 13, 0), "Photo", "Rapat koordinasi penyaluran BOS tahap III bagi sekolah dasar.",
           V("inst:disdik_tsm", "inst", "tsm-1", "image_text", note="slogan and number exist only as text inside the picture"),
           image_text="NGAHIJI NGAWANGUN PENDIDIKAN\nTASIK NGAHIJI - NOMER 1")
    ct.row("disdik", w(2020, 10, 28, 8, 0), "Status", "Klarifikasi: gambar pada unggahan kemarin merupakan kekeliruan desain dan telah kami hapus.",
           N("neg_apology", "the office says sorry; removing the picture leaves the act on record"))
    ct.row("disdik", w(2020, 11, 10, 8, 30), "Photo", "Peringatan Hari Pahlawan. Ngahiji ngajaga NKRI! 🇮🇩",
           N("neg_everyday_word", "'ngahiji' (unite) without number, name or the full slogan", lang="sunda"))
    ct.row("kt", w(2020, 9, 24, 15, 0), "Link", "KPU Kabupaten Tasikmalaya undi nomor urut tiga pasangan calon.",
           N("neg_news", "a news page"), link="https://kabartasik.com/2020/09/24/undian-nomor-urut-pilbup",
           link_text="Asep–Cecep 1, Euis–Dadang 2, Yayan–Rina 3")
    ct.row("endang", w(2020, 10, 2, 5, 30), "Native Video", "Kajian ba'da Subuh: milih pamingpin nu amanah, ulah kabawa ku amplop. Saha wae calonna.",
           N("neg_reminder", "a madrasah teacher preaches against vote buying, no side", lang="sunda"))
    ct.row("endang", w(2020, 11, 6, 20, 0), "Photo", "Ngaos sareng Ajengan Yayan, mugia janten bupati nu amanah. Nomer 3 insya Allah 🤲",
           V("tsm_mts", "photo", "tsm-3", "photo_caption", lang="sunda",
             note="a Kemenag madrasah teacher (a vertical agency's ASN) posts a photo with the candidate and his number"))
    ct.row("endang", w(2020, 11, 7, 6, 0), "Status", "Aya nu naros naha ASN teu kenging ngadukung. Aturanana jelas: ASN kedah netral, kitu ceuk SKB.",
           N("neg_rule_quote", "the same teacher quotes the neutrality rule the next day; his earlier post stands", lang="sunda"))
    ct.row("yayat", w(2020, 9, 20, 21, 0), "Status", "Kang Yayan teh sobat abdi ti alit. Mugi Gusti maparin kalancaran dina penetapan minggu payun 🤲",
           R("rev_prayer", "a kecamatan secretary prays for a childhood friend's smooth designation as a bakal calon: friendship or support (E2)?",
             actor="tsm_sekcam", cand="tsm-3", lang="sunda"))
    ct.row("yayat", w(2020, 12, 14, 9, 0), "Status", "Hatur nuhun ka sadaya panitia, Pilkada di Singaparna lancar tur aman.",
           N("neg_after_voting", "thanks after the vote", lang="sunda"))
    ct.row("infosolo", w(2020, 9, 24, 14, 0), "Link", "KPU Solo umumkan nomor urut.", N("neg_news", "a community page"),
           link="https://infosoloraya.id/2020/09/24/nomor-urut-pilwalkot", link_text="Hanung–Tri nomor 1, Yanto–Luyo nomor 2")
    ct.row("bambang", w(2020, 10, 16, 21, 0), "Photo", "Kula nderek kampanye Mas Hanung wonten Manahan, rame sanget. Solo Tambah Mulyo! ☝️",
           V("ska_guru", "attend", "ska-1", "attend_campaign", lang="jv", note="a teacher reports attending a campaign rally with the gesture"))
    ct.row("bambang", w(2020, 11, 21, 21, 30), "Status", "Sugeng dalu. Omah ayem, ati tentrem, bocah-bocah wis turu 😴",
           N("neg_everyday_word", "'ayem' (calm) in a good-night post; AYEM is the independent pair's acronym", lang="jv"))
    ct.row("bambang", w(2020, 12, 9, 12, 0), "Status", "Sampun nyoblos. Sinten kemawon ingkang menang, Solo tetep rukun.",
           N("neg_after_voting", "a neutral remark after voting", lang="jv"))
    ct.row("bambang", w(2019, 4, 10, 13, 0), "Photo", "Sowan Mbak Wulan nalika reses ing sekolah. Matur nuwun sampun rawuh 🙏",
           R("rev_incumbent_visit", "a teacher thanks a sitting DPR member, also a candidate, for a recess visit to his school a week before the vote: "
             "an official visit or a photo with a candidate?", actor="ska_guru", cand="dpr-jt5-pdip-5", lang="jv"))
    ct.row("tangsel", w(2020, 10, 29, 19, 0), "Link", "Tiga paslon Pilkada Tangsel adu program transportasi.", N("neg_news", "a news page"),
           link="https://tangselupdate.id/2020/10/29/debat-transportasi", link_text="Debat Tangsel: Shuttle, Angkot, dan Trotoar")
    ct.dump()

    pages = {
        "sop": inst_page("kec_sop", "Government Organization", "Akun resmi Kecamatan Somba Opu", "2016-01-18 10:00:00", 12400),
        "gt": ("Gowa Terkini", "gowaterkini", page_id("gowaterkini"), "Media/News Company", "Berita Butta Gowa", "2015-10-10 10:00:00", 97300),
        "akbar": asn_page("gwa_sekcam", "Public Figure", "Pelayan masyarakat Somba Opu", "2018-02-02 08:00:00", 3100),
        "hikmah": asn_page("gwa_guru2", "Teacher", "Guru SD, Gowa", "2017-07-17 17:00:00", 890),
        "bi": ("Bitung Info", "bitunginfo", page_id("bitunginfo"), "Community", "Info warga Kota Cakalang", "2014-04-04 04:00:00", 73800),
        "frangky": asn_page("btg_camat", "Government Official", "Camat Aertembaga", "2019-01-01 09:00:00", 2400),
        "wayan": asn_page("tbn_tani1", "Personal Blog", "Penyuluh, subak, lan semeton", "2016-06-06 06:00:00", 1750),
        "jantje": asn_page("su_protokol", "Personal Blog", "Kawanua, protokol", "2013-03-13 13:00:00", 980),
    }
    ct = Ct(c, "crowdtangle/pages_sulut_sulsel_bali_2020.csv", WITA, pages)
    ct.row("akbar", ta(2020, 9, 23, 0, 40), "Status", "Insya Allah besok resmi ditetapkan. Karaeng Fachrul, kita semua di Somba Opu siap kawal! #GowaBaji",
           V("gwa_sekcam", "post", "gwa-1", "stage_boundary_wita", lang="makassar",
             note="00:40 WITA on 23 Sep is 23:40 WIB on 22 Sep: the pair is still bakal calon by the WIB date (E codes)"))
    ct.row("akbar", ta(2020, 9, 23, 9, 10), "Status", "Alhamdulillah resmi mi. Tabe', mari ki' dukung Karaeng Fachrul sampai menang 💪",
           V("gwa_sekcam", "post", "gwa-1", "post_support", lang="makassar", note="hours later, once the pair is designated (D codes)"))
    ct.row("sop", ta(2020, 10, 5, 10, 0), "Photo", "Penyaluran BLT Dana Desa di Kelurahan Tamarunang, sesuai data DTKS.",
           N("neg_official_neutral", "an agency's routine post"))
    ct.row("sop", ta(2020, 10, 22, 9, 0), "Photo", "Pembagian masker gratis bagi warga Somba Opu 😷",
           V("inst:kec_sop", "inst", "gwa-1", "image_text", note="the masks handed out by the kecamatan carry the pair's slogan and number (image text)"),
           image_text="GOWA BAJI\nKARAENG FACHRUL NO. 1")
    ct.row("sop", ta(2020, 11, 2, 8, 0), "Status", "Pelayanan di Kantor Kecamatan Somba Opu untuk semua warga, apa pun pilihannya di Pilkada.",
           N("neg_official_neutral", "a neutrality statement"))
    ct.row("gt", ta(2020, 10, 12, 21, 0), "Link", "Debat perdana Pilbup Gowa: AFR dan Daeng Tia adu visi pendidikan.", N("neg_news", "a news page"),
           link="https://gowaterkini.id/2020/10/12/debat-perdana", link_text="Debat Perdana Pilbup Gowa")
    ct.row("hikmah", ta(2020, 10, 13, 7, 0), "Link", "Daeng Tia paling paham masalah guru honorer, yang satunya cuma janji-janji ji 😏",
           V("gwa_guru2", "post", "gwa-2", "news_partisan", action="share", lang="makassar", note="relays the debate news and adds a partisan jab"),
           link="https://gowaterkini.id/2020/10/12/debat-perdana", link_text="Debat Perdana Pilbup Gowa")
    ct.row("hikmah", ta(2020, 11, 20, 13, 0), "Photo", "Baji' na ini hari, murid-murid juara lomba pidato 🥇",
           N("neg_everyday_word", "'baji'' (good) about pupils; pair 1's slogan is Gowa Baji", lang="makassar"))
    ct.row("hikmah", ta(2020, 12, 9, 15, 0), "Status", "Sudah mi nyoblos. Siapa pun yang menang, semoga Gowa tambah baji'.",
           N("neg_after_voting", "after voting, the slogan's words without a side", lang="makassar"))
    ct.row("bi", ta(2020, 10, 7, 12, 0), "Photo", "Nelayan Bitung dapa bantuan cool box dari Dinas Perikanan.", N("neg_news", "a community page", lang="manado"))
    ct.row("frangky", ta(2020, 10, 8, 19, 0), "Photo", "Bantuan cool box ini dari Om Maxi pe program. Kalo dia menang, pasti lebe banyak 🐟☝️",
           V("btg_camat", "post", "btg-1", "post_support", add_codes=["SKB-D12", "PP94-N5"], lang="manado",
             note="a camat presents state aid as a candidate's gift and promises more if he wins"))
    ct.row("wayan", ta(2020, 9, 10, 17, 0), "Photo", "Ngiring ngayah ring pura sareng Pak Wayan Sudarsana. Rahajeng semeton 🙏",
           R("rev_temple_photo", "a photo with a bakal calon at communal temple work, no partisan symbol: SKB-E5 or a religious duty?",
             actor="tbn_tani1", cand="tbn-2", lang="bali"))
    ct.row("wayan", ta(2020, 10, 25, 16, 0), "Native Video", "Panen raya di Subak Jatiluwih. Tabanan tetep lumbung pangan Bali 🌾",
           N("neg_motto", "Tabanan as Bali's rice barn: the regency's self-image and pair 1's slogan", lang="bali"))
    ct.row("wayan", ta(2020, 11, 18, 20, 0), "Photo", "Jani ajak mekejang, 9 Desember pilih Pak Komang, Tabanan Lumbung Pangan! ☝️",
           V("tbn_tani1", "post", "tbn-1", "post_support", lang="bali"))
    ct.row("jantje", ta(2020, 11, 25, 10, 0), "Photo", "Bertugas mendampingi Pjs Gubernur di HUT Minahasa.",
           N("neg_official_neutral", "official protocol work"))
    ct.row("jantje", ta(2020, 11, 26, 19, 0), "Status", "Kiapa ngoni tanya-tanya kita pilih sapa? Protokol cuma ator acara, nyanda ator pilihan 😂",
           N("neg_deflect", "a protocol officer declines to say whom he votes for", lang="manado"))
    ct.dump()


# ---------------------------------------------------------------------------------------------
# X API v2 (two twarc2 searches and one user timeline)
# ---------------------------------------------------------------------------------------------
def x_api(c):
    x = X(c, "x/search_pilkada2020_heldout6.jsonl")
    bio = {
        "tgs_lurah": ("Lurah JMB. Melayani sepenuh hati", "Pondok Aren, Tangsel"), "tgs_staf": ("Dukcapil vibes", "Tangsel"),
        "tgs_dishub": ("Roda dua, roda empat, roda kehidupan", "BSD"), "tgs_guru": ("English teacher. Opinions are mine", "Tangerang Selatan"),
        "tgs_bappeda": ("Urban planner. Data > drama", "Tangsel"), "tgs_pkm": ("Dokter puskesmas", "Pondok Aren"),
        "tgs_x1": ("", "Tangsel"), "sb_bm": ("Jalan provinsi, jalan hidup", "Bukittinggi"), "sb_kominfo": ("Kominfotik Sumbar", "Padang"),
        "pms_data": ("Data & kopi", "Pematangsiantar"), "bkt_guru": ("Guru SMP, urang Kurai", "Bukittinggi"),
        "btg_staf3": ("Laut adalah kantor", "Bitung"), "tbn_pkm": ("Nakes Tabanan", "Tabanan, Bali"), "tdr_guru": ("Guru IPS", "Tidore"),
        "su_protokol": ("Kawanua", "Manado"), "gwa_sekcam": ("Somba Opu", "Sungguminasa"), "btg_camat": ("Camat Aertembaga", "Bitung"),
    }
    for k, (b, loc) in bio.items():
        x.user(c.acct(k, "x"), c.disp(k), b, loc)
    for cid in ("tgs-1", "tgs-2", "tgs-3", "sb-2", "sul-1", "sul-2", "btg-2"):
        cd = c.cands[cid]
        x.user(cd.handle("x"), cd.name, "Akun resmi " + cd.name, None)
    for k in ("kominfo_tgs", "biro_su", "kec_aer"):
        x.user(c.inst[k]["handle"], c.inst[k]["nama_akun"], "Akun resmi " + c.inst[k]["instansi"], None)
    for h, n in (("bocahbintaro", "anak bintaro"), ("mamat_ciputat", "Mamat"), ("gowaterkini", "Gowa Terkini"), ("kawanua_kita", "Kawanua Kita")):
        x.user(h, n, "", None)
    H = lambda k: c.acct(k, "x")  # noqa: E731

    x.tweet(c.inst["kominfo_tgs"]["handle"], w(2020, 9, 24, 16, 0),
            "Hasil pengundian nomor urut Pilkada Tangsel 2020: 01 Benny–Siti, 02 Rizal–Melinda, 03 Nurul–Fauzan. Yuk jadi pemilih cerdas! #PilkadaTangsel",
            N("neg_news", "the city's account relays the draw naming every pair"))
    x.tweet(H("tgs_guru"), w(2020, 9, 23, 0, 20), "Officially ditetapkan besok—eh udah hari ini ding. Bang Rizal, Tangsel is ready to go next level! 🚀 #TangselNextLevel",
            V("tgs_guru", "post", "tgs-2", "stage_boundary_utc", lang="en",
              note="created_at 2020-09-22T17:20Z: the UTC date is 22 Sep, but 00:20 WIB is designation day: D codes"))
    x.tweet(H("tgs_guru"), w(2020, 10, 3, 11, 0), "Kelas online hari ini next level banget, anak-anak bikin presentasi pake Canva 🤩",
            N("neg_everyday_word", "'next level' in a classroom remark; pair 2's slogan is Tangsel Next Level", lang="en"))
    rp = x.orig("rap_tangsel", w(2020, 10, 7, 9, 0), "Program transportasi RAP: shuttle gratis dari perumahan ke stasiun KRL. #TangselNextLevel")
    x.tweet(H("tgs_dishub"), w(2020, 10, 7, 10, 12), "Finally ada yang ngerti masalah angkot Tangsel. Gue sih RAP 2️⃣ all the way",
            V("tgs_dishub", "post", "tgs-2", "quote_support", action="share", lang="betawi", note="a transport official quotes the pair's tweet with support"),
            ref=("quoted", rp))
    x.tweet(H("tgs_dishub"), w(2020, 10, 8, 8, 0), "Layanan uji KIR jalan terus walau lagi musim kampanye. Siapa pun boleh datang, antre kayak biasa.",
            N("neg_official_neutral", "a service notice"))
    x.tweet(H("tgs_pkm"), w(2020, 10, 11, 12, 0), "Reminder buat tim kampanye paslon mana pun: tatap muka max 50 orang, pakai masker. Covid belum selesai 😷",
            N("neg_reminder", "a doctor's health reminder to every pair"))
    bb = x.tweet("bocahbintaro", w(2020, 10, 12, 18, 0), "@dr_sarahamel dok, kemarin Umi Nurul mampir ke puskesmas ya? Ada fotonya sama dokter-dokter 👀",
                 N(lang="betawi"), mentions=[(H("tgs_pkm"), A("tgs_pkm", case="mentioned", note="a resident names her while asking about a candidate's visit"))])
    x.tweet(H("tgs_pkm"), w(2020, 10, 12, 18, 40), "@bocahbintaro Iya, beliau berobat kayak pasien biasa, antri juga. Ga ada sesi foto dari kami 🙏",
            N("neg_deflect", "she explains the visit; no support"), ref=("replied_to", bb), mentions=[("bocahbintaro", None)])
    tb = x.orig("tangselberkah3", w(2020, 10, 15, 19, 0), "Tangsel Berkah: pasar murah sembako tiap Jumat di 7 kecamatan. #TangselBerkah")
    x.tweet(H("tgs_lurah"), w(2020, 10, 15, 21, 30), "RT @tangselberkah3: " + tb["text"],
            V("tgs_lurah", "post", "tgs-3", "share", action="share", note="a lurah retweets the pair's campaign tweet"), ref=("retweeted", tb))
    x.tweet(H("tgs_lurah"), w(2020, 10, 16, 7, 0), "Mohon maaf, RT semalam kepencet. Kelurahan netral, silakan pilih sesuai hati nurani 🙏",
            N("neg_apology", "an apology; the retweet remains the act"))
    x.tweet(H("tgs_staf"), w(2020, 10, 20, 13, 0), "Berkah banget hari ini, antrian e-KTP cuma 5 orang 😭🙏 #TangselBerkah",
            R("rev_hashtag", "an everyday 'berkah' with the pair's exact hashtag: a joke, a habit or a signal?", actor="tgs_staf", cand="tgs-3", lang="betawi"))
    x.tweet(H("tgs_bappeda"), w(2020, 10, 30, 20, 0), "Thread: perbandingan program 3 paslon Tangsel soal banjir, dari dokumen visi-misi di KPU. Gue cuma rangkum, nilai sendiri 🧵",
            N("neg_both", "a comparison of all three pairs", lang="betawi"))
    fj = x.tweet(H("tgs_x1"), w(2020, 11, 2, 9, 0), "Bang Benny pasti menang, Tangsel Kota Hijau 🌳 01!", V("tgs_x1", "post", "tgs-1", "post_support"))
    x.tweet(H("tgs_bappeda"), w(2020, 11, 2, 9, 40), "@fajar_rmd Jar, hapus. Kita ASN, ga boleh.", N("neg_reminder", "a colleague's warning", lang="betawi"),
            ref=("replied_to", fj), mentions=[("fajar_rmd", None)])
    x.tweet(H("tgs_x1"), w(2020, 11, 2, 10, 5), "@yoga_plans Udah dihapus bang, maaf 🙏", N("neg_withdrawn", "he says he deleted it; the post stands"),
            mentions=[("yoga_plans", None)])
    x.tweet(H("tgs_dishub"), w(2020, 11, 20, 21, 0), "c0bl0s 2️⃣ 4j4 b0s, R4P n3xt l3v3l 🔥", V("tgs_dishub", "post", "tgs-2", "leetspeak", lang="slang"))
    x.tweet("mamat_ciputat", w(2020, 11, 21, 8, 0), "p1l1h n0m0r 3 ygy, T4ngs3l B3rk4h 🤲", N(lang="slang"))
    x.new_page()
    fo = x.orig("ferdihanny1", ta(2020, 10, 14, 10, 0), "Torang Samua Basudara: beasiswa untuk anak nelayan se-Sulut.")
    x.tweet(H("su_protokol"), ta(2020, 10, 14, 11, 5), "@ferdihanny1 Om Ferdi torang pe pilihan, nomor 1 for Sulut! 🙌",
            V("su_protokol", "interact", "sul-1", "comment_support", action="comment", lang="manado"), ref=("replied_to", fo),
            mentions=[("ferdihanny1", None)])
    x.tweet(c.inst["biro_su"]["handle"], ta(2020, 10, 1, 9, 0), "Peringatan Hari Kesaktian Pancasila di Kantor Gubernur. Torang samua basudara, jaga Sulut tetap damai.",
            N("neg_motto", "the province's civic motto (pair 1's slogan) on an official account", lang="manado"))
    x.tweet(H("btg_staf3"), ta(2020, 10, 18, 20, 0), "Kalo Om Stev menang, Sulut SIAP kwa! #SulutSIAP 2️⃣",
            V("btg_staf3", "post", "sul-2", "post_support", lang="manado"))
    x.tweet(H("btg_staf3"), ta(2020, 10, 19, 4, 30), "Siap bos, patroli laut jam 5 pagi 🚤", N("neg_everyday_word", "'siap' as an everyday answer", lang="manado"))
    x.tweet(c.inst["kec_aer"]["handle"], ta(2020, 10, 25, 10, 0), "Kerja bakti bersih pantai di Aertembaga bersama warga. Bitung Hebat! 💪",
            R("rev_inst_slogan", "a kecamatan account closes a clean-up post with 'Bitung Hebat', pair 2's slogan and a common civic cheer: "
              "promotion or habit?", actor="inst:kec_aer", cand="btg-2"))
    x.tweet("yopierahel2", ta(2020, 10, 26, 19, 0), "Makase Camat @frangky_kalalo so fasilitasi torang pe pertemuan dengan nelayan Aertembaga 🙏",
            N("neg_candidate_own", "posted by the pair's account", lang="manado"),
            mentions=[("frangky_kalalo", A("btg_camat", case="mentioned", note="a pair's account names him"))])
    x.tweet(H("tdr_guru"), tp(2020, 11, 5, 20, 0), "Ngoni samua jang lupa, 9 Desember torang pilih Om Jafar, Tidore Bangkit Bersatu ☝️",
            V("tdr_guru", "post", "tdr-1", "post_support", lang="malut"))
    x.tweet(H("tdr_guru"), tp(2020, 11, 6, 21, 0), "Ada yang tanya kita pilih sapa. Kita bilang rahasia, mar ngana tau to 😉",
            R("rev_hint", "a wink the day after an open call for pair 1: the hint alone names no one", actor="tdr_guru", cand="tdr-1", lang="malut"))
    x.tweet(H("tbn_pkm"), ta(2020, 11, 4, 12, 0), "Nama saya Komang, tapi saya bukan calon bupati ya, saya perawat Puskesmas Kediri 😂 #Tabanan",
            N("neg_namesake", "a nurse named Komang, like candidate tbn-1"))
    x.tweet(H("tbn_pkm"), ta(2020, 11, 25, 7, 0), "Om Swastyastu semeton. Cuma ingetin: ASN wajib netral, apalagi nakes. Shanti 🙏",
            N("neg_everyday_word", "'shanti' (peace) as a greeting; pair 2's acronym is SHANTI", lang="bali"))
    x.tweet(H("sb_bm"), w(2020, 10, 9, 7, 0), "Jalan Padang–Bukittinggi di Lembah Anai sudah dibuka dua jalur. Hati-hati berkendara.",
            N("neg_official_neutral", "a road notice"))
    ur = x.orig("udaridwan_sb", w(2020, 11, 12, 8, 0), "Uda Ridwan janji perbaiki 500 km jalan provinsi dalam 3 tahun. #BangkikBasamo")
    x.tweet(H("sb_bm"), w(2020, 11, 12, 9, 15), "Ambo urang Bina Marga, tau bana jalan mano nan rusak. Uda Ridwan paham. Bangkik Basamo! 2️⃣",
            V("sb_bm", "post", "sb-2", "quote_support", action="share", lang="minang"), ref=("quoted", ur))
    x.tweet(H("sb_kominfo"), w(2020, 9, 26, 10, 0), "Kampanye Pilgub Sumbar dimulai hari ini. Kami mengimbau semua paslon patuh protokol kesehatan.",
            N("neg_reminder", "an official reminder to every pair"))
    x.tweet(H("pms_data"), w(2020, 12, 9, 11, 0), "Udah nyoblos. Kolom kosong atau Bang Darwin? Rahasia lah, lae 😎",
            N("neg_deflect", "voting-day remark without a side", lang="batak"))
    x.tweet(H("bkt_guru"), w(2020, 10, 22, 6, 0), "Bukittinggi sajuak bana pagi ko, 17 derajat 🥶",
            N("neg_everyday_word", "'sajuak' (cool weather), pair 2's acronym SEJUK", lang="minang"))
    gt = x.orig("gowaterkini", ta(2020, 10, 30, 8, 0), "Bawaslu Gowa ingatkan ASN jaga netralitas selama Pilkada.")
    x.tweet(H("gwa_sekcam"), ta(2020, 10, 30, 8, 40), "RT @gowaterkini: " + gt["text"], N("neg_news", "retweets a neutrality warning without comment"),
            ref=("retweeted", gt))
    x.tweet("kawanua_kita", ta(2020, 12, 9, 20, 0), "Sapa le yang menang, torang samua basudara. Jang bakalae 🙏", N(lang="manado"))
    x.dump_twarc("(pilkada OR pilwako OR pilgub OR pilbup) lang:in -is:retweet OR is:retweet", retrieved_at="2020-12-20T03:10:00+00:00")

    # Pemilu 2019
    x = X(c, "x/search_pemilu2019_heldout6.jsonl")
    for k in ("tdr_guru", "bkt_guru", "tgs_bappeda", "tbn_pkm", "pms_data", "sb_bm", "tgs_lurah", "tgs_pkm", "tgs_guru", "tgs_dishub",
              "btg_staf3", "su_protokol"):
        x.user(c.acct(k, "x"), c.disp(k), "", None)
    for cid in ("p19-1", "p19-2", "dpr-bt3-psi-1", "dpr-mu-pks-1"):
        cd = c.cands[cid]
        x.user(cd.handle("x"), cd.name, "Akun resmi " + cd.name, None)
    x.user("pantau_kpu", "Pantau KPU", "Kabar kepemiluan", None)
    x.tweet(H("tdr_guru"), tp(2018, 8, 10, 17, 0), "Pak Baskoro deng Kiai Rifa'i so daftar di KPU. Dari Tidore torang dukung sampe menang!",
            V("tdr_guru", "post", "p19-1", "bakal_support", lang="malut", note="support for a presidential pair the day it registered (E codes)"))
    x.tweet(H("bkt_guru"), w(2018, 9, 19, 23, 50), "Bisuak ditetapkan KPU. Ambo yakin jo Bang Hendra–Bang Lukman! 💪",
            V("bkt_guru", "post", "p19-2", "stage_boundary_wib", lang="minang",
              note="23:50 WIB on 19 Sep 2018 (16:50 UTC): ten minutes before designation day, the pair is still bakal calon by the WIB date (E codes)"))
    x.tweet("pantau_kpu", w(2018, 9, 20, 10, 0), "KPU tetapkan dua pasangan calon presiden dan wakil presiden Pemilu 2019.", N("neg_news", "a news account"))
    x.tweet("pantau_kpu", w(2018, 9, 21, 15, 0), "Nomor urut: 01 Baskoro–Rifa'i, 02 Hendrawan–Lukman. #Pemilu2019", N("neg_news", "a news account"))
    x.tweet(H("tgs_bappeda"), w(2018, 10, 2, 20, 0), "Gue bikin spreadsheet perbandingan visi-misi 01 dan 02, link di bio. Netral, data only 📊",
            N("neg_both", "a comparison of both pairs", lang="en"))
    x.tweet(H("tbn_pkm"), ta(2018, 11, 10, 8, 30), "Upacara Hari Pahlawan di puskesmas, hormat bendera tegak berdiri 🇮🇩",
            N("neg_everyday_word", "'tegak berdiri' at a flag ceremony; pair 01's slogan is Indonesia Tegak Berdiri"))
    bo = x.orig("basrifai01", w(2018, 12, 1, 10, 0), "Indonesia Tegak Berdiri: lima program kesehatan untuk desa. #TegakBerdiri01")
    x.tweet(H("pms_data"), w(2018, 12, 1, 11, 0), "@basrifai01 Mantap Pak Baskoro! Dari Siantar kami kawal 01 ☝️",
            V("pms_data", "interact", "p19-1", "comment_support", action="comment", lang="batak"), ref=("replied_to", bo), mentions=[("basrifai01", None)])
    x.tweet(H("sb_bm"), w(2019, 1, 18, 7, 0), "Debat capres semalam: dua-duanya normatif soal infrastruktur. Semoga jalan di daerah juga dipikirkan.",
            N("neg_both", "a remark on both pairs"))
    kv = x.tweet("kevinpw_psi", w(2019, 2, 14, 16, 0), "Ngopi bareng anak muda Bintaro. Thanks @yoga_plans udah mampir!",
                 N("neg_candidate_own", "posted by the pair's account", lang="betawi"),
                 mentions=[("yoga_plans", A("tgs_bappeda", case="mentioned", note="mentioned by a DPR candidate's account"))])
    x.tweet(H("tgs_bappeda"), w(2019, 2, 14, 17, 10), "@kevinpw_psi Gue cuma lewat beli kopi bro 😂 bukan pendukung siapa-siapa, ASN netral",
            N("neg_deflect", "the mentioned official distances himself", lang="betawi"), ref=("replied_to", kv), mentions=[("kevinpw_psi", None)])
    x.tweet(H("tgs_lurah"), w(2019, 3, 5, 20, 0), "Gaes, Kevin PSI nomor 1 tuh temen SMA gue, anaknya lurus. Coblos ya! 1️⃣ #KevinPSI1",
            V("tgs_lurah", "post", "dpr-bt3-psi-1", "post_support", lang="betawi"))
    x.tweet(H("tdr_guru"), tp(2019, 4, 16, 0, 30), "Masa tenang, mar hati tarada tenang. 17 April ✌️ jang lupa, Bang Hendra!",
            V("tdr_guru", "post", "p19-2", "stage_quiet", lang="malut", note="a call for pair 02 during the quiet days"))
    x.tweet(H("tgs_pkm"), w(2019, 4, 17, 14, 0), "Sudah nyoblos 5 surat suara, jari ungu 💜 Ayo yg belum ke TPS!", N("neg_reminder", "a reminder on polling day"))
    x.tweet(H("tgs_guru"), w(2019, 4, 18, 9, 0), "Quick count udah keluar, apapun hasilnya kita tetap saudara. No more cebong-kampret pls 🙏",
            N("neg_sarcasm_all", "a plea against the slurs of both camps", lang="en"))
    gf = x.orig("gafur_pks1", tp(2019, 4, 11, 9, 0), "Ustad Gafur siap perjuangkan guru honorer Maluku Utara. #GafurPKS1")
    x.tweet(H("tdr_guru"), tp(2019, 4, 11, 10, 0), "RT @gafur_pks1: " + gf["text"],
            V("tdr_guru", "post", "dpr-mu-pks-1", "share", action="share", note="a retweet of a DPR candidate's campaign tweet"), ref=("retweeted", gf))
    x.tweet(H("tgs_dishub"), w(2018, 10, 30, 12, 0), "Pasang stiker 02 di motor dinas? Ya enggak lah, motor dinas itu aset negara. Yang viral kemarin bukan gue 😤",
            N("neg_negation", "an official denies using a state vehicle for a pair", lang="betawi"))
    x.tweet(H("btg_staf3"), ta(2019, 1, 10, 19, 0), "Kita nelayan pe anak, 01 so banyak bantu kapal. Lanjutkan! ☝️",
            V("btg_staf3", "post", "p19-1", "post_support", lang="manado"))
    x.tweet(H("su_protokol"), ta(2019, 3, 24, 13, 0), "Protokol sibuk. Yang tanya pilih 01 atau 02: kita pilih kopi 😂☕",
            N("neg_deflect", "a joke that names no side", lang="manado"))
    x.dump_twarc("(capres OR pilpres OR caleg OR 01 OR 02) lang:in", retrieved_at="2019-05-30T02:00:00+00:00")

    # a camat's timeline (Bitung)
    x = X(c, "x/timeline_frangky_kalalo.json")
    x.user(H("btg_camat"), c.disp("btg_camat"), "Camat Aertembaga. Melayani dengan hati", "Bitung")
    x.user("yopierahel2", c.cands["btg-2"].name, "Akun resmi", None)
    ym = x.orig("yopierahel2", ta(2020, 10, 26, 19, 0), "Makase Camat @frangky_kalalo so fasilitasi torang pe pertemuan dengan nelayan Aertembaga 🙏")
    x.tweet(H("btg_camat"), ta(2020, 10, 26, 20, 10), "@yopierahel2 Sama-sama Om, kecamatan fasilitasi semua paslon yang ajukan izin tempat. Netral.",
            N("neg_official_neutral", "the camat answers the mention neutrally", lang="manado"), ref=("replied_to", ym), mentions=[("yopierahel2", None)])
    x.tweet(H("btg_camat"), ta(2020, 10, 10, 16, 0), "Bakudapa deng nelayan di dermaga Aertembaga sore ini 🌅",
            V("btg_camat", "gesture", "btg-2", "gesture_alt_text", lang="manado", note="only the image description shows the camat's two-finger pose beside the candidate"),
            alt="Camat berseragam dinas berpose dua jari bersama Yopie Manopo di dermaga")
    x.tweet(H("btg_camat"), ta(2020, 11, 3, 20, 0), "Kalo Om Yopie menang, pelabuhan Aertembaga pasti lebe rame. Cuma bilang saja 😉",
            R("rev_hint", "a conditional remark with a wink: prediction or support?", actor="btg_camat", cand="btg-2", lang="manado"))
    x.tweet(H("btg_camat"), ta(2020, 11, 20, 9, 0), "Rapat Forkopimcam pengamanan kampanye akbar kedua paslon.", N("neg_official_neutral", "official work"))
    x.tweet(H("btg_camat"), ta(2020, 12, 9, 15, 0), "Terima kasih KPPS se-Aertembaga, pemungutan suara aman.", N("neg_official_neutral", "voting-day thanks"))
    x.tweet(H("btg_camat"), ta(2020, 12, 20, 10, 0), "Selamat Om Yopie–Ibu Rahel, walikota terpilih Bitung. Tuhan berkati ✌️",
            R("rev_after_vote", "congratulations with the pair's two-finger sign after the result: courtesy or a partisan act after the campaign?",
              actor="btg_camat", cand="btg-2", lang="manado"))
    x.dump_timeline()


# ---------------------------------------------------------------------------------------------
# Instagram Graph API
# ---------------------------------------------------------------------------------------------
def instagram(c):
    I = lambda k: c.acct(k, "instagram")  # noqa: E731
    ig = Ig(c, "instagram/media_kecamatanbanjarsari.json")
    own = c.inst["kec_bjs"]["handle"]
    cm = [ig.comment(w(2020, 8, 17, 11, 0), "Merdeka! 🇮🇩", I("ska_staf1"), N("neg_personal", "a patriotic greeting"))]
    ig.media(w(2020, 8, 17, 9, 0), "Upacara HUT RI ke-75 di halaman Kecamatan Banjarsari dengan protokol kesehatan.",
             N("neg_official_neutral", "an agency's routine post"), username=own, comments=cm)
    cm = [ig.comment(w(2020, 10, 9, 12, 0), "Mas Hanung ganteng tenan, Solo Tambah Mulyo ☝️", I("ska_staf2"),
                     V("ska_staf2", "interact", "ska-1", "comment_support", action="comment", lang="jv")),
          ig.comment(w(2020, 10, 9, 12, 30), "Pak Yanto mboten diundang to? 🤔", "sekarjagad_solo", N(lang="jv"))]
    ig.media(w(2020, 10, 9, 11, 0), "Kunjungan calon wali kota nomor urut 1 ke Pasar Legi, didampingi camat. Pelayanan pasar tetap berjalan.",
             R("rev_inst_visit", "the kecamatan's account shows a candidate touring a market with the camat: documentation of a visit or promotion?",
               actor="inst:kec_bjs", cand="ska-1"), username=own, comments=cm)
    ig.media(w(2020, 10, 20, 19, 0), "Bersama Mas Hanung, Banjarsari Tambah Mulyo! ☝️ #SoloTambahMulyo",
             V("inst:kec_bjs", "inst", "ska-1", "inst_account", lang="jv", note="slogan, hashtag and one-finger sign of the pair on the kecamatan's account"),
             username=own, mtype="CAROUSEL_ALBUM")
    ig.media(w(2020, 10, 21, 8, 0), "Klarifikasi: unggahan semalam bukan sikap resmi. Kecamatan Banjarsari netral dalam Pilkada 2020.",
             N("neg_apology", "the account retracts; the post remains the act"), username=own)
    cm = [ig.comment(w(2020, 11, 11, 10, 0), "Ayem tenan ndelok simbah-simbah semangat senam 🥰", I("ska_staf3"),
                     N("neg_everyday_word", "'ayem' about elderly people exercising; AYEM is the independent pair's acronym", lang="jv"))]
    ig.media(w(2020, 11, 11, 9, 0), "Posyandu lansia Kelurahan Kadipiro. Simbah sehat, ati ayem 😊",
             N("neg_everyday_word", "'ayem' on an official account about a health service", lang="jv"), username=own, comments=cm)
    cm = [ig.comment(w(2020, 12, 9, 10, 0), "Sampun nyoblos, lancar 👍", I("ska_staf1"), N("neg_reminder", "a voting-day remark", lang="jv"))]
    ig.media(w(2020, 12, 9, 6, 30), "Selamat menggunakan hak pilih di 9 TPS Kelurahan Kadipiro. Patuhi protokol kesehatan!",
             N("neg_reminder", "polling-day information for everyone"), username=own, comments=cm)
    ig.dump_media(own)

    ig = Ig(c, "instagram/media_prokopim_tabanan.json")
    own = c.inst["prokopim_tbn"]["handle"]
    ig.media(ta(2020, 9, 15, 10, 0), "Plh. Bupati menghadiri upacara piodalan di Pura Luhur Batukaru.", N("neg_official_neutral", "protocol news"), username=own)
    cm = [ig.comment(ta(2020, 10, 2, 12, 0), "Suksma infonya 🙏", I("tbn_guru"), N(lang="bali")),
          ig.comment(ta(2020, 10, 2, 12, 20), "Shanti 🙏", I("tbn_capil"), N("neg_everyday_word", "'shanti' as a religious greeting", lang="bali"))]
    ig.media(ta(2020, 10, 2, 11, 0), "Om Swastyastu. Rapat koordinasi penanganan COVID-19 Kabupaten Tabanan. Om Shanti Shanti Shanti Om 🙏",
             N("neg_everyday_word", "the Hindu closing greeting on an official account; pair 2's acronym is SHANTI", lang="bali"), username=own, comments=cm)
    ig.media(ta(2020, 10, 28, 18, 0), "Bersama Pak Komang, Tabanan tetep Lumbung Pangan! Rahajeng semeton ☝️ Foto: @putueka.w",
             V("inst:prokopim_tbn", "inst", "tbn-1", "inst_account", lang="bali", note="the regency's protocol account promotes a candidate"),
             username=own, mentions=[(I("tbn_capil"), A("tbn_capil", case="mentioned", note="credited as photographer in the institution's campaign post"))])
    cm = [ig.comment(ta(2020, 11, 5, 14, 0), "Luwung! Petani Tabanan mantap 🌾", I("tbn_pkm"), N(lang="bali"))]
    ig.media(ta(2020, 11, 5, 12, 0), "Penyerahan bantuan benih padi kepada subak di Kecamatan Penebel.", N("neg_official_neutral", "routine aid"),
             username=own, comments=cm)
    ig.media(ta(2020, 12, 10, 9, 0), "Terima kasih seluruh penyelenggara, Pilkada Tabanan berjalan aman dan damai.", N("neg_after_voting", "thanks after voting"),
             username=own)
    ig.dump_media(own)

    ig = Ig(c, "instagram/discovery_kadekayu_ls.json")
    cm = [ig.comment(ta(2020, 10, 14, 20, 0), "Lah, ibu guru ikut kampanye? 🙈", "gekmirah_tbn", N())]
    ig.media(ta(2020, 10, 14, 19, 0), "Ngiring sareng Bli Wayan ring Kediri, Tabanan SHANTI! ✌️",
             R("rev_bio_conflict", "her bio says she no longer teaches while the registry still lists her as a serving teacher: is she ASN?",
               actor="tbn_guru", cand="tbn-2", lang="bali"), comments=cm)
    ig.media(ta(2020, 11, 8, 9, 0), "Canang sari pesenan semeton sampun siap 🌸", N("neg_personal", "a small business post", lang="bali"))
    ig.media(ta(2020, 11, 22, 20, 0), "Jani sing ada keraguan, nomer 2 pasti menang 🙌",
             R("rev_bio_conflict", "the same account backs pair 2 again; whether she is still ASN is unclear", actor="tbn_guru", cand="tbn-2", lang="bali"))
    ig.media(ta(2020, 12, 30, 10, 0), "Rahajeng rahina Purnama, semeton sami 🙏", N("neg_personal", "a religious greeting", lang="bali"))
    ig.dump_discovery("kadekayu.ls", "Kadek Ayu", "Mantan guru SDN 2 Dauh Peken | Kini usaha canang & banten 🌸 | Tabanan", 2310, "bawaslu.tabanan")

    ig = Ig(c, "instagram/media_nurlela_sgj.json")
    lela = I("tdr_staf1")
    ig.media(tp(2020, 9, 10, 16, 0), "Festival Tidore 2020 virtual, so siap! 🎉 #HariJadiTidore", N("neg_personal", "a festival", lang="malut"),
             username=lela, mtype="VIDEO", product="REELS")
    ig.media(tp(2020, 9, 23, 1, 20), "Besok Mama Sofi ditetapkan, torang perempuan Tidore bangga! 💪",
             V("tdr_staf1", "post", "tdr-2", "stage_boundary_wit", lang="malut",
               note="01:20 WIT on 23 Sep is 23:20 WIB on 22 Sep: the pair is still bakal calon by the WIB date (E codes)"), username=lela)
    cm = [ig.comment(tp(2020, 10, 17, 18, 0), "Cantik skali kaka 😍", "ayu_soasio", N(lang="malut"))]
    ig.media(tp(2020, 10, 17, 17, 0), "Bafoto deng Mama Sofi di Pantai Ake Sahu ✌️ #SofiaLaiyan2",
             V("tdr_staf1", "photo", "tdr-2", "photo_gesture", lang="malut", note="a photo with the candidate, the V sign and the pair's hashtag"),
             username=lela, comments=cm)
    ig.media(tp(2020, 11, 20, 10, 0), "Dinas Pariwisata ajak ngoni ke Tanjung Konde, tarada pungutan! 🌊", N("neg_official_neutral", "tourism promotion", lang="malut"),
             username=lela)
    ig.media(tp(2020, 12, 9, 12, 0), "Su coblos, tarada yang tahu kita pilih sapa 🤫", N("neg_deflect", "a voting-day remark without a side", lang="malut"),
             username=lela)
    ig.dump_media(lela)


# ---------------------------------------------------------------------------------------------
# TikTok Research API
# ---------------------------------------------------------------------------------------------
def tiktok(c):
    T = lambda k: c.acct(k, "tiktok")  # noqa: E731
    tt = Tt(c, "tiktok/videos_query_heldout6.jsonl")
    tt.video(T("bkt_staf2"), w(2020, 10, 24, 19, 0), "Tutorial rendang ala urang awak 🍛 #minang", N("neg_personal", "a cooking video", lang="minang"))
    tt.video(T("bkt_staf2"), w(2020, 11, 14, 20, 0), "POV: pegawai pemko tapi dukung Uni Rahmi diam-diam 🤫 #BukittinggiSEJUK",
             V("bkt_staf2", "post", "bkt-2", "post_support", lang="minang"), voice="pokoknyo nomor duo, Uni Rahmi")
    tt.video(c.cands["bkt-2"].handle("tiktok"), w(2020, 11, 15, 9, 0), "Tarimo kasih dukungan anak mudo Bukittinggi @rizkiananda_bkt 🙏",
             N("neg_candidate_own", "posted by the pair's account", lang="minang"),
             mentions=[(T("bkt_staf2"), A("bkt_staf2", case="mentioned", note="the pair's own account names him or her"))])
    tt.video(T("sb_guru"), w(2020, 10, 6, 15, 0), "Belajar sejarah PDRI di Bukittinggi 📚 #sejarah", N("neg_personal", "a history lesson"))
    tt.video(T("sb_guru"), w(2020, 11, 28, 10, 0), "Simulasi pemilihan ketua OSIS: kandidat A vs B, jangan golput ya nak! 🗳️",
             N("neg_how_to_vote", "a mock school election"))
    tt.video(T("sb_kominfo"), w(2020, 10, 10, 12, 0), "Hoaks atau fakta? Cek dulu sebelum share. #Pilgub2020 #SumbarCerdas",
             N("neg_official_neutral", "an anti-hoax message"))
    tt.video(T("sb_kominfo"), w(2020, 11, 30, 16, 0), "Jalan-jalan ka Jam Gadang, sajuak bana 🌬️", N("neg_everyday_word", "'sajuak' (cool)", lang="minang"))
    tt.video(T("pms_satpol"), w(2020, 11, 12, 17, 0), "Pengamanan kampanye calon tunggal di Lapangan Adam Malik. Aman terkendali 👮",
             N("neg_official_neutral", "a Satpol PP officer on duty"))
    tt.video(T("pms_satpol"), w(2020, 11, 13, 20, 0), "Amang Darwin salam komando sama awak tadi 😎 Siantar DAMAI no debat!",
             V("pms_satpol", "post", "pms-1", "post_support", lang="batak"), voice="mantap kali Bang Darwin, Siantar damai")
    tt.video(c.cands["pms-1"].handle("tiktok"), w(2020, 10, 1, 19, 0), "Terima kasih pengamanan @roy_pp_siantar dan kawan-kawan Satpol PP 🙏",
             N("neg_candidate_own", "posted by the pair's account"),
             mentions=[(T("pms_satpol"), A("pms_satpol", case="mentioned", note="mentioned by the only pair's account"))])
    tt.new_page()
    tt.video(T("gwa_guru1"), ta(2020, 9, 23, 0, 30), "Detik-detik penetapan. Karaeng Fachrul pasti ji! #KaraengFachrul1",
             V("gwa_guru1", "post", "gwa-1", "stage_boundary_wita", lang="makassar",
               note="00:30 WITA on 23 Sep is 23:30 WIB on 22 Sep: the pair is still bakal calon by the WIB date (E codes)"))
    tt.video(T("gwa_guru1"), ta(2020, 10, 29, 11, 0), "Mengajar di tengah pandemi, murid belajar di teras rumah 😢", N("neg_personal", "teaching in the pandemic"))
    tt.video(T("gwa_bidan"), ta(2020, 11, 1, 9, 0), "Imunisasi keliling Somba Opu 💉", N("neg_official_neutral", "a health service"))
    tt.video(T("gwa_bidan"), ta(2020, 11, 19, 20, 0), "Daeng Tia janji insentif bidan desa naik. Siapa yang tidak mau? 🤔",
             R("rev_rhetorical", "a midwife repeats a candidate's promise as a rhetorical question: report or support?", actor="gwa_bidan", cand="gwa-2",
               lang="makassar"))
    dg = c.inst["disdik_gwa"]["handle"]
    tt.video(dg, ta(2020, 10, 15, 10, 0), "Lomba literasi tingkat SD se-Kabupaten Gowa 📚", N("neg_official_neutral", "an agency's routine"))
    v_dg = tt.video(dg, ta(2020, 11, 16, 19, 0), "Guru hebat, Gowa Baji! Bersama Karaeng Fachrul untuk pendidikan ☝️ #GowaBaji",
                    V("inst:disdik_gwa", "inst", "gwa-1", "inst_account", note="the education office's account promotes a candidate"))
    tt.video(T("btg_staf1"), ta(2020, 10, 11, 5, 30), "Pagi-pagi so di pelelangan ikan, cakalang banyak 🐟", N("neg_personal", "work at the fish market", lang="manado"))
    tt.video(T("btg_staf1"), ta(2020, 11, 21, 19, 0), "Torang penyuluh siap kawal Om Maxi! 1️⃣ Bitung Kota Cakalang",
             V("btg_staf1", "post", "btg-1", "post_support", lang="manado"))
    tt.video(T("ska_staf2"), w(2020, 10, 13, 17, 0), "Masang umbul-umbul nang gang, jare Pak Lurah kon ndang rampung 😅",
             V("ska_staf2", "instruct", "ska-1", "staff_comply", action="other", add_codes=["SKB-D1"], lang="jv",
               note="a PPPK films himself putting up the pair's banners on the lurah's order"),
             voice="umbul-umbule Mas Hanung iki kudu rampung sore iki")
    tt.video(T("tbn_capil"), ta(2020, 10, 31, 10, 0), "Pelayanan adminduk jemput bola di Desa Wongaya Gede", N("neg_official_neutral", "a public service"))
    tt.video(T("tbn_capil"), ta(2020, 11, 26, 19, 0), "Bli Wayan ngajak ngopi 😂 bukan calon bupati ya, ini Bli Wayan tetangga",
             N("neg_namesake", "a neighbour called Wayan, like candidate tbn-2", lang="bali"))
    tt.new_page()
    tt.video(T("yhk_guru"), tp(2020, 10, 23, 10, 0), "Anak-anak Dekai belajar membaca 📖", N("neg_personal", "teaching", lang="papua"))
    tt.video(T("yhk_guru"), tp(2020, 11, 25, 18, 0), "Bapa Yosias pu program pendidikan gratis, kitong guru dukung! 1️⃣",
             V("yhk_guru", "post", "yhk-1", "post_support", lang="papua"))
    tt.video(T("tdr_staf1"), tp(2020, 11, 12, 15, 0), "Ke Tidore jang lupa bawa pulang kue lapis 😋", N("neg_personal", "food", lang="malut"))
    tt.video(T("tgs_guru"), w(2020, 11, 4, 21, 0), "POV: ngajar online sambil dengerin debat Pilkada 🙃 semua paslon sama2 ngomong 'next level' wkwk",
             N("neg_sarcasm_all", "a joke about every pair", lang="en"))
    tt.video(T("tgs_dishub"), w(2020, 10, 22, 7, 0), "Rekayasa lalu lintas saat kampanye paslon 01, 02, 03 di BSD 🚦", N("neg_official_neutral", "traffic notice"))
    tt.video(T("tsm_guru2"), w(2020, 11, 9, 16, 0), "Ngajar ngaji barudak di madrasah 🤲", N("neg_personal", "religious teaching", lang="sunda"))
    v_neng = tt.video(T("tsm_guru2"), w(2020, 11, 10, 19, 30), "Barudak, ulah hilap nitipkeun ka sepuh: 9 Desember nyoblos Ceu Euis nomer 2 nya! 😁",
                      V("tsm_guru2", "post", "tsm-2", "post_support", lang="sunda", note="a PPPK teacher asks pupils to pass a vote call to their parents"),
                      voice="ulah hilap nya, nomer dua, Ceu Euis")
    tt.video(c.cands["tsm-2"].handle("tiktok"), w(2020, 11, 11, 9, 0), "Hatur nuhun guru-guru ngaji @nengsiti_ngajar 🙏 #TasikBagja",
             N("neg_candidate_own", "posted by the pair's account", lang="sunda"),
             mentions=[(T("tsm_guru2"), A("tsm_guru2", case="mentioned", note="the pair's own account names him or her"))])
    tt.dump()
    tt_comments(c, f"tiktok/comments_{v_neng['id']}.json", v_neng, [
        (w(2020, 11, 10, 19, 50), "Bu guru kampanye? 😳", N(), None),
        (w(2020, 11, 10, 20, 2), "Ceu Euis 💚💚", N(), None),
        (w(2020, 11, 10, 20, 15), "Abdi oge guru, sami ngadukung nomer 2, tapi cicingeun wae 🤫",
         R("rev_identity", "an anonymous commenter says she is a teacher backing pair 2; the API withholds the author", cand="tsm-2", lang="sunda"), None),
        (w(2020, 11, 10, 20, 33), "Laporkeun ka Bawaslu ah", N(lang="sunda"), None),
        (w(2020, 11, 10, 20, 41), "Hapus Bu, bahaya", N(), 3),
        (w(2020, 11, 11, 6, 0), "Bagja pisan ningali barudak ngaji 🥰", N("neg_everyday_word", "'bagja' (happy)", lang="sunda"), None),
    ])
    tt_comments(c, f"tiktok/comments_{v_dg['id']}.json", v_dg, [
        (ta(2020, 11, 16, 19, 20), "Akun dinas kok kampanye? 🤔", N(lang="makassar"), None),
        (ta(2020, 11, 16, 19, 34), "Karaeng Fachrul ☝️☝️", N(), None),
        (ta(2020, 11, 16, 19, 52), "Lapor mi ke Bawaslu Gowa", N(lang="makassar"), 0),
        (ta(2020, 11, 16, 20, 15), "Sy guru honorer, disuruh kepsek ikut jalan sehat kemarin padahal kampanye 😢",
         R("rev_claim", "an anonymous commenter says a headmaster made teachers attend a disguised rally; the API withholds the author and names no one",
           cand="gwa-1", lang="makassar"), None),
        (ta(2020, 11, 17, 7, 5), "Sudah dihapus belum videonya?", N(), None),
        (ta(2020, 11, 17, 7, 40), "Guru-guru Gowa memang hebat, siapa pun bupatinya 👍", N("neg_both", "praise for teachers, no side"), None),
    ])


# ---------------------------------------------------------------------------------------------
# YouTube Data API commentThreads
# ---------------------------------------------------------------------------------------------
def youtube(c):
    Y = lambda k: c.acct(k, "youtube")  # noqa: E731
    kb = c.inst["kominfo_btg"]["handle"]
    yt = Yt(c, "youtube/comments_debat_pilwalkot_bitung.json", "bTg" + "2020dbt1X", kb)
    yt.thread(yt.comment(ta(2020, 11, 6, 21, 0), "Siaran langsung debat kedua: Jumat 20 November, mulai jam 7 malam WITA.", "Diskominfo Bitung Channel", kb,
                         N("neg_official_neutral", "the agency's schedule notice")))
    top = yt.comment(ta(2020, 11, 6, 21, 20), "Om Yopie jawab paling masuk akal soal sekolah. Nomor 2 for Bitung Hebat ✌️", "Deysi Pantow", Y("btg_guru"),
                     V("btg_guru", "interact", "btg-2", "comment_support", action="comment", lang="manado"))
    yt.thread(top, [yt.comment(ta(2020, 11, 6, 21, 35), "Setuju Ibu guru", "Ferry Manembu", yt_channel("h6ferry"), N(), parent=top)])
    top = yt.comment(ta(2020, 11, 6, 21, 40), "Om Maxi torang pe pilihan!", "Ci Lien Girian", yt_channel("h6cilien"), N(lang="manado"))
    yt.thread(top)
    top = yt.comment(ta(2020, 11, 6, 21, 50), "Ada siaran ulang?", "Marlon Tangkere", yt_channel("h6marlon"), N())
    yt.thread(top, [yt.comment(ta(2020, 11, 6, 22, 0), "Siaran ulang tersedia di kanal ini besok pagi.", "Diskominfo Bitung Channel", kb,
                               N("neg_official_neutral", "the agency answers a question"), parent=top)])
    yt.thread(yt.comment(ta(2020, 11, 6, 22, 30), "Om Maxi paling siap pimpin Bitung. Torang pilih nomor 1! ☝️", "Diskominfo Bitung Channel", kb,
                         V("inst:kominfo_btg", "inst", "btg-1", "inst_account", lang="manado", note="the agency's own channel comments for a pair")))
    yt.thread(yt.comment(ta(2020, 11, 7, 8, 0), "Komentar semalam bukan sikap resmi Diskominfo. Admin sedang diperiksa.", "Diskominfo Bitung Channel", kb,
                         N("neg_apology", "the agency retracts")))
    yt.thread(yt.comment(ta(2020, 11, 7, 9, 0), "Dua-dua calon nyanda jelas soal sampah 🙄", "Marlon Tangkere", yt_channel("h6marlon"),
                         N("neg_sarcasm_all", "grumbles about the two pairs alike", lang="manado")))
    yt.dump()

    ks = c.inst["kominfo_sb"]["handle"]
    yt = Yt(c, "youtube/comments_debat_pilgub_sumbar.json", "sBr" + "dbtPilgub2", ks)
    yt.thread(yt.comment(w(2020, 11, 10, 21, 0), "Debat rancak, tapi ambo caliak Uda Ridwan paliang manguasai data. Bangkik Basamo!", "Zulhendri",
                         Y("bkt_guru"), V("bkt_guru", "interact", "sb-2", "comment_support", action="comment", lang="minang")))
    yt.thread(yt.comment(w(2020, 11, 10, 21, 10), "Untuak murid kelas XII: tonton debat ko untuak tugas PKn, nilai argumennyo, bukan urangnyo.",
                         "Fadhli Rahman", Y("sb_guru"), N("neg_reminder", "a teacher sets the debate as homework, no side", lang="minang")))
    top = yt.comment(w(2020, 11, 10, 21, 15), "Datuak Syahrial ☝️ pasti manang", "Uda Ijal Agam", yt_channel("h6ijal"), N(lang="minang"))
    yt.thread(top, [yt.comment(w(2020, 11, 10, 21, 30), "Caliak lah datanyo, Datuak tu banyak janji sajo, jalan di Agam masih hancua 🙄", "Zulhendri",
                               Y("bkt_guru"), V("bkt_guru", "negative", "sb-1", "negative_campaign", action="comment", lang="minang",
                                                note="the same teacher attacks pair 1 in a reply"), parent=top)])
    yt.thread(yt.comment(w(2020, 11, 10, 21, 45), "Interesting, format debatnya lebih rapi dari Tangsel. Moderatornya tegas 👍", "Yoga Aditya",
                         Y("tgs_bappeda"), N("neg_event", "likes how the debate was run", lang="en")))
    top = yt.comment(w(2020, 11, 10, 22, 0), "Debat katigo bilo?", "Etek Lini", yt_channel("h6lini"), N(lang="minang"))
    yt.thread(top, [yt.comment(w(2020, 11, 10, 22, 20), "Debat ketiga dijadwalkan KPU Sumbar pada 28 November 2020.", "Diskominfotik Sumbar", ks,
                               N("neg_official_neutral", "the office replies to a question"), parent=top)])
    yt.thread(yt.comment(w(2020, 11, 11, 7, 0), "Paslon 3 independen paliang jujur", "Buyuang Pasaman", yt_channel("h6buyuang"), N(lang="minang")))
    yt.dump()

    hc = c.cands["ska-1"].handle("youtube")
    yt = Yt(c, "youtube/comments_kampanye_mashanung.json", "sKa" + "hanung1v", hc)
    yt.thread(yt.comment(w(2020, 10, 25, 20, 0), "Mas Hanung, kula saking SMPN 9 nderek ndukung. Solo Tambah Mulyo!", "Bambang Widodo", Y("ska_guru"),
                         V("ska_guru", "interact", "ska-1", "comment_support", action="comment", lang="jv")))
    yt.thread(yt.comment(w(2020, 10, 25, 20, 30), "Pak Yanto luwih merakyat, ora akeh omong", "Sugeng Mojosongo", yt_channel("h6sugeng"), N(lang="jv")))
    yt.thread(yt.comment(w(2020, 10, 25, 21, 0), "Kampanyena sae, tapi di Tasik mah urang gaduh calon nyalira 😄", "Endang Kurnia", Y("tsm_mts"),
                         N("neg_other", "an official of another regency comments without support", lang="sunda")))
    yt.thread(yt.comment(w(2020, 10, 26, 7, 0), "Matur nuwun sedaya ingkang sampun nonton. Solo Tambah Mulyo!", "Raden Hanung Prakoso", hc,
                         N("neg_candidate_own", "the candidate's channel", lang="jv")))
    yt.dump()


# ---------------------------------------------------------------------------------------------
# Telegram Desktop exports
# ---------------------------------------------------------------------------------------------
def telegram(c):
    # a volunteers' supergroup of the Yahukimo pair 1, names as Telegram shows them (WIT)
    tg = Tg(c, "telegram/ChatExport_2020-12-12_relawan_yosias/result.json", "Relawan Yosias–Ruben Dekai", "private_supergroup", 1734400981, WIT)
    nat = "Kaka Natan Relawan"
    tg.service(101, tp(2020, 8, 20, 10, 0), nat, "invite_members",
               [A("yhk_staf1", case="added_to_group", note="added to the bakal calon's volunteers' group; he stays and only prays"),
                A("yhk_staf2", case="added_to_group", note="put into the volunteers' group; she quits within the hour")],
               members=["Marthen Kobak", "Selvina Itlay"])
    tg.msg(102, tp(2020, 8, 20, 10, 4), nat, "Selamat datang sodara-sodara di grup relawan Bapa Yosias. Kitong kerja sama-sama e 🙏", N(lang="papua"))
    tg.msg(103, tp(2020, 8, 20, 10, 30), "Marthen Kobak", "Terima kasih kaka. Bapa Yosias ini sa pu bapa ade. Sa doakan saja, sa pegawai distrik jadi tra bisa ikut kampanye 🙏",
           N("neg_deflect", "the candidate's nephew, an official, says he will not campaign", lang="papua"))
    tg.service(104, tp(2020, 8, 20, 11, 5), "Selvina Itlay", "remove_members",
               [N("neg_left_group", "the added official leaves by herself", actor="yhk_staf2", lang="sys")], members=["Selvina Itlay"])
    tg.service(105, tp(2020, 9, 1, 19, 0), "Yohanis Sobolim", "join_group_by_link",
               [V("yhk_guru", "interact", "yhk-1", "bakal_support", action="follow_or_join", lang="sys",
                  note="a teacher joins the bakal calon's volunteers' group by link (E4)")], inviter="Group")
    tg.msg(106, tp(2020, 9, 23, 1, 15), "Yohanis Sobolim", "Puji Tuhan pagi ini penetapan. Sa siap turun ke kampung-kampung sosialisasi Bapa Yosias! 💪",
           V("yhk_guru", "post", "yhk-1", "stage_boundary_wit", in_group=True, lang="papua",
             note="01:15 WIT on 23 Sep is 23:15 WIB on 22 Sep: the pair is still bakal calon by the WIB date (E codes)"))
    tg.msg(107, tp(2020, 10, 5, 18, 0), nat, "Besok kampanye di Kampung Mulia jam 10, semua pake kaos kuning 🟡", N(lang="papua"))
    tg.msg(108, tp(2020, 10, 5, 18, 20), "Marthen Kobak", "🙏",
           R("rev_siap", "the candidate's nephew, put into the group by a volunteer, answers a campaign call with praying hands", actor="yhk_staf1", cand="yhk-1",
             lang="sys"), reply_to_message_id=107)
    tg.msg(109, tp(2020, 10, 6, 11, 30), "Yohanis Sobolim", "Kitong di Mulia! 1️⃣🟡", V("yhk_guru", "gesture", "yhk-1", "gesture_caption", in_group=True,
                                                                                     lang="papua"), photo=True)
    tg.service(110, tp(2020, 10, 20, 17, 0), "Yance Heluka", "invite_members",
               [A("yhk_staf3", case="added_to_group", note="his own superior puts him into the volunteers' group"),
                V("yhk_kadistrik", "instruct", "yhk-1", "instruct_add_staff", by_actor=True, lang="sys",
                  note="a district head adds his staff member to the pair's volunteers' group")],
               members=["Herman Walilo"])
    tg.msg(111, tp(2020, 10, 20, 17, 10), "Herman Walilo", "Bapa Kadistrik, sa ikut perintah saja",
           R("rev_siap", "'I just follow orders' from an official his superior added to the campaign group: acknowledgement, not yet an act",
             actor="yhk_staf3", cand="yhk-1", lang="papua"))
    tg.msg(112, tp(2020, 10, 20, 17, 25), "Yance Heluka", "Staf distrik semua wajib hadir kampanye akbar tanggal 28 di Lapangan Dekai, sa cek absen 📋",
           V("yhk_kadistrik", "instruct", "yhk-1", "instruct_open", add_codes=["PP94-N3"], in_group=True, lang="papua"))
    tg.msg(113, tp(2020, 10, 28, 11, 40), "Herman Walilo", "Sa su hadir di lapangan, ramai skali 🟡", V("yhk_staf3", "attend", "yhk-1", "staff_comply",
                                                                                                      in_group=True, lang="papua"), photo=True)
    tg.msg(114, tp(2020, 11, 2, 9, 0), nat, "Pelayanan KTP-el di kantor distrik buka Senin sampai Jumat.", N("neg_official_neutral", "a forwarded service notice"),
           forwarded_from="Info Distrik Dekai")
    tg.msg(115, tp(2020, 12, 7, 23, 0), "Yohanis Sobolim", "Su masuk hari tenang, mar tanggal 9 nanti kitong semua tusuk nomor 1 e 🤫",
           V("yhk_guru", "post", "yhk-1", "stage_quiet", in_group=True, lang="papua"))
    tg.msg(116, tp(2020, 12, 9, 6, 30), nat, "Saksi-saksi su di TPS, jaga baik-baik", N(lang="papua"))
    tg.msg(117, tp(2020, 12, 10, 9, 0), "Marthen Kobak", "Apapun hasilnya, kitong jaga damai sejahtera di Yahukimo 🙏",
           N("neg_motto", "after the vote, words that are the regency's motto and pair 1's slogan", lang="papua"))
    c.write_json(tg.rel, tg.obj(), Tg.FMT)

    # the public channel of Distrik Dekai (a registered institutional account)
    ch = Tg(c, "telegram/ChatExport_2020-12-10_infodistrikdekai/result.json", "Info Distrik Dekai", "public_channel", 1588203344, WIT)
    ch.msg(701, tp(2020, 9, 30, 9, 0), "Info Distrik Dekai", "Jadwal pelayanan KTP-el: Senin–Jumat pukul 08.00–14.00 WIT.", N("neg_official_neutral", "service"))
    ch.msg(702, tp(2020, 10, 10, 9, 0), "Info Distrik Dekai", "Distrik Dekai mengimbau warga menjaga keamanan selama kampanye. Semua paslon sama di mata pemerintah.",
           N("neg_reminder", "a neutral appeal"))
    ch.msg(703, tp(2020, 10, 25, 8, 0), "Info Distrik Dekai", "Damai sejahtera bagi kita semua. Ibadah syukur HUT Kantor Distrik Dekai hari ini 🙏",
           N("neg_motto", "a Christian greeting equal to the regency's motto and pair 1's slogan", lang="papua"))
    ch.msg(704, tp(2020, 11, 18, 20, 0), "Info Distrik Dekai", ["Bersama Bapa Yosias, Yahukimo Damai Sejahtera! Coblos nomor 1 🟡 ", ("hashtag", "#YosiasRuben1")],
           V("inst:distrik_dekai", "inst", "yhk-1", "inst_account", lang="papua", note="a district's official channel campaigns"))
    ch.msg(705, tp(2020, 11, 19, 7, 0), "Info Distrik Dekai", "Ralat: postingan semalam dihapus, admin keliru.", N("neg_apology", "the channel takes it back"))
    c.write_json(ch.rel, ch.obj(), Tg.FMT)

    # a whole-account export of the head of Dinas Pendidikan Gowa, with his saved contacts (WITA)
    me = c.asn["gwa_kadis"]
    ph = lambda k: tg_phone(c.acct(k, "telegram"))  # noqa: E731
    cand_phone = "+6281342556170"
    contacts = [
        tg_contact("Hasnawati", "KS Tamarunang", ph("gwa_ks"), ta(2019, 7, 1, 9, 0)),
        tg_contact("Rosdiana", "Sekdis", ph("gwa_sekdis"), ta(2018, 2, 2, 9, 0)),
        tg_contact("Karaeng Fachrul", "Calon", tg_phone(cand_phone), ta(2020, 6, 15, 9, 0)),
        tg_contact("Kak Ani", "", tg_phone("+6285255117702"), ta(2016, 1, 1, 9, 0)),
        tg_contact("Rusdi", "Guru", ph("gwa_guru3"), ta(2019, 8, 8, 9, 0)),
    ]
    rel = "telegram/DataExport_2020-12-15_basri/result.json"
    pc = Tg(c, rel, "Karaeng Fachrul Calon", "personal_chat", 6220184455, WITA)
    pc.msg(201, ta(2020, 10, 14, 20, 0), "Karaeng Fachrul Calon", "Pak Kadis, tabe', minta tolong guru-guru diarahkan hadir di kampanye hari Sabtu",
           N("neg_candidate_own", "a message from the candidate; the official has not acted yet", lang="makassar"), from_id="user6220184455")
    pc.msg(202, ta(2020, 10, 14, 20, 12), "Muh. Basri", "Siap Karaeng, nanti saya atur lewat kepala sekolah 🙏",
           V("gwa_kadis", "instruct", "gwa-1", "instruct_open", add_codes=["PP94-N3"], lang="makassar",
             note="the head of the education office agrees with the candidate to mobilise teachers"))
    grp = Tg(c, rel, "Kepala Sekolah SD Somba Opu", "private_group", 4455120876, WITA)
    grp.msg(301, ta(2020, 10, 15, 7, 30), "Muh. Basri",
            "Bapak Ibu kepsek, Sabtu pagi guru-guru diajak ke Lapangan Syekh Yusuf. Pakai baju putih, bawa bendera kecil. Bukan perintah, tapi saya ingat siapa yang datang 😊",
            V("gwa_kadis", "instruct", "gwa-1", "instruct_covert", add_codes=["PP94-N3"], lang="makassar",
              note="no name, but the candidate's request the night before and the white shirts make it the pair's rally; veiled pressure"))
    grp.msg(302, ta(2020, 10, 15, 7, 36), "Hasnawati KS Tamarunang", "Siap Pak Kadis",
            R("rev_siap", "a headmistress's bare 'siap' to a covert order", actor="gwa_ks", cand="gwa-1"), reply_to_message_id=301)
    grp.msg(303, ta(2020, 10, 15, 7, 52), "Rosdiana Sekdis", "Pak, mohon izin, itu acara kampanye paslon 1. Kita ASN tidak boleh, nanti Bawaslu turun.",
            N("neg_objection", "the department secretary objects"))
    grp.msg(304, ta(2020, 10, 15, 8, 10), "Muh. Basri", "Bukan kampanye Bu, itu jalan sehat. Kalau ada yang tanya, bilang jalan sehat 😄",
            V("gwa_kadis", "instruct", "gwa-1", "instruct_covert", lang="makassar", note="he disguises the rally as a fun walk and repeats the order"))
    grp.msg(305, ta(2020, 10, 15, 9, 3), "Hasnawati KS Tamarunang", "Pak, guru-guru sudah saya kabari lewat grup sekolah 🙏",
            V("gwa_ks", "instruct", "gwa-1", "instruct_relay", note="a headmistress passes the order down to her teachers"))
    grp.msg(306, ta(2020, 10, 17, 8, 45), "Hasnawati KS Tamarunang", "Alhamdulillah SD Inpres Tamarunang hadir 23 orang 💪",
            V("gwa_ks", "attend", "gwa-1", "staff_comply", add_codes=["PP94-N3"], note="reports attending the rally with 23 teachers"), photo=True)
    grp.msg(307, ta(2020, 10, 17, 9, 0), "Muh. Basri", "Mantap. Sekolah lain mana? 😏",
            V("gwa_kadis", "instruct", "gwa-1", "instruct_covert", note="presses the other schools at the rally"), reply_to_message_id=306)
    grp.msg(308, ta(2020, 10, 19, 10, 0), "Rosdiana Sekdis", "Bapak Ibu, ini Surat Edaran Bupati tentang netralitas ASN, mohon dibaca 🙏",
            N("neg_rule_quote", "the department secretary shares the neutrality circular"), file="files/SE_Netralitas_ASN_Pilkada_2020.pdf")
    dch = Tg(c, rel, "Info Disdik Gowa", "public_channel", 1420993310, WITA)
    dch.msg(401, ta(2020, 10, 1, 9, 0), "Info Disdik Gowa", "Jadwal ANBK tingkat SD diundur, menunggu edaran pusat.", N("neg_official_neutral", "a notice"))
    dch.msg(402, ta(2020, 10, 18, 19, 0), "Info Disdik Gowa", "Guru Gowa bersatu bersama Karaeng Fachrul! Gowa Baji ☝️",
            R("rev_inst_channel", "a channel titled like the education office but not listed in accounts.csv (the office's listed account is on TikTok): "
              "who runs it?", actor="inst:disdik_gwa", cand="gwa-1"))
    fam = Tg(c, rel, "Keluarga Basri", "private_group", 4471236650, WITA)
    fam.msg(501, ta(2020, 11, 1, 19, 0), "Kak Ani", "Bapak, Karaeng Fachrul itu keluarga ta' toh? Ayo ki' dukung 😊", N(lang="makassar"))
    fam.msg(502, ta(2020, 11, 1, 19, 20), "Muh. Basri", "Iye', tapi saya pegawai, tidak bisa ikut-ikut. Pilih mi sesuai hati masing-masing",
            N("neg_deflect", "in his family chat he declines to campaign", lang="makassar"), reply_to_message_id=501)
    fam.msg(503, ta(2020, 12, 9, 17, 0), "Muh. Basri", "Alhamdulillah Gowa aman, terima kasih keluarga", N("neg_after_voting", "after voting"))
    meinfo = {"user_id": 5300118264, "first_name": "Muh.", "last_name": "Basri", "phone_number": tg_phone(me["acc"]["telegram"]),
              "username": "basri_gowa", "bio": ""}
    tg_account_export(c, rel, meinfo, contacts, [pc, grp, dch, fam])

    # a teachers' group of SDN 1 Singaparna, Pemilu 2019 and Pilkada 2020 (WIB)
    tg = Tg(c, "telegram/ChatExport_2020-12-15_guru_sdn1_singaparna/result.json", "Guru SDN 1 Singaparna", "private_group", 4380127745, WIB)
    tg.msg(601, w(2018, 8, 25, 19, 0), "Ujang Komarudin", "Rerencangan, Kang Ujang Syarifudin bakal caleg DPR teh dulur abdi. Upami teu awon, bantosan nya 🙏",
           V("tsm_guru3", "post", "dpr-jb11-pkb-3", "bakal_support", lang="sunda",
             note="a teacher seeks help for a relative running for the DPR, weeks before the DCT of 20 Sep 2018 (E codes)"))
    tg.msg(602, w(2018, 8, 25, 19, 12), "Asep Saepudin", "Kang, urang mah PNS, ulah kampanye di grup sakola 🙏", N("neg_objection", "a colleague objects", lang="sunda"),
           reply_to_message_id=601)
    tg.msg(603, w(2018, 8, 25, 19, 30), "Ujang Komarudin", "Muhun kang, hapunten. Abdi mung nginpokeun", N("neg_withdrawn", "he backs off; the request stands",
                                                                                                          lang="sunda"))
    tg.msg(604, w(2019, 3, 30, 7, 0), "Ai Nurhayati", "Bapa Ibu, tanggal 17 April sadayana nyoblos nya, ulah golput. Pilih nu saluyu jeung haté",
           N("neg_reminder", "a headmistress's neutral call to vote", lang="sunda"))
    tg.msg(605, w(2019, 4, 13, 20, 0), "Rani Kusmiati", "Anu 02 mah tegas, urang kedah gaduh pamingpin nu tegas. Mangga dipikiran 😊",
           V("tsm_guru4", "post", "p19-2", "post_support", lang="sunda", note="a teacher promotes pair 02 in the school group, the last campaign day"))
    tg.msg(606, w(2019, 4, 13, 20, 9), "Asep Saepudin", "Teh Rani, ieu grup dinas 🙏", N("neg_reminder", "a colleague's reminder", lang="sunda"),
           reply_to_message_id=605)
    tg.msg(607, w(2019, 4, 16, 20, 0), "Ujang Komarudin", "Enjing nyoblos, mangga sadayana istirahat sing cekap", N("neg_reminder", "a neutral remark", lang="sunda"))
    tg.msg(608, w(2020, 9, 20, 19, 0), "Ai Nurhayati", "Ibu Bapa, Kang Yayan teh kantos ngajar di dieu. Upami kersa, sumbangkeun du'a kanggo anjeunna 🤲",
           R("rev_appeal", "a headmistress asks her teachers to pray for a former colleague who is now a bakal calon: an appeal in his favour "
             "(SKB-D8) or a courtesy?", actor="tsm_ks", cand="tsm-3", lang="sunda"))
    tg.msg(609, w(2020, 11, 15, 9, 0), "Neng Siti Rohimah", "Barudak kelas 4 badé study tour virtual ka Museum Geologi, nyuhunkeun pangestu 🙏",
           N("neg_personal", "school news", lang="sunda"))
    tg.msg(610, w(2020, 11, 28, 13, 0), "Asep Saepudin", "Aya nu naros naha abdi calon bupati 😂 Sanés, abdi mah Asep Saepudin guru kelas 3, sanés Asep Saepul Rohman",
           N("neg_namesake", "a teacher whose name is close to candidate tsm-1's", lang="sunda"))
    tg.msg(611, w(2020, 12, 9, 12, 0), "Rani Kusmiati", "Tos nyoblos, bagja pisan tiasa ngiring milih 🙏",
           N("neg_everyday_word", "'bagja' (happy) after voting; pair 2's acronym is BAGJA", lang="sunda"))
    c.write_json(tg.rel, tg.obj(), Tg.FMT)


# ---------------------------------------------------------------------------------------------
# WhatsApp exports (Android and iOS, Indonesian and English)
# ---------------------------------------------------------------------------------------------
WA_NOTICE_ID = ("Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat "
                "membaca atau mendengarkannya. Ketuk untuk info selengkapnya.")
WA_NOTICE_EN = ("Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. "
                "Tap to learn more.")


def whatsapp(c):
    # 1. Android, Indonesian: the staff group of Dinas Perikanan Bitung (WITA phones), exported by Grace (her own name shown)
    kd, kb, rv, gr, al, st = "Pak Kadis Hendrik", "Bu Kabid Meity", "Rivo Penyuluh", "Grace Tumewu", "Alfian PSDKP", "Stenly Aset"
    lines = [
        (ta(2020, 9, 28, 7, 58), None, WA_NOTICE_ID, []),
        (ta(2020, 9, 28, 7, 59), None, f"{kd} membuat grup \"Dinas Perikanan Bitung\"", []),
        (ta(2020, 10, 3, 18, 41), kd, "Selamat sore ibu bapa. Om Maxi pe postingan kampanye di FB so ada, tolong samua kase like kong share, torang harus kompak 👍",
         [V("btg_kadis", "instruct", "btg-1", "instruct_open", add_codes=["PP94-N3"], lang="manado", note="the head orders his staff to like and share")]),
        (ta(2020, 10, 3, 18, 47), kb, "Siap Pak Kadis, kita so like 👍",
         [V("btg_kabid", "interact", "btg-1", "staff_comply", action="like", lang="manado", note="reports having liked the post as ordered")]),
        (ta(2020, 10, 3, 18, 53), rv, "Siap pak",
         [R("rev_siap", "only 'siap' in answer to the head (his like on the page carries its own label); SIAP also happens to be governor pair 2's acronym",
            actor="btg_staf1", cand="btg-1")]),
        (ta(2020, 10, 3, 19, 4), gr, "Kita so like kong share ke grup keluarga 😊",
         [V("btg_staf2", "interact", "btg-1", "staff_comply", action="share", lang="manado", note="reports liking and sharing as ordered")]),
        (ta(2020, 10, 3, 19, 13), st, "Maaf pak, kita nyanda mau. Torang ASN, nanti kena sanksi 🙏", [N("neg_objection", "a subordinate says no", lang="manado")]),
        (ta(2020, 10, 3, 19, 25), kd, "Nyanda apa-apa Stenly, cuma like kwa. Mar kalo nyanda mau, kita mo inga 😉",
         [V("btg_kadis", "instruct", "btg-1", "instruct_covert", lang="manado", note="veiled pressure on the objector")]),
        (ta(2020, 10, 4, 7, 37), al, "Pak, kita juga so like. Mar kita nyanda share e",
         [V("btg_staf3", "interact", "btg-1", "staff_comply", action="like", lang="manado")]),
        (ta(2020, 10, 20, 16, 18), kd, "Besok pembagian cool box di TPI Girian. Tolong tempel stiker Om Maxi di tiap cool box, stiker ada di gudang",
         [V("btg_kadis", "instruct", "btg-1", "instruct_open", add_codes=["SKB-D1", "PP94-N4", "SKB-D12", "PP94-N5"], lang="manado",
            note="orders the candidate's stickers on state-funded aid")]),
        (ta(2020, 10, 20, 16, 29), st, "Pak, cool box itu barang APBD. Kalo ditempel stiker paslon itu pelanggaran.", [N("neg_objection", "the asset officer objects")]),
        (ta(2020, 10, 20, 16, 44), kb, "Pak Kadis, sebaiknya stiker nyanda usah. Torang bagi sesuai SK saja.", [N("neg_objection", "the division head objects", lang="manado")]),
        (ta(2020, 10, 20, 16, 52), kd, "Oke, stiker batal. Bagi sesuai SK.", [N("neg_withdrawn", "the head withdraws the sticker order; the order itself stands")]),
        (ta(2020, 10, 21, 11, 9), rv, "Cool box so dibagi 40 unit, nelayan senang. Ada yang tanya ini dari Om Maxi? Kita bilang dari pemerintah.",
         [N("neg_official_neutral", "aid handed out as government aid", lang="manado")]),
        (ta(2020, 12, 6, 9, 31), kd, "Masa tenang. Jaga diri, jang ada yang posting politik.", [N("neg_reminder", "a quiet-day reminder", lang="manado")]),
        (ta(2020, 12, 9, 13, 23), gr, "Torang TPS 4 Girian aman, partisipasi tinggi 👍", [N("neg_official_neutral", "voting-day report", lang="manado")]),
        (ta(2020, 12, 9, 19, 42), rv, "Hasil sementara ketat skali 😬", [N(lang="manado")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Dinas Perikanan Bitung.txt", "android_id", "whatsapp_android_id", lines)

    # 2. Android, Indonesian (4-digit year): staff of Kelurahan Kadipiro, Surakarta (WIB)
    lr, en, wh, dw = "Pak Lurah Tris", "Bu Endang Kel", "Wahyu Sarpras", "Dwi Astuti"
    lines = [
        (w(2020, 10, 12, 18, 58), None, WA_NOTICE_ID, []),
        (w(2020, 10, 12, 19, 2), lr, "Bapak ibu, umbul-umbul sing neng gudang kelurahan dipasang nang gang-gang sakdurunge Minggu. Sing rapi ya 🙏",
         [V("ska_lurah", "instruct", "ska-1", "instruct_covert", add_codes=["SKB-D1", "PP94-N4"], lang="jv",
            note="no name is given; the staff's questions and the TikTok that follows show they are pair 1's banners, kept in the office store")]),
        (w(2020, 10, 12, 19, 7), en, "Umbul-umbul sing endi pak? Sing abang putih nopo sing gambar Mas Hanung?", [N("neg_question", "a clarifying question", lang="jv")]),
        (w(2020, 10, 12, 19, 12), lr, "Sing kae lho 😉 ojo ditakoni nang grup",
         [V("ska_lurah", "instruct", "ska-1", "instruct_covert", add_codes=["SKB-D1"], lang="jv", note="confirms by a wink and asks for silence")]),
        (w(2020, 10, 12, 19, 18), wh, "Siap pak, sesuk tak pasang karo bocah karang taruna",
         [R("rev_siap", "he agrees to put up the banners (his TikTok next day shows him doing it): the WhatsApp line alone is a promise",
            actor="ska_staf2", cand="ska-1", lang="jv")]),
        (w(2020, 10, 12, 19, 26), dw, "Nyuwun sewu Pak Lurah, kula mboten saged. Kula ASN, ajrih kena sanksi 🙏", [N("neg_objection", "a refusal in krama", lang="jv")]),
        (w(2020, 10, 13, 20, 8), wh, "Wis rampung pak, 30 umbul-umbul nang Kadipiro kulon 👍",
         [V("ska_staf2", "instruct", "ska-1", "staff_comply", action="other", add_codes=["SKB-D1"], lang="jv", note="reports the banners are up")]),
        (w(2020, 10, 13, 20, 9), wh, "<Media tidak disertakan>", []),
        (w(2020, 10, 15, 7, 32), lr, "Sesuk Jumat senam bareng warga nang lapangan Kadipiro, Mas Hanung rawuh. Staf kabeh melu, nganggo kaos abang 🔴",
         [V("ska_lurah", "instruct", "ska-1", "instruct_open", add_codes=["PP94-N3"], lang="jv")]),
        (w(2020, 10, 15, 7, 44), en, "Inggih pak", [R("rev_siap", "a bare 'inggih' (yes) to the order", actor="ska_staf1", cand="ska-1", lang="jv")]),
        (w(2020, 10, 16, 9, 58), en, "Sampun senam pak, kula foto kaliyan Mas Hanung 😊",
         [V("ska_staf1", "attend", "ska-1", "staff_comply", lang="jv", note="reports attending and a photo with the candidate")]),
        (w(2020, 10, 16, 10, 13), dw, "Kula mboten tumut nggih pak, wonten pelayanan KK", [N("neg_deflect", "she stays at the service desk", lang="jv")]),
        (w(2020, 11, 2, 8, 47), en, "Bapak ibu, niki edaran Wali Kota babagan netralitas ASN 🙏", [N("neg_rule_quote", "a circular shared", lang="jv")]),
        (w(2020, 11, 2, 8, 56), lr, "Matur nuwun Bu Endang. Edaran dipasang nang papan pengumuman.", [N("neg_official_neutral", "routine", lang="jv")]),
        (w(2020, 12, 9, 6, 38), lr, "TPS 12 butuh kursi 10, sing piket tulung digawa", [N("neg_official_neutral", "voting-day logistics", lang="jv")]),
        (w(2020, 12, 10, 16, 4), wh, "Umbul-umbul wis tak copoti kabeh pak", [N("neg_official_neutral", "removal of props after the vote", lang="jv")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Staf Kelurahan Kadipiro.txt", "android_id4", "whatsapp_android_id", lines)

    # 3. iOS, Indonesian: the school heads' group of the SD division of Dinas Pendidikan Tasikmalaya (WIB)
    g = "Korwil Pendidikan Singaparna"
    dd, ai, cp = "Pak Kabid Dedi", "Ai Nurhayati KS", "Kepsek SDN 2 Cipakat"
    lines = [
        (w(2020, 10, 11, 20, 15, 7), None, WA_NOTICE_ID, []),
        (w(2020, 10, 11, 20, 16, 30), None, f"{dd} menambahkan {ai}", []),
        (w(2020, 10, 12, 6, 5, 12), dd, "Wilujeng enjing. Engké jam 8 aya postingan Ceu Euis di FB, mangga di-like sareng dikomentaran nu saé. Kapala sakola teraskeun ka guru-guru 🙏",
         [V("tsm_kabid", "instruct", "tsm-2", "instruct_open", add_codes=["PP94-N3"], lang="sunda", note="a division head orders school heads to like and comment")]),
        (w(2020, 10, 12, 6, 11, 40), ai, "Siap Pa, engké diteraskeun ka grup sakola",
         [V("tsm_ks", "instruct", "tsm-2", "instruct_relay", lang="sunda", note="a headmistress relays the order")]),
        (w(2020, 10, 12, 6, 20, 3), cp, "Punten Pa, naha teu bahaya? Aya edaran Bawaslu", [N("neg_objection", "an objection", lang="sunda")]),
        (w(2020, 10, 12, 6, 31, 55), dd, "Teu nanaon, ngan like hungkul, moal aya nu terang 😁",
         [V("tsm_kabid", "instruct", "tsm-2", "instruct_covert", lang="sunda", note="he repeats the order and promises secrecy")]),
        (w(2020, 10, 12, 9, 2, 47), ai, "Tos di-like Pa, guru-guru oge tos 👍",
         [V("tsm_ks", "interact", "tsm-2", "staff_comply", action="like", lang="sunda", note="reports the likes done")]),
        (w(2020, 10, 12, 9, 3, 30), ai, "<terlampir: 00000031-PHOTO-2020-10-12-09-03-30.jpg>", []),
        (w(2020, 10, 25, 19, 40, 19), dd, "Nu hoyong naék pangkat taun payun, ngartos nya arah urang ka mana 😉",
         [V("tsm_kabid", "instruct", "tsm-2", "instruct_covert", lang="sunda",
            note="veiled career pressure; no name, but the group's earlier order shows which pair")]),
        (w(2020, 10, 25, 19, 48, 33), cp, "🙏",
         [R("rev_siap", "praying hands from a school head known only by a saved contact name, to a veiled order", cand="tsm-2", lang="sys")]),
        (w(2020, 11, 20, 10, 12, 51), dd, "Kanggo sadayana: Bawaslu Kab. Tasik nuju ngawaskeun medsos ASN. Pastikeun akun pribados aman 🙏",
         [N("neg_warning", "a warning about monitoring; no campaign content", lang="sunda")]),
        (w(2020, 12, 8, 21, 14, 2), ai, "Enjing sadaya guru nu janten KPPS mangga ka TPS tepat waktos nya", [N("neg_reminder", "polling duty", lang="sunda")]),
        (w(2020, 12, 9, 16, 5, 27), dd, "Hatur nuhun, Pilkada di Singaparna lancar", [N("neg_after_voting", "thanks after the vote", lang="sunda")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_id", "whatsapp_ios_id", lines, group=g)

    # 4. Android, English UI, US clock: Dinas Kesehatan Pematangsiantar (WIB); one member appears as his phone number
    ros, hot, rez, lam = "Bu Kadis Ros", "Hotman Yankes", "Kak Rezeki Farmasi", "Lamria Bidan Martoba"
    dan = wa_phone(c.acct("pms_data", "whatsapp"))
    lines = [
        (w(2020, 10, 1, 7, 58), None, WA_NOTICE_EN, []),
        (w(2020, 10, 2, 19, 12), ros, "Kawan-kawan, calon kita cuma satu, jadi jangan sampai kotak kosong menang. Malu kita nanti. Arahkan keluarga masing-masing ya 🙏",
         [V("pms_kadis", "instruct", "pms-1", "instruct_open", add_codes=["PP94-N3"], lang="batak",
            note="the head of the health office tells staff to steer their families to the only pair")]),
        (w(2020, 10, 2, 19, 21), hot, "Siap Bu, keluarga besar Sinaga udah kukumpulkan semua 💪",
         [V("pms_kabid", "instruct", "pms-1", "staff_comply", action="other", lang="batak", note="reports rallying his family as told (appeals to family)")]),
        (w(2020, 10, 2, 19, 33), dan, "Bu, maaf, kotak kosong pun sah menurut undang-undang. Kita ASN jangan mengarahkan.",
         [N("neg_objection", "an official, identified by his phone number, objects")]),
        (w(2020, 10, 2, 19, 41), rez, "👍", [R("rev_siap", "a bare thumbs-up to the head's appeal", actor="pms_farmasi", cand="pms-1", lang="sys")]),
        (w(2020, 10, 15, 8, 7), ros, "Besok posyandu di Martoba Kak Tari datang. Bidan-bidan tolong siapkan tempat dan spanduk selamat datang",
         [V("pms_kadis", "instruct", "pms-1", "instruct_open", add_codes=["PP94-N4", "SKB-D1"], lang="batak",
            note="a public health service turned into the running mate's stage")]),
        (w(2020, 10, 15, 8, 16), lam, "Siap Bu, spanduk udah dipesan",
         [V("pms_bidan", "instruct", "pms-1", "staff_comply", action="other", add_codes=["SKB-D1"], lang="batak", note="reports ordering the welcome banner")]),
        (w(2020, 11, 25, 21, 6), dan, "Bu, ada info Bawaslu Siantar lagi periksa ASN yang kampanye di FB. Hati-hati kawan-kawan.", [N("neg_reminder", "a warning")]),
        (w(2020, 11, 25, 21, 14), ros, "Hapus semua postingan soal Bang Darwin ya. Kita netral 😅",
         [N("neg_delete_order", "an order to delete; deletion does not erase earlier acts, and this line supports no one")]),
        (w(2020, 12, 9, 13, 49), hot, "Kotak kosong kalah telak, horas! 🎉",
         [R("rev_after_vote", "celebrating the only pair's win over the empty column on voting day: partisan or relief?", actor="pms_kabid", cand="pms-1",
            lang="batak")]),
        (w(2020, 12, 9, 13, 58), lam, "Horas! 🙌", [N(lang="batak")]),
    ]
    wa_file(c, "whatsapp/WhatsApp Chat with Dinkes Siantar.txt", "android_us", "whatsapp_android_en", lines)

    # 5. iOS, English UI: Bagian Umum of the Bukittinggi city secretariat (WIB)
    g = "Bagian Umum Setdako Bukittinggi"
    hk, yf, rz, nf = "Pak Kabag Hendri", "Yulia Fitri", "Rizki Umum", "Nofrianti"
    lines = [
        (w(2020, 2, 10, 8, 1, 12), None, WA_NOTICE_EN, []),
        (w(2020, 2, 10, 8, 5, 44), hk, "Assalamualaikum. Sanak sadonyo, Pak Nasrul mancalon gubernur jalur perseorangan. Nan nio mambantu, fotokopi KTP kumpuan ka meja ambo sabalun Jumat",
         [V("bkt_kabag", "ktp", "sb-3", "ktp_collect", lang="minang", note="a head of division gathers KTP copies for an independent bakal calon")]),
        (w(2020, 2, 10, 8, 12, 9), yf, "Pak, itu buliah ASN? Sapantehnyo indak", [N("neg_objection", "a staff member questions it", lang="minang")]),
        (w(2020, 2, 10, 8, 20, 31), hk, "Indak ado paksaan, sukarela sajo. Ambo sakadar mambantu kawan",
         [V("bkt_kabag", "ktp", "sb-3", "ktp_collect", lang="minang", note="repeats the call, framed as voluntary")]),
        (w(2020, 2, 13, 15, 47, 55), nf, "Pak, KTP keluarga ambo 4 lembar alah ambo latakan di meja Bapak",
         [V("bkt_staf3", "ktp", "sb-3", "ktp_collect", lang="minang", note="a staff member hands in family ID copies for the independent")]),
        (w(2020, 2, 13, 15, 49, 2), nf, "<attached: 00000012-PHOTO-2020-02-13-15-49-02.jpg>", []),
        (w(2020, 9, 24, 16, 10, 36), hk, "Nomor urut alah kalua. Pilgub: 1 Datuak Syahrial, 2 Uda Ridwan, 3 Pak Nasrul. Pilwako: 1 Pak Erman, 2 Uni Rahmi, 3 Haji Zul",
         [N("neg_news", "relays every pair's number", lang="minang")]),
        (w(2020, 10, 8, 20, 3, 18), rz, "Kawan-kawan, Uni Rahmi ado acara di Taman Sari hari Sabtu, nan nio pai bisa basamo ambo 🙂",
         [V("bkt_staf2", "instruct", "bkt-2", "invite_colleagues", lang="minang", note="a PPPK invites colleagues in the office group to a campaign event")]),
        (w(2020, 10, 8, 20, 11, 40), hk, "Rizki, jan di grup dinas. Kok nio pai, pai surang", [N("neg_reminder", "the superior stops the invitation", lang="minang")]),
        (w(2020, 10, 10, 11, 36, 24), rz, "<attached: 00000019-PHOTO-2020-10-10-11-36-24.jpg>", []),
        (w(2020, 10, 10, 11, 38, 2), rz, "Ramai bana di Taman Sari, SEJUK! ✌️",
         [V("bkt_staf2", "attend", "bkt-2", "attend_campaign", lang="minang", note="posts a photo from the rally with the V sign")]),
        (w(2020, 10, 22, 7, 20, 15), yf, "Pagi ko sajuak bana, kabuik taba di Ngarai 🌫️", [N("neg_everyday_word", "'sajuak' about the weather", lang="minang")]),
        (w(2020, 12, 6, 0, 42, 50), rz, "Masa tenang, tapi ingek tanggal 9 yo kawan 😉✌️",
         [V("bkt_staf2", "post", "bkt-2", "stage_quiet", lang="minang", note="a hint with the pair's sign in the quiet days")]),
        (w(2020, 12, 9, 10, 18, 3), nf, "Alah mancoblos, TPS 3 Campago Ipuh lancar", [N("neg_after_voting", "voting-day remark", lang="minang")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_en", "whatsapp_ios_en", lines, group=g)

    # 6. Android, English UI (24 h): Dinas Pariwisata Tidore Kepulauan (WIT)
    im, rt, nl = "Pak Kabid Ismail", "Rahmat Dispar", "Nurlela"
    lines = [
        (tp(2020, 10, 1, 8, 0), None, WA_NOTICE_EN, []),
        (tp(2020, 10, 6, 10, 17), im, "Ngoni samua, hari Sabtu ada acara Om Jafar di Soasio. Torang dari Dispar bantu tenda deng sound system kantor, e",
         [V("tdr_kabid", "instruct", "tdr-1", "instruct_open", add_codes=["PP94-N4"], lang="malut", note="orders the office's tent and sound system for a pair's event")]),
        (tp(2020, 10, 6, 10, 26), rt, "Pak, tenda deng sound itu barang dinas. Kita tarada berani.", [N("neg_objection", "a subordinate pushes back", lang="malut")]),
        (tp(2020, 10, 6, 10, 38), im, "Ngana tenang saja, kita yang tanggung.", [V("tdr_kabid", "instruct", "tdr-1", "instruct_open", add_codes=["PP94-N4"], lang="malut")]),
        (tp(2020, 10, 6, 10, 51), nl, "Kita ikut saja pak, mar kita bafoto deng Mama Sofi kemarin e 😂", [N("neg_joke", "a joke naming the rival; no act here", lang="malut")]),
        (tp(2020, 10, 10, 16, 33), rt, "Tenda so pasang di Soasio, sound juga so siap",
         [V("tdr_staf2", "instruct", "tdr-1", "staff_comply", action="other", add_codes=["PP94-N4"], lang="malut", note="sets up the office's equipment as ordered")]),
        (tp(2020, 11, 30, 19, 7), im, "Besok 1 Desember rapat persiapan Festival Maitara, jang terlambat", [N("neg_official_neutral", "routine", lang="malut")]),
        (tp(2020, 12, 6, 0, 17), nl, "Masa tenang so mulai, mar Mama Sofi tetap di hati ✌️",
         [V("tdr_staf1", "post", "tdr-2", "stage_boundary_wit", lang="malut",
            note="00:17 WIT on 6 Dec (a quiet day locally) is 22:17 WIB on 5 Dec, the last campaign day; a violation either way")]),
        (tp(2020, 12, 9, 21, 2), im, "Hasil hitung cepat Om Jafar unggul. Alhamdulillah ☝️",
         [R("rev_after_vote", "celebrating a quick count with the pair's sign on voting night", actor="tdr_kabid", cand="tdr-1", lang="malut")]),
    ]
    wa_file(c, "whatsapp/WhatsApp Chat with Dispar Tidore.txt", "android_gb", "whatsapp_android_en", lines)

    # 7. iOS, Indonesian: a volunteers' group of the Tabanan pair SHANTI (WITA), exported by a volunteer
    g = "Relawan SHANTI Kediri"
    bg, wy, kt, km = "Bli Gede Relawan", "I Wayan Gede Merta", "Ketut Sumerta", "Komang Adi Puskesmas"
    lines = [
        (ta(2020, 10, 20, 18, 0, 5), None, WA_NOTICE_ID, []),
        (ta(2020, 10, 20, 18, 1, 40), None, f"{bg} membuat grup \"{g}\"", []),
        (ta(2020, 10, 20, 18, 2, 51), None, f"{bg} menambahkan {wy}, Made Rai Penyuluh, {kt}",
         [A("tbn_tani1", case="added_to_group", note="added to a pair's volunteers' group; he says he only watches and stays"),
          A("tbn_tani2", case="added_to_group", note="added to the group; she leaves"),
          A("tbn_tani3", case="added_to_group", note="added to the group; he later attends the rally")]),
        (ta(2020, 10, 20, 18, 10, 22), bg, "Om Swastyastu. Semeton Kediri, Bli Wayan nomer 2 harus menang, ajak keluarga ke TPS! ✌️", [N(lang="bali")]),
        (ta(2020, 10, 20, 18, 24, 17), None, "Made Rai Penyuluh keluar", [N("neg_left_group", "an added official leaves", actor="tbn_tani2", lang="sys")]),
        (ta(2020, 10, 20, 18, 31, 9), wy, "Suksma Bli Gede. Tiang ASN, sing dados milu kampanye. Tiang ngantosang manten nggih",
         [R("rev_stays", "added by a volunteer, he says he may not campaign but will stay and watch: passive exposure or membership of a "
            "winning team's group (SKB-D6)?", actor="tbn_tani1", cand="tbn-2", lang="bali")]),
        (ta(2020, 10, 27, 19, 15, 33), bg, "Minggu kampanye di Lapangan Kediri, semeton sami rauh nggih, nganggo kaos barak-putih", [N(lang="bali")]),
        (ta(2020, 11, 1, 10, 42, 8), kt, "Tiang sampun rauh ring lapangan, rame pisan! ✌️",
         [V("tbn_tani3", "attend", "tbn-2", "added_then_engaged", in_group=True, lang="bali",
            note="added by a volunteer, the PPPK extension officer then reports attending the rally with the sign")]),
        (ta(2020, 11, 1, 10, 43, 10), kt, "<terlampir: 00000020-PHOTO-2020-11-01-10-43-10.jpg>", []),
        (ta(2020, 11, 14, 20, 5, 44), None, f"{bg} menambahkan {km}", [A("tbn_pkm", case="added_to_group", note="added to the group; he asks to be removed")]),
        (ta(2020, 11, 14, 20, 13, 51), km, "Bli, tiang nakes ASN, tolong keluarkan tiang nggih 🙏", [N("neg_untag", "wants out of the group", lang="bali")]),
        (ta(2020, 11, 14, 20, 21, 30), None, f"{bg} mengeluarkan {km}", [N("neg_left_group", "removed at his request", actor="tbn_pkm", lang="sys")]),
        (ta(2020, 12, 9, 14, 2, 19), bg, "Saksi-saksi laporkan C1 ke grup nggih", [N(lang="bali")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_id", "whatsapp_ios_id", lines, group=g)

    # 8. Android, Indonesian: a family group in Bitung, Pemilu 2019 (WITA); the exporter is the teacher married to a DPRD candidate
    rm, dy, jm, iv = "Papi Rommy", "Deysi Pantow", "Ko Jemmy", "Tante Ivon"
    lines = [
        (ta(2019, 3, 10, 19, 3), None, WA_NOTICE_ID, []),
        (ta(2019, 3, 10, 19, 15), rm, "Keluarga, doakan e, tanggal 17 April kita nomor 6 PDI Perjuangan dapil Bitung 2 🙏",
         [N("neg_candidate_own", "the candidate himself writes", lang="manado")]),
        (ta(2019, 3, 10, 19, 22), dy, "Amin, torang samua dukung Papi 🙏❤️",
         [R("rev_spouse", "a teacher backs her husband, a DPRD candidate, in the family chat: an appeal to family (SKB-D8) or private family talk?",
            actor="btg_guru", cand="dprd-btg2-pdip-6", lang="manado")]),
        (ta(2019, 3, 23, 16, 40), dy, "Besok kita ikut temani Papi kampanye di Manembo-nembo, izin cuti so masuk",
         [R("rev_spouse", "she will accompany her candidate husband to a campaign on annual leave: the spouse rule (SKB-E7) speaks of unpaid leave "
            "before designation; after the DCT a person must weigh SKB-D4", actor="btg_guru", cand="dprd-btg2-pdip-6", lang="manado")]),
        (ta(2019, 3, 24, 18, 5), jm, "Foto-foto kampanye so kirim", [N(lang="manado")]),
        (ta(2019, 4, 10, 20, 33), iv, "01 atau 02, yang penting torang nyanda bakalae di grup keluarga 😂", [N("neg_sarcasm_all", "a family joke", lang="manado")]),
        (ta(2019, 4, 17, 15, 11), dy, "Puji Tuhan so coblos", [N("neg_after_voting", "voting-day remark", lang="manado")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Keluarga Karundeng.txt", "android_id", "whatsapp_android_id", lines)


# ---------------------------------------------------------------------------------------------
# canonical JSON Lines (follows, joins, reactions, tags, additions, deletions, media fields, Pemilu 2019 posts)
# ---------------------------------------------------------------------------------------------
def canonical(c):
    cn = Canon(c, "canonical/activities_heldout6.jsonl", "h6")
    W = cn.who

    def ch(cid, platform, name=None):
        cd = c.cands[cid]
        return tgt(cd.handle(platform), name or cd.name)

    # follows of candidates' accounts
    for k, cid, plat, when, case, lang in (
        ("tgs_staf", "tgs-3", "instagram", w(2020, 10, 2, 21, 0), "follow_candidate", "sys"),
        ("bkt_staf1", "bkt-2", "instagram", w(2020, 10, 4, 20, 30), "follow_candidate", "sys"),
        ("tbn_pkm", "tbn-1", "instagram", ta(2020, 10, 9, 19, 0), "follow_candidate", "sys"),
        ("su_staf", "sul-2", "instagram", ta(2020, 10, 11, 18, 0), "follow_candidate", "sys"),
        ("gwa_guru2", "gwa-2", "instagram", ta(2020, 10, 12, 20, 0), "follow_candidate", "sys"),
        ("btg_x1", "sul-3", "instagram", ta(2020, 10, 16, 21, 0), "follow_candidate", "sys"),
        ("sb_kominfo", "sb-2", "x", w(2020, 10, 18, 22, 0), "follow_candidate", "sys"),
        ("tgs_guru", "tgs-2", "x", w(2020, 9, 27, 8, 0), "follow_candidate", "sys"),
        ("tdr_staf1", "tdr-2", "tiktok", tp(2020, 10, 1, 20, 0), "follow_candidate", "sys"),
        ("pms_bidan", "pms-1", "facebook", w(2020, 8, 9, 19, 0), "bakal_support", "sys"),
        ("tgs_pkm", "p19-1", "x", w(2018, 11, 3, 21, 0), "follow_candidate", "sys"),
        ("ska_disbud", "dpr-jt5-pdip-5", "instagram", w(2019, 2, 2, 20, 0), "follow_candidate", "sys"),
        ("bkt_pkm", "p19-1", "instagram", w(2018, 8, 15, 20, 0), "bakal_support", "sys"),
    ):
        cn.add(V(k, "interact", cid, case, action="follow_or_join", lang=lang), plat, "follow", when, W(k, plat), target=ch(cid, plat))
    cn.add(N("neg_official_neutral", "follows the election commission", lang="sys"), "x", "follow", w(2020, 9, 1, 8, 0), W("tgs_pkm", "x"),
           target=tgt("kpu_tangsel", "KPU Kota Tangerang Selatan"))
    cn.add(N("neg_namesake", "following a batik shop named Wulan, not the candidate Mbak Wulan", lang="sys"), "instagram", "follow", w(2019, 2, 3, 9, 0),
           W("ska_disbud", "instagram"), target=tgt("wulan.batik.solo", "Wulan Batik Solo"))
    cn.add(N("neg_namesake", "following a surf school named after a Komang", lang="sys"), "instagram", "follow", ta(2020, 10, 5, 9, 0),
           W("tbn_guru", "instagram"), target=tgt("komang.surfschool", "Komang Surf School Canggu"))
    cn.add(N("neg_official_neutral", "following the election supervisor", lang="sys"), "instagram", "follow", w(2020, 9, 10, 9, 0),
           W("bkt_pkm", "instagram"), target=tgt("bawaslu_bukittinggi", "Bawaslu Kota Bukittinggi"))

    # joins
    cn.add(V("sb_arsip", "interact", "sb-1", "bakal_support", action="follow_or_join", lang="sys", note="joins the bakal calon's volunteers' group (E4)"),
           "facebook", "join_group", w(2020, 8, 30, 20, 0), W("sb_arsip", "facebook"), group={"id": "g-relawan-sakato-agam", "name": "Relawan SAKATO Agam"})
    cn.add(V("bkt_dishub", "interact", "bkt-2", "join_group", action="follow_or_join", lang="sys"), "facebook", "join_group", w(2020, 10, 12, 21, 0),
           W("bkt_dishub", "facebook"), group={"id": "g-sahabat-unirahmi", "name": "Sahabat Uni Rahmi Bukittinggi"})
    cn.add(V("tsm_kec", "interact", "tsm-1", "join_group", action="follow_or_join", lang="sys"), "facebook", "join_group", w(2020, 10, 5, 20, 0),
           W("tsm_kec", "facebook"), group={"id": "g-relawan-kangasep-sgp", "name": "Relawan Kang Asep Singaparna"})
    cn.add(V("pms_kabid", "interact", "p19-2", "join_group", action="follow_or_join", lang="sys"), "facebook", "join_group", w(2018, 10, 20, 20, 0),
           W("pms_kabid", "facebook"), group={"id": "g-relawan02-siantar", "name": "Relawan 02 Siantar-Simalungun"})
    cn.add(N("neg_everyday_group", "joining a teachers' forum", lang="sys"), "facebook", "join_group", w(2020, 9, 3, 20, 0), W("pms_x1", "facebook"),
           group={"id": "g-forum-guru-siantar", "name": "Forum Guru Pematangsiantar"})
    cn.add(N("neg_everyday_group", "joining a buy-and-sell group", lang="sys"), "facebook", "join_group", ta(2020, 10, 2, 20, 0), W("btg_staf4", "facebook"),
           group={"id": "g-jualbeli-bitung", "name": "Info Lowongan & Jual Beli Bitung"})

    # reactions
    hp = tgt("mashanung.solo", "Raden Hanung Prakoso", "Senam pagi bareng warga Kadipiro, Solo Tambah Mulyo! ☝️", tid="ig-17900512")
    for i, k in enumerate(("ska_staf1", "ska_staf2")):
        cn.add(V(k, "interact", "ska-1", "like_coordinated", action="like", lang="sys",
                 note="two Kelurahan Kadipiro staff like the candidate's post three minutes apart, the day after the lurah's order"),
               "instagram", "reaction", w(2020, 10, 16, 11, 5 + 3 * i), W(k, "instagram"), target=hp)
    cn.add(V("ska_disbud", "interact", "ska-1", "like", action="like", lang="sys"), "instagram", "reaction", w(2020, 10, 16, 19, 40),
           W("ska_disbud", "instagram"), target=hp)
    cn.add(V("gwa_guru1", "interact", "gwa-1", "like", action="like", lang="sys"), "tiktok", "reaction", ta(2020, 11, 2, 20, 0), W("gwa_guru1", "tiktok"),
           target=tgt("karaengfachrul", "Andi Fachrul Rasyid", "Karaeng Fachrul bersama guru honorer Gowa ☝️"))
    cn.add(N("neg_official_neutral", "liking her office's tourism post", lang="sys"), "instagram", "reaction", tp(2020, 11, 20, 11, 0), W("tdr_staf1", "instagram"),
           target=tgt("dispar.tidore", "Dispar Tidore Kepulauan", "Tanjung Konde, surga kecil di Tidore"))
    cn.add(N("neg_news", "liking the election body's debate notice naming both pairs", lang="sys"), "facebook", "reaction", ta(2020, 11, 1, 10, 0),
           W("btg_staf4", "facebook"), target=tgt("kpu.bitung", "KPU Kota Bitung", "Jadwal debat kedua Pilwako Bitung untuk kedua pasangan calon"))

    # tags and additions (alerts), with what follows
    cn.add(A("tsm_guru2", note="tagged in the rival pair's post"), "instagram", "tagged", w(2020, 10, 18, 20, 0), W("tsm_guru2", "instagram"),
           initiated_by={"handle": "kangasep.tsm", "name": "H. Asep Saepul Rohman"},
           target=tgt("kangasep.tsm", "H. Asep Saepul Rohman", "Pangaosan sareng guru-guru ngaji Singaparna #AsepCecep1"))
    cn.add(N("neg_untag", "she wants the tag taken off", lang="sunda"), "instagram", "comment", w(2020, 10, 18, 20, 40), W("tsm_guru2", "instagram"),
           "Punten Kang, abdi ngan ukur ngiringan ngaji, mangga tag-na dipupus 🙏",
           target=tgt("kangasep.tsm", "H. Asep Saepul Rohman", "Pangaosan sareng guru-guru ngaji Singaparna #AsepCecep1"))
    yp = tgt("relawan.yosias", "Relawan Yosias Dekai", "Mama-mama perawat RSUD ikut doa bersama Bapa Yosias")
    cn.add(A("yhk_rsud", note="tagged by the volunteers' page; she then comments with support"), "facebook", "tagged", tp(2020, 11, 3, 18, 0),
           W("yhk_rsud", "facebook"), initiated_by={"handle": "relawan.yosias", "name": "Relawan Yosias Dekai"}, target=yp)
    cn.add(V("yhk_rsud", "interact", "yhk-1", "tag_then_engaged", action="comment", lang="papua",
             note="tagged by volunteers, the nurse answers with the number: exposure followed by engagement"),
           "facebook", "comment", tp(2020, 11, 3, 19, 10), W("yhk_rsud", "facebook"), "Amin, Bapa Yosias nomor 1 🙏🟡", target=yp)
    cn.add(A("tdr_lurah", note="tagged by the pair's team; he does not react"), "facebook", "tagged", tp(2020, 11, 8, 16, 0), W("tdr_lurah", "facebook"),
           initiated_by={"handle": "tim.jafarrustam", "name": "Tim Jafar–Rustam"},
           target=tgt("tim.jafarrustam", "Tim Jafar–Rustam", "Silaturahmi Om Jafar di Soasio bersama tokoh kelurahan"))
    cn.add(A("ska_x1", case="added_to_group", note="added to a campaign group by a fellow teacher"), "whatsapp", "added_to_group", w(2020, 10, 19, 20, 0),
           W("ska_x1", "whatsapp") if "whatsapp" in c.asn["ska_x1"]["acc"] else {"name": c.disp("ska_x1")},
           initiated_by={"name": c.disp("ska_guru")}, group={"id": "wa-tim-hanungtri-bjs", "name": "Tim Pemenangan Hanung–Tri Banjarsari"},
           extra=[V("ska_guru", "instruct", "ska-1", "instruct_add_staff", by_actor=True, lang="sys",
                    note="a teacher adds a colleague to the pair's campaign group")])
    cn.add(A("gwa_guru3", case="added_to_group", note="a volunteer puts him in; he walks out with an explanation"), "telegram", "added_to_group", ta(2020, 10, 22, 19, 0),
           W("gwa_guru3", "telegram"), initiated_by={"name": "Daeng Rudi Relawan"}, group={"id": "tg-relawan-afr-sop", "name": "Relawan AFR Somba Opu"})
    cn.add(N("neg_left_group", "he leaves the group with an explanation", lang="makassar"), "telegram", "message", ta(2020, 10, 22, 19, 20), W("gwa_guru3", "telegram"),
           "Tabe' daeng, saya keluar dulu nah, saya ASN guru. Maaf 🙏", group={"id": "tg-relawan-afr-sop", "name": "Relawan AFR Somba Opu"})
    cn.add(A("bkt_pkm", case="added_to_group", note="added to the pair's volunteers' group by a citizen; she stays silent"), "whatsapp", "added_to_group",
           w(2020, 10, 26, 20, 0), W("bkt_pkm", "whatsapp"), initiated_by={"name": "Uda Ijal Kurai"},
           group={"id": "wa-relawan-sakato-kurai", "name": "Relawan SAKATO Kurai"})

    # a deletion, media captions and image text
    cn.add(V("tgs_staf", "post", "tgs-3", "deleted_post", lang="betawi", note="taken down next morning as a 'salah upload'; the post still counts"),
           "instagram", "post", w(2020, 11, 6, 21, 0), W("tgs_staf", "instagram"), "Umi Nurul the best, 03 pilihanku 💚 #TangselBerkah",
           deleted_at=w(2020, 11, 7, 8, 0))
    cn.add(V("tbn_prokopim", "photo", "tbn-1", "photo_media_caption", lang="bali", note="the candidate and the one-finger pose appear only in the media caption"),
           "instagram", "post", ta(2020, 11, 2, 19, 0), W("tbn_prokopim", "instagram"), "Rahajeng semeton 🙏",
           media=[img("Made Sudiarta berpakaian dinas bersama I Komang Suardana, keduanya mengacungkan satu jari")])
    cn.add(V("gwa_sekcam", "post", "gwa-1", "image_text", note="the appeal exists only as text inside the picture"), "facebook", "post", ta(2020, 11, 7, 6, 30),
           W("gwa_sekcam", "facebook"), "Pagi Somba Opu 🌄", media=[img("foto matahari terbit di Balla Lompoa", text="KARAENG FACHRUL\nGOWA BAJI - NO. 1")])
    cn.add(V("pms_guru", "post", "pms-1", "props", add_codes=["SKB-D1", "PP94-N4"], lang="batak", note="the pair's banner on the school fence"),
           "instagram", "post", w(2020, 10, 20, 7, 0), W("pms_guru", "instagram"), "Spanduk Bang Darwin udah terpasang di pagar sekolah kami 🙏 #SiantarDAMAI",
           media=[img("spanduk bergambar Darwin Sihombing dan Lestari Purba di pagar SD")])
    cn.add(V("su_staf", "post", "sul-2", "share", action="share", lang="manado"), "instagram", "share", ta(2020, 11, 3, 20, 0), W("su_staf", "instagram"),
           "Om Stev pe program ini torang tunggu 🙌", target=tgt("stevanus.runtuwene", "Stevanus Runtuwene", "Sulut SIAP Maju: 10.000 lapangan kerja"))
    cn.add(N("neg_news", "a plain share of a news article"), "x", "share", w(2020, 11, 18, 12, 0), W("tgs_x1", "x"), "",
           target=tgt("tangselupdate", "Tangsel Update", "KPU Tangsel tetapkan DPT Pilkada 2020"))

    # party and team membership, decisions that favour one pair, instructions to the public
    cn.add(V("pms_satpol", "post", "dpr-su3-gol-2", "party_member", add_codes=["SKB-D5"], lang="batak",
             note="an officer shows his party membership card and campaigns for the party's candidate (SKB-D5: dismissal)"),
           "facebook", "post", w(2018, 11, 18, 20, 0), W("pms_satpol", "facebook"), "Puji Tuhan, KTA Partai Golkar udah di tangan. Siap menangkan Lae Parlin di Sumut III! 2️⃣",
           media=[img("kartu tanda anggota Partai Golkar atas nama Roy Hutabarat")])
    cn.add(V("tdr_kabid", "team", "p19-1", "team_member", note="an official announces his place on a presidential pair's regional campaign team (UU7-280-3)"),
           "facebook", "post", tp(2018, 10, 5, 10, 0), W("tdr_kabid", "facebook"), "Alhamdulillah dipercaya masuk Tim Kampanye Daerah 01 Maluku Utara 🙏",
           media=[img("surat keputusan susunan tim kampanye daerah", text="SK TKD 01 MALUKU UTARA\nBIDANG LOGISTIK: ISMAIL HI. ABDULLAH")])
    cn.add(V("tbn_prokopim", "team", "tbn-1", "bakal_support", lang="bali", note="offers himself as expert team member of a bakal calon (SKB-D9)"),
           "facebook", "post", ta(2020, 9, 10, 19, 0), W("tbn_prokopim", "facebook"), "Astungkara, tiang siap dados tim ahli Pak Komang. Ngiring sareng-sareng!")
    cn.add(V("bkt_lurah", "negative", "sb-1", "decision_benefit", action="other", lang="id",
             note="a lurah reserves a public field for one pair and refuses the others (a decision benefiting a candidate)"),
           "facebook", "post", w(2020, 11, 5, 15, 0), W("bkt_lurah", "facebook"),
           "Pemberitahuan: Lapangan Campago Ipuh hari Sabtu hanya untuk kegiatan Datuak Syahrial. Paslon lain silakan cari tempat lain.")
    cn.add(V("ska_camat", "instruct", "ska-1", "instruct_public", lang="jv", note="a camat asks neighbourhood heads to host the pair's posts"),
           "facebook", "post", w(2020, 10, 8, 19, 0), W("ska_camat", "facebook"),
           "Kagem Bapak Ibu RT/RW se-Banjarsari: mangga dipun fasilitasi posko Mas Hanung ing wilayah panjenengan. Matur nuwun 🙏")

    # Pemilu 2019
    cn.add(V("su_protokol", "post", "p19-1", "stage_boundary_z",
             note="2018-09-19T17:30Z is 00:30 WIB on 20 Sep, designation day (01:30 WITA in Manado): D codes even if the UTC date reads 19 Sep"),
           "facebook", "post", w(2018, 9, 20, 0, 30), W("su_protokol", "facebook"), "Resmi hari ini! Pak Baskoro–Kiai Rifa'i, Sulut siap menangkan ☝️", style="z")
    cn.add(V("tsm_mts", "post", "p19-1", "bakal_support", lang="sunda", note="support for a presidential bakal pair in August 2018 (E codes)"),
           "facebook", "post", w(2018, 8, 20, 5, 30), W("tsm_mts", "facebook"), "Kiai Rifa'i janten cawapres, alhamdulillah ulama dipercanten. Urang dukung sasarengan!")
    cn.add(V("bkt_guru", "gesture", "p19-2", "stage_voting_day", lang="minang", note="on voting day, his vote and the V sign"),
           "facebook", "post", w(2019, 4, 17, 11, 0), W("bkt_guru", "facebook"), "Alah mancoblos 02 ✌️ jari ungu 💜", media=[img("jari kelingking bertinta ungu, dua jari")])
    cn.add(V("yhk_guru", "post", "dpd-pap-41", "post_support", lang="papua"), "facebook", "post", tp(2019, 4, 5, 17, 0), W("yhk_guru", "facebook"),
           "Bapa Yulianus nomor 41 DPD Papua, kitong pu anak asli, pilih e!")
    cn.add(V("gwa_guru2", "post", "dprd-gwa1-pan-3", "post_support", lang="makassar"), "facebook", "post", ta(2019, 3, 30, 19, 0), W("gwa_guru2", "facebook"),
           "Daeng Lira nomor 3 PAN dapil Gowa 1, tetangga ku, baji' orangnya 👍")
    cn.add(V("sb_arsip", "post", "dprd-sb4-pks-2", "post_support", lang="minang"), "facebook", "post", w(2019, 3, 2, 20, 0), W("sb_arsip", "facebook"),
           "Uni Nur caleg PKS nomor 2 DPRD Sumbar, dulu guru ngaji ambo. Pilih urang nan jujur!")
    cn.add(V("tbn_tani1", "post", "dpd-bali-33", "post_support", lang="bali"), "facebook", "post", ta(2019, 4, 6, 18, 0), W("tbn_tani1", "facebook"),
           "Gung Suteja nomor 33 DPD Bali, ngiring sareng-sareng! 🙏")
    cn.add(V("gwa_sekcam", "post", "dpr-ss1-ger-1", "post_support", lang="makassar"), "x", "post", ta(2019, 3, 12, 20, 0), W("gwa_sekcam", "x"),
           "Andi Tenri ☝️ nomor 1 Gerindra dapil Sulsel I. Pilih mi yang muda!")
    cn.add(V("yhk_rsud", "interact", "dpr-pap-dem-3", "comment_support", action="comment", lang="papua"), "facebook", "comment", tp(2019, 3, 20, 18, 0),
           W("yhk_rsud", "facebook"), "Mama Naomi nomor 3, kitong perempuan Papua dukung 💪",
           target=tgt(c.cands["dpr-pap-dem-3"].handle("facebook"), "Naomi Kogoya", "Kampanye dialogis di Dekai"))
    cn.add(V("btg_kabid", "post", "dpr-sulut-nas-4", "post_support", lang="manado"), "instagram", "post", ta(2019, 4, 2, 19, 0), W("btg_kabid", "instagram"),
           "Ibu Jeane Wowor nomor 4 NasDem, torang perempuan pesisir dukung 🌊")
    cn.add(V("bkt_lurah", "post", "dpr-sb2-pan-2", "post_support", lang="minang"), "facebook", "post", w(2019, 3, 15, 20, 0), W("bkt_lurah", "facebook"),
           "Datuak Arif nomor 2 PAN, urang Kurai asli. Jan lupo 17 April!")
    cn.add(V("ska_lurah", "post", "dprd-ska4-pdip-1", "post_support", lang="jv"), "facebook", "post", w(2019, 4, 1, 19, 30), W("ska_lurah", "facebook"),
           "Pakde Joko nomer 1, wonge Kadipiro asli, wis mesthi ngerti warga. Coblos!")
    cn.add(N("neg_sarcasm_all", "a joke about the many legislative candidates", lang="batak"), "facebook", "post", w(2019, 4, 8, 20, 0),
           W("pms_camat", "facebook"), "Banyak kali caleg di Sumut III, surat suara pun macam koran. Aku bingung 😂")
    cn.add(N("neg_namesake", "a teacher named Ujang, not candidate Kang Ujang", lang="sunda"), "facebook", "post", w(2019, 4, 9, 20, 0),
           W("tsm_guru1", "facebook"), "Seueur nu lepat sangka, Kang Ujang caleg teh sanés guru urang. Guru urang mah Pa Ujang Komarudin 😅")
    cn.add(N("neg_everyday_word", "'wulan' (moon) in a dance post; a DPR candidate is Mbak Wulan", lang="jv"), "instagram", "post", w(2019, 2, 19, 21, 0),
           W("ska_disbud", "instagram"), "Wulan purnama ing Pendhapi Gedhe, latihan Bedhaya 🌕")
    cn.add(N("neg_after_voting", "after the 2019 vote"), "instagram", "post", w(2019, 4, 18, 9, 0), W("tgs_guru", "instagram"),
           "Whoever wins, let's be friends again 🤝 #Pemilu2019")

    # Pilkada 2020: stage boundaries in WIT and WITA, the quiet days, voting night, negative campaigning
    cn.add(V("yhk_rsud", "post", "yhk-1", "stage_boundary_wit", lang="papua", note="06:10 WIT on 23 Sep is 04:10 WIB on 23 Sep: designation day (D codes)"),
           "facebook", "post", tp(2020, 9, 23, 6, 10), W("yhk_rsud", "facebook"), "Resmi sudah! Bapa Yosias–Pak Ruben calon bupati, kitong kawal 🟡")
    cn.add(V("tdr_lurah", "post", "tdr-1", "stage_boundary_wit", lang="malut", note="00:40 WIT on 23 Sep is 22:40 WIB on 22 Sep: the pair is still bakal calon by the WIB date (E codes)"),
           "facebook", "post", tp(2020, 9, 23, 0, 40), W("tdr_lurah", "facebook"), "Insya Allah pagi ini Om Jafar ditetapkan KPU. Soasio siap! 💪")
    cn.add(V("su_staf", "post", "sul-2", "stage_voting_day", lang="manado", note="00:30 WITA on 10 Dec is 23:30 WIB on 9 Dec: voting day"),
           "instagram", "post", ta(2020, 12, 10, 0, 30), W("su_staf", "instagram"), "Torang menang! Om Stev SIAP pimpin Sulut 🙌")
    cn.add(V("sb_guru", "post", "sb-1", "stage_quiet", lang="minang"), "instagram", "post", w(2020, 12, 7, 20, 0), W("sb_guru", "instagram"),
           "Lusa ka TPS, pilih nan SAKATO ☝️🤫")
    cn.add(V("gwa_guru2", "negative", "gwa-1", "negative_campaign", lang="makassar"), "facebook", "post", ta(2020, 11, 12, 20, 0), W("gwa_guru2", "facebook"),
           "Jangan pilih AFR, anak bupati lama ji, mau dinasti terus kah Gowa?")
    cn.add(V("tgs_guru", "negative", "tgs-3", "negative_campaign", lang="betawi"), "instagram", "post", w(2020, 11, 14, 20, 0), W("tgs_guru", "instagram"),
           "Umi Nurul cuma jualan agama, jangan ketipu ya gaes 🙄")
    cn.add(V("tdr_guru", "negative", "tdr-2", "negative_campaign", lang="malut"), "facebook", "post", tp(2020, 11, 16, 20, 0), W("tdr_guru", "facebook"),
           "Mama Sofi tarada pengalaman, mo bawa Tidore ka mana?")
    cn.add(R("rev_identity", "a Facebook profile bearing the health official's name, under an id the registry does not list, praises the only pair",
             actor="pms_kabid", cand="pms-1", lang="batak"), "facebook", "comment", w(2020, 10, 9, 20, 0), {"id": fbid("pms_kabid_second"), "name": "Hotman Sinaga"},
           "Bang Darwin pasti menang, Siantar DAMAI!", target=tgt(c.cands["pms-1"].handle("facebook"), "Darwin Sihombing", "Kampanye di Siantar Utara"))
    cn.add(R("rev_identity", "an X account resembling the planner's listed handle (yoga_plans2): the same man?", actor="tgs_bappeda", cand="tgs-2",
             lang="en"), "x", "post", w(2020, 11, 22, 21, 0), {"handle": "yoga_plans2", "name": "Yoga A."}, "Rizal Aditya the only one with a real plan. 02 🔥")
    cn.add(N("neg_after_voting", "good wishes after the result with no sign; the division head bears the running mate's clan name"), "instagram", "post",
           ta(2021, 1, 20, 10, 0), W("btg_kabid", "instagram"), "Selamat bertugas walikota dan wakil walikota Bitung terpilih. Tuhan berkati Bitung 🙏")

    # hard negatives
    for lab, plat, when, k, text in (
        (N("neg_everyday_word", "'berkah' about a village award", lang="betawi"), "instagram", w(2020, 11, 10, 16, 0), "tgs_lurah",
         "Jurang Mangu Barat berkah banget, juara lomba Kampung Tangguh Covid! 🏆"),
        (N("neg_everyday_word", "'siap-siap' about the weather", lang="manado"), "facebook", ta(2020, 11, 25, 7, 0), "btg_staf4",
         "Siap-siap musim angin barat, nelayan hati-hati e 🌊"),
        (N("neg_motto", "the province's motto in a Christmas greeting", lang="manado"), "instagram", ta(2020, 12, 25, 8, 0), "su_staf",
         "Torang Samua Basudara. Selamat Natal bagi yang merayakan 🎄"),
        (N("neg_everyday_word", "'damai' at Christmas; the only pair's acronym is DAMAI", lang="batak"), "facebook", w(2020, 12, 25, 9, 0), "pms_camat",
         "Siantar damai, Natal damai. Horas! 🎄"),
        (N("neg_everyday_word", "'bagja' (happy) about family news", lang="sunda"), "instagram", w(2020, 10, 30, 15, 0), "tsm_sekcam",
         "Bagja pisan, putra abdi lulus seleksi kuliah 🎓"),
        (N("neg_everyday_word", "'ayem tentrem' in a wayang post", lang="jv"), "instagram", w(2020, 11, 28, 21, 0), "ska_disbud",
         "Pagelaran wayang lakon Semar Mbangun Kahyangan. Ayem tentrem ing Taman Budaya 🎭"),
        (N("neg_everyday_word", "'bangkit bersatu' against COVID; pair 1's slogan is Tidore Bangkit Bersatu", lang="malut"), "facebook", tp(2020, 10, 12, 9, 0),
         "tdr_kabid", "Festival virtual: torang bangkit bersatu lawan covid! 💪"),
        (N("neg_motto", "the Christian greeting equal to the regency's motto", lang="papua"), "facebook", tp(2020, 12, 25, 7, 0), "yhk_kadistrik",
         "Damai sejahtera bagi kita semua, selamat Natal 2020 warga Dekai 🎄"),
        (N("neg_official_neutral", "service during the quiet days"), "facebook", ta(2020, 12, 7, 8, 0), "gwa_sekcam",
         "Kantor kecamatan tetap buka di masa tenang, layanan KTP normal."),
        (N("neg_how_to_vote", "a civics lesson"), "instagram", w(2020, 11, 24, 13, 0), "pms_guru",
         "Murid-murid belajar tentang pemilu hari ini: siapa pun bisa jadi pemimpin asal jujur 🗳️"),
        (N("neg_official_neutral", "ID recording for first-time voters"), "instagram", ta(2020, 11, 6, 10, 0), "tbn_capil",
         "Perekaman KTP-el untuk pemilih pemula, supaya bisa nyoblos 9 Desember 📇"),
        (N("neg_everyday_word", "'sejuk' about coffee at the clock tower", lang="minang"), "instagram", w(2020, 10, 25, 7, 0), "bkt_staf1",
         "Kopi pagi di Jam Gadang, sajuak ☕"),
        (N("neg_news", "a plain share of the voter list news"), "facebook", ta(2020, 10, 17, 12, 0), "btg_guru",
         "KPU Bitung tetapkan DPT Pilwako 2020, cek nama ngoni di lindungihakpilihmu.kpu.go.id"),
        (N("neg_event", "both pairs at a religious event", lang="makassar"), "facebook", ta(2020, 10, 29, 21, 0), "gwa_sekcam",
         "Dua paslon Gowa hadir di Maulid Akbar, duduk sama-sama. Sejuk lihatnya 🤲"),
        (N("neg_sarcasm_all", "a joke about every candidate's promises", lang="malut"), "instagram", tp(2020, 11, 24, 19, 0), "tdr_staf1",
         "Samua calon janji jalan mulus, jalan ke kita pe rumah tetap bolong 😂"),
        (N("neg_complaint", "a complaint about banners, whoever the candidate", lang="batak"), "facebook", w(2020, 11, 8, 17, 0), "pms_bidan",
         "Baliho di mana-mana, polusi visual kali, siapa pun calonnya 😤"),
        (N("neg_namesake", "a teacher named Asep, not the candidate", lang="sunda"), "facebook", w(2020, 10, 20, 20, 0), "tsm_guru1",
         "Asep nu ieu mah ngan saukur guru SD, lain calon bupati 😂"),
        (N("neg_reminder", "urges turnout without a side", lang="papua"), "facebook", tp(2020, 12, 8, 18, 0), "yhk_guru",
         "Tanggal 9 nanti anak-anak muda yang su punya hak pilih datang ke TPS e. Jang jual suara"),
        (N("neg_personal", "a hobby post", lang="minang"), "facebook", w(2020, 11, 1, 16, 0), "bkt_dishub", "Mamanciang di Batang Agam, dapek ikan gariang 🎣"),
        (N("neg_rule_quote", "quoting the neutrality rule"), "x", w(2020, 10, 1, 9, 0), "tgs_bappeda",
         "PSA: ASN dilarang like, share, komen konten paslon. Bukan gue yang bikin aturan, itu SKB 5 lembaga 🙏"),
    ):
        cn.add(lab, plat, "post", when, W(k, plat), text)
    cn.dump()


# ---------------------------------------------------------------------------------------------
# screenshots (OCR)
# ---------------------------------------------------------------------------------------------
def screenshots(c):
    png_shot(c, "screenshots/ss_grup_dinkes_siantar_arahan.png",
             ["Dinkes Siantar", "Bu Kadis Ros: calon kita cuma satu, jangan", "sampai kotak kosong menang. Arahkan", "keluarga masing-masing ya", "02/10/20 19.12"],
             R("rev_screenshot", "a picture of the office chat passed around: origin and context cannot be verified", actor="pms_kadis", cand="pms-1"),
             w(2020, 10, 2, 19, 12))
    png_shot(c, "screenshots/ss_story_annisa_rhm.png",
             ["Instagram Story - annisa.rhm", "Tangsel Berkah 💚", "03 pilihanku", "5 jam lalu"],
             R("rev_screenshot", "an image of a vanished story carrying an official's handle: who made it and whether it is genuine cannot be checked", actor="tgs_staf", cand="tgs-3"),
             w(2020, 11, 6, 22, 0))
    png_shot(c, "screenshots/ss_kpu_tabanan_penetapan.png",
             ["KPU Kabupaten Tabanan", "Penetapan Pasangan Calon Terpilih", "Pilkada Kabupaten Tabanan Tahun 2020", "Ditetapkan Januari 2021"],
             N("neg_news", "a notice of the election commission"), ta(2021, 1, 20, 10, 0))
    png_shot(c, "screenshots/ss_komentar_fb_bitung.png",
             ["Facebook - Komentar", "Rivo Penyuluh: torang ASN perikanan", "pilih Om Maxi, so perintah kadis", "Balas  Suka  3 th"],
             R("rev_screenshot", "a screenshot of a comment shown under a display name only", actor="btg_staf1", cand="btg-1"), ta(2020, 10, 4, 20, 0))
    png_shot(c, "screenshots/ss_wa_forward_tidore.png",
             ["Diteruskan", "Pak Kabid Dispar suruh pake tenda kantor", "buat acara Om Jafar di Soasio", "10.51"],
             R("rev_screenshot", "a forwarded message naming an official by position only", actor="tdr_kabid", cand="tdr-1"), tp(2020, 10, 6, 10, 55))


# ---------------------------------------------------------------------------------------------
# further files: two more candidates' pages (Facebook), an institution's and a candidate's Instagram, a Tabanan debate
# (YouTube), three more WhatsApp chats, an alumni Telegram group of 2019, a WIT CrowdTangle dashboard of 2019 and a
# second canonical file
# ---------------------------------------------------------------------------------------------
def extra(c):
    u = lambda k: {"name": c.disp(k), "id": c.acct(k, "facebook")}  # noqa: E731
    P = fb_person
    I = lambda k: c.acct(k, "instagram")  # noqa: E731
    Y = lambda k: c.acct(k, "youtube")  # noqa: E731

    # Facebook: the page of the Yahukimo pair 1 (WIT)
    yid = c.cands["yhk-1"].handle("facebook")
    fb = Fb(c, "facebook/page_yosias_ruben_feed.json", yid, version="v8.0")
    pg = {"name": "Yosias Kobak - Ruben Soll", "id": yid}
    own = N("neg_candidate_own", "the pair's page itself", lang="papua")
    y1 = fb.post(tp(2020, 9, 24, 10, 0), "Puji Tuhan, kitong dapat nomor urut 1. Terima kasih masyarakat Yahukimo 🙏", pg, own)
    fb.comment(y1, tp(2020, 9, 24, 10, 40), "Selamat Bapa, nomor satu memang cocok 🙏", u("yhk_kadistrik"),
               R("rev_congrats_number", "a district head congratulates the pair on its ballot number, 'number one suits you': courtesy or support?",
                 actor="yhk_kadistrik", cand="yhk-1", lang="papua"))
    fb.comment(y1, tp(2020, 9, 24, 11, 2), "Tuhan berkati Bapa", P("Mama Ribka Dekai"), N(lang="papua"))
    fb.comment(y1, tp(2020, 9, 24, 11, 30), "Nomor 1 sudah, kitong menang!", P("Pace Ones Heluka"), N(lang="papua"))
    y2 = fb.post(tp(2020, 10, 15, 16, 0), "Kampanye di Distrik Kurima, mama-mama siapkan bakar batu 🔥", pg, own,
                 photo={"description": "warga berkumpul di sekitar lubang bakar batu"})
    fb.comment(y2, tp(2020, 10, 15, 16, 35), "Sa tra bisa datang Bapa, sa jaga IGD. Tuhan berkati kegiatan", u("yhk_rsud"),
               N("neg_deflect", "a nurse says she is on duty; a blessing for an event, no call", lang="papua"))
    fb.comment(y2, tp(2020, 10, 15, 16, 50), "Bakar batu mantap, kitong pu budaya!", P("Pace Ones Heluka"), N(lang="papua"))
    fb.comment(y2, tp(2020, 10, 15, 17, 12), "Bapa, nanti sa bawa anak-anak murid nyanyi di panggung kampanye e 🎤", u("yhk_guru"),
               V("yhk_guru", "attend", "yhk-1", "attend_campaign", action="comment", lang="papua",
                 note="a teacher offers to bring his pupils to perform at the pair's rally"))
    fb.react(y2, u("yhk_kadistrik"), V("yhk_kadistrik", "interact", "yhk-1", "like", action="like", lang="sys"))
    fb.react(y2, P("Mama Ribka Dekai"), N(lang="sys"))
    y3 = fb.post(tp(2020, 11, 30, 9, 0), "Terima kasih para PNS yang tetap netral dan melayani masyarakat di masa kampanye.", pg, own)
    fb.comment(y3, tp(2020, 11, 30, 9, 30), "Betul Bapa, pelayanan harus jalan", P("Mama Ribka Dekai"), N(lang="papua"))
    y4 = fb.post(tp(2020, 12, 12, 18, 0), "Terima kasih Yahukimo. Kitong tunggu pleno KPU dengan tenang.", pg, own)
    fb.comment(y4, tp(2020, 12, 12, 18, 30), "Tuhan berkati Bapa, apapun hasilnya 🙏", u("yhk_rsud"), N("neg_after_voting", "a blessing after the vote", lang="papua"))
    fb.dump()

    # Facebook: the page of a DPR candidate for Sumatera Barat II (Pemilu 2019), Graph v3.1
    aid = c.cands["dpr-sb2-pan-2"].handle("facebook")
    fb = Fb(c, "facebook/page_datuakarif_feed.json", aid, version="v3.1")
    pg = {"name": "Datuak Arif Mangkuto", "id": aid}
    own = N("neg_candidate_own", "the pair's page itself", lang="minang")
    a1 = fb.post(w(2018, 7, 20, 20, 0), "Alhamdulillah alah tadaftar sabagai bakal caleg DPR RI dapil Sumbar II. Mohon doa dunsanak.", pg, own)
    fb.comment(a1, w(2018, 7, 20, 20, 44), "Sukses Datuak! Urang Kurai mandukuang 💪", u("bkt_lurah"),
               V("bkt_lurah", "interact", "dpr-sb2-pan-2", "bakal_support", action="comment", lang="minang",
                 note="a lurah backs a bakal caleg before the DCT of 20 Sep 2018 (E codes)"))
    fb.comment(a1, w(2018, 7, 20, 21, 5), "Aamiin Datuak", P("Mak Itam Kurai"), N(lang="minang"))
    a2 = fb.post(w(2019, 2, 10, 16, 0), "Silaturahmi jo niniak mamak di Agam.", pg, own)
    fb.comment(a2, w(2019, 2, 10, 16, 40), "Datuak, ambo ASN, indak bisa bantu kampanye. Salam sajo untuak niniak mamak 🙏", u("sb_arsip"),
               N("neg_deflect", "an official declines to help; a greeting only", lang="minang"))
    fb.comment(a2, w(2019, 2, 10, 17, 3), "Jalan ka Koto Gadang alah elok kini, tarimo kasih Pemprov", u("bkt_dishub"),
               N("neg_other", "a remark on a provincial road; no support", lang="minang"))
    fb.react(a2, u("bkt_staf3"), V("bkt_staf3", "interact", "dpr-sb2-pan-2", "like", action="like", lang="sys"))
    fb.react(a2, P("Mak Itam Kurai"), N(lang="sys"))
    a3 = fb.post(w(2019, 4, 15, 19, 0), "Hari tanang. Mari istirahat, bisuak lusa ka TPS.", pg, own)
    fb.comment(a3, w(2019, 4, 15, 20, 10), "Nomor 2 PAN, jan lupo dunsanak ✌️", u("bkt_guru"),
               V("bkt_guru", "interact", "dpr-sb2-pan-2", "stage_quiet", action="comment", lang="minang", note="a call for the candidate during the quiet days"))
    fb.dump()

    # Instagram: the Tidore tourism office (institution)
    ig = Ig(c, "instagram/media_dispar_tidore.json")
    own = c.inst["dispar_tdr"]["handle"]
    ig.media(tp(2020, 9, 5, 10, 0), "Pantai Ake Sahu, surga tersembunyi Tidore 🌊 #PesonaTidore", N("neg_official_neutral", "tourism promotion"), username=own)
    cm = [ig.comment(tp(2020, 10, 18, 20, 10), "Lho min, ini akun dinas 😳", I("tdr_staf1"), N("neg_reminder", "a subordinate pushes back", lang="malut")),
          ig.comment(tp(2020, 10, 18, 20, 30), "Mama Sofi mana? 🤔", "ayu_soasio", N(lang="malut"))]
    ig.media(tp(2020, 10, 18, 19, 0), "Tidore Bangkit Bersatu! Bersama Om Jafar membangun pariwisata ☝️",
             V("inst:dispar_tdr", "inst", "tdr-1", "inst_account", note="the tourism office's account promotes a pair"), username=own, comments=cm)
    ig.media(tp(2020, 10, 19, 8, 0), "Mohon maaf, unggahan semalam di luar kendali admin resmi dan telah dihapus.", N("neg_apology", "the account retracts"),
             username=own)
    cm = [ig.comment(tp(2020, 11, 14, 12, 0), "Siap, torang jaga prokes 😷", I("tdr_staf1"), N("neg_everyday_word", "'siap' as an everyday answer", lang="malut"))]
    ig.media(tp(2020, 11, 14, 10, 0), "Destinasi Tidore dibuka kembali dengan protokol kesehatan. Bangkit bersama, sehat bersama!",
             N("neg_everyday_word", "'bangkit' in a reopening notice, close to pair 1's slogan"), username=own, comments=cm)
    ig.media(tp(2020, 12, 3, 9, 0), "Ekspedisi Pulau Maitara bersama komunitas penyelam 🤿", N("neg_official_neutral", "tourism promotion"), username=own)
    ig.dump_media(own)

    # Instagram: the account of the Gowa pair 2, with comments
    ig = Ig(c, "instagram/media_daengtia_gowa.json")
    own = c.cands["gwa-2"].handle("instagram")
    cm = [ig.comment(ta(2020, 10, 2, 19, 0), "Semangat Daeng Tia, guru honorer bersamata' 💪 2️⃣", I("gwa_guru2"),
                     V("gwa_guru2", "interact", "gwa-2", "comment_support", action="comment", lang="makassar")),
          ig.comment(ta(2020, 10, 2, 19, 20), "Mantap Daeng", "ancu_pallangga", N(lang="makassar"))]
    ig.media(ta(2020, 10, 2, 18, 0), "Daeng Tia bersama guru honorer Gowa. Kita perjuangkan kesejahteraan ta' 🤝 #DaengTia2",
             N("neg_candidate_own", "posted by the pair's account", lang="makassar"), username=own, comments=cm)
    cm = [ig.comment(ta(2020, 11, 5, 20, 0), "Siap dukung Daeng Tia, bidan desa bersatu! 2️⃣", "aminah_bidan",
                     R("rev_identity", "this Instagram name matches a midwife's TikTok handle, and the registry lists no Instagram for her: is it her?",
                       actor="gwa_bidan", cand="gwa-2", lang="makassar")),
          ig.comment(ta(2020, 11, 5, 20, 30), "Insentif bidan memang harus naik", "daeng_sompu", N())]
    ig.media(ta(2020, 11, 5, 19, 0), "Dialog dengan bidan desa se-Somba Opu.", N("neg_candidate_own", "posted by the pair's account"), username=own, comments=cm)
    cm = [ig.comment(ta(2020, 12, 10, 21, 0), "Tetap semangat Daeng, apapun hasilnya 🙏", I("gwa_guru2"),
                     N("neg_after_voting", "consolation after the vote, no call", lang="makassar"))]
    ig.media(ta(2020, 12, 10, 20, 0), "Terima kasih Gowa. Apapun hasilnya, kita tetap bersaudara.", N("neg_candidate_own", "posted by the pair's account"),
             username=own, comments=cm)
    ig.dump_media(own)

    # YouTube: a Tabanan debate on the election body's channel
    kpu = yt_channel("h6kputabanan")
    yt = Yt(c, "youtube/comments_debat_pilbup_tabanan.json", "tBn" + "dbt2020a", kpu)
    yt.thread(yt.comment(ta(2020, 11, 12, 21, 0), "Pak Komang paling paham subak, ngiring nomor 1 ☝️", "Wayan Gede Merta", Y("tbn_tani1"),
                         V("tbn_tani1", "interact", "tbn-1", "comment_support", action="comment", lang="bali")))
    yt.thread(yt.comment(ta(2020, 11, 12, 21, 10), "Bli Wayan paling muda, energik 🔥", "Gede Penebel", yt_channel("h6gedepenebel"), N(lang="bali")))
    top = yt.comment(ta(2020, 11, 12, 21, 20), "Debat ketiga kapan?", "Luh Sari", yt_channel("h6luhsari"), N())
    yt.thread(top, [yt.comment(ta(2020, 11, 12, 21, 40), "Debat ketiga 25 November 2020 pukul 19.00 WITA.", "KPU Kabupaten Tabanan", kpu,
                               N("neg_news", "the election body answers"), parent=top)])
    yt.thread(yt.comment(ta(2020, 11, 12, 22, 0), "Ajak makejang, sing ada ne beda, pokokne Tabanan rahayu 🙏", "Made Kerambitan", yt_channel("h6made"),
                         N(lang="bali")))
    yt.thread(yt.comment(tp(2020, 11, 12, 23, 30), "Nonton dari Tidore, debat di Bali lebe tertib 👍", "Fahrul Umasugi", Y("tdr_guru"),
                         N("neg_event", "an official elsewhere praises the format", lang="malut")))
    yt.thread(yt.comment(w(2020, 11, 12, 22, 45), "Debatipun sae, kekalihipun nggadahi program ingkang jelas", "Bambang Widodo", Y("ska_guru"),
                         N("neg_both", "balanced praise for both pairs", lang="jv")))
    yt.dump()

    # WhatsApp, Android Indonesian: the teachers of SD Inpres Tamarunang (WITA), where the headmistress relays the order
    hs, sy, nh, rd = "Bu Kepsek Hasna", "Syamsul Alam", "Nurhikmah", "Pak Rusdi"
    lines = [
        (ta(2020, 10, 15, 8, 55), None, WA_NOTICE_ID, []),
        (ta(2020, 10, 15, 9, 1), hs, "Bapak ibu guru, Sabtu pagi kita ke Lapangan Syekh Yusuf, pakai baju putih. Arahan Pak Kadis 🙏",
         [V("gwa_ks", "instruct", "gwa-1", "instruct_relay", add_codes=["PP94-N3"], lang="makassar",
            note="the headmistress passes the head's covert order to her teachers")]),
        (ta(2020, 10, 15, 9, 8), sy, "Siap Bu, baju putih ada ji", [R("rev_siap", "a PPPK's 'siap' to the relayed order", actor="gwa_guru1", cand="gwa-1",
                                                                     lang="makassar")]),
        (ta(2020, 10, 15, 9, 17), nh, "Maaf Bu, itu acara AFR kan? Saya tidak ikut nah, saya netral 😅", [N("neg_objection", "a teacher stays out", lang="makassar")]),
        (ta(2020, 10, 15, 9, 28), rd, "Bu, apa itu wajib? Anak saya sakit", [N("neg_question", "a question", lang="makassar")]),
        (ta(2020, 10, 15, 9, 34), hs, "Tidak wajib pak, tapi Pak Kadis catat yang hadir 🙏",
         [V("gwa_ks", "instruct", "gwa-1", "instruct_covert", lang="makassar", note="relays the pressure")]),
        (ta(2020, 10, 17, 7, 11), sy, "Sudah di lapangan Bu, ramai sekali, banyak bendera AFR ☝️",
         [V("gwa_guru1", "attend", "gwa-1", "staff_comply", lang="makassar", note="a PPPK reports attending the rally, with the gesture")]),
        (ta(2020, 10, 17, 7, 23), rd, "Saya di rumah sakit Bu, izin 🙏", [N("neg_deflect", "absent")]),
        (ta(2020, 11, 9, 19, 5), nh, "Besok upacara Hari Pahlawan jam 7, jangan terlambat nah", [N("neg_official_neutral", "routine", lang="makassar")]),
        (ta(2020, 12, 8, 20, 14), sy, "Besok libur nasional, jangan lupa nyoblos semua 🙏", [N("neg_reminder", "a reminder taking no side")]),
        (ta(2020, 12, 9, 20, 52), rd, "Alhamdulillah Gowa aman, siapa pun menang kita tetap mengajar ji", [N("neg_after_voting", "after the vote", lang="makassar")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Guru SD Inpres Tamarunang.txt", "android_id", "whatsapp_android_id", lines)

    # WhatsApp, Android Indonesian (4-digit year): a neighbourhood group in Jurang Mangu Barat with the lurah (WIB)
    rt, lr, ida, jl, an = "Pak RT Jaenal", "Pak Lurah Iqbal", "Bu Ida RT03", "Bang Jali", "Annisa Kelurahan"
    lines = [
        (w(2020, 10, 5, 19, 5), None, WA_NOTICE_ID, []),
        (w(2020, 10, 5, 19, 10), rt, "Warga, Sabtu ada kerja bakti got. Bawa cangkul ya 🙏", [N(lang="betawi")]),
        (w(2020, 10, 5, 19, 24), lr, "Sekalian info, Sabtu sore Umi Nurul mampir ke RT 03. Yang mau silaturahmi monggo 😊",
         [V("tgs_lurah", "instruct", "tgs-3", "instruct_public", lang="betawi", note="a lurah invites residents to a candidate's visit")]),
        (w(2020, 10, 5, 19, 31), ida, "Pak Lurah kok promosi paslon? 🤨", [N(lang="betawi")]),
        (w(2020, 10, 5, 19, 40), lr, "Cuma info bu, bukan ajakan. Semua paslon boleh mampir kok",
         [N("neg_withdrawn", "he reframes the invitation; the earlier line stands", lang="betawi")]),
        (w(2020, 10, 25, 8, 12), jl, "Besok ada bagi sembako dari tim 02, kumpul di pos ronda ya", [N(lang="betawi")]),
        (w(2020, 10, 25, 8, 21), an, "Bang Jali, pos ronda fasilitas warga, jangan dipake bagi-bagi sembako paslon ya 🙏",
         [N("neg_reminder", "a staff member's reminder", lang="betawi")]),
        (w(2020, 11, 30, 20, 5), lr, "Warga, cek nama di DPT lewat aplikasi KPU atau tanya PPS ya. Bebas pilih siapa aja", [N("neg_reminder", "a neutral notice")]),
        (w(2020, 12, 9, 7, 3), rt, "TPS 15 udah buka, yuk", [N(lang="betawi")]),
        (w(2020, 12, 9, 13, 37), jl, "Gue milih yg next level dong 😎", [N(lang="slang")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan RT 03 Jurang Mangu Barat.txt", "android_id4", "whatsapp_android_id", lines)

    # WhatsApp, iOS Indonesian: a family group in Dekai, Pemilu 2019 (WIT), exported by the district head
    g = "Keluarga Besar Heluka"
    bt, yc, yl, ag = "Bapa Tua", "Yance Heluka", "Ade Yuli", "Agustina RSUD"
    lines = [
        (tp(2019, 4, 1, 18, 55, 3), None, WA_NOTICE_ID, []),
        (tp(2019, 4, 1, 19, 0, 12), bt, "Anak-anak, DPD nomor 41 itu Yulianus Magai, kitong pu orang", [N(lang="papua")]),
        (tp(2019, 4, 1, 19, 8, 40), yc, "Bapa, sa pegawai, sa tra bisa ajak-ajak. Pilihan pribadi itu rahasia 🙏",
         [N("neg_deflect", "to his relatives he refuses to campaign", lang="papua")]),
        (tp(2019, 4, 5, 20, 11, 5), yl, "Kaka Agustina ikut kampanye Mama Naomi kah?", [N(lang="papua")]),
        (tp(2019, 4, 5, 20, 15, 51), ag, "Tra ikut ade, sa cuma komen di FB saja 🙈",
         [N("neg_deflect", "she mentions an earlier comment (labelled where it was made); nothing new here", lang="papua")]),
        (tp(2019, 4, 14, 18, 20, 30), bt, "Masa tenang, jang ada yang bikin ribut e", [N("neg_reminder", "an elder's reminder", lang="papua")]),
        (tp(2019, 4, 17, 10, 2, 44), yc, "<terlampir: 00000007-PHOTO-2019-04-17-10-02-44.jpg>", []),
        (tp(2019, 4, 17, 10, 3, 30), yc, "Tinta ungu su di jari, sa su pilih 💜", [N("neg_after_voting", "voting without a side", lang="papua")]),
        (tp(2019, 4, 17, 10, 30, 2), yl, "Kaka pilih 01 atau 02?", [N(lang="papua")]),
        (tp(2019, 4, 17, 10, 36, 47), yc, "Rahasia negara 😂", [N("neg_deflect", "a joke, no side", lang="papua")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_id", "whatsapp_ios_id", lines, group=g)

    # Telegram: an alumni supergroup in Bitung, Pemilu 2019 (WITA)
    tg = Tg(c, "telegram/ChatExport_2019-04-20_alumni_sma1_bitung/result.json", "Alumni SMA 1 Bitung 2003", "private_supergroup", 1290447731, WITA)
    tg.msg(801, ta(2019, 3, 12, 19, 0), "Ferry Alumni", "Rommy Karundeng caleg DPRD nomor 6, suami Deysi, pilih e!", N(lang="manado"))
    tg.msg(802, ta(2019, 3, 12, 19, 15), "Deysi Pantow", "Makase Ferry, mar kita guru, nyanda mo kampanye di grup 🙏",
           N("neg_deflect", "the candidate's wife, a teacher, will not campaign among the alumni", lang="manado"), reply_to_message_id=801)
    tg.msg(803, ta(2019, 3, 20, 20, 0), "Alfian Mokodompit", "01 so pasti! Nelayan pe anak ☝️", V("btg_staf3", "post", "p19-1", "post_support", lang="manado"))
    tg.msg(804, ta(2019, 3, 20, 20, 12), "Ferry Alumni", "Ih Alfian ASN kong kampanye 😂", N(lang="manado"), reply_to_message_id=803)
    tg.msg(805, ta(2019, 3, 20, 20, 30), "Jantje Rumengan", "Torang alumni jang bakalae soal 01 02, santai jo ☕",
           N("neg_sarcasm_all", "a plea for calm about both camps", lang="manado"))
    tg.msg(806, ta(2019, 4, 2, 9, 0), "Ferry Alumni", "KPU Sulut umumkan lokasi TPS, cek di website", N("neg_news", "relayed information"),
           forwarded_from="KPU Provinsi Sulawesi Utara")
    tg.msg(807, ta(2019, 4, 17, 13, 0), "Jantje Rumengan", "Sudah coblos, mari ngopi di Girian 😄", N("neg_after_voting", "voting-day remark", lang="manado"))
    c.write_json(tg.rel, tg.obj(), Tg.FMT)

    # CrowdTangle: a WIT dashboard of Papua and Maluku Utara pages, Pemilu 2019
    def asn_page(k, cat, desc, created, followers):
        return (c.disp(k), "", c.acct(k, "facebook"), cat, desc, created, followers)

    pages = {
        "kd": ("Kabar Dekai", "kabardekai", page_id("kabardekai"), "Media/News Company", "Berita Yahukimo", "2016-05-05 10:00:00", 21400),
        "mp": ("Malut Post Online", "malutpostonline", page_id("malutpost"), "Media/News Company", "Berita Maluku Utara", "2012-03-01 10:00:00", 188000),
        "yoh": asn_page("yhk_guru", "Teacher", "Guru SD di Dekai", "2017-02-02 09:00:00", 640),
        "hasan": asn_page("tdr_lurah", "Government Official", "Lurah Soasio", "2018-01-10 08:00:00", 1530),
        "fahrul": asn_page("tdr_guru", "Teacher", "Guru IPS, Tidore", "2015-09-09 09:00:00", 1190),
        "yance": asn_page("yhk_kadistrik", "Government Official", "Kepala Distrik Dekai", "2016-11-11 11:00:00", 2750),
    }
    ct = Ct(c, "crowdtangle/pages_papua_malut_2019.csv", WIT, pages)
    ct.row("kd", tp(2019, 4, 8, 15, 0), "Link", "Kampanye akbar di Lapangan Dekai dihadiri ribuan warga.", N("neg_news", "a news page"),
           link="https://kabardekai.id/2019/04/08/kampanye-akbar", link_text="Kampanye Akbar di Dekai")
    ct.row("yoh", tp(2019, 3, 10, 18, 0), "Photo", "Bersama Mama Naomi di kampanye dialogis Dekai, kitong siap menangkan! 3️⃣",
           V("yhk_guru", "photo", "dpr-pap-dem-3", "photo_caption", lang="papua"))
    ct.row("yoh", tp(2019, 4, 20, 9, 0), "Status", "Terima kasih petugas KPPS, Dekai aman 🙏", N("neg_after_voting", "thanks after the vote", lang="papua"))
    ct.row("hasan", tp(2019, 1, 15, 10, 0), "Status", "Kelurahan Soasio siap sukseskan Pemilu 2019. Mari ke TPS 17 April!", N("neg_reminder", "urges turnout without a side"))
    ct.row("hasan", tp(2019, 3, 28, 14, 0), "Photo", "Bersama Ustad Gafur di Masjid Soasio, ba'da Jumat.",
           R("rev_event_photo", "a lurah's photo with a DPR candidate after Friday prayers, no symbol or call: a religious encounter or SKB-D7?",
             actor="tdr_lurah", cand="dpr-mu-pks-1"))
    ct.row("fahrul", tp(2019, 2, 20, 11, 0), "Photo", "Kuliah umum di SMPN 1: peran pemilih muda dalam demokrasi 🗳️", N("neg_how_to_vote", "a civics lesson"))
    ct.row("fahrul", tp(2019, 4, 14, 20, 0), "Status", "Masa tenang, torang tenang. Siapa pun presidennya, Tidore tetap Tidore.",
           N("neg_reminder", "a neutral quiet-day remark", lang="malut"))
    ct.row("kd", tp(2019, 4, 22, 16, 0), "Link", "Rekapitulasi PPD Dekai berjalan lancar.", N("neg_news", "a news page"),
           link="https://kabardekai.id/2019/04/22/rekap-ppd", link_text="Rekap PPD Dekai")
    ct.row("mp", tp(2019, 4, 11, 12, 0), "Link", "Bawaslu Malut temukan 12 ASN kampanye di media sosial.", N("neg_news", "a news page"),
           link="https://malutpost.id/2019/04/11/asn-kampanye-medsos", link_text="12 ASN Kampanye di Medsos")
    ct.row("yance", tp(2019, 4, 10, 9, 0), "Photo", "Rapat persiapan distribusi logistik pemilu ke kampung-kampung.", N("neg_official_neutral", "official work"))
    ct.row("yance", tp(2019, 4, 12, 19, 0), "Status", "Kitong orang distrik harus netral, tapi sa yakin 02 yang bawa Dekai maju ✌️",
           V("yhk_kadistrik", "post", "p19-2", "post_support", lang="papua", note="a claim of neutrality followed by support and the V sign"))
    ct.dump()

    # a second canonical file
    cn = Canon(c, "canonical/activities_heldout6_b.jsonl", "h6b")
    W = cn.who
    for k, cid, plat, when in (("tdr_guru", "dpr-mu-pks-1", "x", tp(2019, 3, 1, 20, 0)), ("tgs_dishub", "tgs-2", "x", w(2020, 9, 28, 21, 0)),
                               ("btg_staf1", "btg-2", "tiktok", ta(2020, 10, 30, 20, 0))):
        cd = c.cands[cid]
        cn.add(V(k, "interact", cid, "follow_candidate", action="follow_or_join", lang="sys",
                 note="following a calon's account" + (" (his rival's: still a follow)" if k == "btg_staf1" else "")),
               plat, "follow", when, W(k, plat), target=tgt(cd.handle(plat), cd.name))
    yn = c.cands["dpr-pap-dem-3"]
    cn.add(V("yhk_guru", "interact", yn.id, "follow_candidate", action="follow_or_join", lang="sys"), "facebook", "follow", tp(2019, 2, 25, 20, 0),
           W("yhk_guru", "facebook"), target=tgt(yn.handle("facebook"), yn.name))
    for k, plat, h, n, when in (("tgs_dishub", "x", "kpu_tangsel", "KPU Kota Tangerang Selatan", w(2020, 9, 2, 8, 0)),
                                ("btg_staf1", "tiktok", "bmkg_bitung", "BMKG Stasiun Bitung", ta(2020, 9, 5, 8, 0)),
                                ("tdr_guru", "x", "kpu_tidore", "KPU Kota Tidore Kepulauan", tp(2020, 9, 6, 8, 0))):
        cn.add(N("neg_official_neutral", "following a public body", lang="sys"), plat, "follow", when, W(k, plat), target=tgt(h, n))
    cn.add(V("bkt_staf2", "post", "bkt-2", "leetspeak", lang="slang"), "tiktok", "post", w(2020, 11, 20, 20, 0), W("bkt_staf2", "tiktok"),
           "n0 dU4 p4st1 m3n4nG 🤫 #BukittinggiSEJUK")
    for lab, plat, when, k, text in (
        (N("neg_reminder", "reminds colleagues to stay neutral", lang="en"), "instagram", w(2020, 11, 29, 20, 0), "tgs_guru",
         "Reminder: boleh punya pilihan, tapi keep it in the bilik suara 🤫 #ASNNetral"),
        (N("neg_official_neutral", "a health notice", lang="en"), "instagram", w(2020, 11, 3, 12, 0), "tgs_pkm",
         "Vaccine trial volunteers needed di Tangsel. Not campaign related ya 😂"),
        (N("neg_official_neutral", "turnout data, no side", lang="en"), "x", w(2020, 12, 12, 9, 0), "tgs_bappeda",
         "Data says: turnout Tangsel 2020 naik dibanding 2015. Good job, Tangsel! 📈"),
        (N("neg_everyday_word", "'next level' about procrastination", lang="en"), "x", w(2020, 11, 22, 23, 0), "tgs_x1",
         "Next level of procrastination: nonton debat ulang 3x 😅"),
        (N("neg_personal", "Christmas lights after the election", lang="slang"), "instagram", w(2020, 12, 15, 19, 0), "ska_staf2",
         "Wkwk gaes, umbul2 udh dicopot, skrg pasang lampu natal 🎄"),
        (N("neg_everyday_word", "'sejuk' about the weather", lang="minang"), "tiktok", w(2020, 12, 20, 7, 0), "bkt_staf2", "Pagi sajuak di Ngarai Sianok 🌫️"),
        (N("neg_personal", "a family post", lang="manado"), "instagram", ta(2020, 11, 29, 12, 0), "btg_kabid", "Makan siang deng keluarga di Tanjung Merah 🐟"),
        (N("neg_everyday_word", "'tegak' at a flag ceremony", lang="id"), "facebook", w(2019, 8, 17, 9, 0), "ska_guru",
         "Upacara 17 Agustus, murid-murid berdiri tegak hormat bendera 🇮🇩"),
        (N("neg_news", "a plain link to the official result"), "facebook", w(2019, 5, 21, 9, 0), "tsm_guru1",
         "KPU umumkan hasil rekapitulasi nasional Pemilu 2019: infopemilu.kpu.go.id"),
    ):
        cn.add(lab, plat, "post", when, W(k, plat), text)
    cn.dump()


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
    pilkada, pemilu = candidates()
    ctx.add_election("election-pilkada-2020-heldout6.yaml", pilkada)
    ctx.add_election("election-pemilu-2019-heldout6.yaml", pemilu)
    facebook(ctx)
    crowdtangle(ctx)
    x_api(ctx)
    instagram(ctx)
    tiktok(ctx)
    youtube(ctx)
    telegram(ctx)
    whatsapp(ctx)
    extra(ctx)
    canonical(ctx)
    screenshots(ctx)
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
    DESCRIPTION = (DESCRIPTION_BASE + "\n\n## Labels by language\n\n"
                   + table(rows, ["language", "labels", "violation", "alert", "review", "none"])
                   + "\n\nLanguage tags are kept inside `_heldout6.py` (they are not in `truth.jsonl`); activities without text of their own "
                     "count as `no text`.\n\nChat exports: " + str(sum(chats.values())) + " labels on WhatsApp and Telegram lines ("
                   + ", ".join(f"{k} {chats[k]}" for k in ("violation", "alert", "review", "none")) + ").")
