"""heldout11: a twelfth independent workspace of the social-media evaluation corpus (see build.py).

Two elections never used together, whose stages overlap: the Pilkada serentak of 27 Jun 2018 (real KPU calendar, PKPU 1/2017
as amended: independents' support handed in from 22 Nov to 3 Dec 2017, registration of pairs 8-10 Jan 2018, designation 12 Feb,
number draw 13 Feb, campaign 15 Feb-23 Jun, quiet days 24-26 Jun, voting 27 Jun 2018) in eleven provinces, regencies and cities
new to the corpus - Provinsi Jawa Timur, Kota Kediri, Kabupaten Bojonegoro and Kabupaten Kubu Raya in WIB; Provinsi Sulawesi
Tenggara, Kabupaten Kolaka, Kabupaten Sikka, Kota Palopo and Kabupaten Klungkung in WITA; Kabupaten Maluku Tenggara and
Kabupaten Jayawijaya in WIT - and the Pemilu of 17 Apr 2019 (party numbers drawn 18 Feb 2018, presidential pairs registered 4-10
Aug 2018 and designated with the DCT on 20 Sep 2018, campaign 23 Sep 2018-13 Apr 2019, quiet days 14-16 Apr, voting 17 Apr 2019)
with two fictional presidential pairs and fictional DPR, DPRD and DPD candidates by dapil in those regions. In mid-2018 a
Pilkada pair is a calon while a presidential hopeful is still a bakal calon. Every person, account, phone number, post and id is
fictional; regions, parties and the KPU calendars are real. Written from rules.md and contract.md only.

The module is split for reading: _heldout11_base.py (clocks, ids, regions, section registry, language tags),
_heldout11_social.py (Facebook, CrowdTangle, X, Instagram, TikTok, YouTube), _heldout11_chats.py (Telegram, WhatsApp) and
_heldout11_canon.py (canonical lines, screenshots).
"""
from __future__ import annotations

from collections import Counter
from datetime import date

from _corpus import Cand, Contest, Election, hnum, table, textless, yt_channel
from _heldout11_base import (
    BJN, CODES, JATIM, JYW, KDR, KKR, KLK, KLU, LANG_NAMES, LANGS, MALUKU, MTR, PLP, SECTIONS, SKK, SULTRA, fbid, page_id, phone,
)
import _heldout11_social  # noqa: F401,E402  (registers its sections)
import _heldout11_chats  # noqa: F401,E402
import _heldout11_canon  # noqa: F401,E402

LICENCE_NOTE = """**Licence:** written for this project; every person, account, post, phone number
and id is fictional (every Pilkada pair, presidential pair, legislative and DPD candidate too). Regions (Kemendagri names and
codes), DPR dapil, parties (the 2014 list with its ballot numbers for the Pilkada 2018, whose nominating parties held their seats
from the 2014 vote; the 2019 list with the numbers drawn on 18 Feb 2018 for the Pemilu 2019) and the KPU calendars of 2017-2019
are real."""

CALENDAR_NOTE = """Stages follow the contract (`dates inclusive, Asia/Jakarta`), with the real KPU calendars.

Pilkada serentak 2018 (PKPU 1/2017 on the stages, as amended): independents' support handed in 22-26 Nov 2017 for governors
(suara.com, 10 Nov 2017, KPU Jawa Barat) and 29 Nov-3 Dec 2017 for regents and mayors (one stage of 22 Nov-3 Dec here);
registration of pairs 8-10 Jan 2018 in the 171 regions (Antara; its list of the 17 provinces, 39 cities and 115 regencies includes
every region used here: Jatim, Sultra, Kediri, Palopo, Bojonegoro, Klungkung, Sikka and the others); designation of pairs 12 Feb
2018, number draw 13 Feb, campaign 15 Feb-23 Jun, quiet days 24-26 Jun, voting 27 Jun 2018. A pair is a bakal calon until 11 Feb
2018 (WIB) and a calon from 12 Feb.

Pemilu 2019 (PKPU 7/2017 as amended): the parties' numbers were drawn on Sunday 18 Feb 2018 (1 PKB, 2 Gerindra, 3 PDIP, 4 Golkar,
5 NasDem, 6 Garuda, 7 Berkarya, 8 PKS, 9 Perindo, 10 PPP, 11 PSI, 12 PAN, 13 Hanura, 14 Demokrat; PBB 19 and PKPI 20 were added
later; Republika, suara.com, mediabanten.com), in the middle of the Pilkada campaign; bakal calon lists of the DPR and DPRD 4-17 Jul
2018; presidential pairs registered 4-10 Aug 2018; the DCT of the DPR, DPD and DPRD and the presidential pairs designated on 20 Sep
2018 (the YAML carries `designated: 2018-09-20` on the presidential contest; DCT and designation fall on the same day, so there is
no window where a presidential pair is still a bakal calon while legislative candidates are calon), number draw 21 Sep, campaign
23 Sep 2018-13 Apr 2019, quiet days 14-16 Apr, voting 17 Apr 2019. Between the Pilkada vote and 20 Sep 2018 every presidential
hopeful and legislative name is a bakal calon (E codes), while the Pilkada pairs stay calon until the end (D codes, also after the
vote where conduct still favours a pair)."""

CODES_NOTE = """`codes_any` is generous: any one code counts (SKB E codes before the WIB designation date - 12 Feb 2018 for the
Pilkada pairs, 20 Sep 2018 for the presidential pairs and the legislative and DPD candidates -, D codes from it; PP94-N* where they
fit; UU10-71-1 in the Pilkada, UU7-* in the Pemilu; SKB-E4/D6 added for messages inside a candidate's volunteers' group). A
message that backs a Pilkada calon and a presidential bakal calon at once carries one label (the Pilkada pair, its D codes) with
the E codes and UU7-283 added. For 2017-2019 the codes are the catalogue's (SKB 2022, PP 94/2021, UU 7/2017): the conduct was then
governed by the same UU 7/2017 and UU 10/2016, PP 53/2010 on discipline and the MenPANRB circulars on neutrality (B/71/M.SM.00.00/2017
for the Pilkada 2018, B/94/M.SM.00.00/2018 for the Pemilu 2019), whose forms the current matrix carries over, so a labeller cites
the current codes as the tool does. No PPPK worked before 2019: PPPK staff of the registry and PNS appointed from 2020 (the
appointment month is in their NIP) appear in 2018-2019 as honorary staff or private persons, and their posts then are not an ASN's
(`neg_not_yet_asn`)."""

DESCRIPTION_BASE = """heldout11 takes the Pilkada of 27 June 2018 in eleven provinces, regencies and cities new to the corpus (the
governors of Jawa Timur and Sulawesi Tenggara; Kota Kediri, Bojonegoro and Kubu Raya in WIB; Kolaka, Sikka, Palopo and Klungkung in
WITA; Maluku Tenggara and Jayawijaya in WIT) and the Pemilu of 17 April 2019 with two fictional presidential pairs (PIJAR, 01, and
ANDAL, 02), DPR candidates of Jawa Timur VI and IX and Sulawesi Tenggara, DPD candidates of Jawa Timur, Sulawesi Tenggara and
Maluku, a DPRD Jawa Timur candidate and DPRD candidates in nine of the regencies and cities. The two calendars overlap: the
parties drew their 2019 numbers in the middle of the Pilkada campaign, a presidential hopeful is a bakal calon while the Pilkada
pairs are calon, and one regent candidate who lost in June 2018 is a DPR candidate in 2019.

It weights what a patrol meets in 2017-2019: support of Pilkada pairs, presidential hopefuls and legislative names in plain,
informal and regional language; negative campaigning (mostly against presidential pairs in 2019); institutional pages and
accounts; likes, shares, follows and group joins; people tagged, mentioned or added (alerts) and what they do next; agency
chats (WhatsApp in six export styles, a Telegram supergroup, a whole-account export with a channel, groups and a contact list):
open, covert and softened orders, relays, compliance reports, KTP copies for independent bakal calon in November 2017, state aid
and office data steered to a pair, bare acknowledgements (review), objections and withdrawals, superiors adding staff to
volunteers' groups, appeals to family. Against them stand content that names candidates without support - news relayed plainly,
posts naming every pair, election-body notices, neutrality reminders and quoted circulars, negations, jokes, complaints to whoever
wins, condolences and get-well wishes, namesakes of candidates and of shared titles and clans (La Ode, Wa Ode, Syarif and Uray,
I Wayan and I Ketut, Kei and Dani clans, Suwarno, Eko Prasetyo, Dwi Kurniawan, Hendra) - and pair acronyms and slogans that are
everyday words or regional taglines (GUYUB, TENTREM, LANCAR, MATOH and the regency's "Bojonegoro Matoh", BERKAT, CERAH, KOMPAK,
TERANG, IDAMAN, BECIK, BAKUBAE, KITORANG, PIJAR, ANDAL); people who were not yet ASN in 2018-2019; genuine doubt for a person
(review); and stage boundaries around 12 Feb 2018, the June 2018 quiet days, 20 Sep 2018 and the April 2019 quiet days, near
midnight in WITA and WIT and in UTC. Text is Indonesian (formal, informal, slang, leetspeak, keycaps, emoji), English-mixed,
Suroboyoan, Mataraman Javanese, Madurese, Pontianak Malay, Tolaki-flavoured Kendari Malay, Buton words, Maumere Malay with Sikka,
Palopo Indonesian with Luwu and Bugis words, Balinese, Kei Ambon Malay and Papuan Malay with Dani words."""
DESCRIPTION = DESCRIPTION_BASE

