"""heldout3 workspace: Riau (Kota Pekanbaru; WIB), Lampung (Kota Bandar Lampung; WIB), Jawa Timur (Kabupaten Jember;
WIB), Kalimantan Barat (Kota Pontianak; WIB), Sulawesi Selatan (Kota Makassar, Kabupaten Bone; WITA), Nusa Tenggara
Barat (Kota Mataram, Kabupaten Lombok Timur; WITA) and Maluku (Kota Ambon; WIT).

Every civil servant, Pilkada and legislative candidate, account, post, phone number and id is fictional. Regions
(Kemendagri 14, 14.71, 18, 18.71, 35, 35.09, 61, 61.71, 73, 73.71, 73.08, 52, 52.71, 52.03, 81, 81.71), parties and
calendars are real. The Pemilu configuration has legislative contests only (DPR, DPD, DPRD provinsi and kabupaten/
kota): no presidential pair appears anywhere in this workspace.

All sentences were written for this workspace from shared/reference/rules.md and contract.md only; none is taken
from dev/, heldout/ or heldout2/. The emphasis is on the kinds that are hard for a screening tool: negations and
reminders inside groups, election-body notices relayed by civil servants or government accounts, even mentions of
all pairs, instructions to staff followed by objections and by the instruction being repeated or withdrawn, bakal
calon support (declarations, registration escorts, supporters' groups, nomination forms, KTP for independents),
passive exposure (tagged, added) followed by engagement, leaving or silence, regional languages and obfuscation,
negative campaigning, photos and gestures described only in captions, alt text or image text, namesakes and
profiles that contradict the registry, and insinuations."""
from __future__ import annotations

from collections import Counter
from datetime import date

import _corpus as K
from _corpus import (WIB, WIT, WITA, Canon, Cand, Contest, Ct, Election, Fb, Ig, Tg, Tt, X, Yt, at, fb_person, img,
                     png_shot, tg_account_export, tg_contact, tg_phone, tgt, tt_comments, wa_file, wa_phone, yt_channel,
                     PILKADA_DESIGNATION, DCT_DESIGNATION)


def wib(y, mo, d, h=9, mi=0, s=0):
    return at(WIB, y, mo, d, h, mi, s)


def wita(y, mo, d, h=9, mi=0, s=0):
    return at(WITA, y, mo, d, h, mi, s)


def wit(y, mo, d, h=9, mi=0, s=0):
    return at(WIT, y, mo, d, h, mi, s)


# ---- language tags (kept out of truth.jsonl; counted for the README) ---------------------------------------------
LANGS = {"id": "Indonesian (informal: slang, abbreviations, emoji, keycaps, leetspeak)",
         "rm": "Riau Malay (Pekanbaru)", "lpg": "Lampung (Api dialect, with Indonesian)", "su": "Sundanese (Lampung migrants)",
         "jv": "Javanese (Jember, East Javanese / Pendalungan)", "mad": "Madurese (Jember)", "bjn": "Banjar (Indragiri Hilir migrants in Pekanbaru)",
         "ptk": "Pontianak Malay", "mak": "Makassar Malay / Makassarese", "bug": "Bugis (Bone)", "sas": "Sasak (Lombok)",
         "amb": "Ambonese Malay", "en": "English or mixed English",
         "sys": "none (no text: reaction, follow, join, service or system line, media placeholder)"}


def _lg(d, lg):
    if lg:
        assert lg in LANGS, lg
        d["lg"] = lg
    return d


def V(actor, kind, cand, case, action=None, note="", lg=None, **kw):
    return _lg(K.V(actor, kind, cand, case, action=action, note=note, **kw), lg)


def A(actor, case="tagged", note="", lg=None, **kw):
    return _lg(K.A(actor, case, note, **kw), lg)


def R(case, note, actor=None, cand=None, lg=None, **kw):
    return _lg(K.R(case, note, actor=actor, cand=cand, **kw), lg)


def N(case="neg_citizen", note="", lg=None, **kw):
    return _lg(K.N(case, note, **kw), lg)


# generous action lists for messages inside chats and for team work
MSG_ANY = ["post", "comment", "share"]
CMT_ANY = ["comment", "post"]
TEAM_ANY = ["instruct_others", "comment", "post", "other", "follow_or_join"]
ATT_CMT = ["comment", "attend_campaign", "post"]

RIAU = "Pemerintah Provinsi Riau"
PKU = "Pemerintah Kota Pekanbaru"
LPG = "Pemerintah Provinsi Lampung"
BDL = "Pemerintah Kota Bandar Lampung"
JTM = "Pemerintah Provinsi Jawa Timur"
JBR = "Pemerintah Kabupaten Jember"
KEMENAG_JBR = "Kantor Kementerian Agama Kabupaten Jember"
SULSEL = "Pemerintah Provinsi Sulawesi Selatan"
MKS = "Pemerintah Kota Makassar"
BONE = "Pemerintah Kabupaten Bone"
KALBAR = "Pemerintah Provinsi Kalimantan Barat"
PTK = "Pemerintah Kota Pontianak"
NTB = "Pemerintah Provinsi Nusa Tenggara Barat"
MTR = "Pemerintah Kota Mataram"
LOTIM = "Pemerintah Kabupaten Lombok Timur"
MALUKU = "Pemerintah Provinsi Maluku"
AMB = "Pemerintah Kota Ambon"

_REG = {"R": 1, "L": 2, "J": 3, "M": 4, "B": 5, "P": 6, "N": 7, "A": 8, "Z": 9}
_PRE = {"R": "75", "L": "79", "J": "34", "M": "42", "B": "55", "P": "56", "N": "37", "A": "47", "Z": "99"}


def fbid(k):
    return f"1000897{_REG[k[0]]}0000{int(k[1:]):03d}"


def ph(k):
    return f"+62812{_PRE[k[0]]}10{_REG[k[0]]}{int(k[1:]):03d}"


YT = {k: yt_channel("ho3" + k) for k in ("M09", "M10", "M11", "M12", "J03", "J05", "J10", "A04", "A09", "A11",
                                          "kpumks", "kominfojbr", "haqi", "frans", *[f"c{i}" for i in range(1, 16)])}


def acc(k, *platforms, **handles):
    """accounts: 'facebook' / 'whatsapp' / 'telegram' from the key's pattern, others by handle."""
    d = {}
    for p in platforms:
        d[p] = fbid(k) if p == "facebook" else ph(k)
    d.update(handles)
    return d


