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
from _corpus import wib, wit, wita





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
    ("L11", "19860305", "201101", 1, 23, "Herman Syahputra, S.H.", "Analis Kebijakan Ahli Muda", LPG, "Biro Pemerintahan dan Otonomi Daerah", "Kota Bandar Lampung", "PNS", acc("L11", "whatsapp", x="hermansyahputra")),
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
    ("A09", "19730101", "199903", 2, 10, "Dra. Nelce Sopacua, M.Pd.", "Kepala Sekolah", MALUKU, "SMA Negeri 1 Ambon", "Kota Ambon", "PNS", acc("A09", "whatsapp", "facebook", youtube=YT["A09"])),
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
          V("inst:kel_bmd", "inst", "ptk-1", "institutional_account", action="official_account_use", note="5 Sep, a bakal calon"))
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
    x.tweet("andifardi_", wita(2024, 11, 20, 21, 0), "Honestly semua paslon punya poin bagus, tapi kita ASN stay neutral ya guys 🙏", N("neg_asn_neutral", lg="en"))
    x.tweet("dony_sptr", wib(2024, 11, 11, 7, 30), "Pagi-pagi dah hujan, Jalan Tuanku Tambusai banjir lagi, macam mane ni 😩", N("neg_everyday_asn", lg="rm"))
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
            V("R08", "post", "pku-1", "support_post", note="voice_to_text repeats the call to vote"),
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