# ---------------------------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------------------------
P_JTM, P_KDR, P_BJN, P_KKR = "Pemerintah Provinsi Jawa Timur", "Pemerintah Kota Kediri", "Pemerintah Kabupaten Bojonegoro", "Pemerintah Kabupaten Kubu Raya"
P_STG, P_KLK, P_SKK, P_PLP = "Pemerintah Provinsi Sulawesi Tenggara", "Pemerintah Kabupaten Kolaka", "Pemerintah Kabupaten Sikka", "Pemerintah Kota Palopo"
P_KLU, P_MTR, P_JYW = "Pemerintah Kabupaten Klungkung", "Pemerintah Kabupaten Maluku Tenggara", "Pemerintah Kabupaten Jayawijaya"
KEMENAG = "Kementerian Agama"

KEC_MJR = "Kecamatan Mojoroto"
KEC_KPS = "Kecamatan Kapas"
KEC_SRY = "Kecamatan Sungai Raya"
DKP_STG = "Dinas Kelautan dan Perikanan"
KEC_WDL = "Kecamatan Wundulako"
KEC_ALK = "Kecamatan Alok"
KEL_AMS = "Kelurahan Amassangan, Kecamatan Wara"
DISPAR_KLU = "Dinas Pariwisata"
KEC_KKC = "Kecamatan Kei Kecil"
RS_KS = "RSUD Karel Sadsuitubun"
DIS_WMN = "Distrik Wamena"
BPBD_BJN = "Badan Penanggulangan Bencana Daerah"