PEOPLE = [
    # key, birth, tmt, sex, seq, nama, jabatan, instansi, unit, wilayah, status, accounts[, display name]
    # ---- Kota Pekanbaru (WIB) ----
    ("R01", "19700823", "199703", 1, 3, "Drs. H. Azwir Tamin, M.Si.", "Camat Marpoyan Damai", PKU, "Kecamatan Marpoyan Damai", "Kota Pekanbaru", "PNS", acc("R01", "facebook", "whatsapp")),
    ("R02", "19860211", "201012", 2, 19, "Yulinda Fitri, S.E.", "Kepala Seksi Pemerintahan", PKU, "Kecamatan Marpoyan Damai", "Kota Pekanbaru", "PNS", acc("R02", "whatsapp", instagram="yulinda.fitri")),
    ("R03", "19970305", "202210", 1, 41, "Dony Saputra, S.Kom.", "Pranata Komputer Ahli Pertama", PKU, "Kecamatan Marpoyan Damai", "Kota Pekanbaru", "PPPK", acc("R03", "whatsapp", x="dony_sptr")),
    ("R04", "19880716", "201403", 2, 27, "Suryani, A.Md.", "Pengadministrasi Perkantoran", PKU, "Kelurahan Tangkerang Tengah, Kecamatan Marpoyan Damai", "Kota Pekanbaru", "PNS", acc("R04", "facebook", "whatsapp")),
    ("R05", "19790130", "200503", 1, 13, "Hendrik Sitompul, S.Sos.", "Kepala Bidang Informasi dan Komunikasi Publik", PKU, "Dinas Komunikasi, Informatika, Statistik dan Persandian", "Kota Pekanbaru", "PNS", acc("R05", "whatsapp", "telegram")),
    ("R06", "19950918", "202109", 2, 46, "Rahma Diana Putri, S.I.Kom.", "Pranata Hubungan Masyarakat Ahli Pertama", PKU, "Dinas Komunikasi, Informatika, Statistik dan Persandian", "Kota Pekanbaru", "PPPK", acc("R06", "telegram", instagram="rahmadiana.humas", x="rahmadiana_")),
    ("R07", "19840402", "200912", 1, 22, "M. Arief Budiman, S.T.", "Kepala Seksi Jalan dan Jembatan", PKU, "Dinas Pekerjaan Umum dan Penataan Ruang", "Kota Pekanbaru", "PNS", acc("R07", "facebook", "whatsapp", x="arief_pupr")),
    ("R08", "19900609", "201503", 2, 33, "Desi Ratnasari, S.Pd.", "Guru Ahli Muda", RIAU, "SMA Negeri 8 Pekanbaru", "Kota Pekanbaru", "PNS", acc("R08", "facebook", tiktok="desi.guru.pku")),
    ("R09", "19870125", "201101", 1, 24, "Tengku Fadil Akbar, S.H.", "Analis Hukum Ahli Muda", RIAU, "Biro Hukum Sekretariat Daerah", "Kota Pekanbaru", "PNS", acc("R09", "facebook", x="tfadil_akbar")),
    ("R10", "19890314", "201412", 2, 30, "dr. Intan Permatasari", "Dokter Ahli Muda", PKU, "UPT Puskesmas Sidomulyo", "Kota Pekanbaru", "PNS", acc("R10", "facebook", instagram="dr.intanpermata")),
    ("R11", "19821111", "200801", 1, 17, "Joko Susilo, S.Sos.", "Polisi Pamong Praja Ahli Muda", PKU, "Satuan Polisi Pamong Praja", "Kota Pekanbaru", "PNS", acc("R11", "facebook", tiktok="joko.satpolpp.pku")),
    ("R12", "19960507", "202212", 2, 52, "Ns. Widya Astuti, S.Kep.", "Perawat Ahli Pertama", RIAU, "RSUD Arifin Achmad", "Kota Pekanbaru", "PPPK", acc("R12", tiktok="widya.ns", instagram="widya.ns")),
    ("R13", "19781020", "200403", 1, 10, "Ir. Syahrul Gunawan, M.T.", "Kepala Bidang Penataan Ruang", RIAU, "Dinas Pekerjaan Umum dan Penataan Ruang", "Kota Pekanbaru", "PNS", acc("R13", x="syahrul_tr")),
    ("R14", "19930721", "201903", 1, 40, "Aulia Rahman, S.Kom.", "Pranata Komputer Ahli Pertama", PKU, "Dinas Komunikasi, Informatika, Statistik dan Persandian", "Kota Pekanbaru", "PNS", acc("R14", "telegram", x="aulia_rhmn")),
    ("R15", "19850404", "201001", 2, 21, "Marlina Simbolon, S.E.", "Bendahara", PKU, "Kecamatan Marpoyan Damai", "Kota Pekanbaru", "PNS", acc("R15", "facebook", "whatsapp")),
    ("R16", "19830812", "200901", 1, 19, "Hasan Basri, S.Pd.I.", "Guru Ahli Muda", PKU, "SD Negeri 105 Pekanbaru", "Kota Pekanbaru", "PNS", acc("R16", "facebook")),
    ("R17", "19761201", "200212", 1, 8, "Ir. Herwan Syafri, M.T.", "Kepala Bidang Bina Marga", PKU, "Dinas Pekerjaan Umum dan Penataan Ruang", "Kota Pekanbaru", "PNS", acc("R17", "whatsapp")),
    ("R18", "19910228", "201712", 1, 37, "Teddy Kurniawan, S.T.", "Teknik Jalan dan Jembatan Ahli Pertama", PKU, "Dinas Pekerjaan Umum dan Penataan Ruang", "Kota Pekanbaru", "PNS", acc("R18", "whatsapp")),
    # ---- Kota Bandar Lampung (WIB) ----
    ("L01", "19710405", "199803", 1, 4, "Drs. Burhanuddin Aliyas, M.M.", "Camat Kedaton", BDL, "Kecamatan Kedaton", "Kota Bandar Lampung", "PNS", acc("L01", "facebook", "whatsapp")),
    ("L02", "19840917", "200912", 2, 20, "Rosita Dewi, S.E.", "Kepala Seksi Kesejahteraan Sosial", BDL, "Kecamatan Kedaton", "Kota Bandar Lampung", "PNS", acc("L02", "facebook", "whatsapp")),
    ("L03", "19960112", "202109", 1, 44, "Agung Prasetya, S.Kom.", "Pranata Komputer Ahli Pertama", BDL, "Kecamatan Kedaton", "Kota Bandar Lampung", "PPPK", acc("L03", "facebook", "whatsapp", x="agungprasetya_")),
    ("L04", "19810623", "200604", 2, 15, "Ratu Anggraini, S.Sos.", "Lurah Sidodadi", BDL, "Kelurahan Sidodadi, Kecamatan Kedaton", "Kota Bandar Lampung", "PNS", acc("L04", "facebook", "whatsapp", instagram="ratuanggraini")),
    ("L05", "19850808", "201101", 1, 26, "dr. Yudha Pratama", "Kepala UPT Puskesmas", BDL, "UPT Puskesmas Kedaton", "Kota Bandar Lampung", "PNS", acc("L05", "facebook", "whatsapp")),
    ("L06", "19920330", "201712", 2, 39, "Siti Khodijah, A.Md.Keb.", "Bidan Terampil", BDL, "UPT Puskesmas Kedaton", "Kota Bandar Lampung", "PNS", acc("L06", "facebook")),
    ("L07", "19940704", "201909", 1, 45, "Ikhwan Ramadhan, S.I.Kom.", "Pranata Hubungan Masyarakat Ahli Pertama", BDL, "Dinas Kesehatan", "Kota Bandar Lampung", "PNS", acc("L07", x="ikhwan_dinkes", instagram="ikhwan.dinkes")),
    ("L08", "19870210", "201212", 2, 25, "Dewi Kusumawati, S.Pd.", "Guru Ahli Muda", LPG, "SMA Negeri 2 Bandar Lampung", "Kota Bandar Lampung", "PNS", acc("L08", "telegram", instagram="dewikusuma.guru")),
    ("L09", "19800115", "200604", 1, 14, "Ujang Supriatna, S.P.", "Penyuluh Pertanian Ahli Muda", BDL, "Dinas Pertanian", "Kota Bandar Lampung", "PNS", acc("L09", "whatsapp")),
    ("L10", "19950522", "202210", 1, 50, "Dadang Kurniadi, S.Pd.", "Guru Ahli Pertama", BDL, "SD Negeri 1 Rajabasa", "Kota Bandar Lampung", "PPPK", acc("L10", "whatsapp")),
    ("L11", "19860305", "201101", 1, 23, "Herman Syahputra, S.H.", "Analis Kebijakan Ahli Muda", LPG, "Biro Pemerintahan dan Otonomi Daerah", "Kota Bandar Lampung", "PNS", acc("L11", x="hermansyahputra")),
    ("L12", "19930617", "201903", 2, 43, "Fitriyani, S.Kep., Ns.", "Perawat Ahli Pertama", LPG, "RSUD Dr. H. Abdul Moeloek", "Kota Bandar Lampung", "PNS", acc("L12", instagram="fitri.ns.rsam")),
    ("L13", "19790709", "200501", 1, 12, "Ismail Gelar Batin Kesuma, S.Sos.", "Kepala Seksi Ketenteraman dan Ketertiban", BDL, "Kecamatan Kedaton", "Kota Bandar Lampung", "PNS", acc("L13", "facebook", "whatsapp"), "Ismail Batin Kesuma"),
    ("L14", "19880926", "201403", 1, 31, "I Wayan Sudiarta, S.Pd.", "Guru Ahli Muda", LPG, "SMA Negeri 2 Bandar Lampung", "Kota Bandar Lampung", "PNS", acc("L14", "telegram"), "Wayan Sudiarta"),
    # ---- Kabupaten Jember (WIB) ----
    ("J01", "19720918", "199903", 1, 6, "Drs. Eko Prasetyo, M.Si.", "Camat Sumbersari", JBR, "Kecamatan Sumbersari", "Kabupaten Jember", "PNS", acc("J01", "facebook")),
    ("J02", "19910411", "201503", 2, 36, "Lilik Indrawati, A.Md.Kep.", "Perawat Terampil", JBR, "UPT Puskesmas Sumbersari", "Kabupaten Jember", "PNS", acc("J02", instagram="lilik.indrawati.ns")),
    ("J03", "19850227", "201001", 1, 24, "Moh. Rofiqi, S.Pd.", "Guru Ahli Muda", JBR, "SMP Negeri 3 Jember", "Kabupaten Jember", "PNS", acc("J03", "facebook", youtube=YT["J03"])),
    ("J04", "19760514", "200212", 2, 9, "Siti Aminah, S.Pd.", "Kepala Sekolah", JBR, "SD Negeri Kranjingan 01", "Kabupaten Jember", "PNS", acc("J04", "whatsapp")),
    ("J05", "19810301", "200801", 1, 16, "Ahmad Syaifullah, S.Ag.", "Penyuluh Agama Islam Ahli Muda", KEMENAG_JBR, "KUA Kecamatan Kaliwates", "Kabupaten Jember", "PNS", acc("J05", "facebook", youtube=YT["J05"], tiktok="syaiful.kua")),
    ("J06", "19830719", "200904", 2, 18, "Yuni Astutik, S.E.", "Kepala Subbagian Umum dan Kepegawaian", JBR, "Kecamatan Sumbersari", "Kabupaten Jember", "PNS", acc("J06", "facebook")),
    ("J07", "19970809", "202212", 1, 53, "Rizky Firmansyah, S.Kom.", "Pranata Komputer Ahli Pertama", JBR, "Dinas Komunikasi dan Informatika", "Kabupaten Jember", "PPPK", acc("J07", "whatsapp", tiktok="rizky.kominfo.jbr", x="rizky_kominfo")),
    ("J08", "19750616", "200003", 2, 7, "Hj. Nur Laila, S.Pd., M.Pd.", "Kepala Sekolah", JTM, "SMA Negeri 2 Jember", "Kabupaten Jember", "PNS", acc("J08", "facebook", "whatsapp")),
    ("J09", "19890103", "201403", 1, 29, "Fathor Rahman, S.Sos.", "Polisi Pamong Praja Ahli Pertama", JBR, "Satuan Polisi Pamong Praja", "Kabupaten Jember", "PNS", acc("J09", "facebook", tiktok="fathor.satpol")),
    ("J10", "19960227", "202210", 2, 48, "Dian Puspitasari, S.Pd.", "Guru Ahli Pertama", JBR, "SD Negeri Kranjingan 01", "Kabupaten Jember", "PPPK", acc("J10", "whatsapp", tiktok="dian.guru.jbr", youtube=YT["J10"])),
    ("J11", "19800505", "200604", 1, 13, "Suparno, S.P.", "Penyuluh Pertanian Ahli Muda", JBR, "BPP Ambulu, Dinas Tanaman Pangan, Hortikultura dan Perkebunan", "Kabupaten Jember", "PNS", acc("J11", "facebook")),
    # ---- Kota Makassar (WITA) ----
    ("M01", "19730228", "199903", 1, 5, "Drs. Muh. Syahrir Tahir, M.Si.", "Camat Panakkukang", MKS, "Kecamatan Panakkukang", "Kota Makassar", "PNS", acc("M01", "facebook", "whatsapp", instagram="syahrir.tahir"), "Syahrir Tahir"),
    ("M02", "19870612", "201101", 2, 21, "Andi Sitti Marwah, S.E.", "Kepala Seksi Pemberdayaan Masyarakat", MKS, "Kecamatan Panakkukang", "Kota Makassar", "PNS", acc("M02", "facebook", instagram="andisitti.marwah")),
    ("M03", "19960904", "202109", 1, 47, "Muh. Ashari, S.Kom.", "Pranata Komputer Ahli Pertama", MKS, "Kecamatan Panakkukang", "Kota Makassar", "PPPK", acc("M03", "facebook", x="ashari_mks", instagram="ashari.mks")),
    ("M04", "19800110", "200604", 2, 14, "Rahmawati, S.Sos.", "Lurah Pandang", MKS, "Kelurahan Pandang, Kecamatan Panakkukang", "Kota Makassar", "PNS", acc("M04", "facebook", "whatsapp")),
    ("M05", "19860730", "201012", 1, 25, "Ahmad Fauzi Rahim, S.Pd.", "Guru Ahli Muda", SULSEL, "SMA Negeri 5 Makassar", "Kota Makassar", "PNS", acc("M05", "facebook", "whatsapp", x="fauzi_guru", instagram="fauzi.guru.mks")),
    ("M06", "19880921", "201403", 2, 28, "dr. Andi Tenri Ajeng", "Dokter Ahli Muda", MKS, "UPT Puskesmas Pampang", "Kota Makassar", "PNS", acc("M06", "facebook", instagram="dr.andtenri")),
    ("M07", "19840606", "200912", 1, 23, "Syamsuddin, S.H.", "Polisi Pamong Praja Ahli Muda", MKS, "Satuan Polisi Pamong Praja", "Kota Makassar", "PNS", acc("M07", "facebook", tiktok="syamsuddin.satpol")),
    ("M08", "19940113", "202210", 2, 51, "Irmawati Hamzah, S.Pd.", "Guru Ahli Pertama", MKS, "SD Inpres Tamamaung", "Kota Makassar", "PPPK", acc("M08", "facebook", tiktok="irmawati.guru", instagram="irmawati.guru")),
    ("M09", "19790808", "200501", 1, 11, "Muh. Ridwan Saleh, S.T.", "Kepala Bidang Bina Marga", MKS, "Dinas Pekerjaan Umum", "Kota Makassar", "PNS", acc("M09", x="ridwansaleh_bm", youtube=YT["M09"]), "Ridwan Saleh"),
    ("M10", "19920525", "201712", 2, 42, "Nur Hikmah, S.I.Kom.", "Pranata Hubungan Masyarakat Ahli Pertama", MKS, "Dinas Komunikasi dan Informatika", "Kota Makassar", "PNS", acc("M10", instagram="nurhikmah.humas", youtube=YT["M10"])),
    ("M11", "19850314", "201001", 1, 27, "Ishak Lamba, S.E.", "Analis Keuangan Pusat dan Daerah Ahli Muda", SULSEL, "Badan Pengelolaan Keuangan dan Aset Daerah", "Kota Makassar", "PNS", acc("M11", "facebook", "whatsapp", x="ishaklamba", youtube=YT["M11"])),
    ("M12", "19820402", "200803", 1, 20, "Rusli Kadir, S.Sos.", "Kepala Seksi Ketenteraman dan Ketertiban", MKS, "Kecamatan Panakkukang", "Kota Makassar", "PNS", acc("M12", "whatsapp", instagram="rusli.kadir", youtube=YT["M12"], x="ruslikadir_")),
    ("M13", "19900625", "201503", 1, 38, "Andi Fardiansyah, S.IP.", "Analis Kebijakan Ahli Pertama", MKS, "Badan Perencanaan Pembangunan Daerah", "Kota Makassar", "PNS", acc("M13", x="andifardi_")),
    # ---- Kabupaten Bone (WITA) ----
    ("B01", "19740912", "200003", 1, 9, "Drs. H. Abdul Rasyid Lapawa, M.Si.", "Camat Tanete Riattang", BONE, "Kecamatan Tanete Riattang", "Kabupaten Bone", "PNS", acc("B01", "facebook"), "Abdul Rasyid Lapawa"),
    ("B02", "19860126", "201012", 2, 22, "Andi Nurlina, S.Sos.", "Kepala Seksi Pemerintahan", BONE, "Kecamatan Tanete Riattang", "Kabupaten Bone", "PNS", acc("B02", "facebook", "whatsapp")),
    ("B03", "19950818", "202109", 1, 49, "Kaharuddin, S.Kom.", "Pranata Komputer Ahli Pertama", BONE, "Kecamatan Tanete Riattang", "Kabupaten Bone", "PPPK", acc("B03", "facebook")),
    ("B04", "19780407", "200403", 2, 12, "Hj. St. Hasnah, S.Pd.", "Guru Ahli Madya", BONE, "SD Negeri 5 Watampone", "Kabupaten Bone", "PNS", acc("B04", "facebook", "whatsapp"), "St. Hasnah"),
    ("B05", "19890611", "201403", 1, 32, "Sudirman Sakka, S.Pd.", "Guru Ahli Muda", SULSEL, "SMA Negeri 1 Watampone", "Kabupaten Bone", "PNS", acc("B05", "facebook", "whatsapp", tiktok="sudirman.guru")),
    ("B06", "19910920", "201712", 2, 41, "Hasmawati, A.Md.Keb.", "Bidan Terampil", BONE, "UPT Puskesmas Watampone", "Kabupaten Bone", "PNS", acc("B06", "facebook", "whatsapp")),
    # ---- Kota Pontianak (WIB) ----
    ("P01", "19730530", "199903", 1, 7, "Drs. Uray Firdaus, M.Si.", "Camat Pontianak Selatan", PTK, "Kecamatan Pontianak Selatan", "Kota Pontianak", "PNS", acc("P01", "telegram")),
    ("P02", "19850129", "201001", 2, 19, "Yanti Herlina, S.E.", "Kepala Seksi Pelayanan Umum", PTK, "Kecamatan Pontianak Selatan", "Kota Pontianak", "PNS", acc("P02", "telegram")),
    ("P03", "19960615", "202210", 1, 54, "Suhendra Lim, S.Kom.", "Pranata Komputer Ahli Pertama", PTK, "Kecamatan Pontianak Selatan", "Kota Pontianak", "PPPK", acc("P03", "telegram")),
    ("P04", "19880803", "201212", 2, 30, "Syarifah Aini, S.Sos.", "Kepala Seksi Kesejahteraan Sosial", PTK, "Kecamatan Pontianak Selatan", "Kota Pontianak", "PNS", acc("P04", "telegram", instagram="syarifah.aini")),
    ("P05", "19900412", "201503", 1, 35, "Gusti Ramadhan, S.T.", "Teknik Jalan dan Jembatan Ahli Pertama", PTK, "Dinas Pekerjaan Umum dan Penataan Ruang", "Kota Pontianak", "PNS", acc("P05", "whatsapp", x="gusti_pupr")),
    ("P06", "19770211", "200312", 1, 11, "Riduan, S.Sos.", "Lurah Benua Melayu Darat", PTK, "Kelurahan Benua Melayu Darat, Kecamatan Pontianak Selatan", "Kota Pontianak", "PNS", acc("P06", "telegram", "facebook")),
    ("P07", "19940319", "202109", 2, 47, "Marselina Ugang, S.Kep.", "Perawat Ahli Pertama", PTK, "RSUD Sultan Syarif Mohamad Alkadrie", "Kota Pontianak", "PNS", acc("P07", "facebook", instagram="marselina.ns")),
    ("P08", "19870921", "201212", 1, 26, "Abang Hermansyah, S.H.", "Analis Hukum Ahli Pertama", PTK, "Dinas Komunikasi dan Informatika", "Kota Pontianak", "PNS", acc("P08", x="abanghermansyah")),
    ("P09", "19830506", "200901", 2, 17, "Veronika Siska, S.Pd.", "Guru Ahli Madya", KALBAR, "SMA Negeri 1 Pontianak", "Kota Pontianak", "PNS", acc("P09", "whatsapp")),
    # ---- Kota Mataram, Kabupaten Lombok Timur (WITA) ----
    ("N01", "19780221", "200403", 1, 12, "Lalu Muhammad Fauzan, S.Sos.", "Lurah Cakranegara Barat", MTR, "Kelurahan Cakranegara Barat, Kecamatan Cakranegara", "Kota Mataram", "PNS", acc("N01", "whatsapp"), "Lalu Fauzan"),
    ("N02", "19890808", "201403", 2, 29, "Baiq Rina Hartati, S.E.", "Kepala Seksi Pemerintahan", MTR, "Kelurahan Cakranegara Barat, Kecamatan Cakranegara", "Kota Mataram", "PNS", acc("N02", instagram="baiqrina.h")),
    ("N03", "19970102", "202212", 1, 55, "I Ketut Sudarma, S.Kom.", "Pengadministrasi Perkantoran", MTR, "Kelurahan Cakranegara Barat, Kecamatan Cakranegara", "Kota Mataram", "PPPK", acc("N03", instagram="ketut.sudarma"), "Ketut Sudarma"),
    ("N04", "19740707", "200003", 2, 8, "Hj. Zaenab, S.Pd.", "Kepala Sekolah", MTR, "SMP Negeri 2 Mataram", "Kota Mataram", "PNS", acc("N04", "whatsapp")),
    ("N05", "19930415", "202109", 1, 44, "Muhammad Habibi, S.Pd.", "Guru Ahli Pertama", MTR, "SMP Negeri 2 Mataram", "Kota Mataram", "PPPK", acc("N05", "whatsapp", tiktok="habibi.guru")),
    ("N06", "19860919", "201101", 1, 24, "Lalu Wiradarma, S.T.", "Teknik Pengairan Ahli Muda", NTB, "Dinas Pekerjaan Umum dan Penataan Ruang", "Kota Mataram", "PNS", acc("N06", x="lalu_wira")),
    ("N07", "19900116", "201503", 2, 34, "Sri Wahyuningsih, A.Md.Keb.", "Bidan Terampil", LOTIM, "UPT Puskesmas Selong", "Kabupaten Lombok Timur", "PNS", acc("N07", "facebook", "whatsapp")),
    ("N08", "19840503", "200912", 1, 21, "Muhammad Saleh, S.Pd.I.", "Guru Ahli Muda", LOTIM, "SD Negeri 3 Selong", "Kabupaten Lombok Timur", "PNS", acc("N08", "facebook")),
    ("N09", "19920704", "201712", 2, 40, "Baiq Nurhidayah, S.Pd.", "Guru Ahli Pertama", MTR, "SD Negeri 1 Cakranegara", "Kota Mataram", "PNS", acc("N09", instagram="baiqnurhidayah.guru", facebook=fbid("N09"))),
    # ---- Kota Ambon (WIT) ----
    ("A01", "19720809", "199803", 1, 6, "Drs. Hengky Tuhumury, M.Si.", "Camat Nusaniwe", AMB, "Kecamatan Nusaniwe", "Kota Ambon", "PNS", acc("A01", "facebook", x="hengky_nusaniwe")),
    ("A02", "19860404", "201012", 2, 23, "Yolanda Matulessy, S.E.", "Kepala Seksi Pemerintahan", AMB, "Kelurahan Benteng, Kecamatan Nusaniwe", "Kota Ambon", "PNS", acc("A02", "telegram", "facebook")),
    ("A03", "19970610", "202212", 1, 56, "Rian Latuconsina, S.Kom.", "Pengadministrasi Perkantoran", AMB, "Kelurahan Benteng, Kecamatan Nusaniwe", "Kota Ambon", "PPPK", acc("A03", "telegram", "facebook")),
    ("A04", "19880127", "201403", 1, 33, "Samuel Pattiasina, S.Pd.", "Guru Ahli Muda", MALUKU, "SMA Negeri 1 Ambon", "Kota Ambon", "PNS", acc("A04", "facebook", tiktok="samuel.guru.amb", youtube=YT["A04"])),
    ("A05", "19790317", "200503", 2, 13, "Magdalena Wattimury, S.Sos.", "Lurah Benteng", AMB, "Kelurahan Benteng, Kecamatan Nusaniwe", "Kota Ambon", "PNS", acc("A05", "telegram", "facebook")),
    ("A06", "19900818", "201503", 1, 36, "Abdul Gani Tuanaya, S.H.", "Polisi Pamong Praja Ahli Pertama", AMB, "Satuan Polisi Pamong Praja", "Kota Ambon", "PNS", acc("A06", "telegram", "facebook", tiktok="gani.satpol.amb")),
    ("A07", "19930212", "201909", 2, 42, "Novita Sahusilawane, S.Kep.", "Perawat Ahli Pertama", MALUKU, "RSUD dr. M. Haulussy", "Kota Ambon", "PNS", acc("A07", "telegram", "facebook", instagram="novita.sahusilawane")),
    ("A08", "19850920", "201001", 1, 28, "Johan Latuheru, S.Pd.", "Guru Ahli Muda", AMB, "SD Negeri 2 Ambon", "Kota Ambon", "PNS", acc("A08", tiktok="johan.latuheru.guru")),
    ("A09", "19730101", "199903", 2, 10, "Dra. Nelce Sopacua, M.Pd.", "Kepala Sekolah", MALUKU, "SMA Negeri 1 Ambon", "Kota Ambon", "PNS", acc("A09", "whatsapp", youtube=YT["A09"])),
    ("A10", "19690615", "199503", 1, 3, "Drs. Paulus Tamaela, M.Pd.", "Kepala Cabang Dinas Pendidikan Wilayah Kota Ambon", MALUKU, "Cabang Dinas Pendidikan Wilayah Kota Ambon, Dinas Pendidikan", "Kota Ambon", "PNS", acc("A10", "whatsapp", x="paulus_tamaela")),
    ("A11", "19910505", "201712", 1, 38, "Stevi Lekatompessy, S.T.", "Teknik Tata Bangunan dan Perumahan Ahli Pertama", AMB, "Dinas Pekerjaan Umum dan Penataan Ruang", "Kota Ambon", "PNS", acc("A11", youtube=YT["A11"])),
    # ---- background rows (in the registry, no activity) ----
    ("Z01", "19670320", "199203", 1, 2, "Drs. H. Zainal Abidin Rauf, M.Si.", "Kepala Dinas", PKU, "Dinas Komunikasi, Informatika, Statistik dan Persandian", "Kota Pekanbaru", "PNS", {}),
    ("Z02", "19900101", "201503", 2, 60, "Nia Kurniasih, S.Pd.", "Guru Ahli Pertama", BDL, "SD Negeri 1 Rajabasa", "Kota Bandar Lampung", "PNS", {}),
    ("Z03", "19880808", "201403", 1, 58, "Moh. Holil, S.Sos.", "Pengelola Layanan Kepegawaian", JBR, "Kecamatan Sumbersari", "Kabupaten Jember", "PNS", {}),
    ("Z04", "19930303", "202109", 2, 63, "Andi Ayu Lestari, S.Kep.", "Perawat Ahli Pertama", MKS, "UPT Puskesmas Pampang", "Kota Makassar", "PPPK", {"instagram": "andiayu.ns"}),
    ("Z05", "19810606", "200604", 1, 57, "Andi Mappe Tola, S.T.", "Penata Ruang Ahli Muda", BONE, "Dinas Pekerjaan Umum dan Penataan Ruang", "Kabupaten Bone", "PNS", {}),
    ("Z06", "19870417", "201101", 2, 61, "Lim Mei Ling, S.E.", "Analis Keuangan", PTK, "Badan Keuangan Daerah", "Kota Pontianak", "PNS", {}),
    ("Z07", "19850202", "201001", 1, 59, "Lalu Ahmad Rifa'i, S.H.", "Analis Hukum", MTR, "Bagian Hukum Sekretariat Daerah", "Kota Mataram", "PNS", {}),
    ("Z08", "19790911", "200503", 2, 62, "Martha Leiwakabessy, S.Pd.", "Guru Ahli Madya", MALUKU, "SMA Negeri 1 Ambon", "Kota Ambon", "PNS", {"facebook": fbid("Z08")}),
    ("Z09", "19940126", "202210", 1, 64, "Rendy Pratama Putra, S.Kom.", "Pranata Komputer Ahli Pertama", JTM, "Dinas Komunikasi dan Informatika", "Kota Surabaya", "PPPK", {"x": "rendypp_"}),
]