# =============================================================================================
# Telegram Desktop exports
# =============================================================================================
def build_telegram(c):
    # ---- 1. account export of a PPPK programmer of Kecamatan Pontianak Selatan (WIB) -----------
    rel = "telegram/DataExport_2024-12-04/result.json"
    CAMAT, YANTI, SYARIFAH, RIDUAN, ERWIN, ME = ("Pak Camat Uray", "Bu Yanti Pelayanan", "Kak Syarifah Kesos", "Pak Lurah Riduan", "Bang Erwin Korcam", "Suhendra Lim")
    contacts = [tg_contact("Pak Camat", "Uray", tg_phone(ph("P01")), wib(2022, 3, 1, 8, 0)),
                tg_contact("Bu Yanti", "Pelayanan", tg_phone(ph("P02")), wib(2022, 10, 3, 8, 0)),
                tg_contact("Kak Syarifah", "Kesos", tg_phone(ph("P04")), wib(2022, 10, 3, 8, 5)),
                tg_contact("Pak Lurah", "Riduan", tg_phone(ph("P06")), wib(2023, 1, 9, 9, 0)),
                tg_contact("Bang Erwin", "Korcam", "+62 813 5200 7711", wib(2024, 8, 30, 19, 0)),
                tg_contact("Amoi", "Lim", "+62 821 5600 2233", wib(2016, 2, 8, 12, 0))]
    me = {"user_id": 5880069933, "first_name": "Suhendra", "last_name": "Lim", "phone_number": tg_phone(ph("P03")),
          "username": "@hendra_ptksel", "bio": "Kecamatan Pontianak Selatan"}
    s = Tg(c, rel, "Staf Kecamatan Pontianak Selatan", "private_group", 1966603311, WIB)
    s.msg(101, wib(2024, 10, 3, 7, 30, 0), CAMAT, "Assalamualaikum. Hari Sabtu ada kampanye Bang Mul di Alun-alun Kapuas. Staf yang tidak piket diharapkan hadir, pakai baju putih ☝️",
          V("P01", "instruct", "ptk-1", "instruct_staff", note="the Camat asks his staff to attend pair 1's rally"))
    s.msg(102, wib(2024, 10, 3, 7, 42, 10), YANTI, "Izin Pak Camat, kita ASN tidak boleh hadir kampanye. Mohon dipertimbangkan lagi 🙏", N("neg_objection"), reply_to_message_id=101)
    s.msg(103, wib(2024, 10, 3, 8, 5, 30), CAMAT, "Bukan wajib, hanya diharapkan. Yang mau datang silakan, nanti absen di grup ini.",
          V("P01", "instruct", "ptk-1", "instruction_repeated", note="after the objection he repeats the call as 'optional' and asks for a roll call"), reply_to_message_id=102)
    s.msg(104, wib(2024, 10, 3, 8, 20, 0), RIDUAN, "Siap Pak, saya dan staf kelurahan hadir.",
          V("P06", "instruct", "ptk-1", "staff_complied", note="a lurah pledges himself and his own staff (mobilising other ASN)"), reply_to_message_id=103)
    s.msg(105, wib(2024, 10, 5, 16, 10, 0), SYARIFAH, "Kamek dah sampai Alun-alun Kapuas, rame gile! ☝️",
          V("P04", "attend", "ptk-1", "staff_complied", lg="ptk", note="a section head reports from the rally (photo)"), photo=True)
    s.msg(106, wib(2024, 10, 5, 16, 30, 0), CAMAT, "Mantap, terima kasih yang sudah hadir 👍", V("P01", "instruct", "ptk-1", "instruct_staff", note="thanks the staff who came"))
    s.msg(107, wib(2024, 10, 7, 8, 0, 0), ME, "Pak, saya PPPK, Sabtu kemarin saya tidak ikut ya. Mohon maaf 🙏", N("neg_asn_neutral", "the exporter"))
    s.msg(108, wib(2024, 10, 14, 9, 0, 0), CAMAT, "Pesan hari Sabtu kemarin saya tarik. Mohon diabaikan, Bawaslu sedang memantau grup-grup ASN.",
          N("neg_withdrawn_instruction", "withdrawn after the rally: the earlier instruction and attendance stay facts"))
    s.msg(109, wib(2024, 10, 20, 10, 0, 0), YANTI, "Rapat evaluasi pelayanan PBB hari Senin jam 9 di aula kecamatan.", N("neg_everyday_asn"))
    s.msg(110, wib(2024, 11, 20, 7, 45, 0), CAMAT, "Pemungutan suara 27 November 2024 pukul 07.00–13.00 WIB. Paslon 1 Mulyadi–Hendri, Paslon 2 Yuliani–Daud. Gunakan hak pilih Anda.",
          N("neg_election_body", "a forwarded KPU notice naming both pairs"), forwarded_from="KPU Kota Pontianak")
    g = Tg(c, rel, "Relawan Bang Mul Pontianak Selatan", "private_supergroup", 1966603322, WIB)
    g.service(1, wib(2024, 8, 30, 20, 0, 5), ERWIN, "create_group", [
        N(lg="sys"), A("P01", "added_to_group", "a volunteer creates the bakal calon's group with the Camat in it"),
        A("P03", "added_to_group", "the exporter: he stays silent"), A("P06", "added_to_group", "the Lurah: he leaves the next morning")],
        title="Relawan Bang Mul Pontianak Selatan", members=[CAMAT, ME, RIDUAN])
    g.msg(2, wib(2024, 8, 30, 20, 10, 0), ERWIN, "Selamat bergabung di grup relawan bakal calon Bang Mul! Pendaftaran sudah tanggal 29 kemarin, tinggal tunggu penetapan.", N())
    g.msg(3, wib(2024, 8, 30, 20, 40, 0), CAMAT, "Terima kasih Bang Erwin, kecamatan siap bantu Bang Mul sampai menang 💪",
          V("P01", "interact", "ptk-1", "exposed_then_engaged", action="comment", in_group=True, action_any=CMT_ANY,
            note="added by a volunteer, the Camat pledges his kecamatan to the bakal calon (30 Aug)"))
    g.service(4, wib(2024, 8, 31, 7, 15, 10), RIDUAN, "remove_members", [N("neg_leave_group", lg="sys")], members=[RIDUAN])
    g.msg(5, wib(2024, 9, 10, 21, 0, 0), ERWIN, "Formulir pendataan relawan per RT, mohon diisi ya sedulur.", N())
    g.msg(6, wib(2024, 9, 25, 19, 0, 0), CAMAT, ["Kampanye perdana Bang Mul! Pontianak Bersinar ☝️ ", ("hashtag", "#MulyadiHendri")],
          V("P01", "post", "ptk-1", "share", action="share", in_group=True, action_any=["share", "post"], note="the Camat forwards pair 1's own campaign message into the group"),
          forwarded_from="Mulyadi Harun")
    tg_account_export(c, rel, me, contacts, [s, g])

    # ---- 2. public channel of Diskominfotik Pekanbaru (WIB, institutional) ----------------------
    rel = "telegram/ChatExport_2024-12-03/result.json"
    ch = Tg(c, rel, "Diskominfotik Pekanbaru", "public_channel", 1755501122, WIB)
    KS = "Diskominfotik Pekanbaru"
    ch.msg(701, wib(2024, 8, 30, 9, 0), KS, "KPU Kota Pekanbaru menerima pendaftaran tiga bakal pasangan calon wali kota, termasuk satu pasangan perseorangan.", N("neg_news"))
    ch.msg(708, wib(2024, 9, 23, 15, 0), KS, ["Hasil pengundian nomor urut Paslon Wali Kota Pekanbaru: 1 Ridho–Yanti, 2 Arman–Lukman, 3 Said–Dewi. ", ("hashtag", "#PilkadaDamai")],
           N("neg_even_mention"))
    ch.msg(715, wib(2024, 10, 11, 19, 0), KS, ["Pekanbaru Bertuah Bangkit! Bang Arman siap benahi banjir Sukajadi ✌️ ", ("hashtag", "#ArmanLukman")],
           V("inst:kominfo_pku", "inst", "pku-2", "institutional_account", action="official_account_use", note="the agency channel forwards pair 2's campaign message"),
           forwarded_from="Arman Lukman Official")
    ch.msg(716, wib(2024, 10, 11, 19, 25), KS, "Mohon maaf, pesan terusan sebelumnya terkirim tanpa persetujuan pimpinan. Diskominfotik Pekanbaru netral.",
           N("neg_neutrality_reminder", "the retraction; the forwarded message stays a violation"))
    ch.msg(722, wib(2024, 10, 21, 8, 0), KS, "Debat publik kedua Pilgub Riau malam ini, disiarkan langsung. Paslon 1 Azmi–Harun, Paslon 2 Wulan–Fikri.", N("neg_election_body"))
    ch.msg(730, wib(2024, 11, 2, 7, 0), KS, "Car free day Jalan Sudirman hari Minggu pukul 06.00–09.00 🚴", N("neg_everyday_inst"))
    ch.msg(741, wib(2024, 11, 22, 16, 0), KS, "Masa tenang 24–26 November: ASN Pemko Pekanbaru dilarang mengunggah, menyukai, dan membagikan konten paslon.",
           N("neg_neutrality_reminder"))
    ch.msg(750, wib(2024, 11, 27, 6, 0), KS, "Hari ini pemungutan suara. TPS buka pukul 07.00 WIB, ayo ke TPS! 🗳️", N("neg_neutral_info"))
    c.write_json(rel, ch.obj(), Tg.FMT)

    # ---- 3. account export of a PPPK clerk of Kelurahan Benteng, Ambon (WIT) ----------------------
    rel = "telegram/DataExport_2024-12-06/result.json"
    LURAH, YOLA, GANI, NOVI, YOPI, MAMA, AIS, ME = ("Usi Lurah Magdalena", "Usi Yola Kasipem", "Bung Gani Satpol", "Usi Novi Perawat", "Om Yopi Relawan",
                                                    "Mama Ina", "Bu Ais Batumerah", "Rian Latuconsina")
    contacts = [tg_contact("Usi Lurah", "Magdalena", tg_phone(ph("A05")), wit(2023, 2, 1, 8, 0)),
                tg_contact("Usi Yola", "Kasipem", tg_phone(ph("A02")), wit(2023, 2, 1, 8, 3)),
                tg_contact("Bung Gani", "Satpol", tg_phone(ph("A06")), wit(2021, 7, 7, 10, 0)),
                tg_contact("Usi Novi", "Perawat", tg_phone(ph("A07")), wit(2020, 12, 12, 12, 0)),
                tg_contact("Om Yopi", "Relawan", "+62 813 4300 5566", wit(2024, 9, 28, 19, 0)),
                tg_contact("Mama", "Ina", "+62 852 4300 1122", wit(2014, 5, 5, 12, 0)),
                tg_contact("Bu Ais", "Batumerah", "+62 821 4700 3344", wit(2019, 3, 3, 12, 0))]
    me = {"user_id": 5990071144, "first_name": "Rian", "last_name": "Latuconsina", "phone_number": tg_phone(ph("A03")),
          "username": "@rian_benteng", "bio": "Kelurahan Benteng | Ambon manise"}
    k = Tg(c, rel, "Basudara Kelurahan Benteng", "private_group", 1944401133, WIT)
    k.msg(201, wit(2024, 10, 8, 8, 0, 0), LURAH, "Basudara staf, hari Jumat Bung Johan mau datang ke Benteng. Katong siapkan kursi di balai kelurahan e, sapa yang bisa bantu?",
          V("A05", "instruct", "amb-1", "instruct_staff", add_codes=["PP94-N4"], lg="amb", note="asks her staff to prepare the kelurahan hall for the candidate's visit"))
    k.msg(202, wit(2024, 10, 8, 8, 20, 0), YOLA, "Usi Lurah, balai kelurahan seng bisa par kampanye. Nanti katong kena Bawaslu 🙏", N("neg_objection", lg="amb"), reply_to_message_id=201)
    k.msg(203, wit(2024, 10, 8, 8, 45, 0), LURAH, "Oh iya, bagitu sudah. Seng jadi e, lupa sa pesan tadi 🙏", N("neg_withdrawn_instruction", lg="amb"), reply_to_message_id=202)
    k.msg(204, wit(2024, 10, 15, 10, 0, 0), LURAH, "Jadwal posyandu lansia hari Kamis di Pos Benteng Atas.", N("neg_everyday_asn"))
    k.msg(205, wit(2024, 10, 21, 9, 0, 0), ME, "Usi, beta su kirim laporan kependudukan ke kecamatan.", N("neg_everyday_asn", lg="amb"))
    k.msg(206, wit(2024, 11, 26, 19, 0, 0), YOLA, "Bawaslu Kota Ambon: masa tenang, ASN dilarang ikut kampanye dalam bentuk apa pun.", N("neg_neutrality_reminder"),
          forwarded_from="Bawaslu Kota Ambon")
    g = Tg(c, rel, "Tim Pemenangan Bung Frans Nusaniwe", "private_supergroup", 1944401144, WIT)
    g.service(1, wit(2024, 9, 28, 20, 0, 12), YOPI, "create_group", [
        N(lg="sys"), A("A03", "added_to_group", "the exporter: he stays silent"), A("A06", "added_to_group")],
        title="Tim Pemenangan Bung Frans Nusaniwe", members=[ME, GANI])
    g.msg(2, wit(2024, 9, 28, 20, 15, 0), YOPI, "Ale samua, ini grup pemenangan Bung Frans nomor 2. Katong Ambon Baku Bae! ✌️", N(lg="amb"))
    g.msg(3, wit(2024, 9, 28, 20, 40, 0), GANI, "Siap Om, beta ikut. Dua jari! ✌️",
          V("A06", "interact", "amb-2", "exposed_then_engaged", action="comment", in_group=True, action_any=CMT_ANY, lg="amb"))
    g.msg(4, wit(2024, 10, 5, 19, 0, 0), YOPI, "Stiker Bung Frans su datang, ambil di posko Kudamati.", N(lg="amb"))
    g.service(5, wit(2024, 10, 20, 21, 0, 30), YOPI, "invite_members", [A("A07", "added_to_group")], members=[NOVI])
    g.msg(6, wit(2024, 10, 20, 21, 30, 0), NOVI, "Dangke Om, beta bantu sebar di grup perawat ✌️",
          V("A07", "interact", "amb-2", "exposed_then_engaged", action="comment", in_group=True, action_any=CMT_ANY, lg="amb"))
    g.msg(7, wit(2024, 11, 24, 8, 0, 0), YOPI, "Masa tenang, grup istirahat dulu.", N())
    f = Tg(c, rel, "Keluarga Latuconsina", "private_group", 1944401155, WIT)
    f.msg(301, wit(2024, 11, 10, 19, 0, 0), MAMA, "Rian, ale pilih sapa? Mama bingung ini 😅", N(lg="amb"))
    f.msg(302, wit(2024, 11, 10, 19, 10, 0), ME, "Mama, beta ASN jadi seng bisa kasih tau pilihan. Mama pilih yang mama rasa bae sa 🙏", N("neg_asn_neutral", lg="amb"))
    f.msg(303, wit(2024, 11, 10, 19, 25, 0), AIS, "Pilih nomor 3 sa, Usi Elia orang baik 🤟", N(lg="amb"))
    tg_account_export(c, rel, me, contacts, [k, g, f])

    # ---- 4. a teachers' public supergroup in Bandar Lampung (WIB), single-chat export -----------
    rel = "telegram/ChatExport_2024-11-28/result.json"
    ch = Tg(c, rel, "Forum Guru SMA Bandar Lampung", "public_supergroup", 1833302211, WIB)
    DEWI, WAYAN, RUDI, BAGUS = "Dewi Kusumawati", "Wayan Sudiarta", "Pak Rudi Honor SMAN 9", "Kiay Bagus SMAN 5"
    ch.msg(1, wib(2024, 10, 1, 19, 0), DEWI, "Bapak ibu guru, ada edaran dari Cabdin: guru ASN dilarang foto dengan paslon dan memakai simbol jari. Mohon dipatuhi 🙏",
           N("neg_neutrality_reminder"))
    ch.msg(2, wib(2024, 10, 1, 19, 20), RUDI, "Yang honorer boleh bu?", N())
    ch.msg(3, wib(2024, 10, 1, 19, 35), DEWI, "Honorer juga diatur SE MenPANRB, sebaiknya ikut netral pak.", N("neg_neutrality_reminder"), reply_to_message_id=2)
    ch.msg(4, wib(2024, 10, 10, 20, 0), BAGUS, "Tabik pun, nyak haga nyampaiko: kham pilih Bang Rizal, mak kecewa ☝️",
           N("neg_citizen", "a member not in the registry ('Kiay Bagus SMAN 5'): no identifiable ASN", lg="lpg"))
    ch.msg(5, wib(2024, 10, 10, 20, 15), DEWI, "Kiay, jangan kampanye di grup guru ya. Tolong dihapus 🙏", N("neg_negation"), reply_to_message_id=4)
    ch.msg(6, wib(2024, 10, 10, 20, 30), BAGUS, "Maaf bu, nggak diulang lagi", N())
    ch.msg(7, wib(2024, 10, 25, 20, 0), WAYAN, "Foto bareng Suntan Firman pas kunjungan ke sekolah, beliau ramah 😊✌️",
           R("intent_uncertain", "a teacher's photo with a candidate and a V sign (pair 2) in a teachers' forum; he calls it a reflex when warned", actor="L14", cand="bdl-2"),
           photo=True)
    ch.msg(8, wib(2024, 10, 25, 20, 20), DEWI, "Pak Wayan, itu simbol dua jari lho. Mending dihapus sebelum ada yang screenshot 🙏", N("neg_negation"), reply_to_message_id=7)
    ch.msg(9, wib(2024, 10, 25, 20, 45), WAYAN, "Waduh iya bu, refleks. Tidak ada maksud dukung 🙏", N("neg_asn_neutral"), reply_to_message_id=8)
    ch.msg(10, wib(2024, 11, 27, 12, 0), DEWI, "Selamat hari pencoblosan, jari ungu semua ya 💜", N("neg_everyday_asn"))
    c.write_json(rel, ch.obj(), Tg.FMT)


# =============================================================================================
# WhatsApp exports
# =============================================================================================
NOTICE_ID = "Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya. Ketuk untuk info selengkapnya."
NOTICE_EN = "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more."
NOTICE_IOS_EN = "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them."