# key, name, sex, status, jabatan, instansi, unit, wilayah, accounts (platform -> True for a derived id, or a handle), era[, display]
# era: "b" appointed by 2016 (an ASN throughout 2017-2019); "n" appointed PNS from 2020 or PPPK (not yet ASN in 2017-2019)
PEOPLE = [
    # Provinsi Jawa Timur (Surabaya; SMA teachers across the province are provincial staff since 2017), WIB
    ("jtm_kabid", "Dr. Heru Santoso, M.Pd.", 1, "PNS", "Kepala Bidang Pembinaan SMA", P_JTM, "Dinas Pendidikan", JATIM,
     {"facebook": True, "whatsapp": True}, "b"),
    ("jtm_kominfo", "Arief Budianto, S.Sos.", 1, "PNS", "Pranata Hubungan Masyarakat Ahli Muda", P_JTM, "Dinas Komunikasi dan Informatika", JATIM,
     {"x": "arief_kominfojtm", "instagram": "ariefbudianto.sby"}, "b"),
    ("jtm_rs", "dr. Laksmi Widyaningrum, Sp.A.", 2, "PNS", "Dokter Ahli Madya", P_JTM, "RSUD dr. Soetomo", JATIM,
     {"x": "laksmi_dokteranak", "instagram": "dr.laksmi.spa"}, "b"),
    ("jtm_bpbd", "Bambang Eko Susilo", 1, "PNS", "Analis Kebencanaan", P_JTM, "Badan Penanggulangan Bencana Daerah", JATIM,
     {"facebook": True, "x": "bambangeko_bpbd"}, "b"),
    ("jtm_guru_kdr", "Dra. Endah Kusumaningrum", 2, "PNS", "Guru Ahli Madya", P_JTM, "Dinas Pendidikan - SMAN 2 Kediri", JATIM,
     {"facebook": True, "whatsapp": True}, "b"),
    ("jtm_guru_bjn", "Muhammad Syaifuddin, S.Pd.", 1, "PNS", "Guru Ahli Muda", P_JTM, "Dinas Pendidikan - SMAN 1 Bojonegoro", JATIM,
     {"facebook": True, "x": "syaifuddin_guru", "youtube": True}, "b"),
    ("jtm_pppk", "Ratih Puspitasari, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", P_JTM, "Dinas Pendidikan - SMAN 3 Kediri", JATIM,
     {"instagram": "bu.ratih.sma3", "tiktok": "ratihpuspita.kdr"}, "n"),
    # Kota Kediri, WIB
    ("kdr_camat", "Drs. Agung Prasetyo, M.Si.", 1, "PNS", "Camat", P_KDR, KEC_MJR, KDR, {"whatsapp": True, "facebook": True}, "b"),
    ("kdr_sekcam", "Sri Wulandari, S.Sos.", 2, "PNS", "Sekretaris Kecamatan", P_KDR, KEC_MJR, KDR, {"whatsapp": True}, "b"),
    ("kdr_kasi", "Eko Prasetyo, S.IP.", 1, "PNS", "Kepala Seksi Pemerintahan", P_KDR, KEC_MJR, KDR, {"whatsapp": True, "facebook": True}, "b"),
    ("kdr_staf1", "Yudi Hermawan", 1, "PNS", "Pengadministrasi Umum", P_KDR, KEC_MJR, KDR, {"whatsapp": True, "facebook": True, "instagram": "yudi.mojoroto"}, "b"),
    ("kdr_staf2", "Anik Rahayu", 2, "PNS", "Pengelola Layanan Kemasyarakatan", P_KDR, KEC_MJR, KDR, {"whatsapp": True, "facebook": True}, "b"),
    ("kdr_lurah", "Totok Sugiarto, S.Sos.", 1, "PNS", "Lurah", P_KDR, "Kelurahan Bandar Lor, Kecamatan Mojoroto", KDR, {"facebook": True, "whatsapp": True}, "b"),
    ("kdr_guru", "Siti Mutmainah, S.Pd.", 2, "PNS", "Guru Ahli Muda", P_KDR, "Dinas Pendidikan - SDN Mojoroto 3", KDR,
     {"facebook": True, "whatsapp": True, "instagram": "bumut.sd"}, "b"),
    ("kdr_guru2", "Dwi Kurniawan, S.Pd.", 1, "PNS", "Guru Ahli Muda", P_KDR, "Dinas Pendidikan - SDN Bandar Lor 2", KDR, {"facebook": True, "whatsapp": True}, "b"),
    ("kdr_guru3", "Lilik Sulistyowati, S.Pd.", 2, "PNS", "Guru Ahli Madya", P_KDR, "Dinas Pendidikan - SDN Mojoroto 1", KDR, {"whatsapp": True}, "b"),
    ("kdr_pkm", "Ns. Dian Anggraeni, S.Kep.", 2, "PNS", "Perawat Ahli Muda", P_KDR, "Dinas Kesehatan - Puskesmas Pesantren I", KDR,
     {"instagram": "ns.dian.kdr", "x": "dianggraeni_ns"}, "b"),
    ("kdr_dishub", "Wahyu Nugroho", 1, "PNS", "Petugas Pengatur Lalu Lintas", P_KDR, "Dinas Perhubungan", KDR, {"tiktok": "wahyu.dishubkdr", "facebook": True}, "b"),
    ("kdr_penyuluh", "H. Imron Rosyadi, S.Ag.", 1, "PNS", "Penyuluh Agama Islam Ahli Muda", KEMENAG, "Kantor Kementerian Agama Kota Kediri", KDR,
     {"facebook": True, "youtube": True}, "b"),
    ("kdr_pppk", "Fajar Setiawan, S.Kom.", 1, "PPPK", "Pranata Komputer Ahli Pertama", P_KDR, "Dinas Komunikasi dan Informatika", KDR,
     {"x": "fajar_kediri", "tiktok": "fajar.set"}, "n"),
    # Kabupaten Bojonegoro, WIB
    ("bjn_camat", "Drs. Joko Santoso Hadi", 1, "PNS", "Camat", P_BJN, KEC_KPS, BJN, {"whatsapp": True, "facebook": True}, "b"),
    ("bjn_sekcam", "Nanik Suryani, S.Sos.", 2, "PNS", "Sekretaris Kecamatan", P_BJN, KEC_KPS, BJN, {"whatsapp": True}, "b"),
    ("bjn_staf", "Suwarno", 1, "PNS", "Pengadministrasi Umum", P_BJN, KEC_KPS, BJN, {"whatsapp": True, "facebook": True}, "b"),
    ("bjn_staf2", "Ika Yuliana", 2, "PNS", "Pengelola Data", P_BJN, KEC_KPS, BJN, {"whatsapp": True, "instagram": "ika.kapas"}, "b"),
    ("bjn_korwil", "Drs. Sukardi", 1, "PNS", "Koordinator Wilayah Bidang Pendidikan", P_BJN, "Dinas Pendidikan - Korwil Kapas", BJN,
     {"whatsapp": True, "facebook": True}, "b"),
    ("bjn_guru1", "Sulastri, S.Pd.", 2, "PNS", "Guru Ahli Muda", P_BJN, "Dinas Pendidikan - SDN Kapas 1", BJN, {"whatsapp": True, "facebook": True}, "b"),
    ("bjn_guru2", "Mokhamad Yasin, S.Pd.", 1, "PNS", "Guru Ahli Muda", P_BJN, "Dinas Pendidikan - SDN Bakalan 1", BJN, {"whatsapp": True, "instagram": "yasin.guru"}, "b"),
    ("bjn_guru3", "Endang Puji Lestari, S.Pd.", 2, "PNS", "Guru Ahli Madya", P_BJN, "Dinas Pendidikan - SDN Kapas 2", BJN, {"whatsapp": True}, "b"),
    ("bjn_tani", "Ir. Mulyono", 1, "PNS", "Penyuluh Pertanian Ahli Madya", P_BJN, "Dinas Pertanian", BJN, {"facebook": True, "tiktok": "mbah.mulyono"}, "b"),
    ("bjn_pkm", "Wiwik Handayani, A.Md.Keb.", 2, "PNS", "Bidan Terampil", P_BJN, "Dinas Kesehatan - Puskesmas Kapas", BJN,
     {"instagram": "bidan.wiwik", "facebook": True}, "b"),
    ("bjn_bpbd", "Agus Purnomo", 1, "PNS", "Analis Kebencanaan", P_BJN, BPBD_BJN, BJN, {"whatsapp": True, "facebook": True}, "b"),
    ("bjn_bpbd2", "Retno Wulan", 2, "PNS", "Pengadministrasi Umum", P_BJN, BPBD_BJN, BJN, {"whatsapp": True}, "b"),
    ("bjn_bpbd3", "Slamet Riyanto", 1, "PNS", "Pengemudi", P_BJN, BPBD_BJN, BJN, {"whatsapp": True}, "b"),
    ("bjn_mts", "Hj. Nur Khasanah, S.Ag.", 2, "PNS", "Guru Ahli Madya", KEMENAG, "Kantor Kementerian Agama Kabupaten Bojonegoro - MTsN 1 Bojonegoro", BJN,
     {"facebook": True, "youtube": True}, "b"),
    ("bjn_pppk", "Dimas Arya Saputra, S.Pd.", 1, "PPPK", "Guru Ahli Pertama", P_BJN, "Dinas Pendidikan - SDN Kalianyar 2", BJN,
     {"tiktok": "pakdimas.bjn", "facebook": True}, "n"),
    # Kabupaten Kubu Raya, Kalimantan Barat, WIB
    ("kkr_camat", "Drs. Syarif Usman Alkadrie", 1, "PNS", "Camat", P_KKR, KEC_SRY, KKR, {"whatsapp": True, "facebook": True}, "b"),
    ("kkr_sekcam", "Rusnah, S.Sos.", 2, "PNS", "Sekretaris Kecamatan", P_KKR, KEC_SRY, KKR, {"whatsapp": True}, "b"),
    ("kkr_staf", "Hendri Saputra", 1, "PNS", "Pengadministrasi Umum", P_KKR, KEC_SRY, KKR, {"whatsapp": True, "facebook": True}, "b"),
    ("kkr_guru", "Uray Nurhayati, S.Pd.", 2, "PNS", "Guru Ahli Muda", P_KKR, "Dinas Pendidikan - SDN 14 Sungai Raya", KKR, {"facebook": True, "instagram": "uraynur.sd"}, "b"),
    ("kkr_guru2", "Moh. Sahri, S.Pd.", 1, "PNS", "Guru Ahli Muda", P_KKR, "Dinas Pendidikan - SDN 22 Sungai Raya", KKR, {"facebook": True, "whatsapp": True}, "b"),
    ("kkr_dkp", "Rahmat Hidayat, S.Pi.", 1, "PNS", "Penyuluh Perikanan Ahli Muda", P_KKR, "Dinas Perikanan", KKR, {"facebook": True, "x": "rahmat_perikanankkr"}, "b"),
    ("kkr_pkm", "Ns. Yuliana Dewi, S.Kep.", 2, "PNS", "Perawat Ahli Muda", P_KKR, "Dinas Kesehatan - Puskesmas Sungai Raya", KKR,
     {"instagram": "ns.yulianadewi", "whatsapp": True}, "b"),
    ("kkr_satpol", "Junaidi", 1, "PNS", "Polisi Pamong Praja Terampil", P_KKR, "Satuan Polisi Pamong Praja", KKR, {"facebook": True, "tiktok": "junaidi.satpol"}, "b"),
    ("kkr_dukcapil", "Siti Aisyah Putri", 2, "PNS", "Pengelola Data Kependudukan", P_KKR, "Dinas Kependudukan dan Pencatatan Sipil", KKR,
     {"whatsapp": True}, "b"),
    # Provinsi Sulawesi Tenggara (Kendari), WITA
    ("stg_kadis", "Ir. H. Laode Muh. Saleh, M.Si.", 1, "PNS", "Kepala Dinas", P_STG, DKP_STG, SULTRA, {"telegram": True, "whatsapp": True}, "b"),
    ("stg_kabid", "Dra. Nurmiati Lasaleng", 2, "PNS", "Kepala Bidang Perikanan Tangkap", P_STG, DKP_STG, SULTRA, {"telegram": True, "whatsapp": True}, "b"),
    ("stg_staf1", "La Ode Rusdin, S.Pi.", 1, "PNS", "Pengawas Perikanan Ahli Muda", P_STG, DKP_STG, SULTRA,
     {"telegram": True, "whatsapp": True, "facebook": True}, "b"),
    ("stg_staf2", "Wa Ode Sarina", 2, "PNS", "Pengelola Data", P_STG, DKP_STG, SULTRA, {"telegram": True, "whatsapp": True}, "b"),
    ("stg_staf3", "Asrul Tosepu", 1, "PNS", "Penyuluh Perikanan", P_STG, DKP_STG, SULTRA, {"telegram": True, "whatsapp": True}, "b"),
    ("stg_guru", "Hasniah, S.Pd.", 2, "PNS", "Guru Ahli Madya", P_STG, "Dinas Pendidikan dan Kebudayaan - SMAN 4 Kendari", SULTRA,
     {"facebook": True, "x": "hasniah_guru"}, "b"),
    ("stg_rs", "dr. Muh. Ilyas Anduonohu", 1, "PNS", "Dokter Ahli Muda", P_STG, "RSUD Bahteramas", SULTRA, {"instagram": "dr.ilyas.kdi", "x": "ilyas_md"}, "b"),
    ("stg_humas", "Yusran Lapangandi, S.Sos.", 1, "PNS", "Pranata Hubungan Masyarakat Ahli Muda", P_STG, "Biro Administrasi Pimpinan", SULTRA,
     {"x": "yusran_humas", "facebook": True}, "b"),
    # Kabupaten Kolaka, WITA
    ("klk_camat", "Drs. Muh. Amir Tamburaka", 1, "PNS", "Camat", P_KLK, KEC_WDL, KLK, {"whatsapp": True, "facebook": True}, "b"),
    ("klk_sekcam", "Hasmawati, S.Sos.", 2, "PNS", "Sekretaris Kecamatan", P_KLK, KEC_WDL, KLK, {"whatsapp": True}, "b"),
    ("klk_staf", "Hendra Gunawan", 1, "PNS", "Pengadministrasi Umum", P_KLK, KEC_WDL, KLK, {"whatsapp": True, "facebook": True}, "b"),
    ("klk_guru", "Sitti Rahmatia, S.Pd.", 2, "PNS", "Guru Ahli Muda", P_KLK, "Dinas Pendidikan - SDN 1 Wundulako", KLK, {"facebook": True, "tiktok": "burahma.wdl"}, "b"),
    ("klk_tani", "Ir. Lasiru", 1, "PNS", "Penyuluh Pertanian Ahli Madya", P_KLK, "Dinas Pertanian", KLK, {"facebook": True, "whatsapp": True}, "b"),
    ("klk_pkm", "Ns. Marlina Sabara, S.Kep.", 2, "PNS", "Perawat Ahli Muda", P_KLK, "Dinas Kesehatan - Puskesmas Wundulako", KLK,
     {"instagram": "ns.marlina.klk"}, "b"),
    ("klk_pppk", "Nurul Fadilah, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", P_KLK, "Dinas Pendidikan - SDN 3 Wundulako", KLK,
     {"tiktok": "nurulfadilah.klk", "facebook": True}, "n"),
    # Kabupaten Sikka, NTT, WITA
    ("skk_camat", "Drs. Yosef Kristo Parera", 1, "PNS", "Camat", P_SKK, KEC_ALK, SKK, {"whatsapp": True, "facebook": True}, "b"),
    ("skk_sekcam", "Maria Yasinta Lewar, S.Sos.", 2, "PNS", "Sekretaris Kecamatan", P_SKK, KEC_ALK, SKK, {"whatsapp": True}, "b"),
    ("skk_staf", "Antonius Moa", 1, "PNS", "Pengadministrasi Umum", P_SKK, KEC_ALK, SKK, {"whatsapp": True, "facebook": True}, "b"),
    ("skk_staf2", "Theresia Nona Ance", 2, "PNS", "Pengelola Data", P_SKK, KEC_ALK, SKK, {"whatsapp": True}, "b"),
    ("skk_guru", "Ignasius Da Costa, S.Pd.", 1, "PNS", "Guru Ahli Madya", P_SKK, "Dinas Pendidikan - SMPN 1 Maumere", SKK, {"facebook": True, "x": "ignas_dacosta"}, "b"),
    ("skk_guru2", "Yuliana Bunga, S.Pd.", 2, "PNS", "Guru Ahli Muda", P_SKK, "Dinas Pendidikan - SDI Kota Uneng", SKK, {"facebook": True, "whatsapp": True}, "b"),
    ("skk_pkm", "Bernadeta Lero, A.Md.Keb.", 2, "PNS", "Bidan Terampil", P_SKK, "Dinas Kesehatan - Puskesmas Beru", SKK, {"instagram": "bidan.detalero"}, "b"),
    ("skk_dispar", "Robertus Ximenes, S.Par.", 1, "PNS", "Adyatama Kepariwisataan Ahli Muda", P_SKK, "Dinas Pariwisata dan Kebudayaan", SKK,
     {"instagram": "robert.tenunikat", "facebook": True}, "b"),
    ("skk_penyuluh", "Fransiska Dua Lodan, S.Ag.", 2, "PNS", "Penyuluh Agama Katolik", KEMENAG, "Kantor Kementerian Agama Kabupaten Sikka", SKK,
     {"facebook": True}, "b"),
    # Kota Palopo, Sulawesi Selatan, WITA
    ("plp_lurah", "Andi Baso Tenriajeng, S.STP.", 1, "PNS", "Lurah", P_PLP, KEL_AMS, PLP, {"whatsapp": True, "facebook": True}, "b"),
    ("plp_seklur", "Hj. Rosdiana", 2, "PNS", "Sekretaris Kelurahan", P_PLP, KEL_AMS, PLP, {"whatsapp": True}, "b"),
    ("plp_staf", "Muh. Yamin Tandi", 1, "PNS", "Pengadministrasi Umum", P_PLP, KEL_AMS, PLP, {"whatsapp": True, "facebook": True}, "b"),
    ("plp_staf2", "Nurhikmah", 2, "PNS", "Pengelola Layanan Kemasyarakatan", P_PLP, KEL_AMS, PLP, {"whatsapp": True, "instagram": "nurhikmah.wara"}, "b"),
    ("plp_guru", "Sitti Hajar, S.Pd.", 2, "PNS", "Guru Ahli Madya", P_PLP, "Dinas Pendidikan - SMPN 8 Palopo", PLP, {"facebook": True, "whatsapp": True}, "b"),
    ("plp_guru2", "Arifin Tandi Bua, S.Pd.", 1, "PNS", "Guru Ahli Muda", P_PLP, "Dinas Pendidikan - SDN 20 Amassangan", PLP, {"facebook": True, "x": "arifin_tbua"}, "b"),
    ("plp_rs", "Ns. Andi Tenri Ampa, S.Kep.", 2, "PNS", "Perawat Ahli Muda", P_PLP, "RSUD Sawerigading", PLP, {"instagram": "ns.tenriampa"}, "b"),
    ("plp_kominfo", "Irwan Masri, S.Kom.", 1, "PNS", "Pranata Komputer Ahli Muda", P_PLP, "Dinas Komunikasi, Informatika dan Persandian", PLP,
     {"x": "irwan_plp", "facebook": True}, "b"),
    # Kabupaten Klungkung, Bali, WITA
    ("klu_camat", "Drs. I Made Wiryana", 1, "PNS", "Camat", P_KLU, "Kecamatan Nusa Penida", KLU, {"whatsapp": True, "facebook": True}, "b"),
    ("klu_kadis", "Dra. Ni Nyoman Sukarmi", 2, "PNS", "Kepala Dinas", P_KLU, DISPAR_KLU, KLU, {"whatsapp": True, "facebook": True}, "b"),
    ("klu_kabid", "I Gede Artawan, S.Par.", 1, "PNS", "Kepala Bidang Destinasi", P_KLU, DISPAR_KLU, KLU, {"whatsapp": True}, "b"),
    ("klu_staf1", "Ni Kadek Sri Utami", 2, "PNS", "Pengelola Objek Wisata", P_KLU, DISPAR_KLU, KLU, {"whatsapp": True, "instagram": "kadek.penida"}, "b"),
    ("klu_staf2", "I Komang Adi Saputra", 1, "PNS", "Pengadministrasi Umum", P_KLU, DISPAR_KLU, KLU, {"whatsapp": True, "facebook": True}, "b"),
    ("klu_guru", "I Wayan Sukerta, S.Pd.", 1, "PNS", "Guru Ahli Madya", P_KLU, "Dinas Pendidikan - SMPN 1 Semarapura", KLU, {"facebook": True, "whatsapp": True}, "b"),
    ("klu_guru2", "Ni Luh Gede Sriani, S.Pd.", 2, "PNS", "Guru Ahli Muda", P_KLU, "Dinas Pendidikan - SMPN 1 Semarapura", KLU, {"whatsapp": True, "instagram": "luhsriani"}, "b"),
    ("klu_guru3", "I Ketut Sudarsana, S.Pd.", 1, "PNS", "Guru Ahli Muda", P_KLU, "Dinas Pendidikan - SMPN 1 Semarapura", KLU, {"whatsapp": True}, "b"),
    ("klu_pkm", "Ni Wayan Rusmini, A.Md.Keb.", 2, "PNS", "Bidan Terampil", P_KLU, "Dinas Kesehatan - Puskesmas Nusa Penida I", KLU, {"instagram": "bidan.rusmini"}, "b"),
    # Kabupaten Maluku Tenggara, WIT
    ("mtr_camat", "Drs. Petrus Renyaan", 1, "PNS", "Camat", P_MTR, KEC_KKC, MTR, {"whatsapp": True, "facebook": True}, "b"),
    ("mtr_sekcam", "Yohana Rahanra, S.Sos.", 2, "PNS", "Sekretaris Kecamatan", P_MTR, KEC_KKC, MTR, {"whatsapp": True}, "b"),
    ("mtr_staf", "Frans Ngabalin", 1, "PNS", "Pengadministrasi Umum", P_MTR, KEC_KKC, MTR, {"whatsapp": True, "facebook": True}, "b"),
    ("mtr_guru", "Agnes Letsoin, S.Pd.", 2, "PNS", "Guru Ahli Muda", P_MTR, "Dinas Pendidikan - SMPN 1 Langgur", MTR, {"facebook": True, "tiktok": "mamaagnes.langgur"}, "b"),
    ("mtr_dkp", "Umar Rahayaan, S.Pi.", 1, "PNS", "Penyuluh Perikanan Ahli Muda", P_MTR, "Dinas Perikanan", MTR, {"facebook": True, "x": "umar_kei"}, "b"),
    ("mtr_kabid", "dr. Lusiana Ohoitimur", 2, "PNS", "Kepala Bidang Pelayanan Medik", P_MTR, RS_KS, MTR, {"whatsapp": True}, "b"),
    ("mtr_rs1", "Ns. Maria Jamlean, S.Kep.", 2, "PNS", "Perawat Ahli Muda", P_MTR, RS_KS, MTR, {"whatsapp": True, "instagram": "ns.mariajamlean"}, "b"),
    ("mtr_rs2", "Ns. Hasan Notanubun, S.Kep.", 1, "PNS", "Perawat Ahli Muda", P_MTR, RS_KS, MTR, {"whatsapp": True, "facebook": True}, "b"),
    ("mtr_rs3", "Veronika Ubro, A.Md.Kep.", 2, "PNS", "Perawat Terampil", P_MTR, RS_KS, MTR, {"whatsapp": True}, "b"),
    # Kabupaten Jayawijaya (Provinsi Papua in 2018-2019), WIT
    ("jyw_distrik", "Drs. Yonas Wetipo", 1, "PNS", "Kepala Distrik", P_JYW, DIS_WMN, JYW, {"whatsapp": True, "facebook": True}, "b"),
    ("jyw_sekdis", "Martha Lani, S.Sos.", 2, "PNS", "Sekretaris Distrik", P_JYW, DIS_WMN, JYW, {"whatsapp": True}, "b"),
    ("jyw_staf", "Benny Huby", 1, "PNS", "Pengadministrasi Umum", P_JYW, DIS_WMN, JYW, {"whatsapp": True, "facebook": True}, "b"),
    ("jyw_staf2", "Rahel Asso", 2, "PNS", "Pengelola Data", P_JYW, DIS_WMN, JYW, {"whatsapp": True}, "b"),
    ("jyw_guru", "Yeremias Lokobal, S.Pd.", 1, "PNS", "Guru Ahli Muda", P_JYW, "Dinas Pendidikan - SMPN 1 Wamena", JYW, {"facebook": True, "tiktok": "pakyeri.wamena"}, "b"),
    ("jyw_pkm", "Ns. Sarlota Yikwa, S.Kep.", 2, "PNS", "Perawat Ahli Muda", P_JYW, "Dinas Kesehatan - Puskesmas Wamena Kota", JYW,
     {"instagram": "ns.sarlota", "facebook": True}, "b"),
    ("jyw_tani", "Ir. Daud Kossay", 1, "PNS", "Penyuluh Pertanian Ahli Madya", P_JYW, "Dinas Pertanian", JYW, {"facebook": True, "x": "daud_baliem"}, "b"),
    ("jyw_pppk", "Nelce Mabel, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", P_JYW, "Dinas Pendidikan - SD Inpres Sinakma", JYW,
     {"tiktok": "bunelce.wamena", "facebook": True}, "n"),
]