def registry(c):
    for row in PEOPLE:
        if len(row) == 13:
            c.add_asn(*row[:12], disp=row[12])
        else:
            c.add_asn(*row)
    I_ = c.add_inst
    I_("kominfo_pku", "Dinas Komunikasi, Informatika, Statistik dan Persandian Kota Pekanbaru", "Kota Pekanbaru", "telegram", "diskominfotik_pekanbaru", "Diskominfotik Pekanbaru")
    I_("kec_marpoyan", "Kecamatan Marpoyan Damai", "Kota Pekanbaru", "facebook", "100066120400102", "Kecamatan Marpoyan Damai")
    I_("kec_kedaton", "Kecamatan Kedaton", "Kota Bandar Lampung", "facebook", "100066120400103", "Kecamatan Kedaton")
    I_("dinkes_bdl", "Dinas Kesehatan Kota Bandar Lampung", "Kota Bandar Lampung", "x", "dinkes_bdl", "Dinkes Kota Bandar Lampung")
    I_("pkm_sumbersari", "UPT Puskesmas Sumbersari", "Kabupaten Jember", "instagram", "puskesmas.sumbersari", "Puskesmas Sumbersari")
    I_("kominfo_jbr", "Dinas Komunikasi dan Informatika Kabupaten Jember", "Kabupaten Jember", "youtube", YT["kominfojbr"], "Jember TV")
    I_("kec_panakkukang", "Kecamatan Panakkukang", "Kota Makassar", "instagram", "kec.panakkukang", "Kecamatan Panakkukang")
    I_("disdik_mks", "Dinas Pendidikan Kota Makassar", "Kota Makassar", "tiktok", "disdik.makassar", "Disdik Kota Makassar")
    I_("pkm_watampone", "UPT Puskesmas Watampone", "Kabupaten Bone", "facebook", "100066120400109", "Puskesmas Watampone")
    I_("kec_tanete", "Kecamatan Tanete Riattang", "Kabupaten Bone", "facebook", "100066120400110", "Kecamatan Tanete Riattang")
    I_("kel_bmd", "Kelurahan Benua Melayu Darat", "Kota Pontianak", "facebook", "100066120400111", "Kelurahan Benua Melayu Darat")
    I_("kominfo_ptk", "Dinas Komunikasi dan Informatika Kota Pontianak", "Kota Pontianak", "x", "kominfo_pontianak", "Diskominfo Kota Pontianak")
    I_("kel_cakra", "Kelurahan Cakranegara Barat", "Kota Mataram", "instagram", "kel.cakranegarabarat", "Kelurahan Cakranegara Barat")
    I_("kec_cakra", "Kecamatan Cakranegara", "Kota Mataram", "facebook", "100066120400114", "Kecamatan Cakranegara")
    I_("kec_ampenan", "Kecamatan Ampenan", "Kota Mataram", "tiktok", "kec.ampenan", "Kecamatan Ampenan")
    I_("kel_benteng", "Kelurahan Benteng", "Kota Ambon", "facebook", "100066120400116", "Kelurahan Benteng")


def _fbc(n):
    return f"1000956700{n:05d}"


def elections(c):
    riau1 = Cand("riau-1", "Dr. H. Tengku Azmi Rasyid, M.Si.", aliases=["Datuk Azmi", "Tengku Azmi", "Azmi-Harun", "BERKAH", "Paslon 1 Riau"],
                 mate="H. Harun Effendi, S.E.", mate_aliases=["Pak Harun", "Datuk Harun"], ballot=1, parties=["GOLKAR", "PKB", "DEMOKRAT"],
                 slogans=["Riau Berlimpah Berkah"], hashtags=["#AzmiHarun", "#RiauBerkah"],
                 accounts=[("facebook", _fbc(101)), ("x", "azmiharun_riau")])
    riau2 = Cand("riau-2", "Hj. Sri Wulandari Lubis, S.H., M.H.", aliases=["Bunda Wulan", "Bu Wulan", "Wulan-Fikri", "Paslon 2 Riau"],
                 mate="M. Fikri Hamdani, S.T.", mate_aliases=["Bang Fikri"], ballot=2, parties=["PDIP", "PKS", "NASDEM"],
                 slogans=["Riau Cerdas Sejahtera"], hashtags=["#WulanFikri", "#RiauCerdas"],
                 accounts=[("x", "wulanfikri_riau"), ("instagram", "wulanfikri.riau"), ("facebook", _fbc(102))])
    pku1 = Cand("pku-1", "Ir. H. Ridho Ardiansyah, M.T.", aliases=["Bang Ridho", "Ridho-Yanti", "Paslon 1 Pekanbaru"],
                mate="Dr. Febriyanti Nasution", mate_aliases=["Kak Yanti", "Bu Febri"], ballot=1, parties=["GERINDRA", "PAN"],
                slogans=["Pekanbaru Bersih Tertib"], hashtags=["#RidhoYanti"],
                accounts=[("facebook", _fbc(111)), ("instagram", "ridho.yanti")])
    pku2 = Cand("pku-2", "Dr. Arman Syafei, S.E., M.M.", aliases=["Bang Arman", "Pak Arman", "Arman-Lukman", "Paslon 2 Pekanbaru"],
                mate="Lukman Hakim Siregar, Lc.", mate_aliases=["Ustaz Lukman"], ballot=2, parties=["PDIP", "PKS", "PPP"],
                slogans=["Pekanbaru Bertuah Bangkit"], hashtags=["#ArmanLukman", "#PekanbaruBangkit"],
                accounts=[("x", "armanlukman"), ("facebook", _fbc(112))])
    pku3 = Cand("pku-3", "Tengku Said Hamzah", aliases=["Atok Said", "Tengku Said", "Said-Dewi", "Paslon 3 Pekanbaru"],
                mate="Dewi Safitri, S.Pd.", mate_aliases=["Kak Dewi"], ballot=3, parties=[], independent=True,
                slogans=["Pekanbaru Milik Bersama"], hashtags=["#SaidDewi"], accounts=[("facebook", _fbc(113))])
    bdl1 = Cand("bdl-1", "H. Rizal Effendi Kesuma, S.E.", aliases=["Bang Rizal", "Kiay Rizal", "Rizal-Nia", "Paslon 1 Bandar Lampung"],
                mate="Kurnia Sari Dewi, S.H.", mate_aliases=["Bu Nia", "Mbak Nia"], ballot=1, parties=["GERINDRA", "GOLKAR", "NASDEM"],
                slogans=["Bandar Lampung Gemilang"], hashtags=["#RizalNia"],
                accounts=[("facebook", _fbc(121)), ("x", "rizalnia_bdl")])
    bdl2 = Cand("bdl-2", "Ir. Firmansyah Gelar Suntan Pemuka", aliases=["Suntan Firman", "Pak Firman", "Firman-Agus", "TAPIS", "Paslon 2 Bandar Lampung"],
                mate="Agus Wibowo, S.Pd.", mate_aliases=["Mas Agus"], ballot=2, parties=["PDIP", "PKB", "PKS"],
                slogans=["Bandar Lampung TAPIS: Tertib, Aman, Pintar, Sejahtera"], hashtags=["#FirmanAgus", "#TAPIS2"],
                accounts=[("facebook", _fbc(122)), ("instagram", "firmanagus.bdl")])
    jbr1 = Cand("jbr-1", "Gus H. Ahmad Baihaqi, S.H.I.", aliases=["Gus Haqi", "Gus Baihaqi", "Haqi-Lilik", "Paslon 1 Jember"],
                mate="dr. Lilik Indrawati, Sp.A.", mate_aliases=["dr. Lilik", "Bu Lilik"], ballot=1, parties=["PKB", "PDIP"],
                slogans=["Jember Mlaku Bareng"], hashtags=["#HaqiLilik", "#JemberMlakuBareng"],
                accounts=[("facebook", _fbc(131)), ("tiktok", "gushaqi.official"), ("youtube", YT["haqi"])])
    jbr2 = Cand("jbr-2", "Ir. Didik Kurniawan, M.M.", aliases=["Cak Didik", "Pak Didik", "Didik-Yayuk", "Paslon 2 Jember"],
                mate="Hj. Sri Rahayu Ningsih", mate_aliases=["Bu Yayuk"], ballot=2, parties=["GERINDRA", "GOLKAR", "NASDEM", "PAN", "DEMOKRAT", "PKS"],
                slogans=["Jember Makmur"], hashtags=["#DidikYayuk", "#JemberMakmur"], accounts=[("facebook", _fbc(132))])
    mks1 = Cand("mks-1", "Dr. Andi Yusran Pawelloi, S.T., M.T.", aliases=["Puang Yusran", "Kak Yusran", "Yusran-Ima", "Paslon 1 Makassar"],
                mate="Hj. Fatimah Rasyid", mate_aliases=["Daeng Ima", "Bu Ima"], ballot=1, parties=["GOLKAR", "NASDEM", "PAN"],
                slogans=["Makassar Ewako"], hashtags=["#YusranIma", "#MakassarEwako"],
                accounts=[("instagram", "yusran.ima"), ("facebook", _fbc(141))])
    mks2 = Cand("mks-2", "H. Syarifuddin Daeng Rewa", aliases=["Daeng Rewa", "Pak Syarif", "Rewa-Besse", "Paslon 2 Makassar"],
                mate="Andi Besse Tenriawaru", mate_aliases=["Puang Besse"], ballot=2, parties=["PDIP", "GERINDRA", "PKB"],
                slogans=["Makassar Sombere'"], hashtags=["#RewaBesse"],
                accounts=[("x", "daengrewa_mks"), ("instagram", "daengrewa.mks")])
    mks3 = Cand("mks-3", "Muh. Fadlan Karaeng Bunga", aliases=["Karaeng Fadlan", "Kak Fadlan", "Fadlan-Rini", "Paslon 3 Makassar"],
                mate="Rini Anggraeni, S.E.", mate_aliases=["Kak Rini"], ballot=3, parties=[], independent=True,
                slogans=["Makassar dari Lorong"], hashtags=["#FadlanRini"], accounts=[("facebook", _fbc(143))])
    bone1 = Cand("bone-1", "Dr. H. Andi Mappasessu, M.Si.", aliases=["Puang Sessu", "Andi Sessu", "Sessu-Amir", "Paslon 1 Bone"],
                 mate="H. Amiruddin Patola", mate_aliases=["Pak Amir"], ballot=1, parties=["GOLKAR", "PAN", "GERINDRA"],
                 slogans=["Bone Makessing"], hashtags=["#SessuAmir"], accounts=[("facebook", _fbc(151))])
    bone2 = Cand("bone-2", "Ir. H. Muhammad Nasir Tola", aliases=["Pak Nasir", "Puang Nasir", "Nasir-Ratna", "Paslon 2 Bone"],
                 mate="Hj. Andi Ratnawati", mate_aliases=["Puang Ratna"], ballot=2, parties=["NASDEM", "PKB", "DEMOKRAT", "PPP"],
                 slogans=["Bone Sipakatau"], hashtags=["#NasirRatna"], accounts=[("facebook", _fbc(152))])
    ptk1 = Cand("ptk-1", "Ir. H. Mulyadi Harun, M.T.", aliases=["Bang Mul", "Pak Mulyadi", "Mulyadi-Hendri", "Paslon 1 Pontianak"],
                mate="Hendri Lim, S.E.", mate_aliases=["Koh Hendri"], ballot=1, parties=["PDIP", "GOLKAR", "NASDEM"],
                slogans=["Pontianak Bersinar"], hashtags=["#MulyadiHendri"], accounts=[("x", "bangmul_ptk"), ("facebook", _fbc(161))])
    ptk2 = Cand("ptk-2", "Dr. Yuliani Rahmawati, M.Pd.", aliases=["Bu Yuli", "Kak Yuli", "Yuli-Daud", "Paslon 2 Pontianak"],
                mate="Daud Efendi", mate_aliases=["Bang Daud"], ballot=2, parties=["GERINDRA", "PKS", "PAN"],
                slogans=["Pontianak Kota Khatulistiwa Maju"], hashtags=["#YuliDaud"], accounts=[("x", "yulidaud_ptk"), ("instagram", "yulidaud.ptk")])
    mtr1 = Cand("mtr-1", "Lalu Suryadi Wirajaya, S.H.", aliases=["Mamiq Suryadi", "Mamiq Surya", "Surya-Baiq", "Paslon 1 Mataram"],
                mate="Baiq Nurhidayah, S.E.", mate_aliases=["Baiq Nur"], ballot=1, parties=["GERINDRA", "PKS", "GOLKAR"],
                slogans=["Mataram Berseri"], hashtags=["#SuryaBaiq"], accounts=[("facebook", _fbc(171))])
    mtr2 = Cand("mtr-2", "Dr. I Made Wirata, M.Si.", aliases=["Bli Made", "Pak Made", "Made-Najib", "Paslon 2 Mataram"],
                mate="H. Najib Muhsin, Lc.", mate_aliases=["Ustaz Najib"], ballot=2, parties=["PDIP", "NASDEM", "PKB", "DEMOKRAT"],
                slogans=["Mataram Rukun Semeton"], hashtags=["#MadeNajib"], accounts=[("facebook", _fbc(172)), ("tiktok", "blimade.mtr")])
    amb1 = Cand("amb-1", "Drs. Johan Latuheru, M.Si.", aliases=["Bung Johan", "Om Johan", "Johan-Samsul", "Paslon 1 Ambon"],
                mate="Samsul Bahri Tuasikal", mate_aliases=["Bung Samsul"], ballot=1, parties=["PDIP", "GOLKAR", "PKB"],
                slogans=["Ambon Manise Makin Maju"], hashtags=["#JohanSamsul"], accounts=[("facebook", _fbc(181))])
    amb2 = Cand("amb-2", "Ir. Frans Pattinasarany", aliases=["Bung Frans", "Om Frans", "Frans-Fatma", "Paslon 2 Ambon"],
                mate="Fatmawati Ohorella, S.H.", mate_aliases=["Usi Fatma"], ballot=2, parties=["GERINDRA", "NASDEM", "PKS", "DEMOKRAT"],
                slogans=["Katong Ambon Baku Bae"], hashtags=["#FransFatma"], accounts=[("youtube", YT["frans"]), ("facebook", _fbc(182))])
    amb3 = Cand("amb-3", "Elia Sahetapy", aliases=["Usi Elia", "Bu Elia", "Elia-Rudi", "Paslon 3 Ambon"],
                mate="Rudi Wattimena", mate_aliases=["Bung Rudi"], ballot=3, parties=[], independent=True,
                slogans=["Ambon Par Samua"], hashtags=["#EliaRudi"], accounts=[("facebook", _fbc(183))])
    pilkada = Election("pilkada-2024-heldout3", "Pemilihan Serentak 2024 (Riau, Pekanbaru, Bandar Lampung, Jember, Makassar, Bone, Pontianak, Mataram, Ambon)",
                       date(2024, 11, 27), "pilkada", [
        Contest("riau-gubernur", "gubernur", "Provinsi Riau", [riau1, riau2], PILKADA_DESIGNATION),
        Contest("pekanbaru-walikota", "walikota", "Kota Pekanbaru", [pku1, pku2, pku3], PILKADA_DESIGNATION),
        Contest("bandarlampung-walikota", "walikota", "Kota Bandar Lampung", [bdl1, bdl2], PILKADA_DESIGNATION),
        Contest("jember-bupati", "bupati", "Kabupaten Jember", [jbr1, jbr2], PILKADA_DESIGNATION),
        Contest("makassar-walikota", "walikota", "Kota Makassar", [mks1, mks2, mks3], PILKADA_DESIGNATION),
        Contest("bone-bupati", "bupati", "Kabupaten Bone", [bone1, bone2], PILKADA_DESIGNATION),
        Contest("pontianak-walikota", "walikota", "Kota Pontianak", [ptk1, ptk2], PILKADA_DESIGNATION),
        Contest("mataram-walikota", "walikota", "Kota Mataram", [mtr1, mtr2], PILKADA_DESIGNATION),
        Contest("ambon-walikota", "walikota", "Kota Ambon", [amb1, amb2, amb3], PILKADA_DESIGNATION),
    ], """Pilkada 2024 on the real KPU calendar (PKPU 2/2024): KTP support for independents handed in 8-12 May,
registration 27-29 Aug, designation 22 Sep, number draw 23 Sep, campaign 25 Sep - 23 Nov, quiet days 24-26 Nov,
voting 27 Nov 2024. Regions are real (Kemendagri 14, 14.71, 18.71, 35.09, 73.71, 73.08, 61.71, 52.71, 81.71); every
candidate is fictional; independent pairs: Pekanbaru 3, Makassar 3, Ambon 3. Time zones: Riau, Lampung, Jember and
Pontianak WIB; Makassar, Bone and Mataram WITA; Ambon WIT.""")
    c.add_election("election-pilkada-2024-heldout3.yaml", pilkada)

    l1 = Cand("dpr-riau1-ilyas", "H. Muhammad Ilyas, S.H.", aliases=["Datuk Ilyas", "Pak Ilyas"], ballot=2, parties=["PKB"],
              slogans=["Ilyas Bekerja untuk Riau I"], hashtags=["#DatukIlyas2"], accounts=[("facebook", _fbc(201))])
    l2 = Cand("dprdprov-riau1-hafiz", "Hafizullah, S.Pd.I.", aliases=["Ustaz Hafiz", "Bang Hafiz"], ballot=7, parties=["PAN"],
              slogans=["Hafiz Amanah untuk Pekanbaru"], hashtags=["#UstazHafiz7"], accounts=[("facebook", _fbc(202))])
    l3 = Cand("dpr-lampung1-ayu", "Ayu Kartika Sari, S.E.", aliases=["Mbak Ayu", "Teh Ayu", "Kak Ayu"], ballot=1, parties=["PDIP"],
              slogans=["Ayu Kartika Peduli Petani"], hashtags=["#AyuKartika1"], accounts=[("instagram", "ayukartika.pdip")])
    l4 = Cand("dpr-jatim4-rofiq", "KH. Ainur Rofiq, M.Pd.I.", aliases=["Kiai Rofiq", "Gus Rofiq"], ballot=1, parties=["PKB"],
              slogans=["Rofiq Ngopeni Jember Lumajang"], hashtags=["#GusRofiq1"], accounts=[("facebook", _fbc(204))])
    l5 = Cand("dpr-sulsel1-ikram", "Andi Ikram Makkasau, S.T.", aliases=["Kak Ikram", "Puang Ikram"], ballot=4, parties=["NASDEM"],
              slogans=["Ikram Muda Bergerak"], hashtags=["#IkramNasDem4"], accounts=[("instagram", "ikram.nasdem")])
    l6 = Cand("dpr-ntb2-rabiah", "Hj. Rabiatul Adawiyah, S.Kep.", aliases=["Inaq Rabiah", "Bu Rabiah"], ballot=3, parties=["PKS"],
              slogans=["Rabiah Peduli Bidan Desa"], hashtags=["#InaqRabiah3"], accounts=[("facebook", _fbc(206))])
    l7 = Cand("dprd-pontianak2-acong", "Acong Sutanto", aliases=["Koh Acong", "Bang Acong"], ballot=5, parties=["PERINDO"],
              slogans=["Acong untuk Nelayan Kapuas"], hashtags=["#KohAcong5"], accounts=[("facebook", _fbc(207))])
    l8 = Cand("dpd-maluku-nona", "Dr. Nona Latupeirissa, M.Si.", aliases=["Usi Nona", "Ibu Nona"], ballot=27, parties=[],
              slogans=["Suara Perempuan Maluku"], hashtags=["#UsiNona27"], accounts=[("facebook", _fbc(208))])
    pemilu = Election("pemilu-2024-heldout3", "Pemilihan Umum 2024 (DPR, DPD dan DPRD: Riau, Lampung, Jawa Timur, Sulawesi Selatan, NTB, Kalimantan Barat, Maluku)",
                      date(2024, 2, 14), "pemilu", [
        Contest("dpr-riau-1", "dpr", "Dapil Riau I", [l1], DCT_DESIGNATION),
        Contest("dprdprov-riau-1", "dprd_provinsi", "Dapil Riau 1 (Kota Pekanbaru)", [l2], DCT_DESIGNATION),
        Contest("dpr-lampung-1", "dpr", "Dapil Lampung I", [l3], DCT_DESIGNATION),
        Contest("dpr-jatim-4", "dpr", "Dapil Jawa Timur IV (Jember, Lumajang)", [l4], DCT_DESIGNATION),
        Contest("dpr-sulsel-1", "dpr", "Dapil Sulawesi Selatan I", [l5], DCT_DESIGNATION),
        Contest("dpr-ntb-2", "dpr", "Dapil Nusa Tenggara Barat II (Pulau Lombok)", [l6], DCT_DESIGNATION),
        Contest("dprd-pontianak-2", "dprd_kabkota", "Dapil Kota Pontianak 2", [l7], DCT_DESIGNATION),
        Contest("dpd-maluku", "dpd", "Provinsi Maluku", [l8], DCT_DESIGNATION),
    ], """Pemilu 2024 on the real KPU calendar (PKPU 3/2022 as amended): legislative lists registered May 2023, DCT
(final candidate lists for DPR, DPD and DPRD) designated 3 Nov 2023, campaign 28 Nov 2023 - 10 Feb 2024, quiet days
11-13 Feb, voting 14 Feb 2024. Legislative and DPD contests only: this workspace has no presidential contest (the
presidential stages stay in the calendar). Candidates are fictional; parties and dapil regions are real.""")
    c.add_election("election-pemilu-2024-heldout3.yaml", pemilu)