def build_whatsapp(c):
    W = lambda k: wa_phone(ph(k))  # noqa: E731
    SYS = N("neg_media_only", lg="sys")

    # ---- Bandar Lampung: kecamatan staff group (Android, Indonesian) -----------------------------
    wa_file(c, "whatsapp/Chat WhatsApp dengan Staf Kecamatan Kedaton.txt", "android_id", "whatsapp_android_id", [
        (wib(2024, 9, 2, 7, 30), None, NOTICE_ID, [SYS]),
        (wib(2024, 9, 2, 7, 45), W("L01"), "Selamat pagi. Besok apel gabungan jam 07.30 di halaman kecamatan.", [N("neg_everyday_asn")]),
        (wib(2024, 9, 12, 19, 5), W("L01"), "Bapak ibu, Sabtu besok Suntan Firman deklarasi relawan di GOR Saburai. Yang bisa hadir silakan, kita dukung putra daerah ✌️",
         [V("L01", "instruct", "bdl-2", "instruct_staff", note="12 Sep: the Camat invites his staff to a bakal calon's volunteer declaration")]),
        (wib(2024, 9, 12, 19, 20), W("L13"), "Izin Pak Camat, Sabtu saya piket pelayanan. Dan mohon maaf, kita ASN sebaiknya tidak hadir deklarasi 🙏", [N("neg_objection")]),
        (wib(2024, 9, 12, 19, 34), W("L01"), "Ya, yang piket tetap piket. Yang lain tetap saya harapkan hadir ya, pakai batik.",
         [V("L01", "instruct", "bdl-2", "instruction_repeated", note="repeats the call after the objection")]),
        (wib(2024, 9, 14, 15, 50), W("L04"), "<Media tidak disertakan>", [SYS]),
        (wib(2024, 9, 14, 15, 52), W("L04"), "Sudah di GOR Saburai Pak, staf Kelurahan Sidodadi lengkap 5 orang ✌️",
         [V("L04", "attend", "bdl-2", "staff_complied", add_codes=["PP94-N3", "SKB-D8"], note="a lurah reports attending the declaration with five of her staff (14 Sep)")]),
        (wib(2024, 9, 14, 16, 5), W("L02"), "Saya tidak ikut pak, ada acara keluarga di Metro.", [N("neg_everyday_asn")]),
        (wib(2024, 9, 16, 8, 10), W("L01"), "Terima kasih yang sudah hadir Sabtu. Ingat, foto-foto jangan diunggah ke medsos pribadi ya.",
         [V("L01", "instruct", "bdl-2", "instruct_staff", note="a negation in form ('do not upload'), but it continues the mobilisation: thanks attendees and tells them to hide it")]),
        (wib(2024, 10, 1, 7, 30), W("L03"), "Info dari KPU Kota Bandar Lampung: jadwal kampanye dan debat semua paslon. https://kpu-bandarlampungkota.example.id/jadwal",
         [N("neg_election_body")]),
        (wib(2024, 10, 1, 7, 45), W("L01"), "Terima kasih Gung.", [N("neg_everyday_asn")]),
        (wib(2024, 10, 20, 20, 5), W("L13"), "Bapak ibu, ada edaran Bawaslu: ASN dilarang hadir kampanye dan memasang foto profil paslon. Mohon dicek foto profil WA masing-masing 🙏",
         [N("neg_neutrality_reminder")]),
        (wib(2024, 10, 20, 20, 17), W("L04"), "Siap Pak Ismail, sudah saya ganti foto profil 🙏", [N("neg_asn_neutral")]),
        (wib(2024, 11, 27, 6, 10), W("L01"), "Selamat mencoblos. Pelayanan buka lagi besok.", [N("neg_everyday_asn")]),
        (wib(2024, 11, 29, 9, 0), W("L01"), "Saya dipanggil Bawaslu besok soal deklarasi bulan September. Mohon doanya.", [N("neg_asn_neutral")]),
    ])

    # ---- Jember: teachers' group of a primary school (Android, Indonesian, 4-digit year) -----------
    wa_file(c, "whatsapp/Chat WhatsApp dengan Guru SDN Kranjingan 01.txt", "android_id4", "whatsapp_android_id", [
        (wib(2024, 9, 1, 6, 30), None, NOTICE_ID, [SYS]),
        (wib(2024, 9, 27, 19, 10), W("J10"), "<Media tidak disertakan>", [SYS]),
        (wib(2024, 9, 27, 19, 12), W("J10"), "Video Gus Haqi pas sowan ning SD kita wingi, apik tenan 😍 monggo di-share",
         [V("J10", "post", "jbr-1", "share", action="share", action_any=["share", "post", "comment"], lg="jv", note="shares the candidate's video and asks others to share it")]),
        (wib(2024, 9, 27, 19, 25), W("J04"), "Bu Dian, mohon jangan share video paslon di grup sekolah nggih. Kita ASN kudu netral 🙏 Hapus mawon.", [N("neg_negation", lg="jv")]),
        (wib(2024, 9, 27, 19, 40), W("J10"), "Nggih Bu, sampun kula hapus 🙏", [N("neg_asn_neutral", "deletion recorded; the share stays a fact", lg="jv")]),
        (wib(2024, 10, 2, 12, 30), "Bu Ning Kantin", "Besok jajan suwar-suwir buat anak-anak nggih bu", [N(lg="jv")]),
        (wib(2024, 10, 14, 20, 0), W("J04"), "Pengumuman: rapat wali murid Sabtu jam 8. Dimohon hadir semua guru.", [N("neg_everyday_asn")]),
        (wib(2024, 10, 14, 20, 12), "Pak Slamet Penjaskes", "Bu, ojo lali Sabtu iku pas kampanye Cak Didik ning alun-alun, dalane macet, wali murid mesti telat 😅",
         [N("neg_citizen", "a saved contact mentions a campaign schedule as a traffic warning", lg="jv")]),
        (wib(2024, 10, 22, 19, 0), W("J10"), "Gus Haqi janji honor guru PPPK naik, mugo-mugo kelakon 🤲",
         [R("intent_uncertain", "a PPPK teacher hopes a candidate's promise comes true, in the school group, after a warning", actor="J10", cand="jbr-1", lg="jv")]),
        (wib(2024, 10, 22, 19, 15), W("J04"), "Bu Dian, sampun nggih. Ingat, kita ASN harus netral. Diskusi politik japri mawon, ojo ning grup.", [N("neg_neutrality_reminder", lg="jv")]),
        (wib(2024, 11, 5, 9, 0), "Pak Bahrul Wali Kelas 6", "Alhamdulillah anak-anak juara 2 lomba pramuka se-Sumbersari ✌️", [N("neg_number_no_context")]),
        (wib(2024, 11, 5, 9, 10), W("J04"), "Selamat! Dua jari kemenangan ✌️😄", [N("neg_gesture_no_context", "a V sign for a scouting prize (second place)")]),
        (wib(2024, 11, 24, 7, 0), W("J04"), "Masa tenang. Guru-guru ojo pasang status paslon nggih.", [N("neg_neutrality_reminder", lg="jv")]),
        (wib(2024, 11, 27, 10, 0), W("J10"), "Sampun nyoblos, jari ungu 💜", [N("neg_everyday_asn", lg="jv")]),
    ])

    # ---- Lombok: a Sasak family group (Android, Indonesian, WITA) ---------------------------------
    wa_file(c, "whatsapp/Chat WhatsApp dengan Keluarga Inaq Saodah.txt", "android_id", "whatsapp_android_id", [
        (wita(2024, 1, 10, 18, 0), None, NOTICE_ID, [SYS]),
        (wita(2024, 1, 28, 19, 15), W("N07"), "Inaq, ingat caleg DPR nomor 3 PKS, Inaq Rabiah. Beliau bantu bidan desa 🙏",
         [V("N07", "post", "dpr-ntb2-rabiah", "ballot_number_call", note="a midwife asks her mother to vote for a DPR candidate")]),
        (wita(2024, 10, 3, 19, 5), "Inaq Saodah", "Anak-anak, pilih sai jari lek Mataram?", [N(lg="sas")]),
        (wita(2024, 10, 3, 19, 20), W("N07"), "Inaq, tiang ASN, ndeq kanggo tiang arahang pilihan 🙏 Pilih sesuai ati inaq", [N("neg_negation", lg="sas")]),
        (wita(2024, 10, 3, 19, 35), "Amaq Lalu Herman", "Mamiq Suryadi nomor sekek aok, lamun ndeq pilih ie rugi", [N(lg="sas")]),
        (wita(2024, 10, 15, 20, 5), W("N01"), "Semeton sami, Bli Made kance Ustaz Najib nomor due. Pilih nomor due, Mataram Rukun Semeton ✌️",
         [V("N01", "post", "mtr-2", "ballot_number_call", add_codes=["SKB-D8", "PP94-N6"], lg="sas", note="a lurah appeals to his family group")]),
        (wita(2024, 10, 15, 20, 20), "Baiq Ema", "Nggih Mamiq Lurah, tiang pilih nomor due 😄", [N(lg="sas")]),
        (wita(2024, 10, 28, 19, 0), W("N07"), "<Media tidak disertakan>", [SYS]),
        (wita(2024, 10, 28, 19, 1), W("N07"), "Foto posyandu balita di Selong tadi pagi 👶", [N("neg_everyday_asn")]),
        (wita(2024, 11, 20, 19, 40), "Amaq Lalu Herman", "https://suaragumisasak.example.id/2024/11/20/debat-ketiga Debat ketiga Pilwalkot Mataram, Suryadi dan Made sama-sama janji air bersih",
         [N("neg_news")]),
        (wita(2024, 11, 27, 13, 0), W("N01"), "Wah coblos, jari ungu 💜", [N("neg_everyday_asn", lg="sas")]),
    ])

    # ---- Makassar: lurah and sekel of Panakkukang (Android, Indonesian, WITA) ----------------------
    wa_file(c, "whatsapp/Chat WhatsApp dengan Lurah dan Sekel se-Panakkukang.txt", "android_id", "whatsapp_android_id", [
        (wita(2024, 9, 1, 7, 0), None, NOTICE_ID, [SYS]),
        (wita(2024, 9, 18, 19, 6), W("M01"), "Tabe' Bapak Ibu Lurah, bakal calon Daeng Rewa mau silaturahmi ke kelurahan-kelurahan minggu depan. Tolong difasilitasi nah, siapkan warga ✌️",
         [V("M01", "instruct", "mks-2", "instruct_staff", add_codes=["PP94-N4"], lg="mak", note="the Camat tells the lurahs to host a bakal calon (18 Sep)")]),
        (wita(2024, 9, 18, 19, 22), W("M04"), "Tabe' Pak Camat, saya minta maaf, kelurahan tidak bisa fasilitasi bakal calon. Kita harus netral ki 🙏", [N("neg_objection", lg="mak")]),
        (wita(2024, 9, 18, 19, 37), W("M01"), "Bukan kampanye ji, silaturahmi biasa. Tetap disiapkan nah, saya cek satu-satu.",
         [V("M01", "instruct", "mks-2", "instruction_repeated", lg="mak")]),
        (wita(2024, 9, 24, 10, 13), "Pak Lurah Karuwisi", "Karuwisi siap Pak Camat, warga sudah dikumpul di aula 👍",
         [R("identity_uncertain", "a saved contact ('Pak Lurah Karuwisi'): a lurah would be an ASN, but there is no number to match", cand="mks-2")]),
        (wita(2024, 9, 24, 10, 43), W("M12"), "Pak Camat, Bawaslu Panakkukang sudah tanya-tanya soal kunjungan hari ini. Hati-hati ki.", [N("neg_neutrality_reminder", lg="mak")]),
        (wita(2024, 9, 24, 11, 7), W("M01"), "Oke, kunjungan ke kelurahan lain ditunda dulu. Anggap tidak ada pesan saya kemarin.",
         [N("neg_withdrawn_instruction", "withdrawn after one visit took place: the instruction stays a fact")]),
        (wita(2024, 10, 8, 8, 0), W("M01"), "Rapat koordinasi pengamanan kampanye dengan Panwascam, Polsek dan Koramil jam 9 di aula kecamatan.", [N("neg_official_duty")]),
        (wita(2024, 11, 27, 6, 20), W("M01"), "Selamat bertugas di TPS, jaga netralitas.", [N("neg_asn_neutral")]),
    ])

    # ---- Makassar: school alumni group (Android, English, US clock) -----------------------------
    wa_file(c, "whatsapp/WhatsApp Chat with Alumni SMA 5 Makassar 2004.txt", "android_us", "whatsapp_android_en", [
        (wita(2024, 9, 1, 19, 0), None, NOTICE_EN, [SYS]),
        (wita(2024, 9, 10, 20, 14), W("M05"), "Kawan-kawan, Puang Yusran itu senior ta' angkatan 88. Bakal calon dari alumni, kita dukung mi ☝️",
         [V("M05", "post", "mks-1", "pre_designation", lg="mak", note="a teacher at the same school rallies the alumni group (10 Sep)")]),
        (wita(2024, 9, 10, 20, 25), "Daeng Ancu Pengusaha", "Iye, alumni harus kompak 💪", [N(lg="mak")]),
        (wita(2024, 9, 10, 20, 41), W("M12"), "Kawan, saya ASN. Jangan mi tag saya soal politik di sini nah 🙏", [N("neg_negation", lg="mak")]),
        (at(WITA, 2024, 9, 22, 0, 44), W("M05"), "Belum tidur, besok siang penetapan. Puang Yusran pasti lolos kawan! 🤲",
         [V("M05", "post", "mks-1", "pre_designation", lg="mak",
            note="stage boundary: 22 Sep 00:44 on a WITA phone is 21 Sep 23:44 WIB: before designation, SKB-E codes")]),
        (wita(2024, 10, 2, 21, 0), "Daeng Ancu Pengusaha", "Yang mau pesan kaos reuni, transfer ke rekening bendahara nah 😄", [N(lg="mak")]),
        (wita(2024, 10, 13, 19, 0), W("M05"), "<Media omitted>", [SYS]),
        (wita(2024, 10, 13, 19, 2), W("M05"), "Foto sama Puang Yusran waktu reuni akbar kemarin, dia masih ingat ji nama ku 😄☝️",
         [V("M05", "photo", "mks-1", "photo_with_candidate", lg="mak", note="a photo with the candidate, one finger, shared in the group")]),
        (wita(2024, 10, 13, 19, 20), "Kak Ani Dosen", "Tawwa, kapan mi reuni lagi?", [N(lg="mak")]),
        (wita(2024, 11, 1, 20, 3), W("M11"), "Kalau Daeng Rewa yang menang, habis mi Makassar. Pilih yang jelas-jelas saja kawan 👎",
         [V("M11", "negative", "mks-2", "negative_campaign", lg="mak")]),
        (wita(2024, 11, 24, 8, 0), "Daeng Ancu Pengusaha", "Masa tenang ces, grup alumni santai dulu 😄", [N(lg="mak")]),
        (wita(2024, 11, 27, 14, 0), W("M05"), "Sudah mi coblos, kalian?", [N("neg_everyday_asn", lg="mak")]),
    ])

    # ---- Bone: the volunteers' group of bone-2 (Android, English, GB clock) -----------------------
    G = "Relawan Sipakatau Tanete Riattang"
    KR = "Puang Haris Korcam"
    wa_file(c, f"whatsapp/WhatsApp Chat with {G}.txt", "android_gb", "whatsapp_android_en", [
        (wita(2024, 8, 20, 19, 0), None, NOTICE_EN, [SYS]),
        (wita(2024, 8, 20, 19, 1), None, f'{KR} created group "{G}"', [N(lg="sys")]),
        (wita(2024, 8, 20, 19, 4), None, f"{KR} added {W('B02')}", [A("B02", "added_to_group", "a section head is added by a volunteer; she leaves the next morning", lg="sys")]),
        (wita(2024, 8, 20, 19, 8), None, f"{KR} added {W('B04')}", [A("B04", "added_to_group", lg="sys")]),
        (wita(2024, 8, 20, 19, 30), KR, "Tabe', selamat datang di grup relawan Pak Nasir. Bakal calon kita mendaftar di KPU 29 Agustus, mari ki sama-sama antar 🙏", [N(lg="mak")]),
        (wita(2024, 8, 21, 7, 10), None, f"{W('B02')} left", [N("neg_leave_group", lg="sys")]),
        (wita(2024, 8, 29, 9, 46), W("B04"), "Tabe', upole ri KPU Bone, maega tau mattulung Pak Nasir 🙏✌️",
         [V("B04", "attend", "bone-2", "exposed_then_engaged", in_group=True, action_any=["attend_campaign", "comment", "post"], lg="bug",
            note="added by a volunteer, the teacher reports from the bakal calon's KPU registration (29 Aug)")]),
        (wita(2024, 9, 10, 20, 2), None, f"{KR} added {W('B06')}", [A("B06", "added_to_group", "a midwife; she stays silent", lg="sys")]),
        (wita(2024, 9, 10, 20, 30), KR, "Formulir dukungan partai sudah lengkap, tinggal tunggu penetapan 22 September", [N()]),
        (wita(2024, 9, 26, 19, 6), None, f"{KR} added {W('B05')}", [A("B05", "added_to_group", lg="sys")]),
        (wita(2024, 9, 26, 19, 48), W("B05"), "Makasih Puang. Siap ki bantu Pak Nasir, nomoro dua ✌️",
         [V("B05", "interact", "bone-2", "exposed_then_engaged", action="comment", in_group=True, action_any=CMT_ANY, lg="bug")]),
        (wita(2024, 10, 15, 20, 0), KR, "<Media omitted>", [SYS]),
        (wita(2024, 10, 15, 20, 3), KR, "Baliho Bone Sipakatau sudah terpasang di depan Pasar Sentral Watampone ✌️", [N()]),
        (wita(2024, 11, 24, 8, 30), KR, "Masa tenang, relawan jangan pakai atribut dulu.", [N()]),
    ])

    # ---- Pekanbaru: heads of division and sections, Bina Marga (iOS, Indonesian) --------------------
    G = "Kabid dan Kasi Bina Marga PUPR Pekanbaru"
    wa_file(c, f"whatsapp/WhatsApp Chat - {G}/_chat.txt", "ios_id", "whatsapp_ios_id", [
        (wib(2024, 10, 1, 7, 0, 0), None, NOTICE_ID, [SYS]),
        (wib(2024, 10, 8, 19, 10, 5), W("R17"), "Bapak ibu, video Bang Arman soal banjir Sukajadi tolong di-share ke status WA dan grup RT masing-masing ya. Penting untuk Pekanbaru ✌️",
         [V("R17", "instruct", "pku-2", "instruct_staff", note="a head of division asks his section heads to spread pair 2's video")]),
        (wib(2024, 10, 8, 19, 18, 40), W("R07"), "Izin Pak Kabid, kita kan ASN, kalau share video paslon bisa kena sanksi. Mohon maaf 🙏", [N("neg_objection")]),
        (wib(2024, 10, 8, 19, 25, 12), W("R17"), "Pak Arief, ini bukan kampanye, ini informasi program. Tolong tetap di-share ya, Bapak Ibu. Saya cek besok.",
         [V("R17", "instruct", "pku-2", "instruction_repeated")]),
        (wib(2024, 10, 8, 20, 2, 30), "Kak Mira Staf", "<terlampir: 00000031-PHOTO-2024-10-08-20-02-30.jpg>", [SYS]),
        (wib(2024, 10, 8, 20, 3, 55), "Kak Mira Staf", "Sudah pak 🙏",
         [R("identity_uncertain", "a saved contact ('Kak Mira Staf') says she shared the candidate's video; there is no number to match", cand="pku-2")]),
        (wib(2024, 10, 8, 20, 15, 20), W("R18"), "Sudah saya share ke 3 grup RT pak. Bang Arman mantap ✌️",
         [V("R18", "post", "pku-2", "staff_complied", action="share", action_any=["share", "post", "comment"], note="a section head complies and cheers")]),
        (wib(2024, 10, 9, 7, 30, 0), W("R07"), "Saya tidak share ya Pak, saya pilih patuh aturan. Mohon maaf.", [N("neg_objection")]),
        (wib(2024, 10, 9, 8, 0, 10), W("R17"), "Oke, tidak apa-apa. Yang tidak mau tidak usah.", [N("neg_asn_neutral")]),
        (wib(2024, 10, 20, 9, 0, 0), W("R17"), "Rapat progres peningkatan Jalan Soekarno-Hatta Senin jam 10 di ruang rapat bidang.", [N("neg_everyday_asn")]),
        (wib(2024, 11, 14, 10, 20, 15), W("R17"), "Bapak ibu, ada klarifikasi dari Inspektorat soal video bulan lalu. Yang sudah share, tolong hapus status.",
         [N("neg_withdrawn_instruction", "asks for deletion a month later: the instruction and the shares stay facts")]),
        (wib(2024, 11, 27, 12, 5, 0), W("R18"), "Sudah nyoblos, jari ungu 💜", [N("neg_everyday_asn")]),
    ], group=G)

    # ---- Pontianak: a neighbourhood group (iOS, Indonesian) ---------------------------------------
    G = "Warga RT 04 Parit Tokaya"
    wa_file(c, f"whatsapp/WhatsApp Chat - {G}/_chat.txt", "ios_id", "whatsapp_ios_id", [
        (wib(2024, 9, 15, 19, 0, 0), None, NOTICE_ID, [SYS]),
        (wib(2024, 9, 20, 20, 0, 10), "Pak RT Hamdan", "Info kamek: Jumat ni ade pemeriksaan jentik nyamuk dari puskesmas.", [N(lg="ptk")]),
        (wib(2024, 10, 12, 19, 30, 30), W("P09"), "Bapak ibu, debat perdana Pilwako malam ni jam 19.30 di TV lokal. Due-due paslon tampil, ayo nonton biar tau program 😊",
         [N("neg_even_mention", lg="ptk")]),
        (wib(2024, 10, 12, 21, 45, 0), "Bang Jali Ojol", "Bang Mul jelas lebih siap, kamek pilih die ☝️", [N(lg="ptk")]),
        (wib(2024, 10, 12, 21, 58, 20), W("P09"), "Bang Jali, jangan kampanye di grup RT ye. Ingat ade yang ASN di sini 🙏", [N("neg_negation", lg="ptk")]),
        (wib(2024, 10, 25, 20, 10, 0), W("P05"), "Bapak-bapak, parit di gang 3 udah kamek laporkan, minggu depan dikeruk.", [N("neg_everyday_asn", lg="ptk")]),
        (wib(2024, 11, 2, 20, 34, 45), W("P05"), "Bu Yuli janji drainase tuntas tu cuma omong kosong. Jangan tertipu kitak 🤣",
         [V("P05", "negative", "ptk-2", "negative_campaign", lg="ptk")]),
        (wib(2024, 11, 2, 20, 44, 0), "Pak RT Hamdan", "Pak Gusti, ini grup RT ye, tak usah bahas paslon 🙏", [N(lg="ptk")]),
        (wib(2024, 11, 2, 20, 52, 30), W("P05"), "Maaf Pak RT, hapus aja pesan saya tadi.", [N("neg_asn_neutral")]),
        (wib(2024, 11, 10, 19, 0, 0), "Bu Ita Warung", "Siape yang nak pesan bubur pedas hari Minggu? 🍲", [N(lg="ptk")]),
        (wib(2024, 11, 27, 13, 30, 0), "Pak RT Hamdan", "Terima kasih warga RT 04 yang sudah ke TPS 12 🙏", [N()]),
    ], group=G)

    # ---- Ambon: heads of provincial high schools (iOS, English) ----------------------------------
    G = "Kepala Sekolah SMA se-Kota Ambon"
    YANCE = "Kepsek SMA 7 Pak Yance"
    wa_file(c, f"whatsapp/WhatsApp Chat - {G}/_chat.txt", "ios_en", "whatsapp_ios_en", [
        (wit(2024, 9, 20, 8, 0, 0), None, NOTICE_IOS_EN, [SYS]),
        (wit(2024, 10, 4, 19, 0, 20), W("A10"), "Bapak ibu kepsek, Bung Johan mau kunjungi sekolah-sekolah minggu depan. Tolong siapkan guru-guru sambut beliau e, foto-foto kirim ke beta ☝️",
         [V("A10", "instruct", "amb-1", "instruct_staff", add_codes=["PP94-N4"], lg="amb", note="the head of the education branch office tells head teachers to welcome a candidate")]),
        (wit(2024, 10, 4, 19, 15, 40), W("A09"), "Pak Kacabdin, mohon maaf, kunjungan calon ke sekolah di masa kampanye dilarang. Beta seng bisa ikut 🙏", [N("neg_objection", lg="amb")]),
        (wit(2024, 10, 4, 19, 30, 5), W("A10"), "Bae sudah, kalau bagitu seng usah sambut di sekolah. Beta tarik pesan tadi, maaf e 🙏", [N("neg_withdrawn_instruction", lg="amb")]),
        (wit(2024, 10, 11, 16, 0, 0), YANCE, "image omitted", [SYS]),
        (wit(2024, 10, 11, 16, 1, 30), YANCE, "Foto guru-guru SMA 7 deng Bung Johan, dong su datang tadi ☝️",
         [R("identity_uncertain", "a saved contact (a head teacher 'Pak Yance') sends photos of his teachers with the candidate after the instruction was withdrawn; no number",
            cand="amb-1", lg="amb")]),
        (wit(2024, 10, 11, 16, 20, 10), W("A09"), "Pak Yance, instruksi su ditarik. Hapus foto itu sudah, ini grup dinas 🙏", [N("neg_negation", lg="amb")]),
        (wit(2024, 10, 18, 8, 0, 0), W("A10"), "Jadwal asesmen nasional SMA dimulai 28 Oktober.", [N("neg_everyday_asn")]),
        (wit(2024, 11, 23, 19, 0, 0), W("A09"), "Bapak ibu, besok masa tenang. Ingat, katong ASN harus netral 🙏", [N("neg_neutrality_reminder", lg="amb")]),
        (wit(2024, 11, 27, 7, 30, 0), W("A10"), "Selamat mencoblos. Sekolah yang jadi TPS mohon dijaga kebersihannya.", [N("neg_official_duty")]),
    ], group=G)

    # ---- Lampung Selatan: a Sundanese family group (iOS, English) --------------------------------
    G = "Keluarga Abah Ujang Natar"
    wa_file(c, f"whatsapp/WhatsApp Chat - {G}/_chat.txt", "ios_en", "whatsapp_ios_en", [
        (wib(2024, 1, 5, 19, 0, 0), None, NOTICE_IOS_EN, [SYS]),
        (wib(2024, 1, 20, 19, 30, 10), W("L09"), "Punten sadayana, ieu caleg DPR ti PDIP nomer hiji, Teh Ayu Kartika. Mangga dipilih, anjeunna ngabantosan patani 🙏",
         [V("L09", "post", "dpr-lampung1-ayu", "ballot_number_call", lg="su", note="an agricultural extension officer urges his family to vote for a DPR candidate")]),
        (wib(2024, 1, 20, 19, 45, 0), "Ceu Enok", "Muhun Jang, engke ku urang dipilih", [N(lg="su")]),
        (wib(2024, 1, 21, 7, 0, 30), W("L10"), "Kang Ujang, urang mah PPPK, ulah ngajak-ngajak milih di grup kulawarga nya. Bisi aya nu ngalaporkeun 🙏", [N("neg_negation", lg="su")]),
        (wib(2024, 1, 21, 7, 20, 0), W("L09"), "Hapunten Dang, hilap 🙏", [N("neg_asn_neutral", lg="su")]),
        (wib(2024, 2, 14, 12, 0, 0), "Ceu Enok", "Atos nyoblos di TPS 7, kuku ungu 💜", [N(lg="su")]),
        (wib(2024, 9, 5, 19, 10, 0), "Mang Odin", "Pilkada Bandar Lampung saha nu alus? Bang Rizal atawa Suntan Firman?", [N(lg="su")]),
        (wib(2024, 9, 5, 19, 25, 40), W("L09"), "Mang, abdi ASN, teu kenging nyarioskeun pilihan. Tingali wae debatna 🙏", [N("neg_negation", lg="su")]),
        (wib(2024, 11, 27, 11, 0, 0), W("L10"), "Alhamdulillah tos nyoblos, lancar 💜", [N("neg_everyday_asn", lg="su")]),
    ], group=G)