PHONE_PREFIX = ["812", "813", "821", "822", "852", "853", "811", "878", "857", "896", "815", "819", "823", "851"]


def add_people(ctx):
    for row in PEOPLE:
        key, nama, sex, status, jab, ins, unit, wil, accs, era = row[:10]
        disp = row[10] if len(row) > 10 else None
        by = 1964 + hnum("h11by" + key, 24)
        birth = f"{by}{1 + hnum('h11bm' + key, 12):02d}{1 + hnum('h11bd' + key, 28):02d}"
        if status == "PPPK":
            assert era == "n", key  # no PPPK before 2019
            tmt = ["202102", "202201", "202207", "202304"][hnum("h11tp" + key, 4)]
        elif era == "b":  # appointed before the 2017-19 activities
            ty = min(by + 22 + hnum("h11ty" + key, 9), 2016)
            tmt = f"{ty}{1 + hnum('h11tm' + key, 12):02d}"
        else:
            ty = 2020 + hnum("h11ty" + key, 3)
            tmt = f"{ty}{1 + hnum('h11tm' + key, 12):02d}"
        seq = 1 + hnum("h11sq" + key, 998)
        acc = {}
        for p, v in accs.items():
            if v is True:
                v = {"facebook": fbid(key), "youtube": yt_channel("h11" + key)}.get(p) or phone(key, PHONE_PREFIX[hnum(key + p, len(PHONE_PREFIX))])
            acc[p] = v
        if "telegram" in acc and "whatsapp" in acc:
            acc["telegram"] = acc["whatsapp"]
        ctx.add_asn(key, birth, tmt, sex, seq, nama, jab, ins, unit, wil, status, acc, disp)
        ctx.asn[key]["era"] = era