LICENCE_NOTE = """**Licence:** written for this project. Every civil servant, Pilkada, legislative and DPD candidate, account,
post, phone number and id is fictional; no real politician is named. Regions (Kemendagri names/codes), parties, the
2023–2024 KPU calendars and public places are real."""

DESCRIPTION_HEAD = """
## What it covers

**heldout3**: Riau (Provinsi Riau, Kota Pekanbaru — WIB), Lampung (Kota Bandar Lampung — WIB), East Java (Kabupaten
Jember — WIB), West Kalimantan (Kota Pontianak — WIB), South Sulawesi (Kota Makassar, Kabupaten Bone — WITA), West
Nusa Tenggara (Kota Mataram, Kabupaten Lombok Timur — WITA) and Maluku (Kota Ambon — WIT). Pilkada 2024: Gubernur
Riau (2 pairs), Walikota Pekanbaru (3, one independent that collected KTP support), Walikota Bandar Lampung (2),
Bupati Jember (2), Walikota Makassar (3, one independent), Bupati Bone (2), Walikota Pontianak (2), Walikota Mataram
(2), Walikota Ambon (3, one independent). Pemilu 2024: legislative contests only — DPR Riau I, Lampung I, Jawa Timur
IV, Sulawesi Selatan I and NTB II, DPRD Riau 1, DPRD Kota Pontianak 2 and DPD Maluku (no presidential pair anywhere).

What is emphasised (each with several positive instances and look-alike negatives): negations and reminders inside
WhatsApp/Telegram groups; election-body notices (KPU/Bawaslu schedules, debates naming every pair) relayed by civil
servants and by government accounts; even mentions of all pairs; neutral news; instructions to staff with members
complying, objections, and the instruction then repeated or withdrawn; bakal calon support (declaration, escort to KPU
registration, supporters' groups, own nomination forms, KTP copies for an independent); tagged/added civil servants who
then engage, leave or stay silent; regional languages, keycaps and leetspeak; negative campaigning; photos and gestures
only in captions, alt text or image text; namesakes (an ASN sharing a name with a Pilkada candidate or a running mate, a
private person sharing an ASN's name) and bios that contradict the registry; insinuations and other genuine doubts
(review).

Alias habits: regional honorifics (Datuk, Atok, Tengku, Kiay, Suntan, Gus, Cak, Puang, Daeng, Karaeng, Mamiq, Bli,
Bung, Usi), slogans and acronyms that are everyday words (BERKAH, TAPIS, Ewako, Sombere', Sipakatau, Makessing,
Bersinar, Khatulistiwa, Rukun Semeton, Ambon Manise, Baku Bae, lorong, Bertuah), a teacher who shares the Ambon
candidate's full name (Johan Latuheru), a teacher and a nurse who share the running mates' names (Baiq Nurhidayah,
Lilik Indrawati), a DPD candidate named Nona, a DPR candidate called Mbak Ayu, and a private AC technician who shares
a PU officer's name.

Languages (labels by the language of the activity's text; system lines, reactions, follows and media placeholders
count as none):

{lang_table}

The sentences, people, accounts and proportions differ from dev/, heldout/ and heldout2/; do not tune on this
workspace.
"""
DESCRIPTION = DESCRIPTION_HEAD  # replaced in build() with the language table filled in