# =============================================================================================
# canonical JSON Lines
# =============================================================================================
def build_canonical(c):
    cand = c.cands
    k = Canon(c, "patroli/patroli_siber_bawaslu_riau_lampung_jatim_kalbar.jsonl", "rljk")
    kpu_pku = "100066129900002"
    k.add(V("R02", "interact", "pku-1", "follow", action="follow_or_join"), "instagram", "follow", wib(2024, 10, 2, 21, 0), k.who("R02", "instagram"),
          target=tgt("ridho.yanti", "Ridho Ardiansyah"))
    k.add(N("neg_follow_neutral"), "facebook", "follow", wib(2024, 10, 2, 21, 30), k.who("R04", "facebook"), target=tgt(kpu_pku, "KPU Kota Pekanbaru"))
    k.add(V("J06", "interact", "jbr-1", "supporters_group", action="follow_or_join", note="joins the bakal calon's supporters' group (20 Jul)"),
          "facebook", "join_group", wib(2024, 7, 20, 20, 0), k.who("J06", "facebook"), group={"id": "1048900600401", "name": "Sedulur Gus Haqi Sumbersari"})
    k.add(N("neg_join_neutral"), "facebook", "join_group", wib(2024, 7, 21, 20, 0), k.who("J11", "facebook"), group={"id": "1048900600402", "name": "Petani Tembakau Jember Bersatu"})
    rz = cand["bdl-1"].handle("facebook")
    k.add(V("L02", "interact", "bdl-1", "like", action="like"), "facebook", "reaction", wib(2024, 10, 10, 20, 0), k.who("L02", "facebook"),
          target=tgt(rz, "Rizal Effendi Kesuma", "Bandar Lampung Gemilang, nomor 1 ☝️ #RizalNia", tid=f"{rz}_7000000000055001"))
    k.add(N("neg_like_neutral"), "facebook", "reaction", wib(2024, 10, 28, 20, 0), k.who("L06", "facebook"),
          target=tgt("100066129900001", "KPU Kota Bandar Lampung", "Debat publik kedua 2 November, saksikan di TVRI Lampung. Paslon 1 dan Paslon 2 siap adu gagasan.",
                     tid="100066129900001_7000000000055002"))
    relawan_didik = {"id": "100077990001101", "name": "Relawan Cak Didik Sumbersari"}
    post_didik = tgt(name="Relawan Cak Didik Sumbersari", text="Pak Camat ikut hadir di konsolidasi relawan Cak Didik ✌️", tid="100077990001101_7000000000066001")
    k.add(A("J01", "tagged", "the jbr-2 volunteers tag the Camat as attending their consolidation"), "facebook", "tagged", wib(2024, 10, 13, 20, 0), k.who("J01", "facebook"),
          initiated_by=relawan_didik, target=post_didik)
    k.add(N("neg_untag_request", "the tagged Camat denies attending and asks to be untagged"), "facebook", "comment", wib(2024, 10, 13, 21, 5), k.who("J01", "facebook"),
          "Saya tidak hadir di acara itu. Mohon tag dan foto saya dihapus.", target=post_didik)
    post_yuli = tgt(name="Sahabat Yuli Pontianak", text="Perawat Marselina ikut senam bareng Bu Yuli ✌️", tid="100077990001102_7000000000066002")
    k.add(A("P07", "tagged"), "facebook", "tagged", wib(2024, 10, 20, 9, 0), k.who("P07", "facebook"),
          initiated_by={"id": "100077990001102", "name": "Sahabat Yuli Pontianak"}, target=post_yuli)
    k.add(V("P07", "interact", "ptk-2", "exposed_then_engaged", action="comment", lg="ptk", note="tagged by the pair's volunteers, she thanks them and cheers"),
          "facebook", "comment", wib(2024, 10, 20, 9, 40), k.who("P07", "facebook"), "Makasih dah ditag, seru senamnye! Semangat Bu Yuli ✌️", target=post_yuli)
    gsaid = {"id": "120363000000311", "name": "Relawan Atok Said Marpoyan"}
    k.add(A("R15", "added_to_group"), "whatsapp", "added_to_group", wib(2024, 9, 28, 19, 0), k.who("R15", "whatsapp"), group=gsaid, initiated_by={"name": "Bang Ucok Relawan"})
    k.add(N("neg_negation", "she announces she is leaving"), "whatsapp", "message", wib(2024, 9, 28, 19, 20), k.who("R15", "whatsapp"),
          "Maaf bang, saya ASN, saya keluar dari grup ya 🙏", group=gsaid)
    gmed = {"id": "120363000000312", "name": "Tim Medsos Gus Haqi"}
    k.add(A("J07", "added_to_group"), "whatsapp", "added_to_group", wib(2024, 10, 10, 19, 0), k.who("J07", "whatsapp"), group=gmed, initiated_by={"name": "Mas Arif Tim Medsos"})
    k.add(V("J07", "team", "jbr-1", "exposed_then_engaged", action="comment", action_any=TEAM_ANY, in_group=True,
            note="added to the pair's social-media team, the PPPK takes on content work (SKB-D10 reading)"),
          "whatsapp", "message", wib(2024, 10, 11, 20, 0), k.who("J07", "whatsapp"), "Siap mas, konten TikTok besok saya upload jam 7 malam, caption sudah saya siapkan ☝️",
          group=gmed)
    k.add(V("R10", "gesture", "pku-1", "gesture", note="the gesture and the billboard are only in the image description"), "instagram", "post", wib(2024, 10, 30, 22, 0),
          k.who("R10", "instagram"), "Dinas malam lancar 🩺", media=[img("Dokter berhijab mengacungkan satu jari di depan baliho Ridho–Yanti nomor 1")])
    k.add(V("J09", "post", "jbr-1", "support_post", note="only the image text names the pair"), "facebook", "post", wib(2024, 10, 26, 19, 0), k.who("J09", "facebook"),
          "Siap kawal! 💪", media=[img("Poster digital", text="PILIH NOMOR 1\nGUS HAQI - DR. LILIK\nJEMBER MLAKU BARENG")])
    k.add(V("L12", "post", "bdl-1", "deleted_after", note="deleted two hours later ('salah upload'): the deletion is recorded, the act stands"),
          "instagram", "post", wib(2024, 10, 22, 20, 0), k.who("L12", "instagram"), "Perawat Abdul Moeloek dukung Bang Rizal! ☝️ #RizalNia",
          deleted_at=wib(2024, 10, 22, 22, 5))
    k.add(N("neg_asn_neutral"), "instagram", "post", wib(2024, 10, 22, 22, 10), k.who("L12", "instagram"), "Maaf tadi salah upload, akun ini bukan untuk politik 🙏")
    k.add(N("neg_election_body", "shares the KPU's voter-list notice"), "facebook", "share", wib(2024, 9, 20, 10, 0), k.who("R04", "facebook"),
          target=tgt(kpu_pku, "KPU Kota Pekanbaru", "Daftar Pemilih Tetap Pilkada Kota Pekanbaru telah ditetapkan. Cek nama Anda di cekdptonline.kpu.go.id",
                     tid=f"{kpu_pku}_7000000000077001"))
    az = cand["riau-1"].handle("facebook")
    k.add(V("R09", "post", "riau-1", "share", action="share", note="shares pair 1's post with 'berkah', echoing the slogan"), "facebook", "share", wib(2024, 10, 6, 20, 0),
          k.who("R09", "facebook"), "Alhamdulillah, berkah 🤲",
          target=tgt(az, "Tengku Azmi Rasyid", "Riau Berlimpah Berkah: beasiswa anak nelayan dan petani sawit. Nomor 1 ☝️ #AzmiHarun", tid=f"{az}_7000000000077002"))
    k.add(N("neg_word_collision", "'berkah' = riau-1's slogan and acronym"), "facebook", "post", wib(2024, 10, 13, 16, 0), k.who("R16", "facebook"),
          "Alhamdulillah, rezeki berkah hari ini, panen jengkol di kebun mertua di Tembilahan 😄")
    k.add(V("R04", "ktp", "pku-3", "ktp_independent", add_codes=["PP94-N4"], note="collects KTP copies for the independent bakal calon at the kelurahan service desk (3 May)"),
          "facebook", "post", wib(2024, 5, 3, 19, 0), k.who("R04", "facebook"),
          "Warga Tangkerang Tengah yang mau dukung Atok Said, fotokopi KTP bisa dititip di meja pelayanan kelurahan ya 🙏",
          group={"id": "1048900600403", "name": "Relawan Atok Said Pekanbaru"})
    k.add(R("own_nomination", "a PNS teacher returns a party's nomination form for deputy regent: SKB-D3 applies if he did so without unpaid leave (CLTN), which the post "
            "does not say", actor="J03"), "facebook", "post", wib(2024, 5, 20, 20, 0), k.who("J03", "facebook"),
          "Alhamdulillah, hari ini saya mengembalikan formulir penjaringan bakal calon wakil bupati di kantor DPC PKB Jember. Mohon doa restu 🤲")
    k.add(N("neg_everyday_asn"), "facebook", "post", wib(2024, 10, 8, 11, 0), k.who("L05", "facebook"), "Puskesmas Kedaton melayani imunisasi HPV untuk siswi kelas 5 dan 6 SD pekan ini 💉")
    k.add(V("P07", "post", "ptk-2", "support_post",
            note="stage boundary: posted 17:30Z on 21 Sep, i.e. 00:30 WIB on 22 Sep (designation day): a calon, SKB-D codes, though the UTC date is the day before"),
          "instagram", "post", wib(2024, 9, 22, 0, 30), k.who("P07", "instagram"), "Tengah malam, tinggal hitungan jam Bu Yuli ditetapkan KPU. Semangat Bu! ✌️ #YuliDaud",
          style="z")
    k.add(R("insinuation", "a head teacher mocks an unnamed candidate ('not one who only dances on TikTok')", actor="J08"), "facebook", "post", wib(2024, 11, 1, 20, 0),
          k.who("J08", "facebook"), "Jember butuh bupati yang ngerti pendidikan, bukan yang cuma pinter joget di TikTok 😏")
    k.add(N("neg_namesake", "a nurse who shares jbr-1's running mate's name"), "instagram", "post", wib(2024, 10, 2, 20, 0), k.who("J02", "instagram"),
          "Terima kasih doanya, tapi saya perawat Puskesmas Sumbersari, bukan calon wakil bupati 😅 Nama kami kebetulan sama.")
    k.add(N("neg_official_duty"), "whatsapp", "message", wib(2024, 11, 18, 10, 0), k.who("L11", "whatsapp"),
          "Rekan-rekan, KPU Provinsi minta dukungan fasilitasi gudang logistik. Mohon dibantu sesuai tugas.",
          group={"id": "120363000000313", "name": "Biro Pemerintahan Setprov Lampung"})
    k.add(N("neg_number_no_context"), "facebook", "post", wib(2024, 9, 8, 17, 0), k.who("R11", "facebook"), "Juara 1 lomba burung murai tingkat kota, alhamdulillah ☝️🐦")
    k.add(N("neg_gesture_no_context", "three fingers 'like Hunger Games' at a graduation, during the campaign (pku-3 is number 3)"), "x", "post", wib(2024, 10, 19, 15, 0),
          k.who("R03", "x"), "Wisuda adik di UNRI, foto salam tiga jari ala Hunger Games 🤟😆", media=[img("Dua wisudawan bertoga mengacungkan tiga jari")])
    pkm = {"handle": "puskesmas.sumbersari", "name": "Puskesmas Sumbersari"}
    k.add(V("inst:pkm_sumbersari", "inst", "jbr-1", "institutional_account", action="official_account_use"), "instagram", "post", wib(2024, 10, 17, 10, 0), pkm,
          "Terima kasih Gus Haqi sudah mampir ke Puskesmas Sumbersari. Sehat bareng, Jember Mlaku Bareng ☝️")
    k.add(N("neg_official_duty"), "instagram", "post", wib(2024, 11, 25, 9, 0), pkm, "IGD Puskesmas Sumbersari tetap buka 24 jam saat pencoblosan 27 November.")
    k.add(R("unsettled_law", "a nurse likes her own puskesmas's post promoting the pair: SKB-D6 names a calon's own account or team group, this is a third-party "
            "(institutional) post", actor="J02", cand="jbr-1"), "instagram", "reaction", wib(2024, 10, 17, 12, 0), k.who("J02", "instagram"),
          target=tgt("puskesmas.sumbersari", "Puskesmas Sumbersari", "Terima kasih Gus Haqi sudah mampir ke Puskesmas Sumbersari. Sehat bareng, Jember Mlaku Bareng ☝️",
                     tid="17900000000031001"))
    k.add(V("J05", "interact", "jbr-1", "follow", action="follow_or_join"), "tiktok", "follow", wib(2024, 10, 1, 21, 0), k.who("J05", "tiktok"), target=tgt("gushaqi.official", "Gus Haqi"))
    k.add(N("neg_follow_neutral"), "tiktok", "follow", wib(2024, 10, 1, 21, 5), k.who("J05", "tiktok"), target=tgt("bawaslu.jember", "Bawaslu Kabupaten Jember"))
    k.add(A("J04", "added_to_group", "a head teacher added to the rival pair's group; she stays silent"), "whatsapp", "added_to_group", wib(2024, 10, 6, 19, 0),
          k.who("J04", "whatsapp"), group={"id": "120363000000314", "name": "Relawan Cak Didik Kranjingan"}, initiated_by={"name": "Pak Samsul Korwil"})
    humas = {"id": "-1001755502233", "name": "Humas OPD Pekanbaru"}
    k.add(N("neg_official_duty", "tells PR officers to post KPU material without comment or candidate photos"), "telegram", "message", wib(2024, 10, 8, 9, 0),
          k.who("R05", "telegram"), "Rekan humas, materi debat dari KPU silakan diunggah tanpa komentar dan tanpa foto paslon ya.", group=humas)
    k.add(R("intent_uncertain", "a PR officer asks whether she may post a candidate's content on the agency's account: an intention, no act", actor="R06", cand="riau-2"),
          "telegram", "message", wib(2024, 10, 8, 9, 20), k.who("R06", "telegram"), "Pak, konten Bunda Wulan yang kemarin boleh saya naikkan di IG dinas? 🙏", group=humas)
    k.add(N("neg_negation"), "telegram", "message", wib(2024, 10, 8, 9, 35), k.who("R05", "telegram"),
          "Jangan, Dek. Akun dinas harus netral, konten paslon mana pun tidak boleh.", group=humas)
    k.add(N("neg_neutrality_reminder"), "whatsapp", "message", wib(2024, 10, 4, 7, 0), k.who("J08", "whatsapp"),
          "Bapak ibu, siapa pun calonnya, jangan pakai seragam dinas atau atribut sekolah saat hadir acara paslon.",
          group={"id": "120363000000315", "name": "Guru SMAN 2 Jember"})
    k.add(V("R12", "interact", "riau-2", "follow", action="follow_or_join"), "instagram", "follow", wib(2024, 10, 30, 21, 0), k.who("R12", "instagram"),
          target=tgt("wulanfikri.riau", "Sri Wulandari Lubis"))
    k.add(N("neg_follow_neutral"), "x", "follow", wib(2024, 10, 30, 21, 10), k.who("P08", "x"), target=tgt("bawaslu_kalbar_info", "Info Bawaslu Kalbar"))
    k.add(V("R02", "post", "pku-1", "support_post", lg="rm"), "instagram", "post", wib(2024, 10, 14, 20, 0), k.who("R02", "instagram"),
          "Bang Ridho tu orang kampung kite, tak kan lupe same warge Marpoyan. Nomor satu lah! ☝️ #RidhoYanti")
    k.add(N("neg_negation", lg="rm"), "whatsapp", "message", wib(2024, 10, 21, 8, 0), k.who("R15", "whatsapp"),
          "Kawan-kawan, jangan hantar poster calon ke grup bendahara ni ye, kite ASN kene netral 🙏",
          group={"id": "120363000000316", "name": "Bendahara Kecamatan se-Pekanbaru"})
    k.add(N("neg_negation", lg="lpg"), "facebook", "post", wib(2024, 11, 23, 20, 0), k.who("L13", "facebook"),
          "Tabik pun, sanak kerabat. Nyak ASN, mak dapok ngajak milih sapa pun. Sai Bumi Ruwa Jurai, Pilkada damai 🙏")
    k.add(V("L04", "post", "bdl-2", "support_post", lg="lpg", note="Lampung: 'a true Lampung man, we back number two'"), "instagram", "post",
          wib(2024, 10, 29, 20, 0), k.who("L04", "instagram"), "Suntan Firman jelma Lampung asli, kham dukung nomor ghua ✌️ #FirmanAgus")
    k.add(N("neg_civics", "a negation in form ('jangan lupa' = don't forget) that names no one", lg="mad"), "tiktok", "post", wib(2024, 11, 25, 19, 0),
          k.who("J09", "tiktok"), "Reng Jember, jha' lopa datang ka TPS tanggal 27, pele sesuai ate 🙏")
    k.add(N("neg_negation", lg="bjn"), "facebook", "post", wib(2024, 11, 19, 20, 0), k.who("R16", "facebook"),
          "Ulun kada kawa bapandir politik di sini, ulun guru ASN. Nang penting damai haja 🙏")
    k.add(V("P07", "attend", "ptk-2", "attend_campaign", lg="en", note="mixed English: 'campaign vibes last night ... vote no. 2'"), "instagram", "post",
          wib(2024, 11, 16, 23, 0), k.who("P07", "instagram"), "Vibes kampanye akbar Bu Yuli tadi malam 🔥 so proud, vote no. 2 guys! ✌️ #YuliDaud")
    k.add(N("neg_like_neutral", "the kecamatan's page likes the KPU's debate notice"), "facebook", "reaction", wib(2024, 10, 28, 20, 30),
          {"id": c.inst["kec_kedaton"]["handle"], "name": "Kecamatan Kedaton"},
          target=tgt("100066129900001", "KPU Kota Bandar Lampung", "Debat publik kedua 2 November, saksikan di TVRI Lampung. Paslon 1 dan Paslon 2 siap adu gagasan.",
                     tid="100066129900001_7000000000055002"))
    k.add(N("neg_even_mention", lg="en"), "x", "post", wib(2024, 10, 21, 22, 30), k.who("R06", "x"), "Debate night! Semua paslon bring their A-game, Riau wins 👏")
    # Pemilu 2024
    k.add(V("P05", "post", "dprd-pontianak2-acong", "support_post"), "x", "post", wib(2024, 1, 27, 20, 0), k.who("P05", "x"), "Koh Acong nomor 5 Perindo, bantu nelayan Kapuas 🙌 #KohAcong5")
    k.add(V("R16", "post", "dprdprov-riau1-hafiz", "ballot_number_call"), "facebook", "post", wib(2024, 2, 2, 20, 0), k.who("R16", "facebook"),
          "Ustaz Hafiz caleg PAN nomor 7 DPRD Riau, guru ngaji kami. Coblos ya 🙏")
    k.add(N("neg_namesake", "a teacher whose name resembles the DPR candidate Kiai Rofiq"), "facebook", "post", wib(2024, 1, 15, 20, 0), k.who("J03", "facebook"),
          "Bangga, nama saya mirip Kiai Rofiq. Tapi saya guru, ndak ikut-ikut kampanye 😄")
    k.add(V("J05", "post", "dpr-jatim4-rofiq", "support_post"), "facebook", "post", wib(2024, 1, 18, 20, 0), k.who("J05", "facebook"),
          "Kiai Rofiq nomor 1 PKB, santri pilih santri 💚 #GusRofiq1")
    k.add(N("neg_word_collision", "'Mbak Ayu' = the DPR candidate's alias; a midwife on a newborn", lg="jv"), "facebook", "post", wib(2024, 1, 22, 9, 0), k.who("L06", "facebook"),
          "Bayi Mbak Ayu lahir sehat 3,2 kg di Puskesmas Kedaton, ayu tenan 👶")
    k.add(V("L07", "interact", "dpr-lampung1-ayu", "follow", action="follow_or_join"), "instagram", "follow", wib(2023, 12, 10, 21, 0), k.who("L07", "instagram"),
          target=tgt("ayukartika.pdip", "Ayu Kartika Sari"))
    k.add(V("L11", "post", "dpr-lampung1-ayu", "pre_designation", note="20 Oct 2023, before the DCT (3 Nov): SKB-E codes"), "x", "post", wib(2023, 10, 20, 20, 0), k.who("L11", "x"),
          "Mbak Ayu Kartika bakal caleg DPR dapil Lampung I, semoga masuk DCT 🤲 Petani Lampung butuh beliau")
    k.add(V("R13", "post", "dpr-riau1-ilyas", "support_post"), "x", "post", wib(2024, 1, 30, 21, 0), k.who("R13", "x"),
          "Datuk Ilyas nomor 2 PKB, orang Siak yang paham tata ruang. Jangan lupa 14 Februari! #DatukIlyas2")
    k.dump()

    k = Canon(c, "patroli/patroli_siber_bawaslu_sulsel_ntb_maluku.jsonl", "snm")
    k.add(V("M01", "interact", "mks-2", "follow", action="follow_or_join"), "instagram", "follow", wita(2024, 10, 3, 21, 0), k.who("M01", "instagram"),
          target=tgt("daengrewa.mks", "Daeng Rewa"))
    k.add(V("B03", "interact", "bone-1", "supporters_group", action="follow_or_join", note="joins the bakal calon's supporters' group (5 Sep)"),
          "facebook", "join_group", wita(2024, 9, 5, 20, 0), k.who("B03", "facebook"), group={"id": "1048900600501", "name": "Sahabat Puang Sessu Watampone"})
    k.add(N("neg_join_neutral"), "facebook", "join_group", wita(2024, 9, 6, 20, 0), k.who("B06", "facebook"), group={"id": "1048900600502", "name": "Ikatan Bidan Indonesia Cabang Bone"})
    k.add(A("B01", "tagged"), "facebook", "tagged", wita(2024, 10, 30, 21, 0), k.who("B01", "facebook"),
          initiated_by={"id": "100077990001201", "name": "Relawan Puang Sessu Tanete"},
          target=tgt(name="Relawan Puang Sessu Tanete", text="Pak Camat ikut menyambut Puang Sessu di Lapangan Merdeka ☝️", tid="100077990001201_7000000000088001"))
    k.add(A("A09", "tagged", "she stays silent"), "facebook", "tagged", wit(2024, 10, 22, 20, 0), k.who("A09", "facebook"),
          initiated_by={"id": "100077990001202", "name": "Relawan Johan-Samsul Nusaniwe"},
          target=tgt(name="Relawan Johan-Samsul Nusaniwe", text="Ibu Kepsek Nelce ikut hadir di tatap muka Bung Johan ☝️", tid="100077990001202_7000000000088002"))
    k.add(A("N09", "tagged", "tagged by mistake for the running mate who shares her name: still passive exposure of an ASN"), "facebook", "tagged", wita(2024, 10, 12, 20, 0),
          k.who("N09", "facebook"), initiated_by={"id": "100077990001203", "name": "Relawan Surya-Baiq Cakranegara"},
          target=tgt(name="Relawan Surya-Baiq Cakranegara", text="Ayo pilih Mamiq Surya dan Baiq Nurhidayah, nomor satu! ☝️", tid="100077990001203_7000000000088003"))
    gmade = {"id": "120363000000321", "name": "Relawan Bli Made Cakra"}
    k.add(A("N04", "added_to_group"), "whatsapp", "added_to_group", wita(2024, 10, 14, 19, 0), k.who("N04", "whatsapp"), group=gmade, initiated_by={"name": "Bli Gede Korlap"})
    k.add(A("N05", "added_to_group"), "whatsapp", "added_to_group", wita(2024, 10, 14, 19, 3), k.who("N05", "whatsapp"), group=gmade, initiated_by={"name": "Bli Gede Korlap"})
    k.add(N("neg_negation"), "whatsapp", "message", wita(2024, 10, 14, 19, 25), k.who("N04", "whatsapp"), "Maaf, saya kepala sekolah ASN, mohon saya dikeluarkan dari grup ini 🙏",
          group=gmade)
    k.add(V("N05", "interact", "mtr-2", "exposed_then_engaged", action="comment", action_any=CMT_ANY, in_group=True),
          "whatsapp", "message", wita(2024, 10, 14, 20, 10), k.who("N05", "whatsapp"), "Siap Bli, guru-guru SMP 2 ikut bantu sebar video ✌️", group=gmade)
    k.add(V("M01", "photo", "mks-2", "photo_with_candidate", note="the two-finger sign is only in the image description"), "facebook", "post", wita(2024, 9, 29, 20, 0),
          k.who("M01", "facebook"), "Silaturahmi di rumah Daeng Rewa, bahas lorong wisata. Makassar Sombere' ✌️",
          media=[img("Camat berbatik berfoto dengan Syarifuddin Daeng Rewa, keduanya mengacungkan dua jari")])
    k.add(R("photo_no_symbol", "a religious-event photo with the bakal calon (16 Sep), no gesture, prop or call: SKB-E5 needs partisan symbols or campaign props",
            actor="B02", cand="bone-2"), "facebook", "post", wita(2024, 9, 16, 13, 0), k.who("B02", "facebook"),
          "Peringatan Maulid Nabi di Masjid Raya Watampone bersama jamaah 🤲", media=[img("Beberapa orang berpeci duduk bersila, di antaranya Muhammad Nasir Tola")])
    fr = cand["amb-2"].handle("facebook")
    k.add(V("A06", "interact", "amb-2", "like", action="like"), "facebook", "reaction", wit(2024, 10, 25, 20, 0), k.who("A06", "facebook"),
          target=tgt(fr, "Frans Pattinasarany", "Katong Ambon Baku Bae, nomor 2 ✌️ #FransFatma", tid=f"{fr}_7000000000088004"))
    k.add(N("neg_like_neutral"), "facebook", "reaction", wit(2024, 11, 25, 20, 0), k.who("A02", "facebook"),
          target=tgt("100066129900003", "Bawaslu Kota Ambon", "Patroli pengawasan masa tenang di Kecamatan Nusaniwe", tid="100066129900003_7000000000088005"))
    k.add(N("neg_neutrality_reminder", lg="amb"), "facebook", "post", wit(2024, 10, 2, 9, 0), k.who("A01", "facebook"),
          "Camat Nusaniwe mengingatkan: ASN seng boleh like, komen, share konten paslon. Katong netral!")
    k.add(V("M07", "post", "mks-1", "obfuscated_support", note="leetspeak for 'coblos nomor 1, Puang Yusran'"), "tiktok", "post", wita(2024, 11, 6, 20, 0),
          k.who("M07", "tiktok"), "C0bl0s n0m0r 1, Puang Yu5r4n! 🔥 #Mak4ss4rEw4ko")
    k.add(V("B04", "post", "bone-2", "ballot_number_call", note="keycap digits: 'on the 27th vote 2'"), "facebook", "post", wita(2024, 11, 20, 20, 0), k.who("B04", "facebook"),
          "Tanggal 2️⃣7️⃣ coblos 2️⃣ 🙏 Bone Sipakatau")
    k.add(V("N02", "post", "mtr-1", "support_post", lg="en"), "instagram", "post", wita(2024, 10, 26, 20, 0), k.who("N02", "instagram"),
          "All in for Mamiq Suryadi! Number one, no debate ☝️🔥 #SuryaBaiq")
    k.add(N("neg_everyday_asn", lg="en"), "instagram", "post", wita(2024, 10, 27, 18, 0), k.who("N03", "instagram"), "Weekend vibes at Senggigi 🌅 no politics, just sunset")
    gpd = {"id": "120363000000322", "name": "Staf Kelurahan Pandang"}
    k.add(V("M04", "instruct", "mks-1", "instruct_staff", add_codes=["PP94-N4"], note="a lurah summons her staff to the office for a candidate's visit"),
          "whatsapp", "message", wita(2024, 10, 6, 16, 0), k.who("M04", "whatsapp"), "Besok jam 8 semua staf kumpul di kantor, ada kunjungan Puang Yusran, pakai baju putih ☝️",
          group=gpd)
    k.add(N("neg_withdrawn_instruction", "cancelled the same evening: the instruction stays a fact"), "whatsapp", "message", wita(2024, 10, 6, 21, 0), k.who("M04", "whatsapp"),
          "Kunjungan besok dibatalkan, kembali ke tugas masing-masing.", group=gpd)
    k.add(R("identity_uncertain", "an X account with the teacher's name and school, not a handle the registry lists", actor="B05", cand="bone-2"),
          "x", "post", wita(2024, 10, 12, 20, 0), {"handle": "sudirman_sakka", "name": "Sudirman Sakka"}, "Pak Nasir nomor 2, guru Watampone siap ✌️")
    k.add(V("B06", "negative", "bone-1", "negative_campaign", lg="bug"), "whatsapp", "message", wita(2024, 11, 3, 20, 0), k.who("B06", "whatsapp"),
          "Puang Sessu pernah diperiksa jaksa soal proyek. Aja' mupilei, nah!", group={"id": "120363000000323", "name": "Keluarga Besar Hj. Saenab"})
    k.add(V("N07", "post", "dpr-ntb2-rabiah", "pre_designation",
            note="stage boundary: 3 Nov 2023 00:30 WITA is 2 Nov 23:30 WIB: before the DCT, SKB-E codes although the local date is the DCT date"),
          "facebook", "post", at(WITA, 2023, 11, 3, 0, 30), k.who("N07", "facebook"), "Besok DCT diumumkan, semoga Inaq Rabiah masuk DPR RI nomor 3, tiang dukung! 🤲")
    k.add(V("M10", "post", "dpr-sulsel1-ikram", "support_post"), "instagram", "post", wita(2024, 1, 25, 20, 0), k.who("M10", "instagram"),
          "Kak Ikram NasDem nomor 4, caleg muda Makassar! 💙 #IkramNasDem4")
    k.add(V("A07", "post", "dpd-maluku-nona", "support_post", lg="amb"), "facebook", "post", wit(2024, 2, 3, 20, 0), k.who("A07", "facebook"),
          "Usi Nona nomor 27 DPD, perempuan Maluku hebat! 💪 #UsiNona27")
    k.add(N("neg_word_collision", "'nona' (girls) = the DPD candidate's name", lg="amb"), "facebook", "post", wit(2024, 1, 30, 19, 0), k.who("A04", "facebook"),
          "Nona-nona kelas XII juara lomba paduan suara! 🎶 Dangke Tuhan")
    post_ew = tgt(name="Relawan Ewako Panakkukang", text="Pak Ishak dari BPKAD ikut konsolidasi relawan Puang Yusran ☝️", tid="100077990001204_7000000000088006")
    k.add(A("M11", "tagged"), "facebook", "tagged", wita(2024, 10, 26, 20, 0), k.who("M11", "facebook"),
          initiated_by={"id": "100077990001204", "name": "Relawan Ewako Panakkukang"}, target=post_ew)
    k.add(V("M11", "interact", "mks-1", "exposed_then_engaged", action="like", note="tagged by the volunteers, he then likes the post he was tagged in"),
          "facebook", "reaction", wita(2024, 10, 26, 21, 0), k.who("M11", "facebook"), target=post_ew)
    k.add(N("neg_added_neutral"), "whatsapp", "added_to_group", wita(2024, 10, 1, 19, 0), k.who("B02", "whatsapp"),
          group={"id": "120363000000324", "name": "Arisan Ibu-ibu Tanete"}, initiated_by={"name": "Bu Darma"})
    k.add(N("neg_everyday_asn"), "facebook", "post", wita(2024, 10, 10, 16, 0), k.who("N08", "facebook"), "Anak-anak SD 3 Selong latihan presean untuk festival budaya 🥁")
    k.dump()