INSTS = [
    ("kominfo_jtm", "Dinas Komunikasi dan Informatika Provinsi Jawa Timur", JATIM, "instagram", "kominfo.jatim.info", "Kominfo Jatim"),
    ("kominfo_jtm_x", "Dinas Komunikasi dan Informatika Provinsi Jawa Timur", JATIM, "x", "jatim_info", "Info Jawa Timur"),
    ("kominfo_kdr", "Dinas Komunikasi dan Informatika Kota Kediri", KDR, "facebook", page_id("kominfo_kdr"), "Kediri Kota Info"),
    ("kec_mjr", "Kecamatan Mojoroto", KDR, "facebook", page_id("kec_mjr"), "Kecamatan Mojoroto"),
    ("kec_kps", "Kecamatan Kapas", BJN, "facebook", page_id("kec_kps"), "Kecamatan Kapas Bojonegoro"),
    ("bpbd_bjn", "Badan Penanggulangan Bencana Daerah Kabupaten Bojonegoro", BJN, "facebook", page_id("bpbd_bjn"), "BPBD Bojonegoro"),
    ("sdn_kps1", "SD Negeri Kapas 1", BJN, "tiktok", "sdnkapas1", "SDN Kapas 1"),
    ("kec_sry", "Kecamatan Sungai Raya", KKR, "facebook", page_id("kec_sry"), "Kecamatan Sungai Raya"),
    ("humas_kkr", "Bagian Protokol dan Komunikasi Pimpinan Setda Kabupaten Kubu Raya", KKR, "x", "humas_kuburaya", "Humas Kubu Raya"),
    ("dkp_stg", "Dinas Kelautan dan Perikanan Provinsi Sulawesi Tenggara", SULTRA, "telegram", "infodkpsultra", "Info DKP Sultra"),
    ("humas_stg", "Biro Administrasi Pimpinan Setda Provinsi Sulawesi Tenggara", SULTRA, "youtube", yt_channel("h11humassultra"), "Humas Pemprov Sultra"),
    ("kec_wdl", "Kecamatan Wundulako", KLK, "facebook", page_id("kec_wdl"), "Kecamatan Wundulako"),
    ("distan_klk", "Dinas Pertanian Kabupaten Kolaka", KLK, "tiktok", "distan.kolaka", "Distan Kolaka"),
    ("kec_alk", "Kecamatan Alok", SKK, "facebook", page_id("kec_alk"), "Kecamatan Alok Maumere"),
    ("dispar_skk", "Dinas Pariwisata dan Kebudayaan Kabupaten Sikka", SKK, "instagram", "wisata.sikka", "Wisata Sikka"),
    ("kel_ams", "Kelurahan Amassangan", PLP, "instagram", "kel.amassangan", "Kelurahan Amassangan"),
    ("kominfo_plp", "Dinas Komunikasi, Informatika dan Persandian Kota Palopo", PLP, "x", "palopo_info", "Info Kota Palopo"),
    ("dispar_klu", "Dinas Pariwisata Kabupaten Klungkung", KLU, "instagram", "wisata.klungkung", "Wisata Klungkung"),
    ("dispar_klu_yt", "Dinas Pariwisata Kabupaten Klungkung", KLU, "youtube", yt_channel("h11disparklu"), "Wisata Klungkung TV"),
    ("smpn1_smp", "SMP Negeri 1 Semarapura", KLU, "tiktok", "smpn1semarapura", "SMPN 1 Semarapura"),
    ("kec_kkc", "Kecamatan Kei Kecil", MTR, "facebook", page_id("kec_kkc"), "Kecamatan Kei Kecil"),
    ("rsud_ks", "RSUD Karel Sadsuitubun", MTR, "instagram", "rsud.karelsadsuitubun", "RSUD Karel Sadsuitubun Langgur"),
    ("distrik_wmn", "Distrik Wamena", JYW, "facebook", page_id("distrik_wmn"), "Distrik Wamena"),
    ("distan_jyw", "Dinas Pertanian Kabupaten Jayawijaya", JYW, "x", "distan_jayawijaya", "Distan Jayawijaya"),
]

# ---------------------------------------------------------------------------------------------
# elections: real calendars and party lists; fictional candidates
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

P18, DCT19 = date(2018, 2, 12), date(2018, 9, 20)
PILKADA18_STAGES = [
    ("penyerahan_dukungan_perseorangan", date(2017, 11, 22), date(2017, 12, 3)),
    ("pendaftaran", date(2018, 1, 8), date(2018, 1, 10)),
    ("penetapan_calon", date(2018, 2, 12), date(2018, 2, 12)),
    ("pengundian_nomor_urut", date(2018, 2, 13), date(2018, 2, 13)),
    ("kampanye", date(2018, 2, 15), date(2018, 6, 23)),
    ("masa_tenang", date(2018, 6, 24), date(2018, 6, 26)),
    ("pemungutan_suara", date(2018, 6, 27), date(2018, 6, 27)),
]
PEMILU19_STAGES = [
    ("pengundian_nomor_urut_partai", date(2018, 2, 18), date(2018, 2, 18)),
    ("pendaftaran", date(2018, 7, 4), date(2018, 7, 17)),
    ("pendaftaran_paslon_presiden", date(2018, 8, 4), date(2018, 8, 10)),
    ("penetapan_calon", date(2018, 9, 20), date(2018, 9, 20)),
    ("penetapan_paslon_presiden", date(2018, 9, 20), date(2018, 9, 20)),
    ("pengundian_nomor_urut_paslon_presiden", date(2018, 9, 21), date(2018, 9, 21)),
    ("kampanye", date(2018, 9, 23), date(2019, 4, 13)),
    ("masa_tenang", date(2019, 4, 14), date(2019, 4, 16)),
    ("pemungutan_suara", date(2019, 4, 17), date(2019, 4, 17)),
]