# =============================================================================================
# Facebook Graph API
# =============================================================================================
def build_facebook(c):
    cand = c.cands
    # ---- 1. page of pku-1 (Ridho Ardiansyah, Pekanbaru, WIB) ----------------------------------
    RP = {"name": "Ridho Ardiansyah", "id": cand["pku-1"].handle("facebook")}
    f = Fb(c, "facebook/graph_feed_page_ridho.yanti.pekanbaru.json", RP["id"])
    p = f.post(wib(2024, 8, 28, 14, 10), "Alhamdulillah, hari ini kami resmi mendaftar ke KPU Kota Pekanbaru bersama Kak Yanti, diantar warga dari 15 kecamatan. Mohon doa, Pekanbaru Bersih Tertib! #RidhoYanti",
               RP, N("neg_candidate_own"), photo={"description": "Ridho Ardiansyah dan Febriyanti Nasution menyerahkan berkas pendaftaran di kantor KPU Kota Pekanbaru"})
    f.comment(p, wib(2024, 8, 28, 14, 32), "Kami staf kelurahan ikut mengantar tadi pak, semoga lancar sampai ditetapkan 🤲", f.user("R04"),
              V("R04", "attend", "pku-1", "registration_escort", action="comment", action_any=ATT_CMT,
                note="a kelurahan clerk says she joined the escort to the bakal calon's KPU registration (28 Aug): SKB-E3"))
    f.comment(p, wib(2024, 8, 28, 14, 47), "Semoga amanah bang, jangan lupe jalan Rumbai yang berlobang tu 🙏", fb_person("Wak Dolah Rumbai"), N(lg="rm"))
    f.comment(p, wib(2024, 8, 28, 15, 5), "Semoga Allah meridhoi setiap langkah kita semua 🤲", f.user("R10"),
              R("intent_uncertain", "a Puskesmas doctor's generic prayer under the bakal calon's registration post; 'meridhoi' echoes the candidate's name Ridho",
                actor="R10", cand="pku-1"))
    f.react(p, f.user("R04"), V("R04", "interact", "pku-1", "pre_designation", action="like"))
    f.react(p, fb_person("Wak Dolah Rumbai"), N())
    p = f.post(wib(2024, 9, 23, 17, 0), "Alhamdulillah nomor urut 1️⃣! Pekanbaru Bersih Tertib, mulai dari lingkungan kite ☝️ #RidhoYanti", RP, N("neg_candidate_own", lg="rm"))
    f.comment(p, wib(2024, 9, 23, 17, 12), "1️⃣ tu angka keramat, Bang. Jalan Arifin Ahmad mulus nanti kite buat 💪", f.user("R07"),
              V("R07", "interact", "pku-1", "comment_support", action="comment", lg="rm", note="a PUPR section head under the candidate's ballot-number post"))
    f.comment(p, wib(2024, 9, 23, 17, 31), "Nomor satu tapi banjir Sukajadi belum juga beres 😒", fb_person("Atan Senapelan"), N())
    f.comment(p, wib(2024, 9, 23, 17, 50), "Maaf pak, saya ASN, tidak bisa ikut berkomentar dukungan. Sukses untuk semua paslon 🙏", f.user("R15"),
              N("neg_negation", "a treasurer declines in a comment under the candidate's post"))
    f.react(p, f.user("R11"), V("R11", "interact", "pku-1", "like", action="like"))
    f.react(p, fb_person("Mak Itam Tenayan"), N(), kind="LOVE")
    p = f.post(wib(2024, 10, 10, 19, 45), "Ngopi pagi di kedai kopi Kimteng bersama warga Senapelan, ditemani Pak Azwir Tamin. Terima kasih atas sambutannya! #RidhoYanti",
               RP, N("neg_candidate_own"), photo={"description": "Ridho Ardiansyah duduk di kedai kopi bersama beberapa warga"},
               tags=[(f.user("R01"), A("R01", "tagged", "the candidate tags the Camat of Marpoyan Damai in a campaign post"))])
    f.comment(p, wib(2024, 10, 10, 20, 10), "Terima kasih Bang Ridho, tapi tolong untag saya ya, saya ASN. Salam 🙏", f.user("R01"),
              N("neg_untag_request", "the tagged Camat asks to be untagged (his alert stands)"))
    f.comment(p, wib(2024, 10, 10, 20, 26), "Kopi kami memang nomor satu bang 😄☝️", fb_person("Ucu Kimteng"), N())
    p = f.post(wib(2024, 11, 5, 20, 0), "Silaturahmi dengan guru-guru se-Marpoyan Damai. Terima kasih Bu Desi Ratnasari atas diskusinya soal sekolah rusak. #RidhoYanti",
               RP, N("neg_candidate_own"), tags=[(f.user("R08"), A("R08", "tagged"))])
    f.comment(p, wib(2024, 11, 5, 20, 25), "Terima kasih sudah tag saya pak, guru-guru siap memenangkan nomor 1 ☝️", f.user("R08"),
              V("R08", "interact", "pku-1", "exposed_then_engaged", action="comment", note="tagged by the candidate, the teacher then pledges her colleagues"))
    f.comment(p, wib(2024, 11, 5, 20, 40), "Ulun umpat hadir tadi, mudahan bapak menang ☝️", f.user("R16"),
              V("R16", "attend", "pku-1", "attend_campaign", action="comment", action_any=ATT_CMT, lg="bjn",
                note="Banjar: 'I attended too, hopefully you win'"))
    f.comment(p, wib(2024, 11, 5, 20, 58), "Sekolah anak saya atapnya bocor pak, tolong diperhatikan", fb_person("Bunda Rara Sukajadi"), N())
    p = f.post(wib(2024, 11, 24, 8, 0), "Masa tenang. Terima kasih relawan dan warga Pekanbaru, mari jaga Pekanbaru tetap sejuk 🙏", RP, N("neg_candidate_own"))
    f.comment(p, wib(2024, 11, 24, 8, 30), "Sama-sama bang, yang penting aman", fb_person("Pak RT Tangkerang"), N())
    f.dump()

    # ---- 2. group feed: Relawan Sahabat Puang Yusran (Makassar, WITA) --------------------------
    f = Fb(c, "facebook/graph_feed_group_relawan_sahabat_yusran_makassar.json", "1048900600310")
    KD = fb_person("Korlap Daeng Rudi")
    p = f.post(wita(2024, 9, 2, 20, 0), "Selamat datang di grup relawan Puang Yusran! Bakal calon kita sudah terdaftar di KPU Makassar, mari rapatkan barisan. Ewako!",
               KD, N(lg="mak"))
    f.comment(p, wita(2024, 9, 2, 20, 21), "Siap! Puskesmas Pampang siap bantu dari dalam 🤫", f.user("M06"),
              V("M06", "interact", "mks-1", "supporters_group", action="comment", in_group=True, action_any=CMT_ANY,
                note="a Puskesmas doctor pledges help inside the bakal calon's volunteers' group (2 Sep)"))
    f.comment(p, wita(2024, 9, 2, 20, 44), "Tabe', siapa yang masukkan saya di grup ini? Saya ASN, mohon dikeluarkan ki 🙏", f.user("M02"),
              N("neg_negation", "asks to be removed from the volunteers' group", lg="mak"))
    f.react(p, f.user("M11"), V("M11", "interact", "mks-1", "supporters_group", action="like", in_group=True))
    p = f.post(wita(2024, 9, 20, 19, 30), "Dua hari lagi penetapan. Insya Allah Puang Yusran lolos, kita jaga suara di lorong-lorong Panakkukang 💪",
               f.user("M07"), V("M07", "post", "mks-1", "pre_designation", in_group=True, note="a Satpol PP officer posts in the volunteers' group (20 Sep)"))
    f.comment(p, wita(2024, 9, 20, 19, 52), "Ewako Puang! 🔥", fb_person("Ancu Tamalanrea"), N(lg="mak"))
    p = f.post(wita(2024, 10, 3, 21, 0), "Jadwal kampanye dialogis Puang Yusran pekan ini: Senin di Tamamaung, Rabu di Karuwisi, Jumat di Pandang. Relawan harap hadir ☝️",
               KD, N())
    f.comment(p, wita(2024, 10, 3, 21, 14), "Saya datang hari Senin, bawa ibu-ibu majelis taklim 😊☝️", f.user("M08"),
              V("M08", "attend", "mks-1", "attend_campaign", action="comment", in_group=True, action_any=ATT_CMT,
                note="a PPPK teacher announces she will come and bring others"))
    f.comment(p, wita(2024, 10, 3, 21, 33), "Kantor lurah bisa dipakai untuk titik kumpul ji, nanti saya siapkan kursi", f.user("M04"),
              V("M04", "post", "mks-1", "state_facility", action="comment", in_group=True,
                codes=["SKB-D12", "PP94-N5", "PP94-N4", "SKB-D6", "SKB-D8", "PP94-N6", "UU10-71-1"],
                action_any=["comment", "state_facility_use", "other", "post"], lg="mak",
                note="a lurah offers her office as the campaign's gathering point (state facility)"))
    f.comment(p, wita(2024, 10, 3, 21, 50), "Tawwa, mantap mi", fb_person("Haji Baso Karuwisi"), N(lg="mak"))
    orig = {"id": f"{cand['mks-1'].handle('facebook')}_7000000000031001",
            "permalink_url": f"https://www.facebook.com/{cand['mks-1'].handle('facebook')}/posts/7000000000031001"}
    f.post(wita(2024, 10, 28, 20, 15), "Coblos 1️⃣ Puang Yusran. Guru-guru SMA, ayo mi! #MakassarEwako", f.user("M05"),
           V("M05", "post", "mks-1", "share", action="share", in_group=True, action_any=["share", "post"], lg="mak"),
           share={"post": orig, "title": "Andi Yusran Pawelloi", "description": "Program beasiswa guru honorer Makassar Ewako"})
    p = f.post(wita(2024, 10, 12, 8, 0), "Foto bareng Puang Yusran waktu kampanye di Pampang, beliau peduli kesehatan lorong 📸", f.user("M06"),
               V("M06", "photo", "mks-1", "photo_with_candidate", in_group=True),
               photo={"description": "Dokter berjas putih berfoto dengan Andi Yusran Pawelloi di depan baliho nomor 1"})
    p = f.post(wita(2024, 11, 25, 9, 0), "Masa tenang, relawan jangan posting atribut dulu. Tanggal 27 kawal TPS.", KD, N())
    f.comment(p, wita(2024, 11, 25, 9, 20), "Saya keluar dari grup ini ya, sejak awal tidak tahu dimasukkan. Saya PPPK 🙏", f.user("M03"),
              N("neg_leave_group", "a PPPK says he is leaving the group"))
    f.dump()

    # ---- 3. page of Kecamatan Kedaton (Bandar Lampung, WIB, institutional) -------------------
    KP = {"name": "Kecamatan Kedaton", "id": c.inst["kec_kedaton"]["handle"]}
    f = Fb(c, "facebook/graph_feed_page_kecamatan.kedaton.json", KP["id"])
    kpu = {"id": "100066129900001_7000000000044001", "permalink_url": "https://www.facebook.com/100066129900001/posts/7000000000044001"}
    p = f.post(wib(2024, 10, 2, 10, 0), "Informasi dari KPU Kota Bandar Lampung: jadwal debat publik calon wali kota. Paslon 1 Rizal–Nia dan Paslon 2 Firman–Agus. Mari saksikan!",
               KP, N("neg_election_body", "the kecamatan page relays the KPU debate notice naming both pairs"),
               share={"post": kpu, "title": "KPU Kota Bandar Lampung", "description": "Debat publik pertama 12 Oktober, kedua 2 November"})
    f.comment(p, wib(2024, 10, 2, 10, 18), "Sudah saya share ke grup RT pak, biar warga nonton debatnya", f.user("L03"), N("neg_election_body"))
    f.comment(p, wib(2024, 10, 2, 10, 41), "Nomor 2 pasti menang debat 😄", fb_person("Kiay Yan Sidodadi"), N())
    f.react(p, f.user("L02"), N("neg_like_neutral"))
    f.react(p, f.user("L13"), N("neg_like_neutral"))
    p = f.post(wib(2024, 10, 15, 9, 30), "Kunjungan Suntan Firman ke Pasar Tugu. Semoga terpilih, Bandar Lampung TAPIS! ✌️", KP,
               V("inst:kec_kedaton", "inst", "bdl-2", "institutional_account", action="official_account_use"),
               photo={"description": "Firmansyah berdialog dengan pedagang Pasar Tugu, staf kecamatan berseragam cokelat berdiri di belakang"})
    f.comment(p, wib(2024, 10, 15, 9, 52), "Siap, kita dukung penuh ✌️", f.user("L01"),
              V("L01", "interact", "bdl-2", "comment_support", action="comment", note="the Camat under his own kecamatan's partisan post"))
    f.comment(p, wib(2024, 10, 15, 10, 6), "Ini akun kecamatan apa akun tim sukses? 🤔", fb_person("Mak Nur Pasar Tugu"), N())
    f.comment(p, wib(2024, 10, 15, 10, 20), "Mohon admin segera hapus postingan ini, akun resmi tidak boleh memuat kampanye paslon.", f.user("L13"), N("neg_negation"))
    f.post(wib(2024, 10, 16, 8, 0), "Klarifikasi: postingan kemarin diunggah tanpa persetujuan pimpinan dan telah kami hapus. Kecamatan Kedaton netral dalam Pilkada 2024.",
           KP, N("neg_neutrality_reminder", "the retraction; the earlier post stays a violation"))
    f.post(wib(2024, 8, 17, 8, 0), "Upacara HUT RI ke-79 di halaman kantor Kecamatan Kedaton 🇮🇩", KP, N("neg_everyday_inst"))
    f.post(wib(2024, 11, 26, 10, 0), "Masa tenang hari ketiga. Pelayanan KTP-el dan KK tetap buka, termasuk pencetakan KTP-el bagi pemilih pemula sebelum 27 November.",
           KP, N("neg_official_duty"))
    p = f.post(wib(2024, 9, 30, 9, 0), "Lomba kebersihan lingkungan: RT 02 juara 1, RT 05 juara 2. Selamat! 🏆", KP, N("neg_number_no_context"))
    f.comment(p, wib(2024, 9, 30, 9, 35), "Selamat RT 02 Sidodadi, pertahankan 👏", f.user("L04"), N("neg_everyday_asn"))
    f.dump()

    # ---- 4. page of jbr-1 (Gus Haqi, Jember, WIB): the bakal calon months ------------------------
    HQ = {"name": "Gus Haqi", "id": cand["jbr-1"].handle("facebook")}
    f = Fb(c, "facebook/graph_feed_page_gushaqi.jember.json", HQ["id"])
    p = f.post(wib(2024, 6, 15, 20, 0), "Bismillah, bengi iki kula deklarasi maju Pilbup Jember 2024 ing Alun-alun Jember. Matur suwun para kiai lan sedulur sedaya. #HaqiLilik",
               HQ, N("neg_candidate_own", lg="jv"))
    f.comment(p, wib(2024, 6, 15, 20, 25), "Kulo nderek deklarasi wau, merinding. Lanjutkan Gus! 🤲", f.user("J03"),
              V("J03", "attend", "jbr-1", "declaration", action="comment", action_any=ATT_CMT, lg="jv",
                note="a PNS teacher says he attended the bakal calon's declaration and cheers (15 Jun): SKB-E3"))
    f.comment(p, wib(2024, 6, 15, 20, 40), "Gus, dalan nang Tegal Boto rusak parah, tulung yo", fb_person("Cak Mat Tegal Boto"), N(lg="jv"))
    f.react(p, f.user("J05"), V("J05", "interact", "jbr-1", "pre_designation", action="like", note="a KUA counsellor likes the declaration post"))
    p = f.post(wib(2024, 8, 29, 11, 0), "Berkas pendaftaran sudah diterima KPU Jember. Matur nuwun sing sampun ngeterne 🙏 #HaqiLilik", HQ, N("neg_candidate_own", lg="jv"),
               photo={"description": "Ahmad Baihaqi dan Lilik Indrawati memegang map berkas di depan kantor KPU Kabupaten Jember"})
    f.comment(p, wib(2024, 8, 29, 11, 20), "Semoga lolos verifikasi nggih Gus, kantor kecamatan sampun siap nyengkuyung 🙏", f.user("J06"),
              V("J06", "interact", "jbr-1", "pre_designation", action="comment", lg="jv", note="a kecamatan subdivision head pledges support (29 Aug)"))
    f.comment(p, wib(2024, 8, 29, 11, 37), "Selamat atas pendaftarannya. Mohon maaf kami ASN tidak dapat memberi dukungan, semoga Pilkada Jember damai 🙏", f.user("J08"),
              N("neg_negation", "a head teacher's comment that congratulates and declines"))
    f.comment(p, wib(2024, 8, 29, 11, 55), "Gus Haqi kudu menang! 💚", fb_person("Mbak Ririn Patrang"), N(lg="jv"))
    p = f.post(wib(2024, 9, 24, 19, 0), "Nomer siji! Jember Mlaku Bareng ☝️ Maturnuwun sedoyo", HQ, N("neg_candidate_own", lg="jv"))
    f.comment(p, wib(2024, 9, 24, 19, 15), "Lakar cocok Gus, engkok pele nomer settong ☝️", f.user("J09"),
              V("J09", "interact", "jbr-1", "comment_support", action="comment", lg="mad", note="Madurese: 'really fitting, I choose number one'"))
    f.comment(p, wib(2024, 9, 24, 19, 30), "Nomer siji nanging petani tembakau ojo dilalekno", fb_person("Pak Sugeng Ambulu"), N(lg="jv"))
    f.react(p, f.user("J11"), V("J11", "interact", "jbr-1", "like", action="like"))
    p = f.post(wib(2024, 10, 20, 20, 0), "Sowan ke BPP Ambulu, diskusi harga pupuk bareng Pak Suparno dan para penyuluh.", HQ, N("neg_candidate_own"),
               tags=[(f.user("J11"), A("J11", "tagged", "the candidate tags an agricultural extension officer he met on duty"))])
    f.comment(p, wib(2024, 10, 20, 20, 35), "Kulo mboten saged komentar politik nggih Gus, niki tugas penyuluhan biasa. Nyuwun untag 🙏", f.user("J11"),
              N("neg_untag_request", lg="jv"))
    f.dump()

    # ---- 5. page of Kelurahan Benteng (Ambon, WIT, institutional) -----------------------------
    BP = {"name": "Kelurahan Benteng", "id": c.inst["kel_benteng"]["handle"]}
    f = Fb(c, "facebook/graph_feed_page_kelurahan.benteng.ambon.json", BP["id"])
    f.post(wit(2024, 8, 17, 8, 0), "Dirgahayu RI ke-79! Lomba tarik tambang antar-RT di Benteng 🇮🇩", BP, N("neg_everyday_inst"))
    p = f.post(wit(2024, 9, 20, 10, 0), "Kelurahan Benteng menerima kunjungan bakal calon wali kota Bung Johan. Semoga sukses, Ambon Manise Makin Maju! ☝️", BP,
               V("inst:kel_benteng", "inst", "amb-1", "institutional_account", action="official_account_use", note="before designation (20 Sep)"))
    f.comment(p, wit(2024, 9, 20, 10, 24), "Min, akun kelurahan seng boleh posting bagini, tolong hapus 🙏", f.user("A02"), N("neg_negation", lg="amb"))
    f.comment(p, wit(2024, 9, 20, 10, 49), "Bung Johan nomor satu! ☝️", fb_person("Bu Dance Benteng"), N())
    f.react(p, f.user("A03"), R("unsettled_law", "likes his own kelurahan's post promoting the bakal calon: SKB-E4 names the candidate's own account or team group, "
                                "this is a third-party (institutional) post", actor="A03", cand="amb-1"))
    p = f.post(wit(2024, 10, 1, 9, 0), "Pengumuman KPU Kota Ambon: jadwal kampanye rapat umum Paslon 1 Johan–Samsul, Paslon 2 Frans–Fatma, Paslon 3 Elia–Rudi. Mari jaga Ambon tetap damai.",
               BP, N("neg_election_body"))
    f.comment(p, wit(2024, 10, 1, 9, 30), "Basudara, mari katong saling hormat beda pilihan 🙏", f.user("A05"), N("neg_asn_neutral", lg="amb"))
    f.react(p, f.user("A06"), N("neg_like_neutral"))
    f.post(wit(2024, 10, 15, 18, 0), "Paslon 3 Elia–Rudi melaksanakan kampanye dialogis di Benteng sesuai jadwal KPU. Kelurahan memfasilitasi pengamanan bersama Babinsa dan Bhabinkamtibmas.",
           BP, N("neg_official_duty", "a neutral report of a scheduled campaign event (contrast with the 20 Sep post)"))
    f.post(wit(2024, 10, 27, 19, 0), "Ambon manise, malam ini langit cerah di Pantai Benteng 🌅", BP, N("neg_word_collision", "'Ambon manise' = amb-1's slogan"))
    f.post(wit(2024, 11, 24, 8, 0), "Masa tenang: Kelurahan Benteng ajak warga tolak politik uang. Katong Ambon baku bae! 🤝", BP,
           N("neg_word_collision", "'baku bae' (the reconciliation phrase) = amb-2's slogan", lg="amb"))
    f.dump()