def build_screenshots(c):
    png_shot(c, "screenshots/tangkapan_status_wa_suryani_kel_tangkerang_tengah.png",
             ["Status WhatsApp", "Suryani Kel. Tangkerang Tengah", "Atok Said nomor 3!", "Pekanbaru Milik Bersama", "18 Oktober 2024 20.10"],
             R("screenshot_ocr", "a reporter's screenshot of an expired WhatsApp status naming a kelurahan clerk; no number visible", actor="R04", cand="pku-3"),
             wib(2024, 10, 18, 20, 10))
    png_shot(c, "screenshots/tangkapan_grup_guru_sdn_kranjingan_01.png",
             ["Guru SDN Kranjingan 01", "Bu Dian:", "Ayo coblos Gus Haqi", "nomer siji", "9 November 2024 19.40"],
             R("screenshot_ocr", "a forwarded screenshot of a school chat naming a teacher by first name only; not in the exported chat", actor="J10", cand="jbr-1", lg="jv"),
             wib(2024, 11, 9, 19, 40))
    png_shot(c, "screenshots/tangkapan_story_ig_andisittimarwah.png",
             ["Instagram Story", "andisittimarwah", "Ewako Puang Yusran", "Nomor 1 Makassar", "2 November 2024 21.30"],
             R("screenshot_ocr", "a story under 'andisittimarwah', not the listed handle 'andisitti.marwah' of a kecamatan section head", actor="M02", cand="mks-1"),
             wita(2024, 11, 2, 21, 30))
    png_shot(c, "screenshots/tangkapan_grup_fb_sahabat_puang_sessu.png",
             ["Grup Sahabat Puang Sessu", "Kaharuddin Kec. Tanete Riattang", "Siap kawal nomor 1", "Bone Makessing", "3 Oktober 2024 19.45"],
             R("screenshot_ocr", "a screenshot of a group post under the name of a PPPK who joined the group; the post itself is not in any export", actor="B03", cand="bone-1"),
             wita(2024, 10, 3, 19, 45))