PILKADA18_COMMENT = """
heldout11 Pilkada serentak 2018 configuration (contract format; the real KPU calendar of PKPU 1/2017 as amended). All pairs are
fictional, and so are the fields of pairs; the regions are real: Provinsi Jawa Timur, Kota Kediri, Kabupaten Bojonegoro, Kabupaten
Kubu Raya (WIB), Provinsi Sulawesi Tenggara, Kabupaten Kolaka, Kabupaten Sikka, Kota Palopo, Kabupaten Klungkung (WITA), Kabupaten
Maluku Tenggara, Kabupaten Jayawijaya (WIT; Provinsi Papua in 2018). Independent pairs: bjn-3, klk-2, skk-3 (support handed in
22 Nov-3 Dec 2017). Parties are the 2014 list with its ballot numbers (seats from the 2014 vote nominate in 2018).
"""
PEMILU19_COMMENT = """
heldout11 Pemilu 2019 configuration (the real KPU calendar of PKPU 7/2017 as amended): two fictional presidential pairs and
fictional DPR, DPD and DPRD candidates; ballot_number is the candidate's place on the party list (DPD: the number on the DPD
ballot). Parties are the 2019 list with the numbers drawn on 18 Feb 2018. DCT and presidential pairs designated 20 Sep 2018.
"""