# =============================================================================================
# CrowdTangle
# =============================================================================================
def build_crowdtangle(c):
    cand = c.cands
    pages = {
        "pkm": ("UPT Puskesmas Watampone", "puskesmas.watampone", c.inst["pkm_watampone"]["handle"], "MEDICAL_AND_HEALTH", "Puskesmas Watampone, Kabupaten Bone", "2017-03-03 09:00:00", 5200),
        "kec": ("Kecamatan Tanete Riattang", "kec.taneteriattang", c.inst["kec_tanete"]["handle"], "GOVERNMENT_ORGANIZATION", "Akun resmi Kecamatan Tanete Riattang", "2016-08-17 10:00:00", 8800),
        "camat": ("Abdul Rasyid Lapawa", "rasyid.lapawa", c.asn["B01"]["acc"]["facebook"], "PUBLIC_FIGURE", "Pelayan masyarakat Tanete Riattang", "2019-05-05 07:00:00", 3100),
        "kareba": ("Kareba Bone", "karebabone", "104599900000301", "MEDIA_NEWS_COMPANY", "Kabar Bumi Arung Palakka", "2014-04-06 08:00:00", 142000),
        "sessu": ("Andi Mappasessu", "puangsessu", cand["bone-1"].handle("facebook"), "POLITICIAN", "Calon Bupati Bone nomor urut 1", "2020-01-01 08:00:00", 36000),
        "gumi": ("Suara Gumi Sasak", "suaragumisasak", "104599900000302", "MEDIA_NEWS_COMPANY", "Berita Lombok dan NTB", "2015-09-09 08:00:00", 98000),
        "cakra": ("Kecamatan Cakranegara", "kec.cakranegara", c.inst["kec_cakra"]["handle"], "GOVERNMENT_ORGANIZATION", "Kecamatan Cakranegara, Kota Mataram", "2018-02-02 09:00:00", 6400),
        "made": ("Made Wirata", "blimade.mataram", cand["mtr-2"].handle("facebook"), "POLITICIAN", "Calon Wali Kota Mataram nomor urut 2", "2021-06-06 08:00:00", 28000),
    }
    f = Ct(c, "crowdtangle/historical_data_2024-05-01_2024-12-31_bawaslu_sulsel_ntb.csv", WITA, pages)
    f.row("pkm", wita(2024, 7, 10, 9, 0), "Photo", "Posyandu balita di Kelurahan Macege, 86 anak ditimbang. Sipakatau, sipakalebbi, sipakainge' 💚",
          N("neg_word_collision", "'sipakatau' (a Bugis value) = bone-2's slogan", lg="bug"))
    f.row("pkm", wita(2024, 10, 22, 10, 0), "Photo", "Pak Nasir dan Puang Ratna meninjau layanan KB gratis di Puskesmas Watampone. Bone Sipakatau! ✌️",
          V("inst:pkm_watampone", "inst", "bone-2", "institutional_account", action="official_account_use"), image_text="NASIR - RATNA\nNOMOR 2\nBONE SIPAKATAU")
    f.row("pkm", wita(2024, 11, 12, 8, 0), "Photo", "Hari Kesehatan Nasional ke-60: tenaga kesehatan Watampone siap melayani.", N("neg_everyday_inst"))
    f.row("kec", wita(2024, 9, 26, 9, 0), "Status", "Informasi KPU Kabupaten Bone: masa kampanye 25 September–23 November 2024. Paslon 1 Andi Mappasessu–Amiruddin, Paslon 2 Muhammad Nasir–Andi Ratnawati. ASN wajib netral.",
          N("neg_election_body"))
    f.row("kec", wita(2024, 10, 30, 19, 0), "Photo", "Camat dan staf menghadiri silaturahmi Puang Sessu di Lapangan Merdeka. Bone Makessing! ☝️",
          V("inst:kec_tanete", "inst", "bone-1", "institutional_account", action="official_account_use"), image_text="SESSU - AMIR\nNO 1")
    f.row("kec", wita(2024, 8, 17, 8, 0), "Photo", "Lomba gerak jalan HUT RI ke-79 tingkat Kecamatan Tanete Riattang 🇮🇩", N("neg_everyday_inst"))
    f.row("camat", wita(2024, 10, 31, 20, 0), "Photo", "Tadi malam hadir di Lapangan Merdeka, ribuan warga. Upoji Puang Sessu, nomoro seddi! ☝️",
          V("B01", "attend", "bone-1", "attend_campaign", lg="bug", note="the Camat's own public page: attended the rally, 'I love Puang Sessu, number one'"),
          image_text="PUANG SESSU NO 1")
    f.row("camat", wita(2024, 6, 5, 16, 0), "Photo", "Mappadendang di Kelurahan Manurunge, syukur atas panen yang melimpah 🌾", N("neg_everyday_asn", lg="bug"))
    f.row("kareba", wita(2024, 8, 29, 19, 0), "Link", "Dua bakal pasangan calon mendaftar ke KPU Bone di hari terakhir pendaftaran", N("neg_news"),
          link="https://karebabone.example.id/pendaftaran-bakal-calon")
    f.row("kareba", wita(2024, 11, 15, 19, 0), "Link", "Bawaslu Bone periksa camat yang hadir di kampanye paslon nomor 1", N("neg_news"),
          link="https://karebabone.example.id/bawaslu-camat")
    f.row("sessu", wita(2024, 10, 5, 19, 0), "Photo", "Bone Makessing: beasiswa untuk anak petani, nomoro seddi! ☝️ #SessuAmir", N("neg_candidate_own", lg="bug"))
    f.row("gumi", wita(2024, 9, 23, 20, 0), "Link", "Hasil undian nomor urut Pilwalkot Mataram: Suryadi–Baiq nomor 1, Made–Najib nomor 2", N("neg_news"),
          link="https://suaragumisasak.example.id/undian-mataram")
    f.row("gumi", wita(2024, 2, 5, 19, 0), "Link", "Bawaslu Lombok Timur telusuri video bidan ajak warga coblos caleg DPR", N("neg_news"),
          link="https://suaragumisasak.example.id/bidan-caleg")
    f.row("cakra", wita(2024, 10, 18, 10, 0), "Photo", "Giat Jumat bersih di Pasar Cakranegara bersama Mamiq Suryadi. Mataram Berseri, nomor satu ☝️",
          V("inst:kec_cakra", "inst", "mtr-1", "institutional_account", action="official_account_use"))
    f.row("cakra", wita(2024, 11, 7, 9, 0), "Status", "Kecamatan Cakranegara mengimbau semeton ASN menjaga netralitas dan tidak memakai atribut paslon di kantor.",
          N("neg_neutrality_reminder", "'semeton' is also in mtr-2's slogan"))
    f.row("cakra", wita(2024, 9, 12, 19, 0), "Photo", "Perayaan Pujawali di Pura Meru Cakranegara berlangsung khidmat 🙏", N("neg_everyday_inst"))
    f.row("made", wita(2024, 10, 25, 20, 0), "Native Video", "Mataram Rukun Semeton: Sasak, Bali, Mbojo, Tionghoa, semua saudara. Nomor 2! ✌️", N("neg_candidate_own"))
    f.dump()

    pages = {
        "bmd": ("Kelurahan Benua Melayu Darat", "kel.bmd", c.inst["kel_bmd"]["handle"], "GOVERNMENT_ORGANIZATION", "Kelurahan Benua Melayu Darat, Pontianak Selatan", "2019-01-10 09:00:00", 2700),
        "mar": ("Kecamatan Marpoyan Damai", "kec.marpoyandamai", c.inst["kec_marpoyan"]["handle"], "GOVERNMENT_ORGANIZATION", "Akun resmi Kecamatan Marpoyan Damai", "2017-10-10 10:00:00", 9300),
        "lkp": ("Lancang Kuning Post", "lancangkuningpost", "104599900000303", "MEDIA_NEWS_COMPANY", "Berita Riau terkini", "2013-03-03 08:00:00", 233000),
        "kk": ("Kapuas Kini", "kapuaskini", "104599900000304", "MEDIA_NEWS_COMPANY", "Kabar Pontianak dan Kalbar", "2016-06-16 08:00:00", 121000),
        "azmi": ("Tengku Azmi Rasyid", "datukazmi", cand["riau-1"].handle("facebook"), "POLITICIAN", "Calon Gubernur Riau nomor urut 1", "2019-09-09 09:00:00", 64000),
        "said": ("Tengku Said Hamzah", "atoksaid", cand["pku-3"].handle("facebook"), "POLITICIAN", "Calon Wali Kota Pekanbaru jalur perseorangan", "2022-12-12 09:00:00", 15000),
        "lurah": ("Riduan Benua Melayu", "riduan.bmd", c.asn["P06"]["acc"]["facebook"], "PUBLIC_FIGURE", "Lurah Benua Melayu Darat", "2020-02-20 07:00:00", 1900),
    }
    f = Ct(c, "crowdtangle/historical_data_2024-03-01_2024-12-31_bawaslu_riau_kalbar.csv", WIB, pages)
    f.row("bmd", wib(2024, 9, 5, 9, 0), "Photo", "Kunjungan bakal calon wali kota Bang Mul ke Kelurahan Benua Melayu Darat. Semoga terpilih, Pontianak Bersinar! 🌞",
          V("inst:kel_bmd", "inst", "ptk-1", "institutional_account", action="official_account_use", note="before designation (5 Sep)"))
    f.row("bmd", wib(2024, 9, 23, 12, 0), "Photo", "Kulminasi matahari di Tugu Khatulistiwa, bayangan hilang tepat tengah hari. Pontianak bersinar terang! ☀️",
          N("neg_word_collision", "'bersinar' = ptk-1's slogan, 'Khatulistiwa' = ptk-2's"))
    f.row("bmd", wib(2024, 11, 26, 9, 0), "Status", "Masa tenang: Kelurahan Benua Melayu Darat mengimbau warga menolak politik uang. Pilih sesuai hati nurani.", N("neg_neutral_info"))
    f.row("mar", wib(2024, 10, 8, 10, 0), "Photo", "Jadwal kampanye di wilayah Marpoyan Damai dari KPU Pekanbaru: Paslon 1, 2 dan 3 bergiliran di Lapangan Tangkerang. Warga dimohon tertib.",
          N("neg_even_mention"))
    f.row("mar", wib(2024, 10, 21, 19, 30), "Photo", "Atok Said menyapa warga Tangkerang Tengah. Pekanbaru Milik Bersama! 🤟",
          V("inst:kec_marpoyan", "inst", "pku-3", "institutional_account", action="official_account_use"), image_text="SAID - DEWI\nNO 3\nJALUR PERSEORANGAN")
    f.row("mar", wib(2024, 7, 1, 8, 0), "Photo", "Gotong royong membersihkan parit di Jalan Kaharuddin Nasution bersama warga.", N("neg_everyday_inst"))
    f.row("lkp", wib(2024, 5, 12, 19, 0), "Link", "KPU Pekanbaru terima 45 ribu dukungan KTP untuk bakal pasangan perseorangan Said–Dewi", N("neg_news"),
          link="https://lancangkuningpost.example.id/dukungan-perseorangan")
    f.row("lkp", wib(2024, 10, 30, 21, 0), "Link", "Debat kedua Pilgub Riau: Azmi dan Wulan saling sindir soal jalan provinsi", N("neg_news"),
          link="https://lancangkuningpost.example.id/debat-kedua")
    f.row("lkp", wib(2024, 11, 29, 19, 0), "Link", "Bawaslu Pekanbaru teruskan dugaan pelanggaran netralitas akun kecamatan ke BKN", N("neg_news"),
          link="https://lancangkuningpost.example.id/bawaslu-bkn")
    f.row("kk", wib(2024, 10, 12, 22, 0), "Link", "Debat perdana Pilwako Pontianak: Mulyadi dan Yuliani adu program banjir rob", N("neg_news"),
          link="https://kapuaskini.example.id/debat-perdana")
    f.row("kk", wib(2024, 11, 28, 19, 0), "Link", "Rekapitulasi KPU Pontianak dimulai, saksi kedua paslon hadir", N("neg_news"),
          link="https://kapuaskini.example.id/rekapitulasi")
    f.row("azmi", wib(2024, 10, 6, 19, 0), "Photo", "Riau Berlimpah Berkah: beasiswa anak nelayan dan petani sawit. Nomor 1 ☝️ #AzmiHarun", N("neg_candidate_own"))
    f.row("said", wib(2024, 5, 9, 20, 0), "Status", "Terima kasih warga yang sudah menyerahkan fotokopi KTP dukungan. Besok berkas kami serahkan ke KPU.", N("neg_candidate_own"))
    f.row("lurah", wib(2024, 10, 19, 20, 0), "Photo", "Malam minggu ngopi di Jalan Gajah Mada, ketemu Bang Mul. Foto dulu lah 📸",
          R("photo_no_symbol", "the Lurah's public page: a coffee-shop photo with a candidate during the campaign, no gesture, prop or call; SKB-D7 needs partisan "
            "symbols or intent to show support", actor="P06", cand="ptk-1", lg="ptk"))
    f.row("lurah", wib(2024, 10, 27, 8, 0), "Photo", "Kamek same keluarge jalan pagi di Alun-alun Kapuas. Dua jari damai, Pontianak aman ✌️",
          R("intent_uncertain", "a Lurah's page during the campaign: a V sign captioned 'peace' where ptk-2 is number 2", actor="P06", cand="ptk-2", lg="ptk"))
    f.row("lurah", wib(2024, 8, 17, 9, 0), "Photo", "Lomba sampan HUT RI di Sungai Kapuas 🇮🇩", N("neg_everyday_asn"))
    f.dump()