textless = K.textless


# =============================================================================================
def build(c):
    global DESCRIPTION
    langs = {}
    orig_label = c.label

    def label(tid, lab, **kw):  # records the language tag, then hands the label to the shared model
        lab = dict(lab)
        langs[tid] = lab.pop("lg", "id")
        return orig_label(tid, lab, **kw)

    c.label = label
    registry(c)
    elections(c)
    build_facebook(c)
    build_crowdtangle(c)
    build_x(c)
    build_instagram(c)
    build_tiktok(c)
    build_youtube(c)
    build_telegram(c)
    build_whatsapp(c)
    build_canonical(c)
    build_screenshots(c)
    del c.label
    textless(c, langs)
    status = {t["id"]: t["status"] for t in c.truth}
    rows = []
    for lg, n in sorted(Counter(langs[t] for t in status).items(), key=lambda kv: (-kv[1], kv[0])):
        s = Counter(status[t] for t in status if langs[t] == lg)
        rows.append((LANGS[lg] + f" (`{lg}`)", n, s["violation"], s["alert"], s["review"], s["none"]))
    c.lang_counts = Counter(langs.values())
    DESCRIPTION = DESCRIPTION_HEAD.replace("{lang_table}", K.table(rows, ["language", "labels", "violation", "alert", "review", "none"]))