def candidates():
    P = P18
    ct = [
        Contest("jatim-gubernur", "gubernur", JATIM, [
            Cand("jtm-1", "Drs. H. Imam Mustofa", aliases=["Cak Imam", "Abah Imam", "GUYUB"], mate="Hj. Retno Sulistyowati", mate_aliases=["Mbak Retno"],
                 ballot=1, parties=["PKB", "PDIP", "PKS", "GERINDRA"], slogans=["Jatim GUYUB"], hashtags=["#GUYUB1", "#ImamRetno"],
                 accounts=[("facebook", page_id("imamretno")), ("instagram", "guyub.jatim1"), ("youtube", yt_channel("h11imamretno"))]),
            Cand("jtm-2", "Dr. Ir. Hj. Endang Kusumawati", aliases=["Bu Endang", "Mbak Endang", "TENTREM"], mate="H. Agus Salim Mahfudz",
                 mate_aliases=["Mas Agus", "Gus Salim"], ballot=2, parties=["GOLKAR", "DEMOKRAT", "NASDEM", "PPP", "HANURA", "PAN"],
                 slogans=["Jatim TENTREM"], hashtags=["#TENTREM2", "#EndangAgus"],
                 accounts=[("facebook", page_id("endangagus")), ("x", "tentrem_jatim2")]),
        ], P),
        Contest("kediri-walikota", "walikota", KDR, [
            Cand("kdr-1", "Drs. H. Suprapto Adi", aliases=["Mas Prapto", "Pak Prapto", "LANCAR"], mate="Hj. Nuril Hidayah", mate_aliases=["Bu Nuril"],
                 ballot=1, parties=["PDIP", "PKB", "NASDEM"], slogans=["Kediri LANCAR"], hashtags=["#LANCAR1", "#PraptoNuril"],
                 accounts=[("facebook", page_id("praptonuril")), ("instagram", "lancar.kediri1")]),
            Cand("kdr-2", "Ir. Bagas Santoso", aliases=["Mas Bagas", "Pak Bagas"], mate="Dr. Rini Astuti", mate_aliases=["Mbak Rini"],
                 ballot=2, parties=["GOLKAR", "GERINDRA", "DEMOKRAT"], slogans=["Kediri Tangguh"], hashtags=["#BagasRini2"],
                 accounts=[("facebook", page_id("bagasrini"))]),
            Cand("kdr-3", "KH. Mashuri Anwar", aliases=["Gus Mashuri", "Kiai Mashuri"], mate="Hj. Lilik Farida", mate_aliases=["Bu Lilik"],
                 ballot=3, parties=["PPP", "PAN", "HANURA", "PKS"], slogans=["Kediri Berkah"], hashtags=["#MashuriLilik3"], accounts=[]),
        ], P),
        Contest("bojonegoro-bupati", "bupati", BJN, [
            Cand("bjn-1", "Dr. Hj. Anis Fadhilah", aliases=["Bu Anis", "Mbak Anis", "MATOH"], mate="H. Bambang Sutejo", mate_aliases=["Pak Tejo"],
                 ballot=1, parties=["PKB", "PDIP", "NASDEM"], slogans=["Bojonegoro MATOH"], hashtags=["#MATOH1", "#AnisTejo"],
                 accounts=[("facebook", page_id("anistejo")), ("tiktok", "matoh.bjn1")]),
            Cand("bjn-2", "Drs. Hartono Sasmito", aliases=["Pak Hartono", "Mbah Har"], mate="Siti Rofiah", mate_aliases=["Bu Rofiah"],
                 ballot=2, parties=["DEMOKRAT", "GOLKAR", "GERINDRA", "PAN"], slogans=["Bojonegoro Sejahtera"], hashtags=["#HartonoRofiah2"],
                 accounts=[("facebook", page_id("hartonorofiah"))]),
            Cand("bjn-3", "Suwarno", aliases=["Mas Warno", "Kang Warno"], mate="Eko Prasetyo", mate_aliases=["Mas Eko"],
                 ballot=3, independent=True, slogans=["Bojonegoro Mandiri"], hashtags=["#WarnoEko3"], accounts=[]),
        ], P),
        Contest("kuburaya-bupati", "bupati", KKR, [
            Cand("kkr-1", "H. Muhammad Rizal Ramadhan", aliases=["Bang Rizal", "Pak Rizal", "BERKAT"], mate="Yanti Kartika", mate_aliases=["Kak Yanti"],
                 ballot=1, parties=["PDIP", "PKB", "HANURA", "NASDEM"], slogans=["Kubu Raya BERKAT"], hashtags=["#BERKAT1", "#RizalYanti"],
                 accounts=[("facebook", page_id("rizalyanti")), ("instagram", "berkat.kuburaya1")]),
            Cand("kkr-2", "Drs. H. Syarif Hamid Alkadrie", aliases=["Bang Syarif", "Pak Syarif Hamid"], mate="Ir. Fransiskus Ading", mate_aliases=["Pak Ading"],
                 ballot=2, parties=["GOLKAR", "GERINDRA", "DEMOKRAT", "PAN", "PKS"], slogans=["Kubu Raya Bersatu"], hashtags=["#SyarifAding2"],
                 accounts=[("facebook", page_id("syarifading"))]),
        ], P),
        Contest("sultra-gubernur", "gubernur", SULTRA, [
            Cand("stg-1", "Ir. H. La Ode Hamzah Rahim", aliases=["Pak Hamzah", "Bang Hamzah", "CERAH"], mate="Dr. Hj. Wa Ode Marlina", mate_aliases=["Bu Marlina"],
                 ballot=1, parties=["NASDEM", "DEMOKRAT", "HANURA", "PAN"], slogans=["Sultra CERAH"], hashtags=["#CERAH1", "#HamzahMarlina"],
                 accounts=[("facebook", page_id("hamzahmarlina")), ("youtube", yt_channel("h11hamzahmarlina"))]),
            Cand("stg-2", "Drs. Tasman Lapandewa", aliases=["Pak Tasman", "Om Tasman"], mate="H. Rusli Tombili", mate_aliases=["Pak Rusli"],
                 ballot=2, parties=["PDIP", "GERINDRA", "PKB"], slogans=["Sultra Maju Bersama"], hashtags=["#TasmanRusli2"],
                 accounts=[("facebook", page_id("tasmanrusli"))]),
            Cand("stg-3", "Ir. H. Mustari Bonde", aliases=["Pak Mustari"], mate="Dra. Halimah Sarita", mate_aliases=["Ibu Halimah"],
                 ballot=3, parties=["GOLKAR", "PKS", "PPP"], slogans=["Sultra Sejahtera"], hashtags=["#MustariHalimah3"], accounts=[]),
        ], P),
        Contest("kolaka-bupati", "bupati", KLK, [
            Cand("klk-1", "H. Ahmad Sulaiman Tosepu", aliases=["Pak Sulaiman", "Puang Leman", "KOMPAK"], mate="Jumriati", mate_aliases=["Bu Jum"],
                 ballot=1, parties=["GOLKAR", "PAN", "PDIP", "NASDEM"], slogans=["Kolaka KOMPAK"], hashtags=["#KOMPAK1", "#SulaimanJum"],
                 accounts=[("facebook", page_id("sulaimanjum")), ("tiktok", "kompak.kolaka1")]),
            Cand("klk-2", "Hasrul Tamalaki", aliases=["Pak Hasrul", "Bang Hasrul"], mate="Yusran Lambate", mate_aliases=["Pak Yusran"],
                 ballot=2, independent=True, slogans=["Kolaka Berdaulat"], hashtags=["#HasrulYusran2"], accounts=[]),
        ], P),
        Contest("sikka-bupati", "bupati", SKK, [
            Cand("skk-1", "Drs. Yoseph Moa Da Gomez", aliases=["Moan Yosef", "Pak Yosef", "TERANG"], mate="Yuliana Parera", mate_aliases=["Mama Yuli"],
                 ballot=1, parties=["PDIP", "GOLKAR", "HANURA"], slogans=["Sikka TERANG"], hashtags=["#TERANG1", "#YosefYuli"],
                 accounts=[("facebook", page_id("yosefyuli")), ("instagram", "terang.sikka1")]),
            Cand("skk-2", "Ir. Fransiskus Xaverius Ximenes", aliases=["Moan Frans", "Om Frans Ximenes"], mate="H. Abdullah Wahab", mate_aliases=["Pak Dullah"],
                 ballot=2, parties=["NASDEM", "DEMOKRAT", "PKB", "GERINDRA"], slogans=["Sikka Maju Bersatu"], hashtags=["#FransDullah2"],
                 accounts=[("facebook", page_id("fransdullah"))]),
            Cand("skk-3", "Marselinus Da Costa", aliases=["Moan Marsel", "Om Marsel"], mate="Kristina Wodon", mate_aliases=["Mama Kristin"],
                 ballot=3, independent=True, slogans=["Sikka Baru"], hashtags=["#MarselKristin3"], accounts=[]),
        ], P),
        Contest("palopo-walikota", "walikota", PLP, [
            Cand("plp-1", "Ir. H. Syamsul Bachri Pallo", aliases=["Pak Syamsul", "Puang Syamsul", "IDAMAN"], mate="Hj. Nur Asia", mate_aliases=["Bu Asia"],
                 ballot=1, parties=["GOLKAR", "PAN", "PKS"], slogans=["Palopo IDAMAN"], hashtags=["#IDAMAN1", "#SyamsulAsia"],
                 accounts=[("facebook", page_id("syamsulasia")), ("instagram", "idaman.palopo1")]),
            Cand("plp-2", "Dr. Hj. Rahmawati Kadir", aliases=["Bu Rahma", "Puang Rahma"], mate="Arifin Tandi", mate_aliases=["Pak Arifin"],
                 ballot=2, parties=["PDIP", "GERINDRA", "NASDEM", "DEMOKRAT"], slogans=["Palopo Hebat"], hashtags=["#RahmaArifin2"],
                 accounts=[("facebook", page_id("rahmaarifin"))]),
        ], P),
        Contest("klungkung-bupati", "bupati", KLU, [
            Cand("klu-1", "I Nyoman Gede Suardana", aliases=["Pak Nyoman Suardana", "Bli Nyoman", "BECIK"], mate="I Ketut Darma", mate_aliases=["Pak Ketut Darma"],
                 ballot=1, parties=["PDIP", "HANURA"], slogans=["Klungkung BECIK"], hashtags=["#BECIK1", "#NyomanKetut"],
                 accounts=[("facebook", page_id("nyomanketut")), ("instagram", "becik.klungkung1")]),
            Cand("klu-2", "Dr. I Wayan Sukerta", aliases=["Pak Wayan Sukerta", "Bli Wayan"], mate="Ni Luh Putu Ariani", mate_aliases=["Bu Ariani"],
                 ballot=2, parties=["GOLKAR", "GERINDRA", "DEMOKRAT", "NASDEM"], slogans=["Klungkung Jagadhita"], hashtags=["#WayanAriani2"],
                 accounts=[("facebook", page_id("wayanariani"))]),
        ], P),
        Contest("malukutenggara-bupati", "bupati", MTR, [
            Cand("mtr-1", "Drs. Yohanis Renyaan", aliases=["Bapa Yan", "Bung Yan", "BAKUBAE"], mate="H. Abdul Rahman Rahayaan", mate_aliases=["Bapa Dul"],
                 ballot=1, parties=["PDIP", "GOLKAR", "PKB"], slogans=["Malra BAKUBAE"], hashtags=["#BAKUBAE1", "#YanDul"],
                 accounts=[("facebook", page_id("yandul")), ("instagram", "bakubae.malra1")]),
            Cand("mtr-2", "Ir. Agustinus Ohoitimur", aliases=["Bapa Agus", "Bung Agus"], mate="Hj. Siti Nurlela Ubro", mate_aliases=["Mama Lela"],
                 ballot=2, parties=["NASDEM", "DEMOKRAT", "GERINDRA", "PAN"], slogans=["Nuhu Evav Maju"], hashtags=["#AgusLela2"],
                 accounts=[("facebook", page_id("aguslela"))]),
        ], P),
        Contest("jayawijaya-bupati", "bupati", JYW, [
            Cand("jyw-1", "Drs. Yulius Wetipo", aliases=["Bapa Yulius", "Nayak Yulius", "KITORANG"], mate="Ir. Ismail Asso", mate_aliases=["Bapa Ismail"],
                 ballot=1, parties=["GOLKAR", "PDIP", "PKB", "HANURA"], slogans=["KITORANG Jayawijaya"], hashtags=["#KITORANG1", "#YuliusIsmail"],
                 accounts=[("facebook", page_id("yuliusismail"))]),
            Cand("jyw-2", "Dr. Marthen Lokobal", aliases=["Bapa Marthen", "Dokter Marthen"], mate="Yance Mabel", mate_aliases=["Bapa Yance"],
                 ballot=2, parties=["DEMOKRAT", "NASDEM", "GERINDRA", "PAN"], slogans=["Baliem Sejahtera"], hashtags=["#MarthenYance2"],
                 accounts=[("facebook", page_id("marthenyance")), ("tiktok", "marthenyance2")]),
        ], P),
    ]
    p18 = Election("pilkada-2018-heldout11", "Pemilihan Serentak 2018 (heldout11)", date(2018, 6, 27), "pilkada", ct, PILKADA18_COMMENT,
                   stages=PILKADA18_STAGES, parties=PARTIES_2014, designation=P18)

    D = DCT19
    leg = [
        Contest("presiden", "presiden", "Indonesia", [
            Cand("p11-1", "Ir. H. Darmawan Hadikusumo", aliases=["Pak Darmawan", "Mas Darmawan", "PIJAR"], mate="Prof. Dr. KH. Ahmad Zubair Hamid",
                 mate_aliases=["Kiai Zubair"], ballot=1, parties=["PDIP", "GOLKAR", "PKB", "NASDEM", "PPP", "HANURA", "PSI", "PERINDO", "PKPI"],
                 slogans=["Indonesia PIJAR"], hashtags=["#PIJAR01", "#DarmawanZubair"],
                 accounts=[("facebook", page_id("pijar01")), ("x", "pijar_01"), ("instagram", "pijar.indonesia"), ("youtube", yt_channel("h11pijar01"))]),
            Cand("p11-2", "Letjen TNI (Purn.) Hendra Wiratama", aliases=["Pak Hendra", "Jenderal Hendra", "ANDAL"], mate="Dr. Ratna Purbasari",
                 mate_aliases=["Bu Ratna", "Mbak Ratna"], ballot=2, parties=["GERINDRA", "PKS", "PAN", "DEMOKRAT", "BERKARYA"],
                 slogans=["Indonesia ANDAL"], hashtags=["#ANDAL02", "#HendraRatna"],
                 accounts=[("facebook", page_id("andal02")), ("x", "andal_02"), ("instagram", "andal.indonesia"), ("tiktok", "andal02official")]),
        ], D),
        Contest("dpr-jatim-6", "dpr", "Dapil Jawa Timur VI (Kabupaten Blitar, Kota Blitar, Kabupaten Kediri, Kota Kediri, Kabupaten Tulungagung)", [
            Cand("dpr-jtm6-pkb-2", "Dr. H. Nur Fauzan Hakim", aliases=["Gus Fauzan", "Gus Nur Fauzan"], ballot=2, parties=["PKB"], hashtags=["#GusFauzan2"],
                 accounts=[("facebook", page_id("gusfauzan"))]),
        ], D),
        Contest("dpr-jatim-9", "dpr", "Dapil Jawa Timur IX (Kabupaten Bojonegoro, Kabupaten Tuban)", [
            Cand("dpr-jtm9-dem-1", "Drs. Hartono Sasmito", aliases=["Pak Hartono", "Mbah Har"], ballot=1, parties=["DEMOKRAT"], hashtags=["#MbahHar1"],
                 accounts=[("facebook", page_id("mbahhardpr"))]),
        ], D),
        Contest("dpr-sultra", "dpr", "Dapil Sulawesi Tenggara", [
            Cand("dpr-stg-pan-1", "Ir. La Ode Rusdin", aliases=["Bang Rusdin", "La Ode Rusdin"], ballot=1, parties=["PAN"], hashtags=["#LaOdeRusdin1"],
                 accounts=[("facebook", page_id("laoderusdin")), ("x", "laoderusdin_1")]),
        ], D),
        Contest("dpd-jatim", "dpd", JATIM, [
            Cand("dpd-jtm-27", "KH. Abdul Basith Mansur", aliases=["Kiai Basith", "Abah Basith"], ballot=27, hashtags=["#KiaiBasith27"],
                 accounts=[("youtube", yt_channel("h11kiaibasith"))]),
        ], D),
        Contest("dpd-sultra", "dpd", SULTRA, [
            Cand("dpd-stg-23", "Wa Ode Nurjannah", aliases=["Bunda Nurjannah", "Wa Ode Nur"], ballot=23, hashtags=["#WaOdeNur23"],
                 accounts=[("instagram", "waodenur23")]),
        ], D),
        Contest("dpd-maluku", "dpd", MALUKU, [
            Cand("dpd-mlk-19", "Dra. Theresia Renwarin", aliases=["Mama Ece", "Ibu Theresia"], ballot=19, hashtags=["#MamaEce19"],
                 accounts=[("facebook", page_id("mamaece"))]),
        ], D),
        Contest("dprd-jatim-bjn", "dprd_provinsi", JATIM + " - Dapil Jatim (Bojonegoro, Tuban, Lamongan)", [
            Cand("dprd-jtm-nas-3", "H. Sholikhul Hadi", aliases=["Cak Sholikh", "Pak Sholikh"], ballot=3, parties=["NASDEM"], hashtags=["#CakSholikh3"],
                 accounts=[]),
        ], D),
        Contest("dprd-kediri-2", "dprd_kabkota", KDR + " - Dapil Kota Kediri 2", [
            Cand("dprd-kdr2-pdip-1", "Dwi Kurniawan", aliases=["Mas Dwi", "Mas Kurniawan"], ballot=1, parties=["PDIP"], hashtags=["#MasDwi1"],
                 accounts=[("facebook", page_id("masdwi"))]),
        ], D),
        Contest("dprd-bojonegoro-3", "dprd_kabkota", BJN + " - Dapil Bojonegoro 3", [
            Cand("dprd-bjn3-pkb-2", "Hj. Umi Salamah", aliases=["Bu Umi", "Bu Nyai Umi"], ballot=2, parties=["PKB"], hashtags=["#BuUmi2"], accounts=[]),
        ], D),
        Contest("dprd-kuburaya-1", "dprd_kabkota", KKR + " - Dapil Kubu Raya 1", [
            Cand("dprd-kkr1-ger-4", "Uray Muhammad Noor", aliases=["Uray Noor", "Bang Uray"], ballot=4, parties=["GERINDRA"], hashtags=["#UrayNoor4"],
                 accounts=[("facebook", page_id("uraynoor"))]),
        ], D),
        Contest("dprd-kolaka-1", "dprd_kabkota", KLK + " - Dapil Kolaka 1", [
            Cand("dprd-klk1-gol-2", "Andi Muh. Nasir", aliases=["Pak Nasir", "Puang Nasir"], ballot=2, parties=["GOLKAR"], hashtags=["#PuangNasir2"], accounts=[]),
        ], D),
        Contest("dprd-sikka-1", "dprd_kabkota", SKK + " - Dapil Sikka 1", [
            Cand("dprd-skk1-nas-1", "Paulus Nong Lawe", aliases=["Nong Paul", "Om Paul Lawe"], ballot=1, parties=["NASDEM"], hashtags=["#NongPaul1"],
                 accounts=[("facebook", page_id("nongpaul"))]),
        ], D),
        Contest("dprd-palopo-2", "dprd_kabkota", PLP + " - Dapil Palopo 2", [
            Cand("dprd-plp2-ger-3", "Muh. Ikhsan Tandiarru", aliases=["Pak Ikhsan", "Kak Ikhsan"], ballot=3, parties=["GERINDRA"], hashtags=["#KakIkhsan3"],
                 accounts=[("facebook", page_id("kakikhsan"))]),
        ], D),
        Contest("dprd-klungkung-3", "dprd_kabkota", KLU + " - Dapil Klungkung 3", [
            Cand("dprd-klu3-pdip-1", "I Ketut Suartika", aliases=["Bli Tut Suartika", "Pak Suartika"], ballot=1, parties=["PDIP"], hashtags=["#TutSuartika1"],
                 accounts=[("instagram", "tutsuartika1")]),
        ], D),
        Contest("dprd-malra-1", "dprd_kabkota", MTR + " - Dapil Maluku Tenggara 1", [
            Cand("dprd-mtr1-pdip-2", "Yosef Ngabalin", aliases=["Bung Ocep", "Bapa Ocep"], ballot=2, parties=["PDIP"], hashtags=["#BungOcep2"],
                 accounts=[("facebook", page_id("bungocep"))]),
        ], D),
        Contest("dprd-jayawijaya-1", "dprd_kabkota", JYW + " - Dapil Jayawijaya 1", [
            Cand("dprd-jyw1-gol-1", "Natan Itlay", aliases=["Bapa Natan", "Nayak Natan"], ballot=1, parties=["GOLKAR"], hashtags=["#BapaNatan1"], accounts=[]),
        ], D),
    ]
    p19 = Election("pemilu-2019-heldout11", "Pemilihan Umum 2019 (heldout11)", date(2019, 4, 17), "pemilu", leg, PEMILU19_COMMENT,
                   stages=PEMILU19_STAGES, parties=PARTIES_2019, dct=D, pres=D,
                   designated_note="pairs designated 20 Sep 2018 with the DCT; numbers drawn 21 Sep")
    return p18, p19