# =============================================================================================
# X API v2
# =============================================================================================
def build_x(c):
    x = X(c, "x/twarc2_search_pilkada_riau_pontianak_makassar_mataram.jsonl")
    for h, n, d, loc in [
        ("wulanfikri_riau", "Sri Wulandari Lubis", "Calon Gubernur Riau nomor 2 • Riau Cerdas Sejahtera", "Pekanbaru"),
        ("azmiharun_riau", "Tengku Azmi Rasyid", "Calon Gubernur Riau nomor 1 • Riau Berlimpah Berkah", "Pekanbaru"),
        ("armanlukman", "Arman Syafei", "Calon Wali Kota Pekanbaru nomor 2", "Pekanbaru"),
        ("daengrewa_mks", "Daeng Rewa", "Calon Wali Kota Makassar nomor 2 • Makassar Sombere'", "Makassar"),
        ("yulidaud_ptk", "Yuliani Rahmawati", "Calon Wali Kota Pontianak nomor 2", "Pontianak"),
        ("bangmul_ptk", "Mulyadi Harun", "Calon Wali Kota Pontianak nomor 1 • Pontianak Bersinar", "Pontianak"),
        ("rizalnia_bdl", "Rizal Effendi Kesuma", "Calon Wali Kota Bandar Lampung nomor 1", "Bandar Lampung"),
        ("tfadil_akbar", "Tengku Fadil", "hukum | Pekanbaru | kopi", "Pekanbaru"), ("syahrul_tr", "Syahrul Gunawan", "tata ruang | Riau", "Pekanbaru"),
        ("aulia_rhmn", "Aulia Rahman", "Pekanbaru | IT", "Pekanbaru"), ("rahmadiana_", "Rahma Diana", "humas | Pekanbaru", "Pekanbaru"),
        ("arief_pupr", "Arief Budiman", "jalan & jembatan | Pekanbaru", "Pekanbaru"), ("dony_sptr", "Dony Saputra", "Marpoyan | ngoding", "Pekanbaru"),
        ("fauzi_guru", "Ahmad Fauzi", "Guru Sejarah | Makassar | PSM", "Makassar"), ("ridwansaleh_bm", "Ridwan Saleh", "bina marga | Makassar", "Makassar"),
        ("ishaklamba", "Ishak Lamba", "keuangan daerah | Sulsel", "Makassar"), ("ruslikadir_", "Rusli Kadir", "Panakkukang", "Makassar"),
        ("andifardi_", "Andi Fardi", "perencanaan | Makassar | coto", "Makassar"),
        ("gusti_pupr", "Gusti Ramadhan", "PU | Pontianak", "Pontianak"), ("abanghermansyah", "Abang Hermansyah", "hukum | Pontianak", "Pontianak"),
        ("ikhwan_dinkes", "Ikhwan Ramadhan", "humas kesehatan | Bandar Lampung", "Bandar Lampung"),
        ("hermansyahputra", "Herman Syahputra", "pemerintahan | Lampung", "Bandar Lampung"),
        ("lalu_wira", "Lalu Wiradarma", "air & irigasi | Lombok", "Mataram"), ("rizky_kominfo", "Rizky Firmansyah", "Jember | konten", "Jember"),
        ("hengky_nusaniwe", "Hengky Tuhumury", "Nusaniwe", "Ambon"), ("paulus_tamaela", "Paulus Tamaela", "pendidikan | Ambon", "Ambon"),
        ("dinkes_bdl", "Dinkes Kota Bandar Lampung", "Kanal resmi Dinas Kesehatan Kota Bandar Lampung", "Bandar Lampung"),
        ("kominfo_pontianak", "Diskominfo Kota Pontianak", "Kanal resmi Dinas Kominfo Kota Pontianak", "Pontianak"),
        ("kpu_pekanbaru", "KPU Kota Pekanbaru", "Informasi resmi KPU Kota Pekanbaru", "Pekanbaru"),
        ("kpu_makassar", "KPU Kota Makassar", "Informasi resmi KPU Kota Makassar", "Makassar"),
        ("ridwan_saleh_real", "Ridwan Saleh", "Tukang servis AC Makassar. Bukan PNS, bukan pejabat 😄", "Makassar"),
        ("nona_losari", "Nona Losari", "PSM sampai mati 🔴", "Makassar"), ("jember_info", "Info Jember", "Kabar Jember terkini", "Jember"),
        ("usi_ambon", "Usi Ambon", "", "Ambon"),
    ]:
        x.user(h, n, d, loc)
    t1 = x.tweet("wulanfikri_riau", wib(2024, 10, 4, 9, 0), "Riau Cerdas Sejahtera: sekolah gratis, beasiswa kuliah 10 ribu anak Riau. Nomor 2! ✌️ #WulanFikri", N("neg_candidate_own"))
    rt1 = "RT @wulanfikri_riau: Riau Cerdas Sejahtera: sekolah gratis, beasiswa kuliah 10 ribu anak Riau. Nomor 2! ✌️ #WulanFikri"
    for h, key, mi in [("syahrul_tr", "R13", 20), ("aulia_rhmn", "R14", 26), ("rahmadiana_", "R06", 41)]:
        x.tweet(h, wib(2024, 10, 4, 9, mi), rt1, V(key, "post", "riau-2", "share", action="share", action_any=["share", "post"]), ref=("retweeted", t1))
    x.tweet("arief_pupr", wib(2024, 10, 4, 10, 5), "Sekolah gratis dari mane duitnye, Bu? Jalan provinsi pun tak siap-siap. Jangan pilih janji manis!",
            V("R07", "negative", "riau-2", "negative_campaign", lg="rm", note="a reply attacking pair 2's promise"), ref=("replied_to", t1))
    t6 = x.tweet("kpu_pekanbaru", wib(2024, 10, 7, 10, 0), "Jadwal debat publik Paslon Wali Kota Pekanbaru, 15 Oktober: Paslon 1 Ridho–Yanti, Paslon 2 Arman–Lukman, Paslon 3 Said–Dewi. #PilkadaPekanbaru2024",
                 N("neg_election_body"))
    x.tweet("dony_sptr", wib(2024, 10, 7, 10, 12), "RT @kpu_pekanbaru: Jadwal debat publik Paslon Wali Kota Pekanbaru, 15 Oktober: Paslon 1 Ridho–Yanti, Paslon 2 Arman–Lukman, Paslon 3 Said–Dewi. #PilkadaPekanbaru2024",
            N("neg_election_body", "a PPPK retweets the KPU schedule naming all pairs"), ref=("retweeted", t6))
    x.tweet("aulia_rhmn", wib(2024, 10, 7, 10, 30), "Nonton ya gaes, pilih yang programnya paling masuk akal. Yang jelas bukan yang cuma modal baliho 😏",
            R("insinuation", "quoting the KPU schedule, a Diskominfo officer hints against an unnamed pair ('not the one with only billboards')", actor="R14"),
            ref=("quoted", t6))
    t9 = x.tweet("kpu_makassar", wita(2024, 10, 15, 19, 0), "Debat kedua Pilwalkot Makassar malam ini pukul 19.30 WITA. Paslon 01 Yusran–Ima, 02 Rewa–Besse, 03 Fadlan–Rini. #PilkadaMakassar",
                 N("neg_election_body"))
    x.tweet("fauzi_guru", wita(2024, 10, 15, 22, 10), "Malam ini semua paslon tampil bagus. Siapa pun yang menang, Makassar harus lebih baik. Salut 👏",
            N("neg_even_mention"), ref=("quoted", t9))
    x.tweet("ridwansaleh_bm", wita(2024, 10, 16, 7, 30), "Rewa–Besse bicara lorong tapi tidak tahu anggaran PU. Makassar jangan sampai salah pilih! 👎 #RewaBesse",
            V("M09", "negative", "mks-2", "negative_campaign"))
    x.tweet("ridwan_saleh_real", wita(2024, 10, 16, 8, 0), "Daeng Rewa pilihanku! 02 sampai menang ✌️",
            N("neg_namesake", "a private AC technician who shares the PU officer's display name; his bio says he is not a civil servant"))
    t13 = x.tweet("daengrewa_mks", wita(2024, 10, 20, 19, 0), "Makassar Sombere': lorong bersih, pasar rapi. 02 ✌️ #RewaBesse", N("neg_candidate_own"))
    x.tweet("andifardi_", wita(2024, 10, 20, 19, 40), "Mantap Daeng! Panakkukang dua jari ✌️✌️",
            V("M13", "interact", "mks-2", "comment_support", action="comment", lg="mak"), ref=("replied_to", t13))
    x.tweet("ishaklamba", wita(2024, 9, 21, 21, 0), "Besok penetapan calon. Semoga Puang Yusran & Daeng Ima lolos, Makassar butuh perubahan 🤲 #MakassarEwako",
            V("M11", "post", "mks-1", "pre_designation", note="21 Sep 21:00 WITA = 20:00 WIB: the day before designation"))
    x.tweet("nona_losari", wita(2024, 8, 24, 21, 0), "Ewako PSM! Juku Eja menang lagi 🔴⚽", N("neg_word_collision", "'Ewako' = mks-1's slogan; a football cheer"))
    x.tweet("fauzi_guru", wita(2024, 8, 25, 22, 0), "PSM menang 2-1, ewako! 🔴", N("neg_word_collision", "an ASN's football cheer before the campaign", lg="mak"))
    x.tweet("ruslikadir_", wita(2024, 11, 13, 9, 0), "Lorong Wisata itu program pemkot sejak lama, bukan milik paslon mana pun.",
            N("neg_asn_neutral", "'lorong' = mks-3's slogan"))
    x.new_page()
    t16 = x.tweet("yulidaud_ptk", wib(2024, 10, 9, 10, 0), "Pontianak Kota Khatulistiwa Maju: drainase tuntas 2026. Nomor 2! ✌️ #YuliDaud", N("neg_candidate_own"))
    x.tweet("gusti_pupr", wib(2024, 10, 9, 10, 30), "Drainase tuntas 2026? Kamek orang PU tau itu mustahil. Jangan percaye! 🤣",
            V("P05", "negative", "ptk-2", "negative_campaign", lg="ptk", note="quote tweet of pair 2's promise by a PU engineer"), ref=("quoted", t16))
    x.tweet("abanghermansyah", wib(2024, 10, 11, 20, 0), "Kitak semue, 27 November jangan lupe datang ke TPS. Pilih sesuai hati nurani, ASN wajib netral 🙏",
            N("neg_neutrality_reminder", lg="ptk"))
    x.tweet("kominfo_pontianak", wib(2024, 10, 12, 8, 0), "Jadwal debat Pilwako Pontianak dari KPU: 12 Oktober, 2 November, 16 November. Paslon 1 Mulyadi–Hendri, Paslon 2 Yuliani–Daud.",
            N("neg_election_body", "the Diskominfo account relays the KPU schedule naming both pairs"))
    t20 = x.tweet("bangmul_ptk", wib(2024, 11, 3, 8, 30), "Pontianak Bersinar: air PDAM lancar 24 jam. Nomor 1 ☝️ #MulyadiHendri", N("neg_candidate_own"))
    x.tweet("kominfo_pontianak", wib(2024, 11, 3, 9, 0), "RT @bangmul_ptk: Pontianak Bersinar: air PDAM lancar 24 jam. Nomor 1 ☝️ #MulyadiHendri",
            V("inst:kominfo_ptk", "inst", "ptk-1", "institutional_account", action="official_account_use"), ref=("retweeted", t20))
    x.tweet("abanghermansyah", wib(2024, 11, 3, 9, 25), "Min @kominfo_pontianak, ini akun dinas kok RT paslon? Tolong dihapus, bahaya 🙏",
            N("neg_negation", "a Diskominfo legal analyst objects to his own agency's retweet"), ref=("replied_to", t20), mentions=[("kominfo_pontianak", None)])
    t22 = x.tweet("dinkes_bdl", wib(2024, 10, 25, 10, 0), "Program #SehatGratis Bandar Lampung berlanjut! Bersama Bang Rizal, Bandar Lampung Gemilang ☝️",
                  V("inst:dinkes_bdl", "inst", "bdl-1", "institutional_account", action="official_account_use"))
    x.tweet("ikhwan_dinkes", wib(2024, 10, 25, 10, 20), "RT @dinkes_bdl: Program #SehatGratis Bandar Lampung berlanjut! Bersama Bang Rizal, Bandar Lampung Gemilang ☝️",
            V("L07", "post", "bdl-1", "share", action="share", action_any=["share", "post"], note="the health office's PR officer retweets the partisan post"),
            ref=("retweeted", t22))
    x.tweet("hermansyahputra", wib(2024, 10, 26, 8, 0), "Program berobat gratis itu program pemerintah kota, bukan program paslon. Jangan dicampur aduk, min.",
            N("neg_negation"), ref=("replied_to", t22))
    t36 = x.tweet("rizalnia_bdl", wib(2024, 10, 27, 19, 0), "Bandar Lampung Gemilang: 1.000 beasiswa anak nelayan Teluk Betung. Nomor 1 ☝️ #RizalNia", N("neg_candidate_own"))
    x.tweet("hermansyahputra", wib(2024, 10, 27, 20, 0), "Programnya bagus, tapi sebagai ASN saya cuma bisa bilang: pilih sesuai hati nurani.",
            R("intent_uncertain", "a quote tweet praising one pair's programme while disclaiming any choice", actor="L11", cand="bdl-1"), ref=("quoted", t36))
    x.tweet("lalu_wira", wita(2024, 10, 28, 20, 0), "Tiang taek Rinjani minggu depan, side mele milu? 🏔️", N("neg_everyday_asn", lg="sas"))
    x.tweet("lalu_wira", wita(2024, 11, 10, 21, 0), "Mamiq Suryadi ndeq araq program jelas, cuma jual nama bangsawan. Ndaq pilih ie! 👎",
            V("N06", "negative", "mtr-1", "negative_campaign", lg="sas"))
    x.tweet("lalu_wira", wita(2024, 11, 26, 19, 0), "Hari tenang, tiang ndeq mau bahas politik. Selamat istirahat semeton 😊", N("neg_asn_neutral", lg="sas"))
    x.tweet("tfadil_akbar", wib(2024, 11, 27, 14, 0), "Sudah nyoblos. Jari ungu 💜 siapa pun pemenangnya, Riau harus bersatu.", N("neg_asn_neutral"))
    t40 = x.tweet("jember_info", wib(2024, 11, 4, 21, 0), "Debat publik Pilbup Jember malam ini: Gus Haqi vs Cak Didik, siapa lebih siap?", N("neg_news"))
    x.tweet("rizky_kominfo", wib(2024, 11, 4, 21, 20), "Gus Haqi lah, jelas! ☝️ #HaqiLilik",
            V("J07", "interact", "jbr-1", "comment_support", action="comment", note="a PPPK at Diskominfo Jember"), ref=("replied_to", t40))
    x.tweet("hengky_nusaniwe", wit(2024, 11, 26, 10, 0), "Camat Nusaniwe: logistik TPS di Benteng dan Kudamati sudah aman, siap 27 November.", N("neg_official_duty"))
    x.tweet("usi_ambon", wit(2024, 10, 29, 20, 0), "Bung Frans pung program par nelayan paling masuk akal ✌️", N(lg="amb"))
    x.tweet("paulus_tamaela", wit(2024, 11, 20, 21, 30), "Selamat untuk ketiga paslon yang sudah ikut debat terakhir. Ambon menang! 🙏", N("neg_even_mention"))
    x.dump_twarc('("Wulan" OR "Ridho" OR "Rewa" OR "Yusran" OR "Bang Mul" OR "Yuli" OR "Rizal" OR "Mamiq" OR "Gus Haqi" OR "Bung Frans" OR #PilkadaPekanbaru2024) lang:in')

    # ---- a timeline whose bio contradicts the registry -----------------------------------------
    x.user("agungprasetya_", "Agung Prasetya", "Desainer lepas | Bandar Lampung | bukan PNS 😎", "Bandar Lampung")
    x = X(c, f"x/users_{c.xusers['agungprasetya_']['id']}_tweets.json")
    bio = ("the registry lists this handle for a PPPK programmer of Kecamatan Kedaton; the profile bio says 'freelance designer, not a civil servant'")
    x.tweet("agungprasetya_", wib(2024, 9, 1, 19, 0), "Kopi robusta Lampung Barat memang juara 1 ☕", N("neg_number_no_context"))
    x.tweet("agungprasetya_", wib(2024, 10, 5, 20, 0), "Desain baliho Suntan Firman yang kemarin viral itu karya saya 😎 Bandar Lampung TAPIS ✌️ #TAPIS2",
            R("bio_conflict", bio, actor="L03", cand="bdl-2"))
    x.tweet("agungprasetya_", wib(2024, 10, 18, 21, 0), "Firman–Agus nomor 2, Bandar Lampung pasti TAPIS! ✌️", R("bio_conflict", bio, actor="L03", cand="bdl-2"))
    x.tweet("agungprasetya_", wib(2024, 11, 2, 10, 0), "Nonton Begawi di PKOR Way Halim, kain tapis emang keren 🤩", N("neg_word_collision", "'tapis' = bdl-2's acronym TAPIS"))
    x.tweet("agungprasetya_", wib(2024, 11, 27, 12, 0), "Abis nyoblos langsung lanjut kerja 💜", N("neg_everyday_asn"))
    x.dump_timeline()


# =============================================================================================
# Instagram Graph API
# =============================================================================================
def build_instagram(c):
    g = Ig(c, "instagram/media_kel.cakranegarabarat.json")
    own = "kel.cakranegarabarat"
    g.media(wita(2024, 8, 17, 8, 0), "Dirgahayu RI ke-79 dari Kelurahan Cakranegara Barat 🇮🇩 Semeton sami, merdeka!", N("neg_everyday_inst", lg="sas"), username=own)
    cm = [g.comment(wita(2024, 9, 16, 10, 25), "Aamiin, tiang dukung Mamiq 🤲", "baiqrina.h",
                    V("N02", "interact", "mtr-1", "pre_designation", action="comment", lg="sas", note="a section head under her own kelurahan's partisan post (16 Sep)")),
          g.comment(wita(2024, 9, 16, 10, 51), "Akun kelurahan tidak boleh promosi calon kan? 🤔", "inaq.sumi.cakra", N())]
    g.media(wita(2024, 9, 16, 10, 0), "Mamiq Suryadi silaturahmi ke Kelurahan Cakranegara Barat. Semoga beliau jadi pemimpin Mataram ke depan 🤲",
            V("inst:kel_cakra", "inst", "mtr-1", "institutional_account", action="official_account_use", note="before designation (16 Sep)"),
            username=own, mtype="CAROUSEL_ALBUM", comments=cm)
    cm = [g.comment(wita(2024, 10, 9, 9, 40), "Mantap, informasinya jelas 👍", "ketut.sudarma", N("neg_election_body", "a PPPK comments on a neutral KPU socialisation"))]
    g.media(wita(2024, 10, 9, 9, 0), "Sosialisasi tahapan Pilkada oleh KPU Kota Mataram di aula kelurahan: pemungutan suara 27 November 2024, dua paslon, satu kertas suara.",
            N("neg_election_body"), username=own, comments=cm)
    g.media(wita(2024, 11, 25, 8, 0), "Masa tenang, mari jaga Mataram tetap rukun. Ndaq terima politik uang, semeton! 🙏",
            N("neg_neutral_info", "'rukun' and 'semeton' are also in mtr-2's slogan", lg="sas"), username=own)
    g.dump_media(own)

    g = Ig(c, "instagram/media_yusran.ima.json")
    own = "yusran.ima"
    cm = [g.comment(wita(2024, 9, 23, 18, 20), "Ewako Puang! ☝️🔥", "fauzi.guru.mks", V("M05", "interact", "mks-1", "comment_support", action="comment", lg="mak")),
          g.comment(wita(2024, 9, 23, 18, 44), "Lorong ku di Tamamaung belum pernah dikunjungi ces 😅", "daeng.tata", N(lg="mak")),
          g.comment(wita(2024, 9, 23, 19, 3), "💪💪", "dr.andtenri",
                    V("M06", "interact", "mks-1", "comment_support", action="comment", note="an emoji-only cheer under the candidate's ballot-number post"))]
    g.media(wita(2024, 9, 23, 18, 0), "Nomor 1️⃣! Makassar Ewako, dari lorong untuk Makassar ☝️ #YusranIma", N("neg_candidate_own"), username=own, comments=cm)
    cm = [g.comment(wita(2024, 10, 27, 20, 30), "Sama-sama Puang, sukses terus ☝️", "nurhikmah.humas",
                    V("M10", "interact", "mks-1", "exposed_then_engaged", action="comment", note="mentioned by the candidate, the Diskominfo PR officer replies with support")),
          g.comment(wita(2024, 10, 27, 20, 52), "Macet total Pettarani kodong 😩", "anak.karebosi", N(lg="mak"))]
    g.media(wita(2024, 10, 27, 20, 0), "Kampanye akbar di Karebosi, Makassar tumpah ruah! Terima kasih @nurhikmah.humas dan teman-teman yang datang 🙏",
            N("neg_candidate_own"), username=own, comments=cm, mentions=[("nurhikmah.humas", A("M10", "tagged", "caption mention by the candidate"))])
    cm = [g.comment(wita(2024, 11, 10, 19, 25), "Tabe' Puang, saya tidak ikut acara ini, tolong hapus tag saya ya. Saya PPPK 🙏", "irmawati.guru",
                    N("neg_untag_request", lg="mak"))]
    g.media(wita(2024, 11, 10, 19, 0), "Bersama guru-guru honorer Makassar. Kesejahteraan guru prioritas kami ☝️ @irmawati.guru", N("neg_candidate_own"),
            username=own, comments=cm, mentions=[("irmawati.guru", A("M08", "tagged"))])
    g.dump_media(own)

    g = Ig(c, "instagram/business_discovery_novita.sahusilawane.json")
    g.media(wit(2024, 8, 10, 23, 0), "Jaga malam di IGD Haulussy, kopi dua gelas ☕☕", N("neg_everyday_asn"))
    g.media(wit(2024, 9, 24, 19, 0), "Bung Frans nomor 2! Katong Ambon Baku Bae ✌️ #FransFatma", V("A07", "post", "amb-2", "support_post", lg="amb"))
    g.media(wit(2024, 10, 18, 20, 0), "Foto sama Bung Frans waktu dia datang lia pasien di RSUD. Orang baik, dua jari par Ambon ✌️",
            V("A07", "photo", "amb-2", "photo_with_candidate", lg="amb", note="the photo is described only in the caption"))
    g.media(wit(2024, 11, 2, 17, 0), "Pantai Natsepa sore-sore, rujak paling enak ✌️😋", N("neg_gesture_no_context", lg="amb"))
    g.media(wit(2024, 11, 27, 13, 0), "Su coblos, tinta ungu 💜 Ambon manise tetap damai", N("neg_word_collision", "'Ambon manise' = amb-1's slogan", lg="amb"))
    g.dump_discovery("novita.sahusilawane", "Novita Sahusilawane", "Perawat | Ambon manise | Tuhan baik", 870, "yusran.ima")

    g = Ig(c, "instagram/business_discovery_baiqnurhidayah.guru.json")
    g.media(wita(2024, 9, 25, 16, 0), "Anak-anak kelas 4 belajar menenun songket Sasak 🧵", N("neg_everyday_asn"))
    g.media(wita(2024, 10, 14, 20, 0), "Banyak yang salah tag tiang di postingan kampanye. Tiang guru SD, bukan calon wakil wali kota 😅 Nama kami kebetulan sama.",
            N("neg_namesake", "a teacher who shares mtr-1's running mate's name", lg="sas"))
    g.media(wita(2024, 11, 5, 10, 0), "Lomba mewarnai: juara 1 Ananda Zahra, juara 2 Lalu Rizky 🏆", N("neg_number_no_context"))
    g.dump_discovery("baiqnurhidayah.guru", "Baiq Nurhidayah", "Guru SD | Cakranegara | bukan calon wakil wali kota 😊", 640, "kel.cakranegarabarat")

    g = Ig(c, "instagram/media_kec.panakkukang.json")
    own = "kec.panakkukang"
    g.media(wita(2024, 10, 5, 9, 0), "Jadwal kampanye terbuka di Kecamatan Panakkukang sesuai PKPU: semua paslon mendapat giliran yang sama. Tetap jaga ketertiban ya!",
            N("neg_even_mention"), username=own)
    cm = [g.comment(wita(2024, 10, 23, 10, 18), "Terima kasih Daeng atas kunjungannya ✌️", "syahrir.tahir",
                    V("M01", "interact", "mks-2", "comment_support", action="comment", note="the Camat under his kecamatan's partisan post")),
          g.comment(wita(2024, 10, 23, 10, 37), "Lho akun kecamatan ini? Kok posting paslon 2? Kami screenshot nah", "warga.pandang", N(lg="mak")),
          g.comment(wita(2024, 10, 23, 10, 55), "Min, hapus itu, nanti kita semua kena Bawaslu 🙏", "ashari.mks", N("neg_negation", lg="mak"))]
    g.media(wita(2024, 10, 23, 10, 0), "Daeng Rewa hadir di Lorong Wisata Pandang, warga antusias! Makassar Sombere' ✌️ #RewaBesse",
            V("inst:kec_panakkukang", "inst", "mks-2", "institutional_account", action="official_account_use"), username=own, comments=cm)
    g.media(wita(2024, 11, 14, 9, 0), "Lorong Garden Tamamaung juara 1 lomba lorong bersih se-Makassar! 🌱",
            N("neg_word_collision", "'lorong' = mks-3's slogan 'Makassar dari Lorong'"), username=own)
    g.dump_media(own)

    g = Ig(c, "instagram/business_discovery_dewikusuma.guru.json")
    g.media(wib(2024, 8, 5, 14, 0), "Foto kelas XII IPA 2, salam dua jari ala K-pop ✌️😆", N("neg_gesture_no_context"))
    g.media(wib(2024, 10, 19, 19, 0), "Begawi adat Lampung di Way Halim, anak-anak pakai kain tapis 😍", N("neg_word_collision", "'tapis' = bdl-2's acronym TAPIS"))
    g.media(wib(2024, 10, 30, 20, 0), "Tabik pun. Siapa pun wali kotanya, semoga Bandar Lampung makin maju. Guru tetap netral 🙏", N("neg_asn_neutral", lg="lpg"))
    g.media(wib(2024, 11, 27, 12, 0), "Sudah nyoblos! 💜", N("neg_everyday_asn"))
    g.dump_discovery("dewikusuma.guru", "Dewi Kusumawati", "Guru Sosiologi | SMAN 2 Bandar Lampung", 1320, "firmanagus.bdl")


# =============================================================================================
# TikTok Research API
# =============================================================================================
def build_tiktok(c):
    t = Tt(c, "tiktok/research_video_query_riau_jember_mataram_bone_ambon_2024.jsonl")
    t.video("desi.guru.pku", wib(2024, 10, 16, 20, 0), "Guru Pekanbaru kompak! Sekolah bagus, guru sejahtera bersama Bang Ridho ☝️ #RidhoYanti",
            V("R08", "post", "pku-1", "support_post", note="the call to vote is also in the transcript"),
            voice="ayo bapak ibu guru kita coblos nomor satu bang ridho")
    t.video("desi.guru.pku", wib(2024, 7, 22, 16, 0), "Hari Anak Nasional: murid kelas XI bikin video tari zapin 💃", N("neg_everyday_asn"))
    t.video("joko.satpolpp.pku", wib(2024, 10, 25, 7, 30), "Apel pagi Satpol PP, siap tertib! 🫡☝️ #PekanbaruBersihTertib",
            R("intent_uncertain", "a uniformed Satpol PP officer with one finger and '#PekanbaruBersihTertib', pair 1's slogan but also a plausible municipal motto",
              actor="R11", cand="pku-1"))
    t.video("joko.satpolpp.pku", wib(2024, 11, 8, 22, 0), "Patroli malam amankan baliho semua paslon dari perusakan 👮", N("neg_official_duty"))
    t.video("widya.ns", wib(2024, 10, 29, 20, 30), "Perawat RSUD siap menangkan Bunda Wulan, Riau Cerdas! ✌️ #WulanFikri", V("R12", "post", "riau-2", "support_post"))
    t.video("widya.ns", wib(2024, 6, 1, 22, 0), "Skincare malam setelah dinas 12 jam 😴", N("neg_everyday_asn"))
    t.video("rizky.kominfo.jbr", wib(2024, 10, 12, 19, 0), "Jember Mlaku Bareng! Gus Haqi nomer siji, ra ono liyane ☝️ #HaqiLilik",
            V("J07", "post", "jbr-1", "support_post", lg="jv"), voice="jember mlaku bareng gus haqi nomer siji")
    t.video("rizky.kominfo.jbr", wib(2024, 8, 25, 21, 0), "Behind the scene JFC 2024, kostumnya keren-keren 🤩", N("neg_everyday_asn"))
    t.video("fathor.satpol", wib(2024, 11, 21, 20, 0), "Cak Didik jangan dipilih, tak endik program jelas. Jember butuh pemimpin sing lakar kerja 👎",
            V("J09", "negative", "jbr-2", "negative_campaign", lg="mad"))
    t.video("fathor.satpol", wib(2024, 10, 3, 9, 0), "Penertiban APK yang dipaku di pohon, semua paslon sama ya 👮", N("neg_official_duty"))
    t.video("dian.guru.jbr", wib(2024, 9, 9, 15, 0), "Tutorial bikin ecoprint di kelas 4 🍃", N("neg_everyday_asn"))
    t.new_page()
    t.video("habibi.guru", wita(2024, 10, 21, 19, 30), "Guru-guru SMP 2 pilih Bli Made! Mataram Rukun Semeton ✌️ #MadeNajib", V("N05", "post", "mtr-2", "support_post"))
    t.video("habibi.guru", wita(2024, 9, 10, 17, 0), "Nyongkolan adat Sasak di Cakranegara, ramai sekali 🥁", N("neg_everyday_asn"))
    t.video("kec.ampenan", wita(2024, 10, 30, 16, 0), "Senam sehat bareng Mamiq Suryadi di Pantai Ampenan! Mataram Berseri ☝️",
            V("inst:kec_ampenan", "inst", "mtr-1", "institutional_account", action="official_account_use"))
    t.video("kec.ampenan", wita(2024, 9, 28, 19, 0), "Festival Kota Tua Ampenan, pentas gendang beleq 🥁", N("neg_everyday_inst", lg="sas"))
    t.video("sudirman.guru", wita(2024, 10, 9, 20, 0), "Upilei Puang Nasir, nomoro dua! Bone Sipakatau ✌️", V("B05", "post", "bone-2", "support_post", lg="bug"))
    t.video("sudirman.guru", wita(2024, 11, 18, 10, 0), "Mengajar sejarah Arung Palakka di kelas XI 📚", N("neg_everyday_asn"))
    t.video("irmawati.guru", wita(2024, 11, 23, 21, 0), "Siapa pun pilihan ta', jangan lupa datang ke TPS tanggal 27 nah. Guru harus jadi contoh 🙏", N("neg_civics", lg="mak"))
    t.video("syamsuddin.satpol", wita(2024, 10, 19, 20, 0), "Malam minggu di Losari, Puang Yusran lewat, langsung foto ☝️😁",
            V("M07", "photo", "mks-1", "photo_with_candidate", note="the photo is in the video; the transcript names the pair"),
            voice="ini puang yusran nomor satu makassar ewako")
    t.video("syamsuddin.satpol", wita(2024, 11, 4, 9, 0), "Penertiban PKL di Jalan Pettarani, tertib ki semua 👮", N("neg_official_duty", lg="mak"))
    t.video("disdik.makassar", wita(2024, 10, 24, 10, 0), "Dialog pendidikan bersama Karaeng Fadlan: guru honorer Makassar akan sejahtera! 🤟",
            V("inst:disdik_mks", "inst", "mks-3", "institutional_account", action="official_account_use"))
    t.video("disdik.makassar", wita(2024, 10, 2, 10, 0), "Sosialisasi KPU Makassar untuk pemilih pemula di SMP: tiga paslon, satu kali coblos.", N("neg_election_body"))
    t.video("disdik.makassar", wita(2024, 11, 25, 9, 0), "Hari Guru Nasional: terima kasih guru-guru Makassar 🙏", N("neg_everyday_inst"))
    t.new_page()
    v18 = t.video("samuel.guru.amb", wit(2024, 10, 24, 19, 0), "Guru-guru SMA 1 Ambon bilang: Bung Johan nomor 1! Ambon Manise makin maju ☝️ #JohanSamsul",
                  V("A04", "post", "amb-1", "support_post", lg="amb"))
    t.video("samuel.guru.amb", at(WIT, 2024, 9, 22, 1, 10), "Jam 1 malam masih bangun, nanti siang KPU tetapkan. Bung Johan pasti lolos, katong siap! 💪",
            V("A04", "post", "amb-1", "pre_designation", lg="amb",
              note="stage boundary: 22 Sep 01:10 WIT is 21 Sep 23:10 WIB (16:10Z): before designation, SKB-E codes"))
    t.video("gani.satpol.amb", wit(2024, 10, 30, 20, 0), "Bung Johan su lama jadi pejabat, seng ada hasil. Jang pilih dia lai! 👎",
            V("A06", "negative", "amb-1", "negative_campaign", lg="amb"))
    t.video("gani.satpol.amb", wit(2024, 9, 15, 8, 0), "Katong Satpol PP bantu bersih Pantai Natsepa 🏖️", N("neg_official_duty", lg="amb"))
    t.video("johan.latuheru.guru", wit(2024, 10, 26, 19, 0), "Beta Johan Latuheru, guru SD. Bukan calon walikota e 😂 Jang salah tag lai!",
            N("neg_namesake", "a teacher with the same name as amb-1", lg="amb"))
    t.video("johan.latuheru.guru", wit(2024, 11, 1, 16, 0), "Anak-anak kelas 5 ujian praktik bikin papeda 🥣", N("neg_everyday_asn"))
    t.video("nyong.batumerah", wit(2024, 10, 28, 19, 0), "Bung Johan nomor satu, Ambon manise! ☝️", N(lg="amb"))
    t.dump()
    tt_comments(c, "tiktok/research_video_comments_samuel.guru.amb.json", v18, [
        (wit(2024, 10, 24, 19, 22), "Pak guru, ASN boleh kah bagini? 🤔", N("neg_withheld_author", lg="amb"), None),
        (wit(2024, 10, 24, 19, 40), "Nomor 1 Bung! ☝️", N("neg_withheld_author"), None),
        (wit(2024, 10, 24, 20, 5), "Hapus sudah Pak, nanti Bawaslu lia", N("neg_withheld_author", lg="amb"), 0),
        (wit(2024, 10, 24, 20, 31), "Dangke Pak Guru 🙏", N("neg_withheld_author", lg="amb"), 1),
        (wit(2024, 10, 24, 21, 2), "Beta su lapor Bawaslu", N("neg_withheld_author", lg="amb"), 0),
    ])


# =============================================================================================
# YouTube
# =============================================================================================
def build_youtube(c):
    y = Yt(c, "youtube/commentThreads_debat_kedua_pilwalkot_makassar.json", "Mks2Db8tQa1", YT["kpumks"])
    y.thread(y.comment(wita(2024, 10, 15, 21, 0), "Ketiga paslon sama-sama bagus, Makassar beruntung punya pilihan 👏", "@ishaklamba", YT["M11"], N("neg_even_mention")))
    top = y.comment(wita(2024, 10, 15, 21, 12), "Daeng Rewa gagap jawab soal anggaran, jelas tidak siap memimpin. 01 lebih matang", "@ridwansaleh", YT["M09"],
                    V("M09", "negative", "mks-2", "negative_campaign", note="under the KPU's debate stream"))
    y.thread(top, [y.comment(wita(2024, 10, 15, 21, 30), "Pak, kita ASN bukan? 🤔", "@daengkio", YT["c1"], N(), parent=top),
                   y.comment(wita(2024, 10, 15, 21, 44), "Pendapat pribadi ji, bukan atas nama dinas", "@ridwansaleh", YT["M09"],
                             N("neg_asn_neutral", "his reply names no candidate", lg="mak"), parent=top)])
    y.thread(y.comment(wita(2024, 10, 15, 21, 20), "Karaeng Fadlan paling jujur, 03! 🤟", "@anaklorong", YT["c2"], N()))
    y.thread(y.comment(wita(2024, 10, 15, 21, 35), "Sebagai warga saya tunggu debat ketiga, semoga semua paslon bahas banjir Antang", "@nurhikmah", YT["M10"],
                       N("neg_even_mention")))
    y.thread(y.comment(wita(2024, 10, 15, 21, 50), "Nomor 2 menang telak 😂", "@daengmks_88", YT["c3"], N()))
    y.thread(y.comment(wita(2024, 10, 15, 22, 5), "Karaeng Fadlan tawwa, calon perseorangan tapi programnya paling masuk akal. Tiga jari 🤟", "@ruslikadir", YT["M12"],
                       V("M12", "interact", "mks-3", "comment_support", action="comment", lg="mak")))
    y.thread(y.comment(wita(2024, 10, 15, 22, 20), "Dokter-dokter Pampang pilih Puang Yusran ☝️", "@andi_tenri_ajeng", YT["c4"],
                       R("identity_uncertain", "a YouTube channel named like the Puskesmas doctor; the registry lists her Facebook and Instagram only",
                         actor="M06", cand="mks-1")))
    y.dump()

    y = Yt(c, "youtube/commentThreads_jember_tv_jfc_2024.json", "JfC24TvJbr9", YT["kominfojbr"])
    y.thread(y.comment(wib(2024, 8, 26, 20, 0), "Luar biasa JFC tahun ini, Jember mendunia 👏", "@syaiful_kua", YT["J05"], N("neg_everyday_asn")))
    top = y.comment(wib(2024, 8, 26, 20, 30), "Mantap, Gus Haqi nanti lanjutkan JFC ya ☝️", "@cakmat_jbr", YT["c5"], N())
    y.thread(top, [y.comment(wib(2024, 8, 27, 9, 0), "Terima kasih. Kanal ini netral, mohon tidak berkampanye di kolom komentar 🙏", "Jember TV", YT["kominfojbr"],
                             N("neg_neutrality_reminder", "the agency's channel replies"), parent=top)])
    y.thread(y.comment(wib(2024, 8, 27, 19, 0), "Semoga tahun depan JFC tambah meriah, sopo wae bupatine 😊", "@rofiqi_guru", YT["J03"], N("neg_asn_neutral", lg="jv")))
    y.dump()

    y = Yt(c, "youtube/commentThreads_kampanye_dialogis_haqi_lilik_kaliwates.json", "HqLk5KwTs20", YT["haqi"])
    top = y.comment(wib(2024, 10, 19, 21, 0), "Gus Haqi santri tulen, insyaAllah amanah. Warga Kaliwates nomer siji ☝️", "@syaiful_kua", YT["J05"],
                    V("J05", "interact", "jbr-1", "comment_support", action="comment", lg="jv", note="a KUA religious counsellor"))
    y.thread(top, [y.comment(wib(2024, 10, 19, 21, 40), "Pak Syaiful, njenengan penyuluh KUA lho, ati-ati 🙏", "@rofiqi_guru", YT["J03"], N("neg_negation", lg="jv"), parent=top),
                   y.comment(wib(2024, 10, 19, 22, 5), "Nggih Pak, matur suwun diingatkan, komentar kulo hapus", "@syaiful_kua", YT["J05"],
                             N("neg_asn_neutral", "says he will delete; the comment stays a fact", lg="jv"), parent=top)])
    y.thread(y.comment(wib(2024, 10, 19, 21, 15), "Cak Didik luwih pengalaman, ojo kesusu", "@wong_ambulu", YT["c6"], N(lg="jv")))
    y.thread(y.comment(wib(2024, 10, 19, 21, 30), "Bu Lilik dokter yang baik, pernah rawat anak saya. Semoga sukses 🤲", "@dianpuspita", YT["J10"],
                       V("J10", "interact", "jbr-1", "comment_support", action="comment", note="a PPPK teacher praises the running mate under the campaign video")))
    y.dump()

    y = Yt(c, "youtube/commentThreads_frans_fatma_kampanye_kudamati.json", "FrFtKdm8Amb", YT["frans"])
    top = y.comment(wit(2024, 11, 2, 20, 0), "Bung Frans pasti menang, orang PU Ambon siap kawal ✌️", "@stevilekatompessy", YT["A11"],
                    V("A11", "interact", "amb-2", "comment_support", action="comment", lg="amb"))
    y.thread(top, [y.comment(wit(2024, 11, 2, 20, 25), "Pak ASN kah? Hati-hati e", "@katong_ambon", YT["c7"], N(lg="amb"), parent=top)])
    y.thread(y.comment(wit(2024, 11, 2, 20, 10), "Ale pung janji jalan Kudamati mana?", "@nyong_kudamati", YT["c8"], N(lg="amb")))
    y.thread(y.comment(wit(2024, 11, 2, 20, 40), "Bung Frans bagus, tapi Bung Johan lebih pengalaman ☝️", "@samuelpattiasina", YT["A04"],
                       V("A04", "interact", "amb-1", "comment_support", action="comment", lg="amb", note="support for the rival pair under pair 2's video")))
    y.thread(y.comment(wit(2024, 11, 2, 21, 0), "Usi Fatma cantik e 😍", "@nona.batumerah", YT["c9"], N(lg="amb")))
    y.thread(y.comment(wit(2024, 11, 2, 21, 20), "Semoga kampanye damai, siapa pun yang menang Ambon tetap satu 🙏", "@nelcesopacua", YT["A09"], N("neg_asn_neutral")))
    y.dump()