# ---------------------------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------------------------
PLAIN = ("neg_citizen", "neg_personal", "neg_candidate_own", "neg_official_neutral")
DYNAMICS = ("neg_objection", "neg_deflect", "neg_left_group", "neg_withdrawn", "neg_ack", "neg_untag")


def _check_eras(ctx):
    """Nobody appointed from 2020 (PPPK included) carries a positive label in 2017-2019; nobody acts before appointment."""
    by_nip = {a["nip"]: a for a in ctx.asn.values()}
    for t in ctx.truth:
        a = by_nip.get(t["actor"])
        if a is None or t["when"] is None:
            continue
        year, month = int(t["when"][:4]), int(t["when"][5:7])
        tmt = (int(a["nip"][8:12]), int(a["nip"][12:14]))
        if (year, month) < tmt:
            assert a["era"] == "n" and t["status"] == "none" and t["case"] == "neg_not_yet_asn", (t["id"], a["nama"], tmt)
        elif a["era"] == "n":
            raise AssertionError((t["id"], "an era-n person acts after appointment", a["nama"]))


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
    p18, p19 = candidates()
    ctx.add_election("election-pilkada-2018-heldout11.yaml", p18)
    ctx.add_election("election-pemilu-2019-heldout11.yaml", p19)
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
            return "Pilkada 2018"
        return "Pemilu 2019 (presiden)" if cd.contest.office == "presiden" else "Pemilu 2019 (legislative and DPD)"

    el = Counter(which(t) for t in vio)
    office = Counter(ctx.cands[t["candidate"]].contest.office for t in vio if ctx.cands[t["candidate"]].kind == "pemilu")
    neg = [t for t in ctx.truth if t["status"] == "none"]
    hard = sum(1 for t in neg if t["case"] not in PLAIN + DYNAMICS)
    dyn = sum(1 for t in neg if t["case"] in DYNAMICS)
    pos = sum(1 for t in ctx.truth if t["status"] != "none")
    assert hard >= len(vio) and hard + dyn >= pos, (hard, dyn, len(vio), pos)
    both = sum(1 for t in vio if any(c.startswith("SKB-E") for c in t["codes_any"]) and any(c.startswith("SKB-D") for c in t["codes_any"])
               and ctx.cands[t["candidate"]].kind == "pilkada" and "UU7-283" in t["codes_any"])
    regions = "\n".join(f"- {r} ({c})" for r, c in CODES.items())
    DESCRIPTION = (DESCRIPTION_BASE + "\n\nRegions (Kemendagri codes, `shared/data/datasets/wilayah`):\n\n" + regions
                   + "\n\n## Labels by language\n\n"
                   + table(rows, ["language", "labels", "violation", "alert", "review", "none"])
                   + "\n\nLanguage tags are kept inside `_heldout11*.py` (they are not in `truth.jsonl`); activities without text of their own "
                     "count as `no text`.\n\nChat exports: " + str(sum(chats.values())) + " labels on WhatsApp and Telegram lines ("
                   + ", ".join(f"{k} {chats[k]}" for k in ("violation", "alert", "review", "none")) + "). Violations by election: "
                   + ", ".join(f"{k} {el[k]}" for k in ("Pilkada 2018", "Pemilu 2019 (presiden)", "Pemilu 2019 (legislative and DPD)"))
                   + " (Pemilu by office: " + ", ".join(f"{k} {office[k]}" for k in ("presiden", "dpr", "dprd_provinsi", "dprd_kabkota", "dpd")) + "); "
                   + f"{both} Pilkada violations of mid-2018 also back a presidential bakal calon (E codes added). "
                   + "Confusable negatives (traps: every case but the plain `neg_citizen`, `neg_personal`, `neg_candidate_own` and "
                   + "`neg_official_neutral` and the chat dynamics `neg_objection`, `neg_deflect`, `neg_left_group`, `neg_withdrawn`, `neg_ack` and "
                   + f"`neg_untag`): {hard} of {len(neg)} negatives, against {len(vio)} violations; with the chat dynamics ({dyn}) {hard + dyn}, "
                   + f"against {pos} positive labels (violation, alert and review).")
