"""heldout2 workspace: Sumatera Utara (Kota Medan, Kabupaten Deli Serdang; WIB), Aceh (Kota Banda Aceh; WIB),
DI Yogyakarta (Kabupaten Sleman; WIB), Nusa Tenggara Timur (Kota Kupang; WITA), Kalimantan Timur (Kota Samarinda;
WITA) and Maluku Utara (Kota Ternate; WIT).

Every civil servant, Pilkada and legislative candidate, account, post, phone number and id is fictional. The three
presidential pairs of 2024 and their ballot numbers, coalitions and slogans are public facts; no post, tweet or
caption is attributed to them (they appear only as names, hashtags and follow/like targets). Regions (Kemendagri 11,
11.71, 12, 12.07, 12.71, 34, 34.04, 53, 53.71, 64, 64.72, 82, 82.71), parties and calendars are real.

All sentences were written for this workspace from shared/reference/rules.md and contract.md only."""
from __future__ import annotations

from collections import Counter
from datetime import date

import _corpus as K
from _corpus import (WIB, WIT, WITA, Canon, Cand, Contest, Ct, Election, Fb, Ig, Tg, Tt, X, Yt, at, fb_person, img,
                     png_shot, tg_account_export, tg_contact, tg_phone, tgt, tt_comments, wa_file, wa_phone, yt_channel,
                     PILKADA_DESIGNATION)
from _corpus import wib, wit, wita





# ---- label shorthands with a language tag (kept out of truth.jsonl; counted for the README) ----------------------
# lg: id = informal Indonesian (slang, abbreviations, emoji), mdn = Medan Malay, btk = Batak Toba, ace = Acehnese,
# jv = Javanese (ngoko / krama), kpg = Kupang Malay, tte = Ternate Malay, bjn = Banjar as spoken in Samarinda
# (with Kutai words), en = English, sys = system line, media placeholder or emoji only.
LANGS = {"id": "Indonesian (informal: slang, abbreviations, emoji)", "mdn": "Medan Malay / Medan slang",
         "btk": "Batak Toba", "ace": "Acehnese", "jv": "Javanese (Yogyakarta ngoko and krama)", "kpg": "Kupang Malay",
         "tte": "Ternate Malay", "bjn": "Banjar (Samarinda, with Kutai words)", "en": "English",
         "sys": "none (no text: reaction, follow, join, service or system line, media placeholder, emoji only)"}


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


SUMUT = "Pemerintah Provinsi Sumatera Utara"
MDN = "Pemerintah Kota Medan"
DS = "Pemerintah Kabupaten Deli Serdang"
ACEH = "Pemerintah Aceh"
BNA = "Pemerintah Kota Banda Aceh"
KEMENAG_BNA = "Kantor Kementerian Agama Kota Banda Aceh"
DIY = "Pemerintah Daerah Daerah Istimewa Yogyakarta"
SLM = "Pemerintah Kabupaten Sleman"
NTT = "Pemerintah Provinsi Nusa Tenggara Timur"
KPG = "Pemerintah Kota Kupang"
KALTIM = "Pemerintah Provinsi Kalimantan Timur"
SMD = "Pemerintah Kota Samarinda"
MALUT = "Pemerintah Provinsi Maluku Utara"
TTE = "Pemerintah Kota Ternate"
KEMENAG_TTE = "Kantor Kementerian Agama Kota Ternate"

YT = {k: yt_channel("ho2" + k) for k in ("M16", "A03", "A10", "A11", "K09", "B06", "T10", "rahmat", "zul", "yusuf", "andi",
                                          "kipbna", "kominfosmd", *[f"c{i}" for i in range(1, 16)])}

PEOPLE = [
    # key, birth, tmt, sex, seq, nama, jabatan, instansi, unit, wilayah, status, accounts[, display name]
    ("M01", "19720314", "199803", 1, 5, "Drs. Bonifasius Simatupang, M.Si.", "Camat Medan Johor", MDN, "Kecamatan Medan Johor", "Kota Medan", "PNS", {"whatsapp": "+6281263110101", "facebook": "100088610000101"}),
    ("M02", "19850722", "201001", 2, 14, "Rosdiana Br. Sitepu, S.E.", "Kepala Seksi Pemerintahan", MDN, "Kecamatan Medan Johor", "Kota Medan", "PNS", {"whatsapp": "+6281263110102", "instagram": "rosdiana.sitepu", "facebook": "100088610000102"}),
    ("M03", "19960411", "202210", 1, 27, "Kevin Sihotang, S.Kom.", "Pranata Komputer Ahli Pertama", MDN, "Kecamatan Medan Johor", "Kota Medan", "PPPK", {"whatsapp": "+6282276110103", "x": "kevinsihotang_"}),
    ("M04", "19900905", "201503", 2, 31, "Lestari Ningsih, S.Sos.", "Pengadministrasi Perkantoran", MDN, "Kelurahan Gedung Johor, Kecamatan Medan Johor", "Kota Medan", "PNS", {"whatsapp": "+6281375110104", "facebook": "100088610000104"}),
    ("M05", "19880117", "201212", 1, 22, "Fahmi Rangkuti, S.H.", "Analis Hukum Ahli Pertama", MDN, "Bagian Hukum Sekretariat Daerah", "Kota Medan", "PNS", {"x": "fahmirangkuti_", "facebook": "100088610000105"}),
    ("M06", "19830630", "200901", 2, 18, "dr. Meilani Tanjung", "Dokter Ahli Muda", MDN, "UPT Puskesmas Padang Bulan", "Kota Medan", "PNS", {"instagram": "dr.meilanitanjung", "facebook": "100088610000106"}),
    ("M07", "19930228", "201903", 1, 40, "Riko Hutabarat, S.Kom.", "Pranata Komputer Ahli Pertama", MDN, "Dinas Komunikasi dan Informatika", "Kota Medan", "PNS", {"x": "rikohutabarat", "tiktok": "riko.htbrt", "facebook": "100088610000107"}),
    ("M08", "19910819", "201712", 2, 37, "Yohana Br. Situmorang, S.Pd.", "Guru Ahli Muda", MDN, "SD Negeri 060843 Medan", "Kota Medan", "PNS", {"facebook": "100088610000108", "tiktok": "bu.yohana.sd"}),
    ("M09", "19780410", "200312", 1, 9, "Ir. Darwin Lubis, M.T.", "Kepala Bidang Bina Marga", MDN, "Dinas Sumber Daya Air, Bina Marga dan Bina Konstruksi", "Kota Medan", "PNS", {"x": "darwinlubis_bm"}),
    ("M10", "19950606", "202109", 2, 45, "Nadya Putri Harahap, S.I.Kom.", "Pranata Hubungan Masyarakat Ahli Pertama", MDN, "Dinas Komunikasi dan Informatika", "Kota Medan", "PPPK", {"x": "nadyaputri_hrp", "whatsapp": "+6285261110110", "facebook": "100088610000110"}),
    ("M11", "19870303", "201101", 1, 24, "Parlindungan Manurung, S.Sos.", "Polisi Pamong Praja Ahli Muda", MDN, "Satuan Polisi Pamong Praja", "Kota Medan", "PNS", {"tiktok": "parlin.satpol", "facebook": "100088610000111"}),
    ("M12", "19810925", "200604", 2, 12, "Hj. Sri Wahyuni Nasution, S.Pd., M.Pd.", "Kepala Sekolah", SUMUT, "SMA Negeri 7 Medan", "Kota Medan", "PNS", {"whatsapp": "+6281263110112", "facebook": "100088610000112"}),
    ("M13", "19890514", "201403", 1, 33, "Andreas Simanjuntak, S.Pd.", "Guru Ahli Muda", SUMUT, "SMA Negeri 7 Medan", "Kota Medan", "PNS", {"instagram": "andreas.smjtk", "x": "andreas_smjtk"}),
    ("M14", "19750802", "200003", 1, 6, "Drs. H. Syahrial Nasution, M.AP.", "Kepala Cabang Dinas Pendidikan Wilayah I", SUMUT, "Cabang Dinas Pendidikan Wilayah I, Dinas Pendidikan", "Kota Medan", "PNS", {"whatsapp": "+6281263110114"}),
    ("M15", "19920112", "201909", 2, 49, "Debora Simbolon, S.Kep., Ns.", "Perawat Ahli Pertama", SUMUT, "RSUD Haji Provinsi Sumatera Utara", "Kota Medan", "PNS", {"tiktok": "debora.ns", "instagram": "deborasimbolon"}),
    ("M16", "19860415", "201101", 1, 29, "Rudi Hartono Sinaga, S.T.", "Penata Ruang Ahli Muda", SUMUT, "Dinas Perumahan, Kawasan Permukiman dan Penataan Ruang", "Kota Medan", "PNS", {"x": "rudisinaga_tr", "youtube": YT["M16"]}),
    ("M17", "19940920", "202212", 2, 52, "Winda Sari Lubis, S.Pd.", "Guru Ahli Pertama", SUMUT, "SMA Negeri 7 Medan", "Kota Medan", "PPPK", {"tiktok": "windasari.guru", "whatsapp": "+6282160110117"}),
    ("M18", "19790101", "200501", 1, 11, "Mangasi Panjaitan, S.H.", "Kepala Seksi Ketenteraman dan Ketertiban", MDN, "Kecamatan Medan Johor", "Kota Medan", "PNS", {"whatsapp": "+6281370110118"}),
    ("M19", "19900707", "201503", 1, 41, "Irfan Syahputra, S.Kom.", "Pranata Komputer Ahli Pertama", MDN, "Dinas Komunikasi dan Informatika", "Kota Medan", "PNS", {"facebook": "100088610000119", "x": "irfansyahputra_"}),
    ("M20", "19930404", "201903", 2, 44, "Tiur Maida Hasibuan, A.Md.", "Pengelola Layanan Informasi", MDN, "Dinas Komunikasi dan Informatika", "Kota Medan", "PNS", {"facebook": "100088610000120", "x": "tiurmaida_"}),
    ("D01", "19740611", "199903", 1, 8, "Drs. Ahmad Yani Siregar, M.Si.", "Camat Lubuk Pakam", DS, "Kecamatan Lubuk Pakam", "Kabupaten Deli Serdang", "PNS", {"whatsapp": "+6281361220201", "facebook": "100088620000201"}),
    ("D02", "19870918", "201101", 2, 20, "Sri Mulyani, S.ST.", "Bidan Ahli Pertama", DS, "UPT Puskesmas Lubuk Pakam", "Kabupaten Deli Serdang", "PNS", {"facebook": "100088620000202", "whatsapp": "+6281361220202"}),
    ("D03", "19820504", "200801", 1, 16, "Suparman, S.P.", "Penyuluh Pertanian Ahli Muda", DS, "BPP Tanjung Morawa, Dinas Pertanian", "Kabupaten Deli Serdang", "PNS", {"facebook": "100088620000203"}),
    ("D04", "19950215", "202210", 2, 38, "Putri Ayu Ginting, S.Pd.", "Guru Ahli Pertama", DS, "SD Negeri 101880 Tanjung Morawa", "Kabupaten Deli Serdang", "PPPK", {"tiktok": "putriayu.ginting", "facebook": "100088620000204"}),
    ("D05", "19800808", "200604", 1, 13, "dr. Hasudungan Tambunan, M.K.M.", "Kepala UPT Puskesmas", DS, "UPT Puskesmas Lubuk Pakam", "Kabupaten Deli Serdang", "PNS", {"whatsapp": "+6281361220205"}),
    ("D06", "19770322", "200212", 1, 10, "H. Zainal Arifin, S.Sos., M.Kes.", "Sekretaris Dinas Kesehatan", DS, "Dinas Kesehatan", "Kabupaten Deli Serdang", "PNS", {"whatsapp": "+6281361220206"}),
    ("D07", "19910626", "201503", 2, 34, "Nur Aini Harahap, A.Md.Kep.", "Perawat Terampil", DS, "UPT Puskesmas Percut Sei Tuan", "Kabupaten Deli Serdang", "PNS", {"whatsapp": "+6282167220207", "facebook": "100088620000207"}),
    ("D08", "19890131", "201403", 1, 30, "Rahmad Hidayat, S.Kom.", "Pranata Komputer Ahli Pertama", DS, "Kecamatan Lubuk Pakam", "Kabupaten Deli Serdang", "PNS", {"facebook": "100088620000208", "x": "rahmadhdyt_"}),
    ("D09", "19850101", "201001", 1, 25, "Jonathan Purba, S.E.", "Kepala Subbagian Keuangan", DS, "Kecamatan Lubuk Pakam", "Kabupaten Deli Serdang", "PNS", {"facebook": "100088620000209"}),
    ("D10", "19860612", "201101", 1, 26, "dr. Benny Sitorus", "Kepala UPT Puskesmas", DS, "UPT Puskesmas Tanjung Morawa", "Kabupaten Deli Serdang", "PNS", {"whatsapp": "+6281361220210"}),
    ("D11", "19790909", "200501", 2, 15, "Hj. Masitah Daulay, S.K.M.", "Kepala UPT Puskesmas", DS, "UPT Puskesmas Percut Sei Tuan", "Kabupaten Deli Serdang", "PNS", {"whatsapp": "+6281361220211"}),
    ("A01", "19730707", "199803", 1, 7, "Drs. Teuku Mukhlis, M.Si.", "Camat Kuta Alam", BNA, "Kecamatan Kuta Alam", "Kota Banda Aceh", "PNS", {"whatsapp": "+6281360330301", "facebook": "100088630000301"}),
    ("A02", "19880420", "201101", 2, 23, "Cut Intan Maulida, S.E.", "Kepala Seksi Pemberdayaan Masyarakat", BNA, "Kecamatan Kuta Alam", "Kota Banda Aceh", "PNS", {"instagram": "cutintan.m", "whatsapp": "+6281360330302", "facebook": "100088630000302"}),
    ("A03", "19940303", "201909", 1, 42, "Muhammad Fadhli, S.Kom.", "Pranata Komputer Ahli Pertama", BNA, "Dinas Komunikasi, Informatika dan Persandian", "Kota Banda Aceh", "PNS", {"x": "fadhli_bna", "youtube": YT["A03"]}),
    ("A04", "19860812", "201001", 2, 28, "Rahmi Yusra, S.Pd.", "Guru Ahli Muda", ACEH, "SMA Negeri 3 Banda Aceh", "Kota Banda Aceh", "PNS", {"instagram": "rahmiyusra.guru", "facebook": "100088630000304"}),
    ("A05", "19810115", "200604", 1, 14, "Tgk. H. Zulfikar Ibrahim, S.Ag., M.A.", "Kepala Bidang Bina Syariat", BNA, "Dinas Syariat Islam", "Kota Banda Aceh", "PNS", {"facebook": "100088630000305", "whatsapp": "+6281360330305"}, "Zulfikar Ibrahim"),
    ("A06", "19920618", "201712", 1, 39, "Khairul Azmi, S.H.", "Polisi Wilayatul Hisbah Ahli Pertama", BNA, "Satuan Polisi Pamong Praja dan Wilayatul Hisbah", "Kota Banda Aceh", "PNS", {"tiktok": "khairul.wh", "x": "khairulazmi_wh"}),
    ("A07", "19900227", "201503", 2, 35, "Nurhayati, A.Md.Keb.", "Bidan Terampil", BNA, "UPTD Puskesmas Kuta Alam", "Kota Banda Aceh", "PNS", {"facebook": "100088630000307", "whatsapp": "+6285260330307"}),
    ("A08", "19970909", "202212", 2, 55, "Safrina Maulida, S.Pd.", "Guru Ahli Pertama", BNA, "SMP Negeri 1 Banda Aceh", "Kota Banda Aceh", "PPPK", {"instagram": "safrina.guru", "tiktok": "safrinamaulida"}),
    ("A09", "19780313", "200312", 1, 11, "Munzir Abdullah, S.Pd., M.Pd.", "Kepala Sekolah", BNA, "SMP Negeri 1 Banda Aceh", "Kota Banda Aceh", "PNS", {"whatsapp": "+6281360330309"}),
    ("A10", "19840505", "200901", 1, 21, "Safrizal, S.T.", "Teknik Tata Bangunan dan Perumahan Ahli Muda", BNA, "Dinas Pekerjaan Umum dan Penataan Ruang", "Kota Banda Aceh", "PNS", {"x": "safrizal_pupr", "youtube": YT["A10"]}),
    ("A11", "19890606", "201403", 2, 32, "Rosnani, S.Sos.I.", "Penyuluh Agama Islam Ahli Pertama", KEMENAG_BNA, "KUA Kecamatan Syiah Kuala", "Kota Banda Aceh", "PNS", {"youtube": YT["A11"], "facebook": "100088630000311"}),
    ("A12", "19910101", "201909", 1, 46, "Teuku Reza Fahlevi, S.E.", "Analis Keuangan Pusat dan Daerah Ahli Pertama", ACEH, "Badan Pengelolaan Keuangan Aceh", "Kota Banda Aceh", "PNS", {"x": "teukureza_"}),
    ("S01", "19720505", "199803", 1, 4, "Drs. Sugeng Raharjo, M.M.", "Panewu Ngaglik", SLM, "Kapanewon Ngaglik", "Kabupaten Sleman", "PNS", {"telegram": "+6281227440401", "whatsapp": "+6281227440401"}),
    ("S02", "19850315", "201001", 2, 17, "Wahyu Dyah Puspitasari, S.E.", "Kepala Seksi Kesejahteraan Sosial", SLM, "Kapanewon Ngaglik", "Kabupaten Sleman", "PNS", {"telegram": "+6281328440402"}),
    ("S03", "19960726", "202210", 1, 36, "Galih Prasetyo, S.Kom.", "Pranata Komputer Ahli Pertama", SLM, "Kapanewon Ngaglik", "Kabupaten Sleman", "PPPK", {"telegram": "+6285740440403"}),
    ("S04", "19890210", "201403", 2, 27, "Anindya Rahmawati, S.Pd.", "Guru Ahli Muda", SLM, "SD Negeri Ngaglik 1", "Kabupaten Sleman", "PNS", {"instagram": "anindya.guru", "whatsapp": "+6281328440404"}),
    ("S05", "19800920", "200604", 1, 15, "Bambang Setiawan, S.Sos.", "Kepala Seksi Ketenteraman dan Ketertiban", SLM, "Kapanewon Ngaglik", "Kabupaten Sleman", "PNS", {"telegram": "+6281227440405"}),
    ("S06", "19930818", "201903", 2, 43, "dr. Laras Kinanti", "Dokter Ahli Pertama", SLM, "Puskesmas Ngaglik I", "Kabupaten Sleman", "PNS", {"instagram": "dr.laraskinanti", "facebook": "100088640000406"}),
    ("S07", "19871111", "201212", 1, 25, "Yoga Adi Pratama, S.T.", "Pengawas Bangunan Gedung Ahli Pertama", SLM, "Dinas Pekerjaan Umum, Perumahan dan Kawasan Permukiman", "Kabupaten Sleman", "PNS", {"x": "yogaadip", "tiktok": "mas.yoga.pu"}),
    ("S08", "19760404", "200212", 2, 9, "Dra. Sri Handayani, M.Pd.", "Kepala Sekolah", DIY, "SMA Negeri 1 Ngaglik", "Kabupaten Sleman", "PNS", {"facebook": "100088640000408", "whatsapp": "+6281328440408"}),
    ("S09", "19910303", "201712", 1, 38, "Dimas Aryo Wicaksono, S.Pd.", "Guru Ahli Pertama", DIY, "SMA Negeri 1 Ngaglik", "Kabupaten Sleman", "PNS", {"tiktok": "dimas.guru.sejarah", "x": "dimasaryo_w", "whatsapp": "+6281328440409"}),
    ("S10", "19940523", "202109", 2, 47, "Nurul Fitri Astuti, S.Kep.", "Perawat Ahli Pertama", SLM, "RSUD Sleman", "Kabupaten Sleman", "PPPK", {"instagram": "nurulfitri.ns"}),
    ("S11", "19820101", "200801", 1, 19, "Heru Santoso, S.IP.", "Kepala Bidang Informasi dan Komunikasi Publik", SLM, "Dinas Komunikasi dan Informatika", "Kabupaten Sleman", "PNS", {"whatsapp": "+6281227440411"}),
    ("S12", "19880707", "201101", 2, 31, "Rina Kartikasari, S.Sn.", "Pamong Budaya Ahli Muda", DIY, "Dinas Kebudayaan (Kundha Kabudayan)", "Kota Yogyakarta", "PNS", {"instagram": "rina.kartika.sn", "x": "rinakartika_", "telegram": "+6281328440412"}),
    ("K01", "19730909", "199903", 1, 6, "Drs. Yakobus Nenobais, M.Si.", "Lurah Oebufu", KPG, "Kelurahan Oebufu, Kecamatan Oebobo", "Kota Kupang", "PNS", {"whatsapp": "+6281237550501", "facebook": "100088650000501"}),
    ("K02", "19860214", "201001", 2, 19, "Herlina Mooy, S.E.", "Kepala Seksi Pemerintahan", KPG, "Kelurahan Oebufu, Kecamatan Oebobo", "Kota Kupang", "PNS", {"facebook": "100088650000502", "whatsapp": "+6281339550502"}),
    ("K03", "19950505", "202210", 1, 33, "Jefri Adoe, S.Kom.", "Pengadministrasi Perkantoran", KPG, "Kelurahan Oebufu, Kecamatan Oebobo", "Kota Kupang", "PPPK", {"facebook": "100088650000503"}),
    ("K04", "19880808", "201212", 2, 26, "Elisabeth Ndun, S.Pd.", "Guru Ahli Muda", NTT, "SMA Negeri 1 Kupang", "Kota Kupang", "PNS", {"x": "elisandun", "whatsapp": "+6281237550504"}),
    ("K05", "19900110", "201503", 1, 37, "Ronald Tamelab, S.H.", "Analis Hukum Ahli Pertama", KPG, "Bagian Hukum Sekretariat Daerah", "Kota Kupang", "PNS", {"x": "ronaldtamelab"}),
    ("K06", "19820606", "200801", 2, 15, "Delfina Bria, S.Kep., Ns.", "Perawat Ahli Muda", KPG, "UPT Puskesmas Oepoi", "Kota Kupang", "PNS", {"tiktok": "delfina.ns", "facebook": "100088650000506"}),
    ("K07", "19790303", "200501", 1, 12, "Melkianus Lakapu, S.Sos.", "Kepala Bidang Komunikasi Publik", KPG, "Dinas Komunikasi dan Informatika", "Kota Kupang", "PNS", {"whatsapp": "+6281237550507"}),
    ("K08", "19930919", "201909", 2, 44, "Novita Seran, S.Pd.", "Guru Ahli Pertama", NTT, "SMA Negeri 1 Kupang", "Kota Kupang", "PNS", {"whatsapp": "+6282144550508", "instagram": "novitaseran"}),
    ("K09", "19870601", "201101", 1, 28, "Ferdinandus Dae, S.T.", "Teknik Pengairan Ahli Muda", NTT, "Dinas Pekerjaan Umum dan Perumahan Rakyat", "Kota Kupang", "PNS", {"youtube": YT["K09"], "x": "ferdi_dae"}),
    ("K10", "19910415", "201712", 2, 40, "Imelda Tualaka, S.Pd.", "Guru Ahli Muda", KPG, "SD Inpres Oebufu", "Kota Kupang", "PNS", {"facebook": "100088650000510", "whatsapp": "+6281339550510"}),
    ("K11", "19850725", "201001", 1, 22, "Yunus Ndolu, S.Sos.", "Polisi Pamong Praja Ahli Muda", KPG, "Satuan Polisi Pamong Praja", "Kota Kupang", "PNS", {"tiktok": "yunus.pp.kpg"}),
    ("K12", "19960202", "202212", 2, 51, "Maria Goreti Lake, S.Ak.", "Pengelola Keuangan", KPG, "Kecamatan Oebobo", "Kota Kupang", "PPPK", {"whatsapp": "+6285239550512"}),
    ("B01", "19740418", "199903", 1, 10, "H. Muhammad Arsyad, S.Sos., M.Si.", "Camat Sungai Kunjang", SMD, "Kecamatan Sungai Kunjang", "Kota Samarinda", "PNS", {"whatsapp": "+6281347660601", "facebook": "100088660000601"}),
    ("B02", "19860927", "201101", 2, 21, "Siti Rahmah, S.E.", "Kepala Seksi Pelayanan Umum", SMD, "Kecamatan Sungai Kunjang", "Kota Samarinda", "PNS", {"whatsapp": "+6281347660602"}),
    ("B03", "19950830", "202109", 1, 39, "Ilham Nur Rasyid, S.Kom.", "Pranata Komputer Ahli Pertama", SMD, "Kecamatan Sungai Kunjang", "Kota Samarinda", "PPPK", {"whatsapp": "+6285250660603"}),
    ("B04", "19890412", "201403", 2, 30, "Norhayati, S.Pd.", "Guru Ahli Muda", SMD, "SD Negeri 002 Sungai Kunjang", "Kota Samarinda", "PNS", {"instagram": "norhayati.guru", "whatsapp": "+6281347660604"}),
    ("B05", "19830103", "200901", 1, 17, "Rusdiansyah, S.T.", "Kepala Seksi Jalan", SMD, "Dinas Pekerjaan Umum dan Penataan Ruang", "Kota Samarinda", "PNS", {"tiktok": "rusdi.pupr.smd", "facebook": "100088660000605"}),
    ("B06", "19920705", "201909", 2, 45, "Dayang Rika Amalia, S.I.Kom.", "Pranata Hubungan Masyarakat Ahli Pertama", SMD, "Dinas Komunikasi dan Informatika", "Kota Samarinda", "PNS", {"whatsapp": "+6281347660606", "youtube": YT["B06"]}),
    ("B07", "19780814", "200312", 1, 12, "Ahmad Rifani, S.Sos.", "Kepala Bidang Informasi dan Komunikasi Publik", SMD, "Dinas Komunikasi dan Informatika", "Kota Samarinda", "PNS", {"whatsapp": "+6281347660607"}),
    ("B08", "19900311", "201503", 1, 36, "Andi Muhammad Yusuf, S.H.", "Analis Kebijakan Ahli Pertama", KALTIM, "Biro Pemerintahan dan Otonomi Daerah", "Kota Samarinda", "PNS", {"x": "andiyusuf_kaltim", "facebook": "100088660000608"}),
    ("B09", "19940116", "202210", 2, 50, "Hidayatul Munawwarah, S.Pd.", "Guru Ahli Pertama", KALTIM, "SMA Negeri 1 Samarinda", "Kota Samarinda", "PPPK", {"tiktok": "hidayatul.guru", "instagram": "hidayatul.smansa"}),
    ("B10", "19870808", "201212", 1, 27, "Syahrani, S.Kep., Ns.", "Perawat Ahli Muda", SMD, "UPTD Puskesmas Karang Asam", "Kota Samarinda", "PNS", {"facebook": "100088660000610", "whatsapp": "+6281347660610"}),
    ("T01", "19730611", "199803", 1, 9, "Drs. Hi. Kadir Ahmad, M.Si.", "Lurah Kalumpang", TTE, "Kelurahan Kalumpang, Kecamatan Ternate Tengah", "Kota Ternate", "PNS", {"telegram": "+6281340771701", "whatsapp": "+6281340771701", "facebook": "100088670000701"}, "Kadir Ahmad"),
    ("T02", "19850915", "201001", 2, 16, "Sumarni Hi. Ibrahim, S.E.", "Kepala Seksi Pemerintahan", TTE, "Kelurahan Kalumpang, Kecamatan Ternate Tengah", "Kota Ternate", "PNS", {"telegram": "+6282191770702", "whatsapp": "+6282191770702"}),
    ("T03", "19960321", "202212", 1, 34, "Faisal Marsaoly, S.Kom.", "Pengadministrasi Perkantoran", TTE, "Kelurahan Kalumpang, Kecamatan Ternate Tengah", "Kota Ternate", "PPPK", {"telegram": "+6285240770703"}),
    ("T04", "19880227", "201403", 2, 29, "Nurlela Abdullah, S.Pd.", "Guru Ahli Muda", MALUT, "SMA Negeri 1 Kota Ternate", "Kota Ternate", "PNS", {"instagram": "nurlela.guru", "facebook": "100088670000704"}),
    ("T05", "19910830", "201712", 1, 38, "Rusdi Umasugi, S.T.", "Teknik Jalan dan Jembatan Ahli Pertama", TTE, "Dinas Pekerjaan Umum dan Penataan Ruang", "Kota Ternate", "PNS", {"tiktok": "rusdi.umasugi", "x": "rusdiumasugi", "whatsapp": "+6281340770705"}),
    ("T06", "19820101", "200801", 2, 18, "Wahyuni Syahril, S.K.M.", "Kepala Seksi Promosi Kesehatan", TTE, "Dinas Kesehatan", "Kota Ternate", "PNS", {"whatsapp": "+6281340770706", "facebook": "100088670000706"}),
    ("T07", "19930707", "201909", 1, 43, "Yusran Bakar, S.Kom.", "Pranata Komputer Ahli Pertama", TTE, "Dinas Komunikasi dan Informatika", "Kota Ternate", "PNS", {"facebook": "100088670000707", "x": "yusranbakar"}),
    ("T08", "19870404", "201101", 2, 24, "Nurhalisa Umar, S.Pd.", "Guru Ahli Muda", TTE, "SMP Negeri 7 Kota Ternate", "Kota Ternate", "PNS", {"whatsapp": "+6281340770708", "tiktok": "nurhalisa.umar", "facebook": "100088670000708"}),
    ("T09", "19900212", "201503", 1, 35, "Irwan Hi. Sahid, S.Sos.", "Polisi Pamong Praja Ahli Pertama", TTE, "Satuan Polisi Pamong Praja", "Kota Ternate", "PNS", {"telegram": "+6281340770709", "facebook": "100088670000709"}),
    ("T10", "19790919", "200501", 2, 13, "Hj. Rosmawati Taher, S.Ag.", "Penyuluh Agama Islam Ahli Muda", KEMENAG_TTE, "KUA Kecamatan Ternate Selatan", "Kota Ternate", "PNS", {"youtube": YT["T10"], "facebook": "100088670000710", "whatsapp": "+6281340770710"}),
    # background rows (in the registry, no activity)
    ("Z01", "19680812", "199303", 1, 2, "Drs. H. Ridwan Batubara, M.Si.", "Kepala Dinas", MDN, "Dinas Komunikasi dan Informatika", "Kota Medan", "PNS", {}),
    ("Z02", "19920222", "201909", 2, 61, "Rut Marpaung, S.Pd.", "Guru Ahli Pertama", MDN, "SD Negeri 060843 Medan", "Kota Medan", "PNS", {"facebook": "100088610000902"}),
    ("Z03", "19890705", "201503", 1, 58, "Agus Salim Pohan, S.E.", "Perencana Ahli Pertama", DS, "Badan Perencanaan Pembangunan Daerah", "Kabupaten Deli Serdang", "PNS", {}),
    ("Z04", "19940411", "202210", 2, 63, "Cut Meutia Sari", "Pengadministrasi Perkantoran", BNA, "Kecamatan Kuta Alam", "Kota Banda Aceh", "PPPK", {"whatsapp": "+6285260330904"}),
    ("Z05", "19810909", "200604", 1, 37, "Hadi Purnomo, S.T.", "Penata Kelola Sistem dan Teknologi Informasi", SLM, "Dinas Komunikasi dan Informatika", "Kabupaten Sleman", "PNS", {"x": "hadipurnomo_slm"}),
    ("Z06", "19860110", "201101", 2, 60, "Yuliana Kase, S.Kep.", "Perawat Ahli Pertama", KPG, "UPT Puskesmas Sikumana", "Kota Kupang", "PNS", {}),
    ("Z07", "19770606", "200312", 1, 31, "Kornelis Manu, S.Sos.", "Sekretaris Lurah", KPG, "Kelurahan Fatululi, Kecamatan Oebobo", "Kota Kupang", "PNS", {}),
    ("Z08", "19950808", "202109", 2, 66, "Aminah, S.Pd.", "Guru Ahli Pertama", SMD, "SD Negeri 002 Sungai Kunjang", "Kota Samarinda", "PPPK", {"instagram": "aminah.guru.smd"}),
    ("Z09", "19880303", "201212", 1, 57, "Syamsul Bahri Sangaji, S.H.", "Analis Hukum Ahli Pertama", TTE, "Bagian Hukum Sekretariat Daerah", "Kota Ternate", "PNS", {}),
    ("Z10", "19900918", "201503", 2, 62, "Handayani Putri, S.Psi.", "Analis Sumber Daya Manusia Aparatur", SLM, "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Kabupaten Sleman", "PNS", {}),
    ("Z11", "19830220", "200912", 1, 39, "Prabowo Setyo Nugroho, S.Kom.", "Pranata Komputer Ahli Muda", DIY, "Dinas Komunikasi dan Informatika", "Kota Yogyakarta", "PNS", {"x": "prabowo_sn"}),
]


def registry(c):
    for row in PEOPLE:
        if len(row) == 13:
            c.add_asn(*row[:12], disp=row[12])
        else:
            c.add_asn(*row)
    I_ = c.add_inst
    I_("kominfo_mdn", "Dinas Komunikasi dan Informatika Kota Medan", "Kota Medan", "facebook", "100065990300101", "Diskominfo Kota Medan")
    I_("kec_mj", "Kecamatan Medan Johor", "Kota Medan", "instagram", "kec.medanjohor", "Kecamatan Medan Johor")
    I_("pkm_pb", "UPT Puskesmas Padang Bulan", "Kota Medan", "facebook", "100065990300103", "Puskesmas Padang Bulan")
    I_("sman7_mdn", "SMA Negeri 7 Medan", "Kota Medan", "tiktok", "sman7medan.official", "SMA Negeri 7 Medan")
    I_("disdik_sumut", "Dinas Pendidikan Provinsi Sumatera Utara", "Provinsi Sumatera Utara", "x", "disdiksumut_info", "Disdik Sumut")
    I_("kec_lp", "Kecamatan Lubuk Pakam", "Kabupaten Deli Serdang", "facebook", "100065990300106", "Kecamatan Lubuk Pakam")
    I_("syariat_bna", "Dinas Syariat Islam Kota Banda Aceh", "Kota Banda Aceh", "facebook", "100065990300107", "Dinas Syariat Islam Banda Aceh")
    I_("pkm_ka", "UPTD Puskesmas Kuta Alam", "Kota Banda Aceh", "facebook", "100065990300108", "Puskesmas Kuta Alam")
    I_("kec_ka", "Kecamatan Kuta Alam", "Kota Banda Aceh", "facebook", "100065990300109", "Kecamatan Kuta Alam")
    I_("kap_ngaglik", "Kapanewon Ngaglik", "Kabupaten Sleman", "instagram", "kapanewon.ngaglik", "Kapanewon Ngaglik")
    I_("kominfo_slm_tg", "Dinas Komunikasi dan Informatika Kabupaten Sleman", "Kabupaten Sleman", "telegram", "kominfosleman_info", "Diskominfo Sleman")
    I_("kel_oebufu", "Kelurahan Oebufu", "Kota Kupang", "facebook", "100065990300112", "Kelurahan Oebufu")
    I_("kominfo_kpg", "Dinas Komunikasi dan Informatika Kota Kupang", "Kota Kupang", "x", "kominfokotakupang", "Kominfo Kota Kupang")
    I_("dinkes_smd", "Dinas Kesehatan Kota Samarinda", "Kota Samarinda", "facebook", "100065990300114", "Dinkes Kota Samarinda")
    I_("kel_ah", "Kelurahan Air Hitam", "Kota Samarinda", "facebook", "100065990300115", "Kelurahan Air Hitam")
    I_("kec_smdulu", "Kecamatan Samarinda Ulu", "Kota Samarinda", "tiktok", "kec.samarindaulu", "Kecamatan Samarinda Ulu")
    I_("kominfo_smd_yt", "Dinas Komunikasi dan Informatika Kota Samarinda", "Kota Samarinda", "youtube", YT["kominfosmd"], "Samarinda TV")
    I_("kel_gamalama", "Kelurahan Gamalama", "Kota Ternate", "instagram", "kel.gamalama", "Kelurahan Gamalama")


def elections(c):
    s1 = Cand("sumut-1", "Dr. Ir. Parulian Sihombing, M.Si.", aliases=["Bang Parulian", "Amang Parulian", "PANUTAN", "Parulian-Nurhalimah", "Paslon 1 Sumut"],
              mate="Hj. Nurhalimah Lubis, S.E.", mate_aliases=["Kak Nur", "Bu Nurhalimah"], ballot=1, parties=["GERINDRA", "GOLKAR", "PAN"],
              slogans=["Sumut Maju Bersama PANUTAN"], hashtags=["#PANUTAN1", "#ParulianNurhalimah"],
              accounts=[("facebook", "100091230000101"), ("instagram", "parulian.nurhalimah"), ("x", "parulian_sumut")])
    s2 = Cand("sumut-2", "Letjen TNI (Purn.) Rahmat Syahputra Nasution", aliases=["Pak Rahmat", "Bang Rahmat", "Rahmat-Hotman", "Paslon 2 Sumut"],
              mate="Dr. Hotman Pardede, S.H., M.H.", mate_aliases=["Bang Hotman", "Lae Hotman"], ballot=2, parties=["PDIP", "PKS", "HANURA"],
              slogans=["Sumut Bermartabat"], hashtags=["#RahmatHotman", "#SumutBermartabat"],
              accounts=[("facebook", "100091230000102"), ("x", "rahmathotman"), ("tiktok", "rahmat.hotman"), ("youtube", YT["rahmat"])])
    m1 = Cand("medan-1", "Ir. Hendra Tarigan, M.T.", aliases=["Bang Hendra", "HEBAT", "Hendra-Aisyah", "Paslon 1 Medan"],
              mate="dr. Siti Aisyah Harahap", mate_aliases=["Kak Aisyah", "dr. Aisyah"], ballot=1, parties=["GERINDRA", "PAN", "DEMOKRAT"],
              slogans=["Medan HEBAT, Medan Bersih"], hashtags=["#MedanHEBAT", "#HendraAisyah"],
              accounts=[("facebook", "100091230000111"), ("instagram", "hendra.aisyah"), ("tiktok", "banghendra.medan")])
    m2 = Cand("medan-2", "Drs. Tommy Halim, M.M.", aliases=["Koh Tommy", "Bang Tommy", "Tommy-Fadli", "Paslon 2 Medan"],
              mate="Ustaz Fadli Rangkuti, Lc.", mate_aliases=["Ustaz Fadli"], ballot=2, parties=["PDIP", "PSI", "PERINDO"],
              slogans=["Medan Rumah Kita"], hashtags=["#TommyFadli", "#MedanRumahKita"],
              accounts=[("x", "tommyfadli_mdn"), ("instagram", "tommy.fadli"), ("facebook", "100091230000112")])
    m3 = Cand("medan-3", "Hj. Rosmawati Siregar, S.H.", aliases=["Kak Ros", "Bu Ros", "Ros-Bonar", "Paslon 3 Medan"],
              mate="Bonar Simanjuntak, S.T.", mate_aliases=["Bang Bonar", "Lae Bonar"], ballot=3, parties=["PKS", "PKB", "PPP"],
              slogans=["Medan Berbenah"], hashtags=["#RosBonar"], accounts=[("facebook", "100091230000113"), ("tiktok", "kakros.medan")])
    d1 = Cand("deliserdang-1", "H. Sugianto Pohan, S.Sos.", aliases=["Pak Sugi", "Wak Sugi", "Sugi-Rina", "Paslon 1 Deli Serdang"],
              mate="Rina Br. Ginting, S.Pd.", mate_aliases=["Kak Rina", "Bu Rina"], ballot=1, parties=["GOLKAR", "GERINDRA", "NASDEM"],
              slogans=["Deli Serdang Maju Terus"], hashtags=["#SugiRina"], accounts=[("facebook", "100091230000121"), ("instagram", "sugirina.ds")])
    d2 = Cand("deliserdang-2", "Drs. Benny Sembiring", aliases=["Bang Benny", "Pak Benny", "Benny-Yuni", "Paslon 2 Deli Serdang"],
              mate="Hj. Wahyuni Damanik", mate_aliases=["Kak Yuni"], ballot=2, parties=[], independent=True,
              slogans=["Deli Serdang Milik Rakyat"], hashtags=["#BennyYuni"], accounts=[("facebook", "100091230000122"), ("tiktok", "bennyyuni.ds")])
    a1 = Cand("bna-1", "Teuku Iskandar Hasan, S.T., M.T.", aliases=["Ampon Is", "Bang Is", "Iskandar-Nurul", "Paslon 1 Banda Aceh"],
              mate="Nurul Fajri, S.Ag.", mate_aliases=["Kak Nurul", "Ummi Nurul"], ballot=1, parties=["PKS", "GERINDRA", "PAN"],
              slogans=["Banda Aceh Gemilang"], hashtags=["#IskandarNurul", "#BNAGemilang"],
              accounts=[("instagram", "iskandar.nurul"), ("facebook", "100091230000131"), ("x", "ampon_is")])
    a2 = Cand("bna-2", "Drs. H. Zulkifli Abdullah, M.Pd.", aliases=["Abu Zul", "Pak Zulkifli", "Zulkifli-Cut", "Paslon 2 Banda Aceh"],
              mate="Cut Rahmawati, S.E.", mate_aliases=["Cut Rahma", "Bu Cut"], ballot=2, parties=["PKB", "DEMOKRAT", "PPP", "NASDEM"],
              slogans=["Banda Aceh Madani"], hashtags=["#ZulkifliCut"], accounts=[("facebook", "100091230000132"), ("youtube", YT["zul"])])
    a3 = Cand("bna-3", "Munawar Yusuf", aliases=["Bang Wa", "Munawar-Safrida", "Paslon 3 Banda Aceh"],
              mate="Safrida Hanum", mate_aliases=["Kak Safrida"], ballot=3, parties=[], independent=True,
              slogans=["Banda Aceh untuk Rakyat"], hashtags=["#MunawarSafrida"],
              accounts=[("facebook", "100091230000133"), ("instagram", "munawarsafrida")])
    y1 = Cand("sleman-1", "Dr. Bayu Aji Nugroho, M.Eng.", aliases=["Mas Bayu", "Pak Bayu", "BALE", "Bayu-Lestari", "Paslon 1 Sleman"],
              mate="Hj. Sri Lestari Widyaningsih, S.H.", mate_aliases=["Bu Lestari", "Mbak Tari"], ballot=1, parties=["PDIP", "PKB"],
              slogans=["Sleman Sembada Makin Sejahtera"], hashtags=["#BaleSleman", "#BayuLestari"],
              accounts=[("instagram", "bayulestari.sleman"), ("facebook", "100091230000141"), ("x", "masbayu_sleman")])
    y2 = Cand("sleman-2", "H. Raden Wisnu Hadiwijaya, S.E.", aliases=["Den Wisnu", "Mas Wisnu", "Wisnu-Endah", "Paslon 2 Sleman"],
              mate="Dra. Endah Purwaningsih", mate_aliases=["Bu Endah"], ballot=2, parties=["GERINDRA", "GOLKAR", "PKS", "PAN", "NASDEM"],
              slogans=["Sleman Guyub Rukun"], hashtags=["#WisnuEndah", "#SlemanGuyub"],
              accounts=[("instagram", "wisnuendah"), ("facebook", "100091230000142"), ("tiktok", "denwisnu.official")])
    k1 = Cand("kupang-1", "Yusuf Manafe, S.H., M.Hum.", aliases=["Om Yusuf", "Bapa Yusuf", "Yusuf-Maria", "Paslon 1 Kupang"],
              mate="Maria Imakulata Seran, S.E.", mate_aliases=["Ibu Maria", "Mama Maria"], ballot=1, parties=["GOLKAR", "NASDEM", "PSI"],
              slogans=["Kupang Kota Kasih Lebih Maju"], hashtags=["#YusufMaria"],
              accounts=[("youtube", YT["yusuf"]), ("facebook", "100091230000151"), ("x", "yusufmaria_kpg")])
    k2 = Cand("kupang-2", "Ir. Godlief Ndoen", aliases=["Om Godlief", "Bapa Godlief", "Godlief-Imel", "Paslon 2 Kupang"],
              mate="Imelda Lay, S.Pd.", mate_aliases=["Tanta Imel", "Ibu Imel"], ballot=2, parties=["PDIP", "GERINDRA", "HANURA"],
              slogans=["Kupang Bangkit Bersama"], hashtags=["#GodliefImel"], accounts=[("x", "godlief_ndoen"), ("tiktok", "omgodlief")])
    k3 = Cand("kupang-3", "Seprianus Tefa", aliases=["Kaka Epi", "Om Epi", "Epi-Tina", "Paslon 3 Kupang"],
              mate="Agustina Lenggu, S.Kep.", mate_aliases=["Kaka Tina", "Ibu Tina"], ballot=3, parties=[], independent=True,
              slogans=["Dari Rakyat Kupang, untuk Kupang"], hashtags=["#EpiTina"],
              accounts=[("facebook", "100091230000153"), ("tiktok", "epitina.kupang")])
    b1 = Cand("smd-1", "H. Syahrial Effendi, S.E., M.M.", aliases=["Abah Syahrial", "Pak Syahrial", "SEHATI", "Syahrial-Dayang", "Paslon 1 Samarinda"],
              mate="Dayang Nurhasanah, S.Pd.", mate_aliases=["Acil Dayang", "Bu Dayang"], ballot=1, parties=["GERINDRA", "GOLKAR", "PAN", "PKS"],
              slogans=["Samarinda Sehati"], hashtags=["#SamarindaSehati", "#SyahrialDayang"],
              accounts=[("facebook", "100091230000161"), ("instagram", "sehati.samarinda"), ("tiktok", "abahsyahrial")])
    b2 = Cand("smd-2", "Andi Baso Mappaturung, S.T.", aliases=["Puang Baso", "Pak Andi Baso", "Andi-Rusmi", "Paslon 2 Samarinda"],
              mate="Hj. Rusmilawati", mate_aliases=["Acil Rusmi", "Bu Rusmi"], ballot=2, parties=["PDIP", "PKB", "NASDEM", "DEMOKRAT"],
              slogans=["Samarinda Kota Tepian Berdaya"], hashtags=["#AndiRusmi"],
              accounts=[("x", "andirusmi_smd"), ("youtube", YT["andi"]), ("facebook", "100091230000162")])
    t1 = Cand("ternate-1", "Dr. Hi. Ismail Sangadji, M.Si.", aliases=["Om Mail", "Pak Ismail", "Ismail-Nurhayati", "Paslon 1 Ternate"],
              mate="Nurhayati Marsaoly, S.H.", mate_aliases=["Ibu Nur", "Ci Nur"], ballot=1, parties=["GERINDRA", "PKB", "GOLKAR"],
              slogans=["Ternate Andalan"], hashtags=["#IsmailNur", "#TernateAndalan"],
              accounts=[("facebook", "100091230000171"), ("instagram", "ismailnur.ternate")])
    t2 = Cand("ternate-2", "Rustam Abubakar, S.Pi.", aliases=["Bang Rustam", "Om Rus", "Rustam-Fitri", "Paslon 2 Ternate"],
              mate="Fitri Hi. Djafar, S.E.", mate_aliases=["Ibu Fitri", "Ci Fitri"], ballot=2, parties=["PDIP", "NASDEM", "PKS", "PAN"],
              slogans=["Ternate Bakudapa, Ternate Maju"], hashtags=["#RustamFitri"],
              accounts=[("facebook", "100091230000172"), ("tiktok", "bangrustam.tte"), ("x", "rustamfitri")])
    pilkada = Election("pilkada-2024-heldout2", "Pemilihan Serentak 2024 (Sumatera Utara, Medan, Deli Serdang, Banda Aceh, Sleman, Kupang, Samarinda, Ternate)",
                       date(2024, 11, 27), "pilkada", [
        Contest("sumut-gubernur", "gubernur", "Provinsi Sumatera Utara", [s1, s2], PILKADA_DESIGNATION),
        Contest("medan-walikota", "walikota", "Kota Medan", [m1, m2, m3], PILKADA_DESIGNATION),
        Contest("deliserdang-bupati", "bupati", "Kabupaten Deli Serdang", [d1, d2], PILKADA_DESIGNATION),
        Contest("bandaaceh-walikota", "walikota", "Kota Banda Aceh", [a1, a2, a3], PILKADA_DESIGNATION),
        Contest("sleman-bupati", "bupati", "Kabupaten Sleman", [y1, y2], PILKADA_DESIGNATION),
        Contest("kupang-walikota", "walikota", "Kota Kupang", [k1, k2, k3], PILKADA_DESIGNATION),
        Contest("samarinda-walikota", "walikota", "Kota Samarinda", [b1, b2], PILKADA_DESIGNATION),
        Contest("ternate-walikota", "walikota", "Kota Ternate", [t1, t2], PILKADA_DESIGNATION),
    ], """Pilkada 2024 on the real KPU calendar (PKPU 2/2024): registration 27-29 Aug, designation 22 Sep, number draw
23 Sep, campaign 25 Sep - 23 Nov, quiet days 24-26 Nov, voting 27 Nov 2024. In Aceh the election body is the KIP and
the supervisor the Panwaslih; the dates are the same. Independent pairs (Deli Serdang 2, Banda Aceh 3, Kupang 3)
handed in their KTP support 8-12 May 2024. Regions are real (Kemendagri 12, 12.71, 12.07, 11.71, 34.04, 53.71, 64.72,
82.71); every candidate is fictional. Time zones: Sumatera Utara, Aceh and Sleman WIB; Kupang and Samarinda WITA;
Ternate WIT.""")
    c.add_election("election-pilkada-2024-heldout2.yaml", pilkada)

    r1 = Cand("pres-1", "Anies Rasyid Baswedan", aliases=["Anies", "Abah Anies", "AMIN", "Anies-Muhaimin", "Paslon 01"],
              mate="A. Muhaimin Iskandar", mate_aliases=["Cak Imin", "Gus Imin"], ballot=1, parties=["NASDEM", "PKB", "PKS", "UMMAT"],
              slogans=["Indonesia Adil Makmur untuk Semua", "Perubahan"], hashtags=["#AMIN", "#AniesMuhaimin"],
              accounts=[("x", "aniesbaswedan"), ("instagram", "aniesbaswedan")])
    r2 = Cand("pres-2", "Prabowo Subianto", aliases=["Pak Prabowo", "Prabowo", "Prabowo-Gibran", "Gemoy", "Paslon 02"],
              mate="Gibran Rakabuming Raka", mate_aliases=["Mas Gibran", "Gibran"], ballot=2,
              parties=["GERINDRA", "GOLKAR", "PAN", "DEMOKRAT", "PSI", "PBB", "GELORA", "GARUDA"],
              slogans=["Bersama Indonesia Maju"], hashtags=["#PrabowoGibran2024", "#BersamaIndonesiaMaju"],
              accounts=[("x", "prabowo"), ("instagram", "prabowo")])
    r3 = Cand("pres-3", "Ganjar Pranowo", aliases=["Pak Ganjar", "Ganjar", "Ganjar-Mahfud", "Paslon 03"],
              mate="Mahfud MD", mate_aliases=["Prof Mahfud", "Pak Mahfud"], ballot=3, parties=["PDIP", "PPP", "HANURA", "PERINDO"],
              slogans=["Gerak Cepat Menuju Indonesia Unggul", "Sat set tas tes"], hashtags=["#GanjarMahfud2024"],
              accounts=[("x", "ganjarpranowo"), ("instagram", "ganjar_pranowo")])
    l1 = Cand("dpr-sumut1-lamhot", "Lamhot Pasaribu, S.H.", aliases=["Lae Lamhot", "Bang Lamhot"], ballot=3, parties=["NASDEM"],
              slogans=["Lae Lamhot Bekerja untuk Sumut I"], hashtags=["#LaeLamhot3"],
              accounts=[("facebook", "100091230000201"), ("x", "lamhot_nasdem")])
    l2 = Cand("dpr-diy-handayani", "Handayani Kusumastuti, S.Sos.", aliases=["Mbak Handa", "Bu Handa"], ballot=5, parties=["PKB"],
              slogans=["Handayani Ngayomi Jogja"], hashtags=["#MbakHanda5"],
              accounts=[("instagram", "handayani.pkb"), ("facebook", "100091230000202")])
    l3 = Cand("dprdprov-kaltim1-jannah", "Hj. Noorjannah, S.E.", aliases=["Acil Jannah", "Bu Jannah"], ballot=2, parties=["PKS"],
              slogans=["Acil Jannah Peduli Samarinda"], hashtags=["#AcilJannah2"], accounts=[("instagram", "aciljannah.pks")])
    l4 = Cand("dprd-kupang1-marthen", "Marthen Foeh, S.Th.", aliases=["Om Marthen", "Bapa Marthen"], ballot=4, parties=["GOLKAR"],
              slogans=["Marthen Kerja Nyata untuk Oebobo"], hashtags=["#OmMarthen4"], accounts=[("facebook", "100091230000204")])
    l5 = Cand("dprd-ternate2-sahrul", "Sahrul Kiat, S.Pd.", aliases=["Bang Sahrul", "Om Sahrul"], ballot=1, parties=["GERINDRA"],
              slogans=["Sahrul Suara Ternate Tengah"], hashtags=["#BangSahrul1"], accounts=[("tiktok", "bangsahrul.gerindra")])
    l6 = Cand("dprk-bna1-fadhil", "Teuku Fadhil, S.H.I.", aliases=["Bang Fadhil", "Ampon Fadhil"], ballot=6, parties=["PAN"],
              slogans=["Fadhil Peduli Gampong"], hashtags=["#AmponFadhil6"], accounts=[("instagram", "fadhil.pan")])
    pemilu = Election("pemilu-2024-heldout2", "Pemilihan Umum 2024 (Presiden, DPR dan DPRD)", date(2024, 2, 14), "pemilu", [
        Contest("presiden", "presiden", "Indonesia", [r1, r2, r3], date(2023, 11, 13)),
        Contest("dpr-sumut-1", "dpr", "Dapil Sumatera Utara I", [l1], date(2023, 11, 3)),
        Contest("dpr-diy", "dpr", "Dapil Daerah Istimewa Yogyakarta", [l2], date(2023, 11, 3)),
        Contest("dprdprov-kaltim-1", "dprd_provinsi", "Dapil Kalimantan Timur 1 (Kota Samarinda)", [l3], date(2023, 11, 3)),
        Contest("dprd-kupang-1", "dprd_kabkota", "Dapil Kota Kupang 1", [l4], date(2023, 11, 3)),
        Contest("dprd-ternate-2", "dprd_kabkota", "Dapil Kota Ternate 2", [l5], date(2023, 11, 3)),
        Contest("dprk-bandaaceh-1", "dprd_kabkota", "Dapil Kota Banda Aceh 1 (DPRK)", [l6], date(2023, 11, 3)),
    ], """Pemilu 2024 on the real KPU calendar (PKPU 3/2022 as amended): legislative lists registered May 2023,
presidential pairs registered 19-25 Oct 2023, DCT designated 3 Nov 2023, presidential pairs designated 13 Nov 2023
(ballot numbers drawn 14 Nov), campaign 28 Nov 2023 - 10 Feb 2024, quiet days 11-13 Feb, voting 14 Feb 2024.
The presidential pairs are the real 2024 pairs with their real ballot numbers and coalitions (public facts); the
DPR, DPRD and DPRK candidates are fictional; parties and dapil regions are real.
A presidential pair is a bakal calon until 13 Nov 2023 although penetapan_calon (the DCT) is 3 Nov.""")
    c.add_election("election-pemilu-2024-heldout2.yaml", pemilu)


LICENCE_NOTE = """**Licence:** written for this project. Every civil servant, Pilkada and legislative candidate, account, post,
phone number and id is fictional. The 2024 presidential pairs, their ballot numbers, coalitions and slogans are real
public facts; nothing is quoted from them (no post, tweet or caption is attributed to their accounts: they appear
as names, hashtags and follow/like targets only). Regions (Kemendagri names/codes), parties and the 2023–2024 KPU
calendars are real."""

DESCRIPTION_HEAD = """
## What it covers

**heldout2**: North Sumatra (Provinsi Sumatera Utara, Kota Medan, Kabupaten Deli Serdang — WIB), Aceh (Kota Banda
Aceh — WIB; KIP and Panwaslih instead of KPU and Bawaslu), Yogyakarta (Kabupaten Sleman — WIB; kapanewon / panewu
instead of kecamatan / camat), East Nusa Tenggara (Kota Kupang — WITA), East Kalimantan (Kota Samarinda — WITA) and
North Maluku (Kota Ternate — WIT). Pilkada 2024: Gubernur Sumatera Utara (2 pairs), Walikota Medan (3), Bupati Deli
Serdang (2, one independent), Walikota Banda Aceh (3, one independent that collected KTP support), Bupati Sleman (2),
Walikota Kupang (3, one independent), Walikota Samarinda (2), Walikota Ternate (2). Pemilu 2024: the three real
presidential pairs (01 Anies–Muhaimin, 02 Prabowo–Gibran, 03 Ganjar–Mahfud), fictional DPR candidates for Sumut I
and DIY, DPRD Kaltim 1, DPRD Kota Kupang 1, DPRD Kota Ternate 2 and DPRK Banda Aceh 1.

Alias habits: regional honorifics (Ampon, Abu, Amang, Lae, Den, Mas, Om, Kaka, Abah, Acil, Puang), pair acronyms that
are everyday words (HEBAT, PANUTAN, BALE, SEHATI, AMIN), slogans that are stock phrases (Madani, Guyub Rukun, Kota
Tepian, Andalan, Bakudapa), a DPR candidate whose name is the education motto and a head teacher's name (Handayani), a
running mate who shares her name with a midwife (Nurhayati), a civil servant named Prabowo, and "diganjar" (rewarded).

Languages (labels by the language of the activity's text; system lines and media placeholders count as none):

{lang_table}

The sentences, people, accounts and proportions differ from dev/ and heldout/; do not tune on this workspace.
"""
DESCRIPTION = DESCRIPTION_HEAD  # replaced in build() with the language table filled in


# =============================================================================================
# Facebook Graph API
# =============================================================================================
def build_facebook(c):
    cand = c.cands
    # ---- 1. page of medan-1 (Hendra Tarigan, WIB) --------------------------------------------
    HP = {"name": "Hendra Tarigan", "id": cand["medan-1"].handle("facebook")}
    f = Fb(c, "facebook/graph_feed_page_hendra.aisyah.medan.json", HP["id"])
    p = f.post(wib(2024, 8, 28, 10, 40), "Puji Tuhan, hari ini aku sama Kak Aisyah resmi mendaftar ke KPU Kota Medan. Mohon doa warga Medan, kita benahi kota ini sama-sama 🙏 #HendraAisyah",
               HP, N("neg_candidate_own"), photo={"description": "Hendra Tarigan dan Siti Aisyah Harahap menunjukkan tanda terima berkas di kantor KPU Kota Medan"})
    f.comment(p, wib(2024, 8, 28, 11, 5), "Semangat kali Bang Hendra! Kami guru-guru Medan Johor di belakang Abang 💪🙏", f.user("M08"),
              V("M08", "interact", "medan-1", "pre_designation", action="comment", lg="mdn",
                note="a teacher pledges her colleagues' support under the bakal calon's registration post (28 Aug)"))
    f.comment(p, wib(2024, 8, 28, 11, 20), "Lancar sampe penetapan, Bang!", fb_person("Tulang Rudolf Pancing"), N())
    f.comment(p, wib(2024, 8, 28, 11, 42), "Bang, parit di Simalingkar tiap hujan meluap, tolong kali lah nanti", fb_person("Butet Simalingkar"), N(lg="mdn"))
    f.react(p, f.user("M08"), V("M08", "interact", "medan-1", "pre_designation", action="like"))
    f.react(p, fb_person("Tulang Rudolf Pancing"), N())
    p = f.post(wib(2024, 9, 23, 16, 0), "Nomor urut 1️⃣ sudah di tangan! Medan HEBAT, Medan Bersih. Mauliate godang, horas! ☝️ #MedanHEBAT", HP, N("neg_candidate_own", lg="btk"))
    f.comment(p, wib(2024, 9, 23, 16, 14), "Setuju!", f.user("M04"),
              V("M04", "interact", "medan-1", "comment_support", action="comment", note="a bare 'Setuju!' under the candidate's ballot-number post (context case)"))
    f.comment(p, wib(2024, 9, 23, 16, 30), "Hebat apanya bang, jalan depan rumah awak masih berlubang 😂", fb_person("Ucok Baringin"), N(lg="mdn"))
    f.comment(p, wib(2024, 9, 23, 16, 45), "Nomor 1 pasti menang, gas bang!", fb_person("Kak Nella Tembung"), N())
    f.react(p, f.user("M11"), V("M11", "interact", "medan-1", "like", action="like"))
    f.react(p, fb_person("Ucok Baringin"), N(), kind="HAHA")
    p = f.post(wib(2024, 10, 12, 19, 30), "Blusukan ke Pajak Petisah sama inang-inang pedagang, ditemani Kak Rosdiana Br. Sitepu dari kantor camat. Harga cabe harus stabil! #MedanHEBAT",
               HP, N("neg_candidate_own"), photo={"description": "Hendra Tarigan berbincang dengan pedagang cabai di Pajak Petisah"},
               tags=[(f.user("M02"), A("M02", "tagged", "the candidate names and tags a kecamatan section head in his campaign photo"))])
    f.comment(p, wib(2024, 10, 12, 19, 55), "Mauliate Amang, ro ma muse tu pajak 🙏", fb_person("Inang Tiur Petisah"), N(lg="btk"))
    f.comment(p, wib(2024, 10, 12, 20, 10), "Mantap Bang, Medan butuh pemimpin yang turun ke pajak kayak gini. Nomor satu lah kita ☝️", f.user("M06"),
              V("M06", "interact", "medan-1", "comment_support", action="comment", lg="mdn", note="a Puskesmas doctor; Medan 'pajak' = market"))
    f.comment(p, wib(2024, 10, 12, 20, 20), "Amin, semoga jalan lancar Bang 🙏", fb_person("Rosdiana Sitepu", "fb2"),
              R("identity_uncertain", "a short form of the tagged section head's name on a different Facebook id from her listed one; could be a second account or a namesake",
                actor="M02", cand="medan-1"))
    p = f.post(wib(2024, 11, 3, 22, 0), "Debat kedua tadi: transportasi, banjir, sampah. Programnya sudah kami sampaikan, tinggal warga Medan yang menilai ☝️", HP, N("neg_candidate_own"))
    for i, key in enumerate(["M07", "M10", "M19", "M20"]):
        f.react(p, f.user(key), V(key, "interact", "medan-1", "coordinated_engagement", action="like",
                                  note="four Diskominfo Medan staff like the same campaign post within six minutes"), when=wib(2024, 11, 3, 22, 11 + 2 * i))
    f.comment(p, wib(2024, 11, 3, 22, 30), "Debat tadi abang paling tenang. Tapi soal banjir Sei Deli belum jelas kali.", fb_person("Bang Jhonny Marpaung"), N(lg="mdn"))
    f.comment(p, wib(2024, 11, 3, 22, 48), "Maaf Bang, soal banjir Koh Tommy lebih jelas. Nomor dua lah kali ini ✌️🙏", f.user("M05"),
              V("M05", "interact", "medan-2", "comment_support", action="comment", note="a legal analyst backs the rival pair 2 under pair 1's debate post"))
    p = f.post(wib(2024, 11, 24, 7, 0), "Masa tenang. Terima kasih relawan dan warga Medan. Jaga kondusif ya, sampai jumpa di TPS 27 November.", HP, N("neg_candidate_own"))
    f.comment(p, wib(2024, 11, 24, 7, 26), "Sama-sama Bang, kami kawal sampai TPS ☝️💪", f.user("M08"),
              V("M08", "interact", "medan-1", "comment_support", action="comment", note="on the first quiet day"))
    f.comment(p, wib(2024, 11, 24, 7, 40), "Nomor berapa pun yang menang, jangan lupa Simalingkar ya bang 😅", fb_person("Butet Simalingkar"), N())
    f.dump()

    # ---- 2. Dinas Syariat Islam Kota Banda Aceh (institutional, WIB) ------------------------
    SP = {"name": "Dinas Syariat Islam Banda Aceh", "id": c.inst["syariat_bna"]["handle"]}
    f = Fb(c, "facebook/graph_feed_page_dinas.syariat.bna.json", SP["id"])
    f.post(wib(2024, 7, 5, 9, 0), "Pengajian rutin ASN Dinas Syariat Islam di Masjid Raya Baiturrahman, tema: amanah dalam bekerja.", SP, N("neg_everyday_inst"))
    p = f.post(wib(2024, 9, 10, 10, 0), "Alhamdulillah, Ampon Is bersilaturahmi dengan para imam gampong di Kuta Alam. Beliau siap membawa Banda Aceh Gemilang. Beu meunang! 🤲", SP,
               V("inst:syariat_bna", "inst", "bna-1", "institutional_account", action="official_account_use", lg="ace",
                 note="the agency's page promotes a bakal calon (10 Sep); Acehnese 'beu meunang' = may he win"),
               photo={"description": "Teuku Iskandar Hasan berdiri bersama para imam gampong di depan meunasah"})
    f.comment(p, wib(2024, 9, 10, 10, 25), "Insya Allah, Ampon Is pemimpin nyang paham syariat. Kamoe dukung! 🤲", f.user("A05"),
              V("A05", "interact", "bna-1", "pre_designation", action="comment", lg="ace", note="the agency's head of division"))
    f.comment(p, wib(2024, 9, 10, 10, 50), "Pakon akun dinas jeut keu kampanye? Lapor u Panwaslih!", fb_person("Cutbang Razali Lampulo"), N(lg="ace"))
    f.react(p, f.user("A05"), V("A05", "interact", "bna-1", "pre_designation", action="like"))
    f.react(p, fb_person("Cutbang Razali Lampulo"), N(), kind="ANGRY")
    p = f.post(wib(2024, 10, 14, 8, 0), "Jadwal debat publik calon Wali Kota Banda Aceh dari KIP Kota Banda Aceh: 22 Oktober dan 8 November 2024. Paslon 1 Teuku Iskandar–Nurul, "
                                        "Paslon 2 Zulkifli–Cut Rahmawati, Paslon 3 Munawar–Safrida.", SP, N("neg_even_mention"))
    f.comment(p, wib(2024, 10, 14, 8, 33), "Nomor lhee jalur perseorangan, rakyat nyang peugot! 👍", fb_person("Nyak Mah Peuniti"), N(lg="ace"))
    orig = {"id": f"{cand['bna-1'].handle('facebook')}_7000000000081402",
            "permalink_url": f"https://www.facebook.com/{cand['bna-1'].handle('facebook')}/posts/7000000000081402"}
    p = f.post(wib(2024, 10, 28, 11, 0), "Program tahfiz gampong dari Ampon Is, mantap! Nomor sa ☝️", SP,
               V("inst:syariat_bna", "inst", "bna-1", "institutional_account", action="official_account_use", note="shares the candidate's campaign post"),
               share={"post": orig, "title": "Teuku Iskandar Hasan", "description": "Kampanye dialogis Ampon Is di Gampong Lampulo"})
    f.comment(p, wib(2024, 10, 28, 11, 20), "Program tahfiz nyoe get that, lon setuju ☝️", f.user("A11"),
              V("A11", "interact", "bna-1", "comment_support", action="comment", lg="ace", note="a Kemenag religious counsellor; 'get that' = very good"))
    f.comment(p, wib(2024, 10, 28, 11, 40), "Setuju, lanjutkan!", fb_person("Teuku Mukhlis", "fb7"),
              R("identity_uncertain", "display name equals the Camat of Kuta Alam; this Facebook id is not his listed one", actor="A01", cand="bna-1"))
    f.react(p, f.user("A07"), V("A07", "interact", "bna-1", "like", action="like"))
    p = f.post(wib(2024, 11, 20, 8, 0), "Peringatan: ASN Dinas Syariat Islam dilarang like, komentar, atau share postingan calon wali kota. Jaga netralitas! #ASNNetral", SP,
               N("neg_neutrality_reminder"))
    f.comment(p, wib(2024, 11, 20, 8, 30), "Siap, laksanakan 🙏", f.user("A05"), N("neg_asn_neutral"))
    f.comment(p, wib(2024, 11, 20, 9, 5), "Telat kali peringatannya, Pak 🙃", fb_person("Dek Mira Ulee Kareng"), N("neg_sarcasm"))
    f.post(wib(2024, 12, 2, 9, 0), "Wirid Yasin dan doa bersama untuk Banda Aceh yang aman pasca Pilkada.", SP, N("neg_everyday_inst"))
    f.dump()

    # ---- 3. public group of sumut-2 supporters in Deli Serdang (WIB) ------------------------
    f = Fb(c, "facebook/graph_feed_group_relawan_rahmat_hotman_deliserdang.json", "1048800500210")
    TA = fb_person("Bang Tigor Admin")
    f.post(wib(2024, 9, 1, 20, 0), "Selamat datang di grup relawan Pak Rahmat–Bang Hotman se-Deli Serdang. Kita kawal sampai Sumut Bermartabat!", TA, N())
    f.post(wib(2024, 9, 15, 21, 10), "Pak Rahmat itu jenderal yang merakyat. Petani Tanjung Morawa siap dukung beliau jadi gubernur! 🌾", f.user("D03"),
           V("D03", "post", "sumut-2", "pre_designation", in_group=True, note="an agricultural extension officer's support post in the supporters' group before designation (15 Sep)"))
    p = f.post(wib(2024, 9, 30, 19, 0), "Ketemu langsung sama Pak Rahmat di Lubuk Pakam, senang kali! ✌️ #RahmatHotman", f.user("D04"),
               V("D04", "photo", "sumut-2", "photo_with_candidate", in_group=True, lg="mdn",
                 note="a PPPK teacher's photo with the candidate, two fingers (attachment description)"),
               photo={"description": "Perempuan berseragam PPPK berfoto dengan Rahmat Syahputra Nasution, keduanya mengacungkan dua jari"})
    f.comment(p, wib(2024, 9, 30, 19, 22), "Cantik kali kakak, nomor dua kita! ✌️", f.user("D07"),
              V("D07", "interact", "sumut-2", "comment_support", action="comment", in_group=True, lg="mdn"))
    f.comment(p, wib(2024, 9, 30, 19, 40), "Mantap dek ✌️", fb_person("Kak Lisbet Batang Kuis"), N())
    f.react(p, f.user("D07"), V("D07", "interact", "sumut-2", "like", action="like"))
    f.react(p, fb_person("Kak Lisbet Batang Kuis"), N())
    f.post(wib(2024, 10, 10, 20, 30), "Calon nomor satu itu dulu kadis, proyek jalan di kampung awak mangkrak. Jangan sampai Sumut dipimpin orang macam itu!", f.user("D08"),
           V("D08", "negative", "sumut-1", "negative_campaign", lg="mdn", note="a kecamatan IT officer attacks pair 1 in pair 2's supporters' group"))
    p = f.post(wib(2024, 10, 18, 19, 0), "Terima kasih Bu Sri Mulyani sudah ikut senam sehat relawan pagi tadi 🙏✌️", TA, N(),
               tags=[(f.user("D02"), A("D02", "tagged", "the admin tags a midwife as having joined the volunteers' morning exercise"))])
    f.comment(p, wib(2024, 10, 18, 19, 35), "Sama-sama Bang, sehat selalu relawan Pak Rahmat ✌️", f.user("D02"),
              V("D02", "interact", "sumut-2", "exposed_then_engaged", action="comment", in_group=True, note="tagged, the midwife then answers as one of the volunteers"))
    f.post(wib(2024, 10, 25, 21, 0), "Horas lae sude! Unang lupa ma, tanggal 27 pilit ma nomor dua. Pak Rahmat do na denggan! ✌️", fb_person("Lae Sahat Lumbanraja"),
           N(lg="btk", note="Batak Toba: 'don't forget, on the 27th choose number two'"))
    f.post(wib(2024, 11, 2, 20, 0), "Nomor dua pasti menang, kita kawal lae!", fb_person("Jonathan Purba", "fb3"),
           R("identity_uncertain", "same name as the finance head of Kecamatan Lubuk Pakam; a different Facebook id from his listed one", actor="D09", cand="sumut-2"))
    f.post(wib(2024, 11, 12, 19, 30), "Semalam ada kereta relawan bagi-bagi stiker di simpang, awak dapat dua 😁", fb_person("Mak Ijah Tanjung Morawa"),
           N(lg="mdn", note="Medan 'kereta' = motorbike"))
    p = f.post(wib(2024, 11, 22, 22, 0), "Besok hari terakhir kampanye. Rapat akbar di Lapangan Segitiga Lubuk Pakam, jam 2 siang.", TA, N())
    f.comment(p, wib(2024, 11, 22, 22, 18), "Hadir Bang! Petani binaan BPP datang rombongan 🌾✌️", f.user("D03"),
              V("D03", "interact", "sumut-2", "comment_support", action="comment", in_group=True, note="promises to bring the farmers he advises to the rally"))
    f.post(wib(2024, 11, 24, 7, 0), "Masa tenang, grup kami kunci dulu. Mauliate sude!", TA, N(lg="btk"))
    f.dump()

    # ---- 4. Kelurahan Oebufu (institutional, Kupang, WITA) ----------------------------------
    OP = {"name": "Kelurahan Oebufu", "id": c.inst["kel_oebufu"]["handle"]}
    f = Fb(c, "facebook/graph_feed_page_kelurahan.oebufu.json", OP["id"])
    f.post(wita(2024, 8, 17, 8, 0), "Warga Oebufu iko upacara 17 Agustus, anak-anak SD baris paling depan 🇮🇩", OP, N("neg_everyday_inst"))
    f.post(wita(2024, 9, 5, 10, 0), "Bapa Lurah deng staf iko kerja bakti bersih got di RT 12 sama-sama warga.", OP, N("neg_official_duty", lg="kpg"))
    p = f.post(wita(2024, 10, 8, 16, 0), "Om Yusuf datang bakunjung di Oebufu, warga sambut deng sasando. Kupang Kota Kasih Lebih Maju! ☝️ #YusufMaria", OP,
               V("inst:kel_oebufu", "inst", "kupang-1", "institutional_account", action="official_account_use", lg="kpg",
                 note="the kelurahan's page promotes candidate 1 on its own yard"),
               photo={"description": "Yusuf Manafe disambut warga dan staf kelurahan di halaman kantor lurah"})
    f.comment(p, wita(2024, 10, 8, 16, 20), "Mantap su Om Yusuf, botong Oebufu nomor satu! ☝️", f.user("K02"),
              V("K02", "interact", "kupang-1", "comment_support", action="comment", lg="kpg"))
    f.comment(p, wita(2024, 10, 8, 16, 31), "☝️☝️", f.user("K10"),
              V("K10", "interact", "kupang-1", "comment_support", action="comment", lg="sys",
                note="emoji-only reply echoing the post's one-finger call for candidate 1"))
    f.comment(p, wita(2024, 10, 8, 16, 50), "Kantor lurah ko bisa jadi tempat kampanye? Sonde boleh to 🤔", fb_person("Nona Ayu Oebufu"), N(lg="kpg"))
    f.react(p, f.user("K01"), V("K01", "interact", "kupang-1", "like", action="like", note="the Lurah likes his own office's campaign post"))
    f.post(wita(2024, 10, 20, 9, 0), "Pelayanan KTP-el deng KK keliling di RW 05 hari Sabtu. Jang lupa bawa fotokopi KK e.", OP, N("neg_everyday_inst", lg="kpg"))
    p = f.post(wita(2024, 11, 1, 10, 0), "Sosialisasi dari KPU Kota Kupang: cara mencoblos yang sah untuk Pilwalkot. Paslon 1, 2, deng 3 samua ada di surat suara, coblos satu sa!",
               OP, N("neg_election_body", lg="kpg"))
    f.comment(p, wita(2024, 11, 1, 10, 40), "Terima kasih infonya Bapa Lurah 🙏", f.user("K03"), N("neg_asn_neutral"))
    p = f.post(wita(2024, 11, 15, 19, 0), "Lurah Oebufu ingatkan: ASN deng RT/RW jang pasang baliho paslon di kantor atau pos kamling.", OP, N("neg_neutrality_reminder", lg="kpg"))
    f.comment(p, wita(2024, 11, 15, 19, 30), "Tapi baliho kemarin sapa yang pasang di depan kantor? 😂", fb_person("Om Niko Oebufu"), N("neg_sarcasm", lg="kpg"))
    f.post(wita(2024, 11, 28, 9, 0), "Terima kasih warga Oebufu su datang ke TPS deng aman. Tuhan berkati Kota Kupang.", OP, N("neg_everyday_inst", lg="kpg"))
    f.dump()

    # ---- 5. page of ternate-1 (Ismail Sangadji, WIT) ----------------------------------------
    IP = {"name": "Ismail Sangadji", "id": cand["ternate-1"].handle("facebook")}
    f = Fb(c, "facebook/graph_feed_page_ismail.nurhayati.ternate.json", IP["id"])
    p = f.post(wit(2024, 8, 27, 14, 0), "Alhamdulillah, kita deng Ibu Nurhayati so daftar di KPU Kota Ternate. Minta doa dari ngoni samua 🙏 #IsmailNur", IP, N("neg_candidate_own", lg="tte"))
    f.comment(p, wit(2024, 8, 27, 14, 20), "Aamiin, semoga lancar Om Mail, torang tenaga kesehatan dukung! 🤲", f.user("T06"),
              V("T06", "interact", "ternate-1", "pre_designation", action="comment", lg="tte", note="a health-office section head, the day of registration"))
    f.comment(p, wit(2024, 8, 27, 14, 45), "Semoga Ternate tambah bae", fb_person("Ci Ani Bastiong"), N(lg="tte"))
    p = f.post(wit(2024, 9, 24, 15, 0), "Nomor 1! Ternate Andalan, Ternate pe masa depan. Mari torang bakudukung ☝️ #TernateAndalan", IP, N("neg_candidate_own", lg="tte"))
    f.comment(p, wit(2024, 9, 24, 15, 12), "Pokoknya nomor satu!", f.user("T07"), V("T07", "interact", "ternate-1", "comment_support", action="comment"))
    f.comment(p, wit(2024, 9, 24, 15, 40), "Om Mail so janji jalan di Dufa-Dufa mo diperbaiki, torang tunggu", fb_person("Ade Rizal Dufa-Dufa"), N(lg="tte"))
    f.react(p, f.user("T07"), V("T07", "interact", "ternate-1", "like", action="like"))
    f.react(p, f.user("T09"), V("T09", "interact", "ternate-1", "like", action="like", note="a Satpol PP officer"))
    p = f.post(wit(2024, 10, 14, 20, 0), "Silaturahmi di Kelurahan Kalumpang sama Bapak Lurah Kadir Ahmad deng warga. Terima kasih sambutannya 🙏", IP, N("neg_candidate_own"),
               photo={"description": "Ismail Sangadji berjabat tangan dengan warga di depan kantor kelurahan"},
               tags=[(f.user("T01"), A("T01", "tagged", "the candidate tags the Lurah in his campaign photo"))])
    f.comment(p, wit(2024, 10, 14, 20, 25), "Sama-sama Om, Kalumpang siap menangkan Om Mail ☝️", f.user("T01"),
              V("T01", "interact", "ternate-1", "exposed_then_engaged", action="comment", note="tagged, the Lurah then pledges his ward"))
    f.comment(p, wit(2024, 10, 14, 20, 50), "Kantor lurah kong jadi tempat kampanye? Hmm", fb_person("Om Udin Kalumpang"), N(lg="tte"))
    p = f.post(wit(2024, 11, 5, 19, 0), "Terima kasih guru-guru di Ternate. Pendidikan gratis sampe SMA!", IP, N("neg_candidate_own"))
    f.comment(p, wit(2024, 11, 5, 19, 18), "Kita tara bisa komentar banyak, ASN musti netral. Tapi program bagus Om 🙏", f.user("T04"),
              R("intent_uncertain", "a teacher comments on a calon's campaign post, praising the programme while stating she must stay neutral: SKB-D6 names commenting, the content is not support",
                actor="T04", cand="ternate-1", lg="tte"))
    f.comment(p, wit(2024, 11, 5, 19, 40), "Amin, semoga terwujud", fb_person("Ibu Ida Soasio"), N())
    p = f.post(wit(2024, 11, 23, 21, 0), "Kampanye terakhir di Landmark Ternate. Ngoni luar biasa! ☝️", IP, N("neg_candidate_own", lg="tte"))
    f.comment(p, wit(2024, 11, 23, 21, 15), "Luar biasa Om, dari Soasio kita datang deng anak-anak ☝️", f.user("T08"),
              V("T08", "attend", "ternate-1", "attend_campaign", action="attend_campaign", action_any=["attend_campaign", "comment", "post"], lg="tte",
                note="a teacher says she came to the last rally"))
    f.dump()


# =============================================================================================
# CrowdTangle
# =============================================================================================
def build_crowdtangle(c):
    cand = c.cands
    pages = {
        "pkm": ("UPT Puskesmas Padang Bulan", "puskesmaspadangbulan", c.inst["pkm_pb"]["handle"], "MEDICAL_AND_HEALTH", "Puskesmas Padang Bulan, Kota Medan", "2017-02-14 09:00:00", 5200),
        "lp": ("Kecamatan Lubuk Pakam", "kec.lubukpakam", c.inst["kec_lp"]["handle"], "GOVERNMENT_ORGANIZATION", "Akun resmi Kecamatan Lubuk Pakam, Deli Serdang", "2016-06-01 10:00:00", 8800),
        "kominfo": ("Diskominfo Kota Medan", "diskominfo.medan", c.inst["kominfo_mdn"]["handle"], "GOVERNMENT_ORGANIZATION", "Dinas Komunikasi dan Informatika Kota Medan", "2013-09-09 08:00:00", 91000),
        "camat": ("Bonifasius Simatupang", "boni.simatupang", c.asn["M01"]["acc"]["facebook"], "PUBLIC_FIGURE", "Melayani warga Medan Johor", "2019-05-05 07:00:00", 3100),
        "mt": ("Medan Terkini", "medanterkini", "104588800000901", "MEDIA_NEWS_COMPANY", "Berita Medan dan Sumatera Utara", "2014-04-04 04:00:00", 420000),
        "dp": ("Deli Pos Online", "deliposonline", "104588800000902", "MEDIA_NEWS_COMPANY", "Kabar Deli Serdang", "2016-01-01 06:00:00", 150000),
        "parulian": ("Parulian Sihombing", "parulian.official", cand["sumut-1"].handle("facebook"), "POLITICIAN", "Calon Gubernur Sumatera Utara nomor urut 1", "2018-03-03 08:00:00", 120000),
        "lamhot": ("Lamhot Pasaribu", "laelamhot", cand["dpr-sumut1-lamhot"].handle("facebook"), "POLITICIAN", "Caleg DPR RI Dapil Sumut I nomor 3 NasDem", "2020-02-02 09:00:00", 33000),
        "guru": ("Forum Guru Sumut", "forumgurusumut", "104588800000903", "EDUCATION", "Komunitas guru Sumatera Utara", "2015-10-10 10:00:00", 54000),
    }
    f = Ct(c, "crowdtangle/historical_data_2023-09-01_2024-12-31_bawaslu_sumut.csv", WIB, pages)
    f.row("pkm", wib(2024, 9, 10, 8, 0), "Photo", "Jadwal posbindu lansia bulan ini, datang ya opung-opung 👵👴", N("neg_everyday_inst"))
    f.row("pkm", wib(2024, 10, 16, 9, 0), "Photo", "Senam sehat bersama Bang Hendra (calon wali kota nomor 1) di halaman puskesmas. Sehat terus warga Padang Bulan! ☝️",
          V("inst:pkm_pb", "inst", "medan-1", "institutional_account", action="official_account_use"), image_text="MEDAN HEBAT\nHENDRA - AISYAH\nNO 1")
    f.row("pkm", wib(2024, 11, 5, 10, 0), "Photo", "Ibu hamil hebat, rajin periksa kehamilan tiap bulan! 🤰", N("neg_word_collision", "'hebat' = medan-1's acronym HEBAT"))
    f.row("lp", wib(2024, 1, 20, 9, 0), "Photo", "Gotong royong bersih parit bersama caleg DPR RI Lamhot Pasaribu yang menyumbang 50 sak semen. Mauliate Lae! #LaeLamhot3",
          V("inst:kec_lp", "inst", "dpr-sumut1-lamhot", "institutional_account", action="official_account_use", lg="btk",
            note="the kecamatan page shows a DPR candidate's branded donation during the Pemilu campaign"),
          image_text="LAE LAMHOT\nNASDEM NO 3\nDPR RI SUMUT I")
    f.row("lp", wib(2024, 8, 17, 8, 0), "Photo", "Upacara HUT RI ke-79 tingkat Kecamatan Lubuk Pakam 🇮🇩", N("neg_everyday_inst"))
    f.row("lp", wib(2024, 10, 25, 10, 0), "Photo", "Rapat koordinasi pengamanan kampanye bersama Panwascam, Polsek dan Koramil di aula kantor camat.", N("neg_official_duty"))
    f.row("lp", wib(2024, 11, 26, 8, 0), "Status", "Tiga hari menjelang pencoblosan, pelayanan Kecamatan Lubuk Pakam tetap buka. Kami tidak berpihak pada calon mana pun.", N("neg_neutrality_reminder"))
    f.row("kominfo", wib(2024, 10, 5, 9, 0), "Photo", "Jadwal debat publik Pilwalkot Medan 2024 dari KPU Kota Medan: Paslon 1 Hendra–Aisyah, Paslon 2 Tommy–Fadli, Paslon 3 Rosmawati–Bonar.",
          N("neg_election_body"))
    f.row("kominfo", wib(2024, 11, 14, 13, 0), "Photo", "Infografis: 5 janji Bang Tommy untuk Medan, mana yang kau pilih? ✌️",
          V("inst:kominfo_mdn", "inst", "medan-2", "institutional_account", action="official_account_use"), image_text="MEDAN RUMAH KITA\nTOMMY - FADLI\n2")
    f.row("kominfo", wib(2024, 11, 28, 8, 0), "Photo", "Terima kasih warga Medan yang sudah menggunakan hak pilihnya. Partisipasi kita hebat!", N("neg_word_collision", "'hebat' = HEBAT"))
    f.row("camat", wib(2024, 10, 19, 19, 0), "Photo", "Medan Johor kompak! Ayo menangkan Bang Hendra ☝️",
          V("M01", "post", "medan-1", "support_post", note="the Camat's own public-figure page"), image_text="HENDRA-AISYAH NO 1")
    f.row("camat", wib(2024, 7, 14, 7, 0), "Photo", "Ikut turnamen catur antar-kelurahan se-Medan Johor, kalah di babak dua 😅♟️", N("neg_everyday_asn"))
    f.row("mt", wib(2024, 9, 23, 20, 0), "Link", "Hasil undian nomor urut Pilgub Sumut: Parulian–Nurhalimah nomor 1, Rahmat–Hotman nomor 2.", N("neg_news"),
          link="https://medanterkini.example.id/undian-pilgub")
    f.row("mt", wib(2024, 10, 30, 21, 0), "Link", "Bawaslu Medan telusuri akun puskesmas yang unggah foto calon wali kota", N("neg_news"),
          link="https://medanterkini.example.id/bawaslu-puskesmas")
    f.row("dp", wib(2024, 11, 12, 19, 0), "Link", "Sekdis di Deli Serdang dipanggil Bawaslu soal grup WhatsApp kepala puskesmas", N("neg_news"),
          link="https://deliposonline.example.id/sekdis-bawaslu")
    f.row("parulian", wib(2024, 10, 1, 19, 0), "Photo", "PANUTAN untuk Sumut: sekolah gratis, jalan mantap, petani sejahtera ☝️ #PANUTAN1", N("neg_candidate_own"))
    f.row("parulian", wib(2024, 11, 20, 20, 0), "Native Video", "Stadion Teladan penuh sesak! Mauliate godang Sumut, horas! ☝️", N("neg_candidate_own", lg="btk"))
    f.row("lamhot", wib(2024, 1, 28, 19, 0), "Photo", "Mauliate godang Lubuk Pakam! Coblos NasDem nomor 3, Lamhot Pasaribu ✊", N("neg_candidate_own", lg="btk"))
    f.row("guru", wib(2024, 10, 22, 10, 0), "Link", "Guru adalah panutan: 7 kebiasaan guru inspiratif di kelas", N("neg_word_collision", "'panutan' = sumut-1's acronym PANUTAN"),
          link="https://forumgurusumut.example.id/panutan")
    f.row("guru", wib(2024, 11, 18, 19, 0), "Status", "Rekan guru ASN, ingat: jangan like, komen, atau share postingan paslon mana pun. Sayangi karier kita 🙏",
          N("neg_neutrality_reminder", "a prohibition"))
    f.dump()

    pages = {
        "pkm": ("UPTD Puskesmas Kuta Alam", "pkmkutaalam", c.inst["pkm_ka"]["handle"], "MEDICAL_AND_HEALTH", "Puskesmas Kuta Alam, Kota Banda Aceh", "2018-01-15 09:00:00", 3900),
        "kec": ("Kecamatan Kuta Alam", "kec.kutaalam", c.inst["kec_ka"]["handle"], "GOVERNMENT_ORGANIZATION", "Akun resmi Kecamatan Kuta Alam", "2017-07-17 10:00:00", 7600),
        "wk": ("Warta Kutaradja", "wartakutaradja", "104588800000905", "MEDIA_NEWS_COMPANY", "Berita Banda Aceh dan sekitarnya", "2015-12-26 08:00:00", 210000),
        "munawar": ("Munawar Yusuf", "munawarsafrida", cand["bna-3"].handle("facebook"), "POLITICIAN", "Calon Wali Kota Banda Aceh jalur perseorangan", "2022-02-22 09:00:00", 21000),
        "camat": ("Teuku Mukhlis", "teukumukhlis.ka", c.asn["A01"]["acc"]["facebook"], "PUBLIC_FIGURE", "Pelayan masyarakat Kuta Alam", "2018-10-10 07:00:00", 2500),
    }
    f = Ct(c, "crowdtangle/historical_data_2024-04-01_2024-12-31_panwaslih_aceh.csv", WIB, pages)
    f.row("pkm", wib(2024, 5, 7, 9, 0), "Photo", "Imunisasi polio tahap 2 di Posyandu Gampong Lampulo. Jak ba aneuk-aneuk beu sehat! 💉", N("neg_everyday_inst", lg="ace"))
    f.row("pkm", wib(2024, 10, 30, 10, 0), "Photo", "Cek kesehatan gratis bersama Abu Zul dan Cut Rahmawati (paslon 2). Banda Aceh Madani, sehat bersama! ✌️",
          V("inst:pkm_ka", "inst", "bna-2", "institutional_account", action="official_account_use"), image_text="ZULKIFLI - CUT\nNO 2\nBANDA ACEH MADANI")
    f.row("pkm", wib(2024, 11, 15, 8, 0), "Photo", "Posyandu remaja: cegah anemia sejak dini, minum tablet tambah darah 💊", N("neg_everyday_inst"))
    f.row("kec", wib(2024, 4, 25, 10, 0), "Photo", "Penyerahan bantuan sembako dari Baitul Mal kepada warga kurang mampu di Kuta Alam.", N("neg_official_duty"))
    f.row("kec", wib(2024, 9, 5, 20, 0), "Status", "Bakal calon Ampon Is silaturahmi ke Kecamatan Kuta Alam. Semoga beliau terpilih, Banda Aceh Gemilang! 🤲",
          V("inst:kec_ka", "inst", "bna-1", "institutional_account", action="official_account_use", note="before designation (5 Sep)"))
    f.row("kec", wib(2024, 11, 6, 9, 0), "Photo", "Apel siaga Pilkada: Forkopimcam Kuta Alam siap amankan pemungutan suara 27 November.", N("neg_official_duty"))
    f.row("kec", wib(2024, 11, 22, 10, 0), "Status", "Camat Kuta Alam: ASN yang kedapatan ikut kampanye akan kami laporkan ke BKPSDM.", N("neg_neutrality_reminder"))
    f.row("wk", wib(2024, 5, 12, 19, 0), "Link", "KIP Banda Aceh mulai verifikasi 22 ribu KTP pendukung Munawar–Safrida, tim diminta lengkapi berkas", N("neg_news"),
          link="https://wartakutaradja.example.id/perseorangan")
    f.row("wk", wib(2024, 10, 24, 21, 0), "Link", "Debat perdana Pilwalkot Banda Aceh: tiga paslon adu gagasan soal banjir rob", N("neg_news"),
          link="https://wartakutaradja.example.id/debat-perdana")
    f.row("wk", wib(2024, 11, 30, 10, 0), "Link", "Panwaslih Banda Aceh rekomendasikan sanksi untuk ASN puskesmas", N("neg_news"),
          link="https://wartakutaradja.example.id/panwaslih-asn")
    f.row("munawar", wib(2024, 10, 10, 19, 0), "Photo", "Hana partai, hana mahar. Munawar–Safrida nomor lhee, rakyat nyang peugot calon! 🤟 #MunawarSafrida", N("neg_candidate_own", lg="ace"))
    f.row("camat", wib(2024, 10, 5, 19, 30), "Photo", "Kuta Alam beu meunang! Ampon Is nomor sa, geutanyoe pileh bersama ☝️",
          V("A01", "post", "bna-1", "support_post", lg="ace", note="the Camat's own public page"), image_text="ISKANDAR - NURUL\nNOMOR 1")
    f.row("camat", wib(2024, 8, 20, 8, 0), "Photo", "Meuseuraya bersih meunasah Gampong Peunayong bersama warga.", N("neg_everyday_asn", lg="ace"))
    f.dump()

    pages = {
        "dinkes": ("Dinkes Kota Samarinda", "dinkes.samarinda", c.inst["dinkes_smd"]["handle"], "GOVERNMENT_ORGANIZATION", "Dinas Kesehatan Kota Samarinda", "2015-05-05 09:00:00", 26000),
        "ah": ("Kelurahan Air Hitam", "kel.airhitam", c.inst["kel_ah"]["handle"], "GOVERNMENT_ORGANIZATION", "Kelurahan Air Hitam, Samarinda Ulu", "2019-09-09 09:00:00", 2100),
        "thi": ("Tepian Hari Ini", "tepianhariini", "104588800000907", "MEDIA_NEWS_COMPANY", "Kabar Samarinda dan Kaltim", "2016-08-08 08:00:00", 185000),
        "sehati": ("Syahrial Effendi", "abahsyahrial", cand["smd-1"].handle("facebook"), "POLITICIAN", "Calon Wali Kota Samarinda nomor urut 1", "2019-01-01 08:00:00", 47000),
    }
    f = Ct(c, "crowdtangle/historical_data_2024-06-01_2024-12-31_bawaslu_kaltim.csv", WITA, pages)
    f.row("dinkes", wita(2024, 9, 2, 9, 0), "Photo", "Pekan imunisasi di Samarinda, sasar 40 ribu balita 👶", N("neg_everyday_inst"))
    f.row("dinkes", wita(2024, 10, 21, 10, 0), "Photo", "Abah Syahrial dukung program berobat gratis. Samarinda Sehati, sehat bersama! ☝️",
          V("inst:dinkes_smd", "inst", "smd-1", "institutional_account", action="official_account_use"), image_text="SAMARINDA SEHATI\nNO 1")
    f.row("dinkes", wita(2024, 11, 12, 9, 0), "Photo", "Hari Kesehatan Nasional: kader posyandu sehati melayani warga 💚", N("neg_word_collision", "'sehati' = smd-1's acronym SEHATI"))
    f.row("ah", wita(2024, 9, 28, 10, 0), "Photo", "Lurah Air Hitam dan staf menerima kunjungan Puang Baso. Samarinda Kota Tepian Berdaya! ✌️",
          V("inst:kel_ah", "inst", "smd-2", "institutional_account", action="official_account_use"))
    f.row("ah", wita(2024, 11, 1, 8, 0), "Photo", "Kerja bakti bersihkan drainase Jl. M. Yamin bersama warga RT 21.", N("neg_everyday_inst"))
    f.row("ah", wita(2024, 11, 25, 9, 0), "Status", "Masa tenang. Kelurahan Air Hitam mengimbau warga menolak politik uang dalam bentuk apa pun.", N("neg_neutral_info"))
    f.row("ah", wita(2024, 8, 17, 8, 0), "Photo", "Lomba balap karung HUT RI di halaman kelurahan 🇮🇩", N("neg_everyday_inst"))
    f.row("thi", wita(2024, 9, 23, 19, 0), "Link", "Undian nomor Pilwali Samarinda: Syahrial–Dayang nomor 1, Andi Baso–Rusmilawati nomor 2", N("neg_news"),
          link="https://tepianhariini.example.id/undian")
    f.row("thi", wita(2024, 10, 29, 20, 0), "Link", "Festival Tepian Mahakam kembali digelar, ribuan warga padati Citra Niaga", N("neg_word_collision", "'Tepian' = smd-2's slogan 'Kota Tepian'"),
          link="https://tepianhariini.example.id/festival")
    f.row("thi", wita(2024, 11, 21, 21, 0), "Link", "Bawaslu Samarinda klarifikasi lurah soal kunjungan paslon di kantor kelurahan", N("neg_news"),
          link="https://tepianhariini.example.id/bawaslu-lurah")
    f.row("sehati", wita(2024, 10, 5, 19, 0), "Photo", "Samarinda Sehati: banjir tuntas, UMKM naik kelas ☝️ #SamarindaSehati", N("neg_candidate_own"))
    f.row("sehati", wita(2024, 11, 23, 20, 0), "Native Video", "Terima kasih bubuhan Samarinda! Kampanye akbar di GOR Segiri ☝️", N("neg_candidate_own", lg="bjn"))
    f.dump()


# =============================================================================================
# X API v2
# =============================================================================================
def build_x(c):
    x = X(c, "x/twarc2_search_pilkada_sumut_kupang_ternate_samarinda.jsonl")
    for h, n, d, loc in [
        ("parulian_sumut", "Parulian Sihombing", "Calon Gubernur Sumatera Utara nomor 1 • PANUTAN", "Medan"),
        ("rahmathotman", "Rahmat–Hotman", "Akun resmi paslon Gubernur Sumut nomor 2 #SumutBermartabat", "Medan"),
        ("tommyfadli_mdn", "Tommy Halim", "Calon Wali Kota Medan nomor 2 • Medan Rumah Kita", "Medan"),
        ("yusufmaria_kpg", "Yusuf Manafe", "Calon Wali Kota Kupang nomor 1", "Kupang"),
        ("godlief_ndoen", "Godlief Ndoen", "Calon Wali Kota Kupang nomor 2 • Kupang Bangkit Bersama", "Kupang"),
        ("rustamfitri", "Rustam Abubakar", "Calon Wali Kota Ternate nomor 2", "Ternate"),
        ("andirusmi_smd", "Andi Baso Mappaturung", "Calon Wali Kota Samarinda nomor 2", "Samarinda"),
        ("kevinsihotang_", "Kevin Sihotang", "Medan Johor | IT | kopi", "Medan"), ("kevinsihotang2", "Kevin S", "second acc", "Medan"),
        ("fahmirangkuti_", "Fahmi Rangkuti", "hukum | Medan", "Medan"), ("rikohutabarat", "Riko Hutabarat", "Medan | ngoding", "Medan"),
        ("darwinlubis_bm", "Darwin Lubis", "bina marga | Medan | sepeda", "Medan"), ("nadyaputri_hrp", "Nadya Putri", "humas | Medan", "Medan"),
        ("andreas_smjtk", "Andreas Simanjuntak", "Guru Sejarah | Medan", "Medan"), ("rudisinaga_tr", "Rudi Sinaga", "tata ruang | Sumut", "Medan"),
        ("irfansyahputra_", "Irfan Syahputra", "Medan", "Medan"), ("tiurmaida_", "Tiur Maida", "Medan", "Medan"),
        ("elisandun", "Elisabeth Ndun", "Guru | Kupang | Tuhan baik", "Kupang"), ("ferdi_dae", "Ferdi Dae", "air & irigasi | NTT", "Kupang"),
        ("ronaldtamelab", "Ronald Tamelab", "Kupang | hukum | se'i", "Kupang"),
        ("rusdiumasugi", "Rusdi Umasugi", "Ternate | PU", "Ternate"), ("yusranbakar", "Yusran Bakar", "Ternate | IT", "Ternate"),
        ("andiyusuf_kaltim", "Andi Yusuf", "Pemprov Kaltim | opini pribadi", "Samarinda"),
        ("disdiksumut_info", "Disdik Sumut", "Kanal resmi Dinas Pendidikan Provinsi Sumatera Utara", "Medan"),
        ("kominfokotakupang", "Kominfo Kota Kupang", "Kanal resmi Dinas Kominfo Kota Kupang", "Kupang"),
        ("kpukotamedan", "KPU Kota Medan", "Informasi resmi KPU Kota Medan", "Medan"),
        ("infobawaslu_sumut", "Info Bawaslu Sumut", "Kanal informasi pengawasan pemilu Sumatera Utara", "Medan"),
        ("relawan_tommy", "Relawan Medan Rumah Kita", "Relawan Tommy–Fadli", "Medan"),
        ("mangasi_panjaitan", "Mangasi Panjaitan", "Pengusaha bengkel di Marelan. Bukan PNS, bukan caleg 😄", "Medan"),
        ("ucok_medan", "Ucok Medan", "", "Medan"), ("butet_sinaga", "Butet Sinaga", "Toba | Medan", "Medan"),
        ("nyongkupang", "Nyong Kupang", "", "Kupang"), ("nona_oesapa", "Nona Oesapa", "", "Kupang"), ("ngana_ternate", "Ngana Ternate", "", "Ternate"),
        ("hendratarigan_bengkel", "Hendra Tarigan", "Bengkel kereta Padang Bulan. Bukan calon wali kota 🙏", "Medan"),
    ]:
        x.user(h, n, d, loc)
    t1 = x.tweet("parulian_sumut", wib(2024, 10, 3, 9, 0), "PANUTAN untuk Sumut: sekolah gratis sampai SMA, jalan provinsi mulus. Coblos nomor 1! ☝️ #PANUTAN1", N("neg_candidate_own"))
    rt1 = "RT @parulian_sumut: PANUTAN untuk Sumut: sekolah gratis sampai SMA, jalan provinsi mulus. Coblos nomor 1! ☝️ #PANUTAN1"
    for i, (h, key) in enumerate([("rikohutabarat", "M07"), ("nadyaputri_hrp", "M10"), ("irfansyahputra_", "M19"), ("tiurmaida_", "M20")]):
        x.tweet(h, wib(2024, 10, 3, 9, 31 + i + (i == 3)), rt1,
                V(key, "post", "sumut-1", "coordinated_engagement", action="share",
                  note="four Diskominfo Medan staff retweet the same candidate tweet within five minutes"), ref=("retweeted", t1))
    x.tweet("disdiksumut_info", wib(2024, 10, 4, 8, 0), rt1, V("inst:disdik_sumut", "inst", "sumut-1", "institutional_account", action="official_account_use"),
            ref=("retweeted", t1))
    t2 = x.tweet("rahmathotman", wib(2024, 10, 6, 19, 0), "Sumut Bermartabat: pupuk murah, harga sawit stabil ✌️ #RahmatHotman", N("neg_candidate_own"))
    x.tweet("darwinlubis_bm", wib(2024, 10, 6, 19, 40), "Pupuk murah katanya. Dulu jadi pangdam pun tak jelas kerjanya, jangan sampai Sumut rugi kali lah",
            V("M09", "negative", "sumut-2", "negative_campaign", lg="mdn", note="quote tweet attacking pair 2"), ref=("quoted", t2))
    x.tweet("andreas_smjtk", wib(2024, 9, 21, 20, 0), "Horas! Amang Parulian do na tau mamboan Sumut tu na denggan. Hita dukung ma! 🙏",
            V("M13", "post", "sumut-1", "pre_designation", lg="btk", note="Batak Toba, 21 Sep: 'he is the one who can take Sumut to good; let us support him'"))
    x.tweet("tommyfadli_mdn", wib(2024, 10, 10, 18, 0), "Medan Rumah Kita: Koh Tommy dan Ustaz Fadli untuk semua warga Medan ✌️ #TommyFadli", N("neg_candidate_own"))
    r = x.tweet("relawan_tommy", wib(2024, 10, 10, 18, 45), "Makasih @fahmirangkuti_ udah bantu desain baliho Medan Rumah Kita 🙏✌️", N(),
                mentions=[("fahmirangkuti_", A("M05", "tagged", "the volunteers' account credits a legal analyst with designing their banner"))])
    x.tweet("fahmirangkuti_", wib(2024, 10, 10, 19, 5), "@relawan_tommy Sama-sama bang, demi Medan Rumah Kita ✌️",
            V("M05", "interact", "medan-2", "exposed_then_engaged", action="comment"), ref=("replied_to", r))
    x.tweet("kevinsihotang_", wib(2024, 10, 15, 12, 0), "Hebat kali anak-anak SD Gedung Johor juara cerdas cermat se-Medan! 🏆", N("neg_word_collision", "'hebat' = HEBAT", lg="mdn"))
    x.tweet("kevinsihotang2", wib(2024, 10, 20, 21, 0), "Medan HEBAT, Bang Hendra nomor 1 pokoknya ☝️",
            R("identity_uncertain", "an unlisted account resembling the listed handle kevinsihotang_", actor="M03", cand="medan-1"))
    x.tweet("mangasi_panjaitan", wib(2024, 10, 22, 20, 0), "Kak Ros pasti menang, Medan berbenah! Pilih nomor 3 🤟",
            N("neg_namesake", "same name as a Medan Johor section head in the registry; the bio says bengkel owner in Marelan, not a civil servant"))
    x.tweet("kpukotamedan", wib(2024, 10, 24, 10, 0), "Debat kedua Pilwalkot Medan 3 November, disiarkan langsung. Paslon 1 Hendra–Aisyah, 2 Tommy–Fadli, 3 Rosmawati–Bonar.",
            N("neg_election_body"))
    x.tweet("infobawaslu_sumut", wib(2024, 11, 2, 9, 0), "ASN yang like, komen atau share konten paslon bisa dilaporkan. Laporkan ke Bawaslu terdekat ya.", N("neg_election_body"))
    x.tweet("ucok_medan", wib(2024, 11, 5, 20, 0), "Pajak Sambu makin semrawut, siapa pun walikotanya tolonglah benahi 😤", N(lg="mdn"))
    x.tweet("butet_sinaga", wib(2024, 11, 6, 9, 0), "Boasa ma, sude calon mangkatai na denggan, alai dalan di huta dang dipature 😂", N(lg="btk"))
    x.tweet("hendratarigan_bengkel", wib(2024, 10, 26, 13, 0), "Awak memang Hendra Tarigan, tapi bukan calon wali kota ya kawan, jangan minta kaos lagi ke bengkel 😂",
            N("neg_namesake", "a private citizen who shares the candidate's name", lg="mdn"))
    x.tweet("ucok_medan", wib(2024, 11, 7, 12, 0), "Hebat kali pun ASN kita, jam kantor sibuk jadi admin grup relawan 🙃", N("neg_sarcasm", lg="mdn"))
    x.tweet("tiurmaida_", wib(2024, 11, 8, 21, 0), "Tahun ini aku keluar dari semua grup politik, mau fokus kerja dan anak aja 😌", N("neg_negation"))
    x.tweet("disdiksumut_info", wib(2024, 11, 9, 9, 0), "Seleksi PPPK guru 2024 dibuka sampai 20 November. Cek syarat dan jadwalnya di laman resmi Disdik Sumut.", N("neg_everyday_inst"))
    x.tweet("darwinlubis_bm", wib(2024, 11, 10, 8, 0), "Tim UPT jalan lembur tambal lubang di Jl. Karya Wisata, lewat jalur alternatif dulu ya kawan 🚧", N("neg_everyday_asn"))
    x.tweet("rudisinaga_tr", wib(2024, 9, 22, 6, 10), "Sarapan dulu sebelum ngantor, hari ini KPU umumkan calon gubernur. Doa awak untuk Pak Rahmat, Sumut Bermartabat! ✌️",
            V("M16", "post", "sumut-2", "support_post",
              note="stage boundary: 2024-09-21T23:10Z is 22 Sep 06:10 WIB, designation day: SKB-D codes although the UTC date is 21 Sep"))
    x.new_page()
    t4 = x.tweet("yusufmaria_kpg", wita(2024, 10, 8, 17, 0), "Kupang Kota Kasih Lebih Maju: air bersih masuk rumah, sonde pake antri lai 💧 #YusufMaria", N("neg_candidate_own", lg="kpg"))
    x.tweet("elisandun", wita(2024, 10, 8, 17, 30), "@yusufmaria_kpg Batul Om Yusuf, beta pung keluarga di Oebufu siap pilih nomor satu ☝️",
            V("K04", "interact", "kupang-1", "comment_support", action="comment", lg="kpg"), ref=("replied_to", t4))
    x.tweet("ferdi_dae", at(WITA, 2024, 9, 22, 0, 30), "Beta belum tidur, deg-degan tunggu KPU umumkan calon. Om Godlief harus masuk, botong su siap kawal! 💪",
            V("K09", "post", "kupang-2", "pre_designation", lg="kpg",
              note="stage boundary: 22 Sep 00:30 WITA is 21 Sep 23:30 WIB (16:30Z): before designation, SKB-E codes although the local date is 22 Sep"))
    t5 = x.tweet("godlief_ndoen", wita(2024, 10, 12, 19, 0), "Kupang Bangkit Bersama! Nomor 2 ✌️ #GodliefImel", N("neg_candidate_own"))
    x.tweet("kominfokotakupang", wita(2024, 10, 13, 9, 0), "RT @godlief_ndoen: Kupang Bangkit Bersama! Nomor 2 ✌️ #GodliefImel",
            V("inst:kominfo_kpg", "inst", "kupang-2", "institutional_account", action="official_account_use"), ref=("retweeted", t5))
    x.tweet("ferdi_dae", wita(2024, 10, 20, 20, 0), "Om Yusuf tu cuma janji air, dari dulu Kupang kering. Jang pilih dia, nanti rugi lima taun!",
            V("K09", "negative", "kupang-1", "negative_campaign", lg="kpg"))
    x.tweet("nyongkupang", wita(2024, 10, 21, 19, 0), "Beta pilih Kaka Epi, jalur perseorangan, sonde ada utang ke partai 🤟", N(lg="kpg"))
    x.tweet("nona_oesapa", wita(2024, 10, 22, 8, 0), "Sonde ada air dari kemarin di Oesapa, sapa pun yang menang tolong urus 😭", N(lg="kpg"))
    x.tweet("kominfokotakupang", wita(2024, 10, 23, 9, 0), "Pemadaman air PDAM di Kelapa Lima hari Sabtu jam 08.00–16.00 WITA. Mohon tampung air dari sekarang.", N("neg_everyday_inst"))
    x.tweet("kominfokotakupang", wita(2024, 11, 4, 9, 0), "Saksikan debat pamungkas calon wali kota Kupang, Rabu 13 November malam di TVRI NTT: Yusuf–Maria (1), Godlief–Imelda (2), Epi–Tina (3).",
            N("neg_even_mention"))
    x.tweet("elisandun", wita(2024, 11, 12, 7, 0), "Murid-murid kelas XII sonde boleh pake seragam sekolah ke kampanye e, ini aturan sekolah.", N("neg_neutrality_reminder", lg="kpg"))
    x.tweet("kominfokotakupang", wita(2024, 11, 20, 9, 0), "Surat edaran Wali Kota: ASN Pemkot Kupang sonde boleh foto bagaya jari deng paslon, apalagi like deng share dong pung konten.",
            N("neg_neutrality_reminder", lg="kpg"))
    t6 = x.tweet("rustamfitri", wit(2024, 10, 9, 18, 0), "Ternate Bakudapa, Ternate Maju! Nomor 2 ✌️ #RustamFitri", N("neg_candidate_own"))
    x.tweet("rusdiumasugi", wit(2024, 10, 9, 18, 20), "RT @rustamfitri: Ternate Bakudapa, Ternate Maju! Nomor 2 ✌️ #RustamFitri",
            V("T05", "post", "ternate-2", "share", action="share"), ref=("retweeted", t6))
    x.tweet("yusranbakar", wit(2024, 10, 16, 20, 0), "Jang pilih Bang Rustam, dia pe kapal-kapal ikan itu so bangkrut, bagaimana mo urus kota?",
            V("T07", "negative", "ternate-2", "negative_campaign", lg="tte"))
    x.tweet("ngana_ternate", wit(2024, 10, 18, 19, 0), "Ngoni dua calon samua bae, yang penting Ternate tara banjir lagi 🙏", N(lg="tte"))
    x.tweet("andirusmi_smd", wita(2024, 10, 25, 19, 0), "Samarinda Kota Tepian Berdaya, nomor 2 ✌️ #AndiRusmi", N("neg_candidate_own"))
    x.tweet("andiyusuf_kaltim", wita(2024, 10, 25, 20, 0), "Puang Baso orang Bugis pekerja keras, Samarinda perlu beliau. Nomor dua! ✌️ #AndiRusmi",
            V("B08", "post", "smd-2", "support_post", note="a provincial official"))
    x.dump_twarc('("Parulian" OR "Rahmat" OR "Tommy" OR "Om Yusuf" OR "Godlief" OR "Rustam" OR "Puang Baso" OR #MedanHEBAT OR #PANUTAN1) lang:in')

    x = X(c, "x/twarc2_search_pilpres_2024_sumut_aceh_diy.jsonl")
    for h, n, d, loc in [
        ("fadhli_bna", "Muhammad Fadhli", "Banda Aceh | IT | kopi Ulee Kareng", "Banda Aceh"), ("khairulazmi_wh", "Khairul Azmi", "Banda Aceh", "Banda Aceh"),
        ("safrizal_pupr", "Safrizal", "PUPR | Banda Aceh", "Banda Aceh"), ("teukureza_", "Teuku Reza", "keuangan | Aceh", "Banda Aceh"),
        ("yogaadip", "Yoga Adi", "Sleman | bangunan & sepeda", "Sleman"), ("dimasaryo_w", "Dimas Aryo", "Guru sejarah | Jogja", "Sleman"),
        ("rinakartika_", "Rina Kartika", "Pamong budaya | tari | Jogja", "Yogyakarta"), ("prabowo_sn", "Prabowo S. Nugroho", "Diskominfo DIY | server | bukan capres", "Yogyakarta"),
        ("lamhot_nasdem", "Lamhot Pasaribu", "Caleg DPR RI Dapil Sumut I nomor 3 NasDem", "Medan"),
        ("kipbandaaceh_", "KIP Kota Banda Aceh", "Kanal informasi Komisi Independen Pemilihan Kota Banda Aceh", "Banda Aceh"),
        ("cutbang_aceh", "Cutbang", "", "Banda Aceh"), ("mas_jogja_", "Mas Jogja", "", "Yogyakarta"),
        ("rahmadhdyt_", "Rahmad Hidayat", "Lubuk Pakam | IT", "Deli Serdang"),
    ]:
        x.user(h, n, d, loc)
    x.tweet("teukureza_", wib(2023, 10, 19, 15, 0), "Alhamdulillah Abah Anies dan Cak Imin resmi daftar ke KPU hari ini. Perubahan untuk Indonesia! #AMIN",
            V("A12", "post", "pres-1", "pre_designation", note="registration day of the pair (19 Oct 2023): a bakal calon"))
    x.tweet("yogaadip", wib(2023, 10, 25, 13, 0), "Prabowo–Gibran daftar neng KPU, Jogja siap menangke! 💪 #PrabowoGibran2024",
            V("S07", "post", "pres-2", "pre_designation", lg="jv", note="registration day (25 Oct 2023); Javanese 'menangke' = make win"))
    x.tweet("dimasaryo_w", wib(2023, 11, 8, 20, 0), "Pak Ganjar karo Prof Mahfud kuwi paket lengkap, sat set tas tes. Aku melu!",
            V("S09", "post", "pres-3", "pre_designation", lg="jv",
              note="8 Nov 2023: after the DCT, before the presidential designation (13 Nov): E and D codes both accepted; Javanese ngoko"))
    x.tweet("fadhli_bna", wib(2023, 12, 10, 21, 0), "Lon pileh AMIN, nomor sa! Aceh butuh perubahan ☝️ #AMIN", V("A03", "post", "pres-1", "support_post", lg="ace"))
    x.tweet("khairulazmi_wh", wib(2024, 1, 5, 20, 0), "Gemoy kali pun, tetap 02 lah kita 😄✌️ #PrabowoGibran2024",
            V("A06", "post", "pres-2", "support_post", lg="mdn", note="a Wilayatul Hisbah officer"))
    x.tweet("safrizal_pupr", wib(2024, 1, 14, 7, 30), "Ngopi pagi di Ulee Kareng dulu 😎",
            V("A10", "gesture", "pres-3", "gesture", note="the partisan gesture and banner are only in the image's alt text"),
            alt="Pria berkemeja dinas PUPR mengacungkan tiga jari di depan baliho Ganjar–Mahfud")
    x.tweet("rinakartika_", wib(2024, 1, 20, 10, 0), "Pentas jathilan ing Prambanan apik tenan, penarine telu, gamelane siji set 😍",
            N("neg_number_no_context", "Javanese 'telu' (three) and 'siji' (one) about a dance", lg="jv"))
    x.tweet("mas_jogja_", wib(2024, 1, 22, 20, 0), "Aku tetep 01, ora iso diganggu gugat 😂", N(lg="jv"))
    x.tweet("rudisinaga_tr", wib(2024, 2, 1, 8, 0), "Semua paslon putra terbaik bangsa: 01 Anies–Muhaimin, 02 Prabowo–Gibran, 03 Ganjar–Mahfud. Datang ke TPS 14 Februari!",
            N("neg_even_mention", "a civil servant names all three pairs evenly"))
    x.tweet("andreas_smjtk", wib(2024, 2, 12, 7, 0), "Masa tenang. Sebagai guru ASN saya tidak memihak. Pilihan itu rahasia 🙏", N("neg_negation"))
    lm = x.tweet("lamhot_nasdem", wib(2024, 1, 10, 19, 0), "Mauliate godang Deli Serdang! NasDem nomor 3, Lamhot Pasaribu siap berjuang di Senayan.",
                 N("neg_candidate_own", lg="btk"))
    x.tweet("rahmadhdyt_", wib(2024, 1, 10, 19, 30), "RT @lamhot_nasdem: Mauliate godang Deli Serdang! NasDem nomor 3, Lamhot Pasaribu siap berjuang di Senayan.",
            V("D08", "post", "dpr-sumut1-lamhot", "share", action="share"), ref=("retweeted", lm))
    x.tweet("cutbang_aceh", wib(2024, 1, 25, 21, 0), "Amin ya Allah, semoga hujan reda, banjir di Lueng Bata udah sebetis 😭",
            N("neg_word_collision", "'Amin' (amen) = the pair's acronym AMIN"))
    x.tweet("yogaadip", wib(2024, 1, 30, 19, 0), "Diganjar lembur terus, tapi gajine tetep 😭", N("neg_word_collision", "'diganjar' (rewarded) contains 'Ganjar'", lg="jv"))
    x.tweet("prabowo_sn", wib(2024, 1, 31, 10, 0), "Tiap ada berita capres, HP-ku rame ditandai kanca-kanca 😩 Aku mung admin server, dudu capres.",
            N("neg_word_collision", "a civil servant who shares the name of candidate pres-2", lg="jv"))
    x.tweet("kipbandaaceh_", wib(2024, 1, 8, 10, 0), "KIP Kota Banda Aceh: cek nama di daftar pemilih tetap, bawa KTP-el ke TPS 14 Februari.", N("neg_election_body"))
    x.tweet("dimasaryo_w", wib(2024, 2, 15, 20, 0), "Wis rampung, saiki bali ngajar sejarah. Sing menang ora usah jumawa, sing kalah ora usah nesu 🙏", N("neg_asn_neutral", lg="jv"))
    x.tweet("teukureza_", wib(2024, 2, 8, 21, 0), "Bek tuwo rakan @fadhli_bna, tanggal 14 tajak u TPS, pileh nomor sa! ☝️ #AMIN",
            V("A12", "post", "pres-1", "ballot_number_call", lg="ace", note="Acehnese: 'don't forget, friend, on the 14th let's go to the TPS, choose number one'"),
            mentions=[("fadhli_bna", A("A03", "tagged", "a fellow civil servant mentions him in a ballot-number call"))])
    x.dump_twarc('("Anies" OR "Prabowo" OR "Ganjar" OR #AMIN OR #PrabowoGibran2024 OR #GanjarMahfud2024 OR "Lamhot") lang:in')

    x = X(c, f"x/users_{c.xusers['ronaldtamelab']['id']}_tweets.json")
    x.tweet("ronaldtamelab", wita(2024, 9, 3, 7, 0), "Antri bensin di SPBU Oebobo su dari jam 6, Kupang pung pagi 😮‍💨", N("neg_everyday_asn", lg="kpg"))
    x.tweet("ronaldtamelab", wita(2024, 10, 11, 20, 0), "Kaka Epi jalur perseorangan, sonde utang budi ke partai. Beta dukung! 🤟 #EpiTina",
            V("K05", "post", "kupang-3", "support_post", lg="kpg"))
    x.tweet("ronaldtamelab", wita(2024, 10, 30, 21, 0), "Tadi sore iko kampanye Kaka Epi di Lapangan Oepoi, rame skali 🔥",
            V("K05", "attend", "kupang-3", "attend_campaign", lg="kpg"))
    x.tweet("ronaldtamelab", wita(2024, 11, 14, 12, 0), "Jam istirahat, makan se'i di Oebobo. Nikmat su! 🍖", N("neg_everyday_asn", lg="kpg"))
    x.tweet("ronaldtamelab", wita(2024, 11, 25, 19, 0), "Masa tenang, beta diam sa. Jang tanya beta pilih sapa 🤐", N("neg_negation", lg="kpg"))
    x.tweet("ronaldtamelab", wita(2024, 11, 27, 14, 0), "Su pulang dari TPS 12, antri sebentar sa. Sekarang tidur siang 😴", N("neg_everyday_asn", lg="kpg"))
    x.tweet("ronaldtamelab", wita(2024, 12, 3, 20, 0), "Selamat untuk pemenang. Kupang harus tetap Kota Kasih 🙏", N("neg_asn_neutral"))
    x.dump_timeline()


# =============================================================================================
# Instagram Graph API
# =============================================================================================
def build_instagram(c):
    g = Ig(c, "instagram/media_kec.medanjohor.json")
    own = "kec.medanjohor"
    g.media(wib(2024, 8, 17, 8, 0), "Lomba panjat pinang HUT RI ke-79 di Kecamatan Medan Johor 🇮🇩", N("neg_everyday_inst"), username=own)
    cm = [g.comment(wib(2024, 10, 9, 11, 25), "Mantap kali Bang Hendra, Medan Johor nomor satu! ☝️", "rosdiana.sitepu",
                    V("M02", "interact", "medan-1", "comment_support", action="comment", lg="mdn", note="a section head comments on her own kecamatan's campaign post")),
          g.comment(wib(2024, 10, 9, 11, 48), "Loh, ini akun resmi kecamatan? Kok isinya promosi calon, kami lapor Bawaslu ya 🤔", "warga.johor", N()),
          g.comment(wib(2024, 10, 9, 12, 5), "Horas, sehat selalu Amang 🙏", "opung.boru.medan", N(lg="btk"))]
    g.media(wib(2024, 10, 9, 11, 0), "Bang Hendra dan Kak Aisyah sapa warga Gedung Johor. Medan HEBAT! ☝️ #MedanHEBAT",
            V("inst:kec_mj", "inst", "medan-1", "institutional_account", action="official_account_use"), username=own, mtype="CAROUSEL_ALBUM", comments=cm)
    g.media(wib(2024, 11, 12, 9, 0), "Pelayanan adminduk tetap buka selama masa kampanye. Pelayanan hebat untuk warga!", N("neg_word_collision", "'hebat' = HEBAT"), username=own)
    g.media(wib(2024, 11, 27, 7, 0), "Hari ini 27 November: warga Medan Johor, datangi TPS masing-masing mulai pukul tujuh pagi, bawa undangan dan KTP-el.", N("neg_neutral_info"), username=own)
    g.dump_media(own)

    g = Ig(c, "instagram/media_kapanewon.ngaglik.json")
    own = "kapanewon.ngaglik"
    g.media(wib(2024, 7, 20, 10, 0), "Sugeng rawuh ing Kapanewon Ngaglik! Pelayanan KTP-el saged dipun-akses kanthi online.", N("neg_everyday_inst", lg="jv"), username=own)
    cm = [g.comment(wib(2024, 9, 14, 10, 30), "Mugi lancar Mas Bayu, kula ndherek nyengkuyung 🙏", "anindya.guru",
                    V("S04", "interact", "sleman-1", "pre_designation", action="comment", lg="jv", note="krama: 'I join in supporting'")),
          g.comment(wib(2024, 9, 14, 10, 52), "Mosok akun resmi kapanewon dinggo promosi calon? Tak screenshot lho 😒", "warga.sardonoharjo", N(lg="jv"))]
    g.media(wib(2024, 9, 14, 10, 0), "Mas Bayu sowan dhateng Kapanewon Ngaglik. Mugi-mugi kasil dados Bupati Sleman 🙏",
            V("inst:kap_ngaglik", "inst", "sleman-1", "institutional_account", action="official_account_use", lg="jv",
              note="before designation (14 Sep), Javanese krama"), username=own, comments=cm)
    g.media(wib(2024, 10, 15, 9, 0), "Bale Kalurahan Sinduharjo sampun rampung direnovasi, siap kangge pelayanan warga 🏛️",
            N("neg_word_collision", "'bale' (hall) = sleman-1's acronym BALE", lg="jv"), username=own)
    g.media(wib(2024, 11, 20, 8, 0), "Panewu Ngaglik ngemutaken: ASN mboten kepareng ndherek kampanye, like, utawi share postingan paslon. Matur nuwun 🙏",
            N("neg_neutrality_reminder", "a prohibition, krama", lg="jv"), username=own)
    g.media(wib(2024, 11, 27, 7, 0), "Coblosan dinten Rebo 27 November. Ampun kesupen mbekta KTP-el lan undangan C6 nggih.", N("neg_neutral_info", lg="jv"), username=own)
    g.dump_media(own)

    g = Ig(c, "instagram/media_bayulestari.sleman.json")
    own = "bayulestari.sleman"
    cm = [g.comment(wib(2024, 9, 23, 19, 20), "Mugi menang Mas Bayu! Puskesmas siap nyengkuyung ☝️", "dr.laraskinanti",
                    V("S06", "interact", "sleman-1", "comment_support", action="comment", lg="jv")),
          g.comment(wib(2024, 9, 23, 19, 35), "Aku melu nomer siji! ☝️", "nurulfitri.ns2",
                    R("identity_uncertain", "an unlisted account resembling the listed handle nurulfitri.ns (a PPPK nurse)", actor="S10", cand="sleman-1", lg="jv")),
          g.comment(wib(2024, 9, 23, 19, 58), "Ayo Mas, dalan Godean ndang didandani 🙏", "pakde.gamping", N(lg="jv"))]
    g.media(wib(2024, 9, 23, 19, 0), "Nomor urut 1! BALE: Bayu–Lestari kangge Sleman Sembada ☝️ #BaleSleman", N("neg_candidate_own", lg="jv"), username=own, comments=cm)
    g.media(wib(2024, 10, 20, 15, 0), "Matur nuwun guru-guru SD ing Ngaglik, utaminipun Bu @anindya.guru ingkang sampun nampi kula 🙏",
            N("neg_candidate_own", lg="jv"), username=own, mentions=[("anindya.guru", A("S04", "tagged", "caption mention of a teacher by the candidate"))])
    cm = [g.comment(wib(2024, 11, 10, 19, 30), "Kula rawuh kalih kanca-kanca RSUD, rame sanget! ☝️", "nurulfitri.ns",
                    V("S10", "attend", "sleman-1", "attend_campaign", action="attend_campaign", action_any=["attend_campaign", "comment", "post"], lg="jv",
                      note="a PPPK nurse says she came to the rally with colleagues")),
          g.comment(wib(2024, 11, 10, 19, 45), "Sing penting rega lombok mudhun 😄", "mbok.jum.mlati", N(lg="jv"))]
    g.media(wib(2024, 11, 10, 19, 0), "Kampanye akbar ing Lapangan Denggung, matur nuwun Sleman! ☝️", N("neg_candidate_own", lg="jv"), username=own, comments=cm)
    g.dump_media(own)

    g = Ig(c, "instagram/business_discovery_rahmiyusra.guru.json")
    g.media(wib(2024, 3, 11, 8, 0), "Marhaban ya Ramadhan. Beu barakah puasa geutanyoe 🙏", N("neg_everyday_asn", lg="ace"))
    g.media(wib(2024, 9, 19, 20, 0), "Insya Allah Ampon Is calon wali kota nyang peduli guru. Lon dukung! 🤲 #BNAGemilang",
            V("A04", "post", "bna-1", "pre_designation", lg="ace", note="a provincial SMA teacher (listed handle), 19 Sep"))
    g.media(wib(2024, 10, 26, 17, 0), "Foto ngon Ampon Is bak Taman Sari, alhamdulillah ☝️😊",
            V("A04", "photo", "bna-1", "photo_with_candidate", lg="ace", note="'a photo with Ampon Is at Taman Sari', one finger (caption only)"))
    g.media(wib(2024, 11, 18, 10, 0), "Pelajaran PKn: pilih pemimpin sesuai hati nurani, nomor 1, 2, atau 3 sama-sama sah. Yang penting jangan golput!", N("neg_civics"))
    g.media(wib(2024, 11, 27, 12, 0), "Ka lon coblos 💜", N("neg_everyday_asn", lg="ace"))
    g.dump_discovery("rahmiyusra.guru", "Rahmi Yusra", "Guru SMA | Banda Aceh | kopi sanger", 1120, "iskandar.nurul")

    g = Ig(c, "instagram/business_discovery_handayani.pkb.json")
    g.media(wib(2023, 11, 4, 10, 0), "Alhamdulillah, nami kula sampun mlebet DCT DPR RI Dapil DIY, nomor urut 5 PKB. Nyuwun pangestu 🙏", N("neg_candidate_own", lg="jv"))
    g.media(wib(2024, 1, 18, 19, 0), "Tut Wuri Handayani: pendidikan kuwi pondasi. Coblos PKB nomor 5, Handayani! 💚", N("neg_candidate_own", lg="jv"))
    g.media(wib(2024, 2, 10, 19, 0), "Matur nuwun Sleman! Kampanye sampun rampung, sesuk masa tenang 🙏", N("neg_candidate_own", lg="jv"))
    g.dump_discovery("handayani.pkb", "Handayani Kusumastuti", "Caleg DPR RI Dapil DIY • PKB nomor 5", 6300, "bayulestari.sleman")

    g = Ig(c, "instagram/media_kel.gamalama.json")
    own = "kel.gamalama"
    g.media(wit(2024, 8, 17, 8, 0), "Dirgahayu RI ke-79 dari Kelurahan Gamalama 🇮🇩", N("neg_everyday_inst"), username=own)
    cm = [g.comment(wit(2024, 10, 19, 10, 40), "Ngoni jang pake akun kelurahan for kampanye e, tara bagus 🙏", "tante.ros.gamalama", N(lg="tte")),
          g.comment(wit(2024, 10, 19, 11, 2), "Bakudapa! ✌️", "om.sahril.tte", N(lg="tte"))]
    g.media(wit(2024, 10, 19, 10, 0), "Om Rustam deng Ibu Fitri singgah di Gamalama, warga sambut deng tarian Soya-Soya. Ternate Bakudapa! ✌️ #RustamFitri",
            V("inst:kel_gamalama", "inst", "ternate-2", "institutional_account", action="official_account_use", lg="tte"), username=own, comments=cm)
    g.media(wit(2024, 11, 5, 9, 0), "Opa-oma Gamalama datang posyandu lansia, tensi diperiksa gratis 👵👴", N("neg_everyday_inst", lg="tte"), username=own)
    g.media(wit(2024, 11, 24, 8, 0), "Masa tenang: Kelurahan Gamalama ajak warga jaga Ternate tetap aman deng damai.", N("neg_neutral_info", lg="tte"), username=own)
    g.dump_media(own)


# =============================================================================================
# TikTok Research API
# =============================================================================================
def build_tiktok(c):
    t = Tt(c, "tiktok/research_video_query_medan_samarinda_kupang_ternate_2024.jsonl")
    v1 = t.video("bu.yohana.sd", wib(2024, 10, 18, 20, 0), "Guru SD Medan Johor kompak dukung Bang Hendra! 📚☝️ #MedanHEBAT",
                 V("M08", "post", "medan-1", "support_post", note="the call to vote is also in the transcript"),
                 voice="guru guru medan johor sudah sepakat kita pilih bang hendra biar sekolah kita makin hebat")
    t.video("parlin.satpol", wib(2024, 10, 21, 8, 0), "Apel pagi, semangat kali! ☝️☝️ #MedanHEBAT",
            V("M11", "gesture", "medan-1", "gesture", lg="mdn", note="Satpol PP officer in uniform, one finger and the pair's hashtag"))
    t.video("riko.htbrt", wib(2024, 11, 15, 19, 0), "Tutorial edit foto pakai HP, gampang kali 📱", N("neg_everyday_asn", lg="mdn"))
    t.video("debora.ns", wib(2024, 10, 27, 20, 0), "Perawat Sumut pilih Pak Rahmat! 💉✌️ #RahmatHotman", V("M15", "post", "sumut-2", "support_post"))
    t.video("debora.ns", wib(2024, 8, 10, 19, 0), "Shift malam di IGD RS Haji, kopi ketiga malam ini 😊✌️", N("neg_gesture_no_context"))
    t.video("windasari.guru", wib(2024, 11, 24, 19, 0), "Adik-adik kelas XII yang sudah 17 tahun, tanggal 27 ke TPS ya! Pilih sesuai hati nurani 🗳️", N("neg_civics"))
    t.video("sman7medan.official", wib(2024, 10, 30, 10, 0), "Kunjungan Bang Parulian ke SMAN 7 Medan, siswa antusias! ☝️ #PANUTAN1",
            V("inst:sman7_mdn", "inst", "sumut-1", "institutional_account", action="official_account_use"))
    t.video("sman7medan.official", wib(2024, 8, 17, 9, 0), "Upacara HUT RI di SMAN 7 Medan 🇮🇩", N("neg_everyday_inst"))
    t.video("kakros.medan", wib(2024, 10, 25, 19, 0), "Medan Berbenah, dimulai dari pasar tradisional! 🤟 #RosBonar", N("neg_candidate_own"))
    t.video("medan.viral.id", wib(2024, 11, 1, 19, 0), "Live dari Jl. Sei Batang Hari: Bang Hendra main catur sama bapak-bapak, ada @parlin.satpol juga nonton ☝️", N(),
            mentions=[("parlin.satpol", A("M11", "tagged", "a citizen's campaign video mentions a Satpol PP officer"))])
    t.video("putriayu.ginting", wib(2024, 9, 18, 19, 0), "Pak Rahmat bakal calon gubernur datang ke sekolah kami! Semoga beliau terpilih ya Allah 🤲 #RahmatHotman",
            V("D04", "post", "sumut-2", "pre_designation", note="a PPPK teacher, 18 Sep"))
    t.video("opung.tiktok", wib(2024, 10, 28, 19, 0), "Dalihan Na Tolu: hula-hula, dongan tubu, boru. Adat Batak tetap nomor satu! 🙏",
            N("neg_number_no_context", "'tolu' (three) in the name of the Batak kinship system", lg="btk"))
    t.video("dimas.guru.sejarah", wib(2024, 11, 21, 19, 0), "Pelajaran sejarah: Pemilu 1955 diikuti puluhan partai. Saiki kowe sing milih, aja golput! 🗳️",
            N("neg_civics", lg="jv"))
    t.new_page()
    t.video("rusdi.pupr.smd", wita(2024, 10, 14, 20, 0), "Bubuhan PU Samarinda, ayuha pilih Abah Syahrial, Samarinda Sehati ☝️",
            V("B05", "post", "smd-1", "support_post", lg="bjn"), voice="ayuha kita baimbai coblos nomor satu abah syahrial")
    t.video("kec.samarindaulu", wita(2024, 10, 22, 16, 0), "Senam bersama Abah Syahrial di halaman kantor camat, warga Samarinda Ulu sehati! ☝️ #SamarindaSehati",
            V("inst:kec_smdulu", "inst", "smd-1", "institutional_account", action="official_account_use"))
    t.video("kec.samarindaulu", wita(2024, 9, 24, 9, 0), "Bubuhan kecamatan umpat meramaikan Erau adat di Tenggarong 🎉", N("neg_everyday_inst", lg="bjn"))
    t.video("hidayatul.guru", at(WITA, 2024, 9, 22, 0, 45), "Kada kawa guring, mamikirakan penetapan KPU. Mudahan Puang Baso ditetapkan, ulun siap bagarak! 🤲",
            V("B09", "post", "smd-2", "pre_designation", lg="bjn",
              note="stage boundary: create_time 16:45Z is 22 Sep 00:45 WITA but 21 Sep 23:45 WIB: before designation"))
    t.video("abahsyahrial", wita(2024, 11, 2, 19, 0), "Beseprah bersama warga Samarinda Seberang, kita sehati! ☝️", N("neg_candidate_own", lg="bjn"))
    t.video("delfina.ns", wita(2024, 10, 19, 19, 0), "Nakes Oepoi dukung Om Godlief! Kupang Bangkit Bersama ✌️ #GodliefImel", V("K06", "post", "kupang-2", "support_post"))
    t.video("delfina.ns", wita(2024, 7, 7, 15, 0), "Jalan-jalan ke Pantai Lasiana deng keluarga, anak-anak bagaya ✌️😄", N("neg_gesture_no_context", lg="kpg"))
    t.video("yunus.pp.kpg", wita(2024, 10, 26, 9, 0), "Apel pagi Satpol PP Kota Kupang 💪☝️ #YusufMaria",
            V("K11", "gesture", "kupang-1", "gesture", note="Satpol PP officer, one finger and candidate 1's hashtag"))
    t.video("yunus.pp.kpg", wita(2024, 11, 9, 17, 0), "Piket malam: botong jaga lalu lintas waktu pertemuan terbatas paslon 3 di Maulafa, samua aman 👮",
            N("neg_official_duty", "securing a campaign event is an official duty", lg="kpg"))
    t.video("epitina.kupang", wita(2024, 11, 3, 19, 0), "Dari rakyat Kupang untuk Kupang! Nomor 3 🤟", N("neg_candidate_own"))
    t.video("nurhalisa.umar", wit(2024, 10, 30, 20, 0), "Guru-guru Soasio bakudukung Om Mail, nomor satu! ☝️ #TernateAndalan",
            V("T08", "post", "ternate-1", "support_post", lg="tte"))
    t.video("bangrustam.tte", wit(2024, 10, 31, 19, 0), "Ternate Bakudapa! Nelayan sejahtera, nomor 2 ✌️", N("neg_candidate_own"))
    t.video("rusdi.umasugi", at(WIT, 2024, 9, 22, 1, 40), "Jam dua kurang, kita masih bangun. Nanti siang KPU tetapkan calon, Bang Rustam pasti masuk, torang siap baku bantu! 💪",
            V("T05", "post", "ternate-2", "pre_designation", lg="tte",
              note="stage boundary: 22 Sep 01:40 WIT is 21 Sep 23:40 WIB (16:40Z): before designation, SKB-E codes"))
    t.video("ade.ternate", wit(2024, 11, 10, 19, 0), "Om Mail so pasti, kita pe pilihan dari dulu ☝️", N(lg="tte"))
    t.video("rusdi.umasugi", wit(2024, 8, 20, 19, 0), "Snorkeling di Sulamadaha, aer jernih skali 🐠", N("neg_everyday_asn", lg="tte"))
    t.dump()
    tt_comments(c, "tiktok/research_video_comments_bu.yohana.sd.json", v1, [
        (wib(2024, 10, 18, 20, 21), "Lho, ini kan ibu guru anak saya 😳 boleh ya ASN begini?", N("neg_withheld_author"), None),
        (wib(2024, 10, 18, 20, 34), "Nomor satu bu! ☝️", N("neg_withheld_author"), None),
        (wib(2024, 10, 18, 20, 58), "ASN harus netral bu, hati-hati", N("neg_withheld_author"), 0),
        (wib(2024, 10, 18, 21, 16), "Laporkan aja ke Bawaslu", N("neg_withheld_author"), 0),
        (wib(2024, 10, 18, 21, 40), "mantap kali bu", N("neg_withheld_author", lg="mdn"), 1),
    ])


# =============================================================================================
# YouTube
# =============================================================================================
def build_youtube(c):
    y = Yt(c, "youtube/commentThreads_debat_pilwalkot_banda_aceh.json", "Bn4dBt7qAc2", YT["kipbna"])
    top = y.comment(wib(2024, 10, 22, 21, 10), "Ampon Is jelas that programnya, lon pileh nomor sa! ☝️", "@fadhlibna", YT["A03"],
                    V("A03", "interact", "bna-1", "comment_support", action="comment", lg="ace", note="the listed YouTube channel of a Diskominfo officer"))
    y.thread(top, [y.comment(wib(2024, 10, 22, 21, 24), "Nyan pendapat droeneuh, bek neupaksa kamoe 😂", "@cutbang.lampulo", YT["c1"], N(lg="ace"), parent=top)])
    top = y.comment(wib(2024, 10, 22, 21, 15), "Debat malam nyoe get that, bandum paslon na gagasan. Beu aman Pilkada geutanyoe 🤲", "@rosnani.kua", YT["A11"],
                    N("neg_asn_neutral", lg="ace"))
    y.thread(top)
    top = y.comment(wib(2024, 10, 22, 21, 31), "Abu Zul mantap jawabannya soal banjir rob. Nomor dua! ✌️", "@safrizal.pupr", YT["A10"],
                    V("A10", "interact", "bna-2", "comment_support", action="comment"))
    y.thread(top)
    top = y.comment(wib(2024, 10, 22, 21, 40), "Ampon Is paling siap, Kuta Alam dukung!", "@Teuku Mukhlis", YT["c2"],
                    R("identity_uncertain", "display name of the Camat of Kuta Alam, whose listed accounts are WhatsApp and Facebook", actor="A01", cand="bna-1"))
    y.thread(top)
    top = y.comment(wib(2024, 10, 22, 21, 52), "Bang Wa jalur perseorangan paling jujur, nomor lhee!", "@aneuk.gampong", YT["c3"], N(lg="ace"))
    y.thread(top)
    top = y.comment(wib(2024, 10, 22, 22, 5), "Semoga siapa pun yang menang, Banda Aceh aman dan damai 🤲", "@nyakmah", YT["c4"], N())
    y.thread(top)
    y.dump()

    y = Yt(c, "youtube/commentThreads_samarinda_tv_festival_pesut.json", "Sm8tVfP3sut", YT["kominfosmd"])
    top = y.comment(wita(2024, 10, 27, 20, 0), "Festival Pesut Mahakam rami banar, bungas lampunya 😍", "@bubuhan.seberang", YT["c5"], N(lg="bjn"))
    y.thread(top, [y.comment(wita(2024, 10, 27, 20, 25), "Terima kasih! Samarinda makin sehati bersama Abah Syahrial ☝️", "@samarindatv", YT["kominfosmd"],
                             V("inst:kominfo_smd_yt", "inst", "smd-1", "institutional_account", action="official_account_use",
                               note="the city's official channel endorses candidate 1 while answering a viewer"), parent=top)])
    top = y.comment(wita(2024, 10, 27, 20, 10), "Terima kasih sudah menonton, nantikan siaran Samarinda TV berikutnya 🙏", "@dayang.rika", YT["B06"], N("neg_official_duty"))
    y.thread(top)
    top = y.comment(wita(2024, 10, 27, 20, 40), "Kenapa kah ada calon walikota naik panggung di festival pemkot? 🤔", "@acil.imah.smd", YT["c6"], N(lg="bjn"))
    y.thread(top)
    top = y.comment(wita(2024, 10, 27, 21, 0), "Puang Baso nomor 2, Samarinda berdaya ✌️", "@andirusmi.lovers", YT["c7"], N())
    y.thread(top)
    y.dump()

    y = Yt(c, "youtube/commentThreads_kampanye_yusuf_maria_oebobo.json", "Kp6YsMr2Oeb", YT["yusuf"])
    top = y.comment(wita(2024, 11, 6, 20, 10), "Om Yusuf, air di Oebobo su lima taun sonde jalan. Jang tipu botong lai!", "@ferdinandusdae", YT["K09"],
                    V("K09", "negative", "kupang-1", "negative_campaign", action="comment", lg="kpg", note="under the candidate's own campaign video"))
    y.thread(top, [y.comment(wita(2024, 11, 6, 20, 35), "Terima kasih masukannya Kaka, air jadi prioritas kami 🙏", "@yusufmaria", YT["yusuf"],
                             N("neg_candidate_own"), parent=top)])
    top = y.comment(wita(2024, 11, 6, 20, 20), "Om Yusuf nomor satu, beta pung pilihan ☝️", "@elisabeth.ndun", YT["c8"],
                    R("identity_uncertain", "display name of a listed teacher whose accounts are on X and WhatsApp; this channel is not listed", actor="K04", cand="kupang-1", lg="kpg"))
    y.thread(top)
    top = y.comment(wita(2024, 11, 6, 20, 50), "Tuhan berkati Om Yusuf, sehat-sehat e 🙏", "@tanta.mince", YT["c9"], N(lg="kpg"))
    y.thread(top)
    top = y.comment(wita(2024, 11, 6, 21, 5), "Kampanye rame, tapi jalan ke Alak masih rusak 😅", "@nyong.alak", YT["c10"], N())
    y.thread(top)
    top = y.comment(wita(2024, 11, 6, 21, 30), "Om, jang lupa pasar Oeba e", "@mama.oebufu", YT["c11"], N(lg="kpg"))
    y.thread(top)
    y.dump()


# =============================================================================================
# Telegram
# =============================================================================================
TEAM_ANY = ["instruct_others", "follow_or_join", "other"]


def build_telegram(c):
    # ---- 1. account export of a PPPK officer of Kapanewon Ngaglik, Sleman (WIB) --------------
    rel = "telegram/DataExport_2024-11-29/result.json"
    PANEWU, WAHYU, BAMBANG, RINA, TONO, NANIK, MBAH, ME = ("Pak Panewu Sugeng", "Bu Wahyu Kesra", "Pak Bambang Trantib", "Mbak Rina Kundha",
                                                           "Mas Tono Relawan", "Bu Nanik Kalurahan", "Simbah Kakung", "Galih Prasetyo")
    contacts = [tg_contact("Pak Panewu", "Sugeng", tg_phone(c.acct("S01", "telegram")), wib(2022, 7, 1, 8, 0)),
                tg_contact("Bu Wahyu", "Kesra", tg_phone(c.acct("S02", "telegram")), wib(2022, 11, 1, 8, 0)),
                tg_contact("Pak Bambang", "Trantib", tg_phone(c.acct("S05", "telegram")), wib(2022, 11, 1, 8, 4)),
                tg_contact("Mbak Rina", "Kundha", tg_phone(c.acct("S12", "telegram")), wib(2023, 4, 4, 10, 0)),
                tg_contact("Mas Tono", "Relawan", "+62 813 2900 4411", wib(2024, 9, 3, 19, 0)),
                tg_contact("Bu Nanik", "Kalurahan", "+62 878 3900 5522", wib(2021, 2, 2, 9, 0)),
                tg_contact("Simbah", "Kakung", "+62 812 2700 6633", wib(2019, 1, 1, 12, 0))]
    me = {"user_id": 5660047711, "first_name": "Galih", "last_name": "Prasetyo", "phone_number": tg_phone(c.acct("S03", "telegram")),
          "username": "@galih_ngaglik", "bio": "Kapanewon Ngaglik | IT"}
    g = Tg(c, rel, "Sedulur BALE Ngaglik", "private_supergroup", 1977701122, WIB)
    g.service(1, wib(2024, 9, 3, 19, 30, 5), PANEWU, "create_group", [
        V("S01", "team", "sleman-1", "instruct_staff", action="instruct_others", by_actor=True, action_any=TEAM_ANY,
          note="the Panewu creates the bakal calon's volunteers' group with three of his staff as its first members (3 Sep)"),
        A("S02", "added_to_group"), A("S03", "added_to_group", "the exporter"), A("S05", "added_to_group")],
        title="Sedulur BALE Ngaglik", members=[WAHYU, ME, BAMBANG])
    g.service(2, wib(2024, 9, 3, 19, 34, 10), PANEWU, "invite_members", [N(lg="sys")], members=[TONO])
    g.msg(3, wib(2024, 9, 6, 8, 10, 0), PANEWU, "Sedulur, Mas Bayu badhe sowan ing Kalurahan Sardonoharjo dinten Setu. Staf ingkang mboten piket, nyuwun tulung ndherek nyambut 🙏",
          V("S01", "instruct", "sleman-1", "instruct_staff", in_group=True, add_codes=["SKB-E6"], lg="jv",
            note="krama: asks the staff who are off duty to welcome the bakal calon"))
    g.msg(4, wib(2024, 9, 6, 8, 25, 30), WAHYU, "Nggih Pak, kula siap.",
          R("intent_uncertain", "acknowledges her superior's instruction inside the volunteers' group: willingness to campaign or deference to the Panewu?",
            actor="S02", cand="sleman-1", lg="jv"), reply_to_message_id=3)
    g.msg(5, wib(2024, 9, 6, 8, 40, 12), ME, "Ngapunten Pak, kula PPPK taksih kontrak, kula mboten wantun tumut kegiatan punika 🙏", N("neg_asn_neutral", "the exporter declines", lg="jv"))
    g.msg(6, wib(2024, 9, 16, 20, 5, 0), BAMBANG, "Spanduk Mas Bayu sampun kula pasang ing prapatan Jakal km 10, gagah! 💪",
          V("S05", "post", "sleman-1", "exposed_then_engaged", in_group=True, add_codes=["SKB-E1"], action_any=["post", "share", "other"], lg="jv",
            note="put in the group by his superior, he reports putting up the bakal calon's banner (props: SKB-E1)"), photo=True)
    g.service(7, wib(2024, 9, 25, 19, 0, 40), RINA, "join_group_by_link", [
        V("S12", "interact", "sleman-1", "join_group", action="follow_or_join", by_actor=True, note="a provincial culture officer joins by link")], inviter=TONO)
    g.msg(8, wib(2024, 10, 5, 19, 20, 40), PANEWU, ["Sesuk Minggu kampanye akbar ing Lapangan Denggung. Sedaya staf kapanewon rawuh nggih, ngagem kaos putih. ", ("hashtag", "#BaleSleman")],
          V("S01", "instruct", "sleman-1", "instruct_staff", in_group=True, add_codes=["SKB-D4"], lg="jv"))
    g.msg(9, wib(2024, 10, 6, 15, 10, 0), WAHYU, "Kula sampun dugi Denggung, kaos putih sedaya, regeng! ☝️", V("S02", "attend", "sleman-1", "attend_campaign", in_group=True, lg="jv"), photo=True)
    g.msg(10, wib(2024, 10, 6, 15, 30, 0), TONO, "Mantap, matur nuwun sedulur kapanewon 🙏", N(lg="jv"))
    g.msg(11, wib(2024, 10, 12, 21, 0, 15), RINA, ["Sleman Sembada Makin Sejahtera: beasiswa kangge seniman enom ☝️ ", ("hashtag", "#BaleSleman")],
          V("S12", "post", "sleman-1", "share", action="share", in_group=True, action_any=["share", "post"], lg="jv", note="forwards the candidate's message"),
          forwarded_from="Bayu Aji Nugroho")
    g.msg(12, wib(2024, 11, 24, 7, 0, 0), TONO, "Wiwit dinten menika masa tenang, grup dipun sepi-aken rumiyin nggih 🙏", N(lg="jv"))
    g.msg(13, wib(2024, 11, 26, 20, 15, 0), PANEWU, "Emben tanggal 27 ampun kesupen nyoblos, bekta KTP-el.",
          N("neg_neutral_info", "a civic reminder in the campaign group naming no candidate", lg="jv"))
    s = Tg(c, rel, "Staf Kapanewon Ngaglik", "private_group", 1977701133, WIB)
    s.msg(101, wib(2024, 10, 1, 7, 30, 0), PANEWU, "Rapat koordinasi pelayanan dinten Senin jam 08.00, mangga sedaya rawuh.", N("neg_everyday_asn", lg="jv"))
    s.msg(102, wib(2024, 10, 1, 7, 45, 0), WAHYU, "Pengumuman saking BKPSDM: ASN dilarang like, komen, share konten paslon. Mangga dipun gatosaken.", N("neg_neutrality_reminder", lg="jv"))
    s.msg(103, wib(2024, 10, 1, 8, 0, 0), PANEWU, "Leres. Nanging nggih, sing penting milih sing wis kenal Ngaglik, ora sing lagi teka pas arep coblosan 😉",
          R("insinuation", "the Panewu hints against a newcomer pair without naming it, in his staff group", actor="S01", cand="sleman-1", lg="jv"), reply_to_message_id=102)
    s.msg(104, wib(2024, 10, 2, 10, 0, 0), BAMBANG, "Laporan patroli pasar Rejodani aman, Pak.", N("neg_everyday_asn"))
    s.msg(105, wib(2024, 11, 28, 9, 0, 0), ME, "Pak, kula dipun timbali Panwaslu Kapanewon kangge klarifikasi, kula badhe matur apa wontenipun.", N("neg_asn_neutral", lg="jv"))
    tg_account_export(c, rel, me, contacts, [g, s])

    # ---- 2. public channel of Diskominfo Sleman (WIB) -----------------------------------------
    rel = "telegram/ChatExport_2024-12-02/result.json"
    ch = Tg(c, rel, "Diskominfo Sleman", "public_channel", 1788990011, WIB)
    KS = "Diskominfo Sleman"
    ch.msg(601, wib(2024, 9, 2, 8, 0), KS, "Pendaftaran bakal calon Bupati Sleman di KPU Sleman ditutup 29 Agustus: dua pasangan mendaftar.", N("neg_news"))
    ch.msg(612, wib(2024, 10, 7, 9, 0), KS, ["Debat publik Pilkada Sleman: 16 Oktober dan 6 November. Paslon 1 Bayu–Lestari, Paslon 2 Wisnu–Endah. ", ("hashtag", "#PilkadaDamai")],
           N("neg_even_mention"))
    ch.msg(625, wib(2024, 10, 18, 19, 0), KS, ["Den Wisnu: Sleman Guyub Rukun, UMKM munggah kelas! ✌️ ", ("hashtag", "#WisnuEndah")],
           V("inst:kominfo_slm_tg", "inst", "sleman-2", "institutional_account", action="official_account_use", note="a forwarded campaign message on the agency's channel"),
           forwarded_from="Wisnu Endah Official")
    ch.msg(633, wib(2024, 11, 2, 7, 0), KS, "Warga Sleman guyub rukun resik-resik Kali Code bareng TNI-Polri 🌿", N("neg_word_collision", "'guyub rukun' = sleman-2's slogan", lg="jv"))
    ch.msg(640, wib(2024, 11, 22, 16, 0), KS, "Masa tenang 24–26 November: ASN Pemkab Sleman dilarang mengunggah konten paslon. Laporkan pelanggaran ke Bawaslu Sleman.",
           N("neg_neutrality_reminder"))
    ch.msg(651, wib(2024, 11, 27, 6, 0), KS, "Dinten menika coblosan Bupati Sleman. Mangga tindak dhateng TPS, sampun ngantos golput 🗳️", N("neg_neutral_info", lg="jv"))
    ch.msg(660, wib(2024, 11, 29, 10, 0), KS, "KPU Sleman mulai rekapitulasi suara tingkat kabupaten hari ini di Gedung Serbaguna.", N("neg_election_body"))
    c.write_json(rel, ch.obj(), Tg.FMT)

    # ---- 3. account export of a PPPK clerk of Kelurahan Kalumpang, Ternate (WIT) --------------
    rel = "telegram/DataExport_2024-12-01/result.json"
    LURAH, SUMARNI, IRWAN, JUL, MAMA, UDE, ME = ("Om Lurah Kadir", "Ibu Sumarni Kelurahan", "Irwan Satpol", "Bang Jul Relawan", "Mama Faisal",
                                                 "Om Ude Marsaoly", "Faisal Marsaoly")
    contacts = [tg_contact("Om Lurah", "Kadir", tg_phone(c.acct("T01", "telegram")), wit(2023, 1, 3, 8, 0)),
                tg_contact("Ibu Sumarni", "Kelurahan", tg_phone(c.acct("T02", "telegram")), wit(2023, 1, 3, 8, 2)),
                tg_contact("Irwan", "Satpol", tg_phone(c.acct("T09", "telegram")), wit(2022, 5, 5, 10, 0)),
                tg_contact("Bang Jul", "Relawan", "+62 813 4100 8822", wit(2024, 9, 10, 19, 0)),
                tg_contact("Mama", "Faisal", "+62 821 9100 1133", wit(2015, 6, 1, 12, 0)),
                tg_contact("Om Ude", "Marsaoly", "+62 852 4100 2244", wit(2018, 12, 24, 18, 0))]
    me = {"user_id": 5770058822, "first_name": "Faisal", "last_name": "Marsaoly", "phone_number": tg_phone(c.acct("T03", "telegram")),
          "username": "@faisal_kalumpang", "bio": "Kelurahan Kalumpang"}
    g = Tg(c, rel, "Barisan Om Mail Kalumpang", "private_supergroup", 1988802233, WIT)
    g.service(1, wit(2024, 9, 10, 20, 0, 7), JUL, "create_group", [N(lg="sys"), A("T01", "added_to_group", "a volunteer creates the group with the Lurah in it")],
              title="Barisan Om Mail Kalumpang", members=[LURAH])
    g.service(2, wit(2024, 9, 10, 20, 5, 33), LURAH, "invite_members", [
        V("T01", "team", "ternate-1", "instruct_staff", action="instruct_others", by_actor=True, action_any=TEAM_ANY,
          note="the Lurah adds two of his staff to the bakal calon's group"),
        A("T02", "added_to_group"), A("T03", "added_to_group", "the exporter; he stays silent")], members=[SUMARNI, ME])
    g.msg(3, at(WIT, 2024, 9, 22, 1, 5, 12), LURAH, "Ngoni staf kelurahan, nanti siang KPU tetapkan calon. Abis itu torang samua turun bantu Om Mail e 💪",
          V("T01", "instruct", "ternate-1", "instruct_staff", in_group=True, lg="tte",
            note="stage boundary: date 2024-09-22T01:05 WIT is 21 Sep 23:05 WIB (see date_unixtime): before designation, E codes with the instruction codes"))
    g.msg(4, wit(2024, 9, 22, 7, 40, 0), SUMARNI, "Kita lia dulu e Om, ada anak sakit.", N("neg_everyday_asn", "an evasive reply in the group", lg="tte"), reply_to_message_id=3)
    g.service(5, wit(2024, 10, 1, 20, 0, 20), IRWAN, "join_group_by_link", [
        V("T09", "interact", "ternate-1", "join_group", action="follow_or_join", by_actor=True, note="a Satpol PP officer joins by link")], inviter=JUL)
    g.msg(6, wit(2024, 10, 12, 19, 25, 0), LURAH, "Hari Minggu Om Mail kampanye di Lapangan Salero. Staf kelurahan datang samua, baju kuning, kita absen.",
          V("T01", "instruct", "ternate-1", "instruct_staff", in_group=True, add_codes=["SKB-D4"], lg="tte"))
    g.msg(7, wit(2024, 10, 13, 16, 45, 10), IRWAN, "Kita so sampe Salero, orang banyak skali sampe tara dapa parkir ☝️", V("T09", "attend", "ternate-1", "attend_campaign", in_group=True, lg="tte"), photo=True)
    g.msg(8, wit(2024, 10, 13, 17, 0, 0), JUL, "Baliho Om Mail di Jalan Pahlawan Revolusi so naik 🔥", N(lg="tte"))
    g.msg(9, wit(2024, 11, 24, 8, 0, 0), JUL, "Mulai hari ini tiga hari tenang. Grup ini torang diam dulu, baliho biar saja", N(lg="tte"))
    k = Tg(c, rel, "Keluarga Marsaoly", "private_group", 1988802244, WIT)
    k.msg(301, wit(2024, 11, 20, 19, 0, 0), ME, "Mama, tanggal 27 kita antar ke TPS e. Pilih sesuai hati mama saja, kita ASN tara boleh arahkan 🙏",
          N("neg_asn_neutral", lg="tte"))
    k.msg(302, wit(2024, 11, 20, 19, 5, 0), MAMA, "Iyo nak, mama so tua, mama pilih yang mama suka 😄", N(lg="tte"))
    k.msg(303, wit(2024, 11, 20, 19, 20, 0), UDE, "Ngoni pilih Ibu Nurhayati pe paslon e, dia torang pe kaluarga jauh ☝️", N(lg="tte"))
    tg_account_export(c, rel, me, contacts, [g, k])


# =============================================================================================
# WhatsApp
# =============================================================================================
NOTICE_ID = "Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya. Ketuk untuk info selengkapnya."
NOTICE_EN = "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more."


def build_whatsapp(c):
    ph = lambda k: wa_phone(c.acct(k, "whatsapp"))  # noqa: E731
    SYS = N("neg_media_only", lg="sys")

    G = "Relawan HEBAT Medan Johor"
    KOR = "Bang Poltak Korlap"
    wa_file(c, f"whatsapp/Chat WhatsApp dengan {G}.txt", "android_id", "whatsapp_android_id", [
        (wib(2024, 8, 30, 20, 0), None, NOTICE_ID, [SYS]),
        (wib(2024, 8, 30, 20, 2), None, f'{ph("M01")} membuat grup "{G}"', [
            V("M01", "team", "medan-1", "instruct_staff", action="instruct_others", action_any=TEAM_ANY, lg="sys",
              note="the Camat himself creates the bakal calon's volunteers' group")]),
        (wib(2024, 8, 30, 20, 5), None, f"{ph('M01')} menambahkan {KOR}", [N(lg="sys")]),
        (wib(2024, 8, 30, 20, 9), None, f"{ph('M01')} menambahkan {ph('M18')}", [
            V("M01", "team", "medan-1", "instruct_staff", action="instruct_others", action_any=TEAM_ANY, lg="sys", note="adds his trantib section head"),
            A("M18", "added_to_group", lg="sys")]),
        (wib(2024, 8, 30, 20, 15), ph("M01"), "Bang Poltak, tolong atur jadwal Bang Hendra ke kelurahan-kelurahan ya. Kawan-kawan kantor nanti kubantu dari belakang 😉",
         [V("M01", "instruct", "medan-1", "instruct_staff", in_group=True, note="the Camat offers his office staff as backing for the bakal calon's tour")]),
        (wib(2024, 8, 31, 7, 12), ph("M18"), "Siap Pak Camat! Trantib siap kawal Bang Hendra 💪",
         [V("M18", "interact", "medan-1", "exposed_then_engaged", action="comment", in_group=True, action_any=["comment", "post"],
            note="added by his superior, he pledges support (31 Aug, before designation)")]),
        (wib(2024, 8, 31, 7, 30), KOR, "Mantap Pak, posko di Jl. Karya Wisata sudah siap", [N()]),
        (wib(2024, 9, 2, 19, 40), None, f"{ph('M18')} menambahkan {ph('M02')} dan {ph('M04')}", [
            V("M18", "team", "medan-1", "instruct_staff", action="instruct_others", action_any=TEAM_ANY, lg="sys", note="the section head in turn adds two colleagues"),
            A("M02", "added_to_group", lg="sys"), A("M04", "added_to_group", lg="sys")]),
        (wib(2024, 9, 2, 19, 51), None, f"{ph('M04')} keluar", [N("neg_leave_group", lg="sys")]),
        (wib(2024, 9, 5, 21, 5), ph("M02"), "<Media tidak disertakan>", [SYS]),
        (wib(2024, 9, 5, 21, 6), ph("M02"), "Ini desain stiker Bang Hendra, kak, bang. Cetak 500 ya, nanti awak ambil di kantor camat",
         [V("M02", "post", "medan-1", "exposed_then_engaged", in_group=True, add_codes=["SKB-E1", "PP94-N4"], action_any=["post", "share", "other", "state_facility_use"],
            lg="mdn", note="added by a colleague, she circulates the bakal calon's stickers to be collected at the kecamatan office (props, state facility)")]),
        (wib(2024, 9, 20, 20, 33), "Bang Jhon Kecamatan", "Awak dari kantor camat juga, siap bantu sebar stiker ☝️",
         [R("identity_uncertain", "a saved name claiming to work at the kecamatan; no number, nobody in the registry matches", cand="medan-1", lg="mdn")]),
        (wib(2024, 9, 23, 16, 20), KOR, "NOMOR 1! ☝️☝️ Medan HEBAT", [N()]),
        (wib(2024, 9, 23, 16, 37), ph("M18"), "Satu hati, satu nomor! ☝️", [V("M18", "interact", "medan-1", "comment_support", action="comment", in_group=True)]),
        (wib(2024, 10, 19, 18, 10), ph("M01"), "<Media tidak disertakan>", [N("neg_media_only", "a voice note", lg="sys")]),
        (wib(2024, 10, 19, 18, 12), ph("M01"), "Sesuai VN, Sabtu kampanye akbar di Lapangan Merdeka. Kawan-kawan kecamatan yang nggak datang, awak catat ya.",
         [V("M01", "instruct", "medan-1", "instruct_staff", in_group=True, add_codes=["SKB-D4"], lg="mdn", note="pressure on staff to attend the rally")]),
        (wib(2024, 10, 26, 15, 44), ph("M18"), "Awak di tribun Lapangan Merdeka ini, lautan kaos oranye! ☝️", [V("M18", "attend", "medan-1", "attend_campaign", in_group=True, lg="mdn")]),
        (wib(2024, 11, 24, 6, 50), KOR, "Mulai besok tiga hari tenang, kawan. Kaos dan stiker simpan dulu, tanggal 27 kita ketemu di TPS!", [N()]),
        (wib(2024, 11, 29, 10, 5), KOR, "Pesan ini telah dihapus", [SYS]),
    ])

    wa_file(c, "whatsapp/Chat WhatsApp dengan Keluarga Besar Nyak Ramlah.txt", "android_id4", "whatsapp_android_id", [
        (wib(2024, 10, 1, 19, 0), None, NOTICE_ID, [SYS]),
        (wib(2024, 10, 12, 20, 10), ph("A07"), "Assalamualaikum bandum. Tanggal 27 jak tapileh Ampon Is beh, gopnyan ureueng get, peduli keu bidan ngon guru 🤲☝️",
         [V("A07", "post", "bna-1", "support_post", add_codes=["SKB-D8", "PP94-N6"], lg="ace",
            note="a midwife appeals to her family group to vote for pair 1 ('on the 27th let's choose Ampon Is, he is a good man')")]),
        (wib(2024, 10, 12, 20, 22), "Cut Nyak Ramlah", "Insya Allah aneuk, mak pileh nyang jroh", [N(lg="ace")]),
        (wib(2024, 10, 12, 20, 31), "Bang Ridwan", "Lon hana urusan politik, nyang penting harga pineung ek 😂", [N(lg="ace")]),
        (wib(2024, 10, 12, 21, 3), ph("A09"), "Bek neupaksa keluarga, pilihan nyan rahsia. Lon ASN cit, hana jeut peugah pilihan 🙏",
         [N("neg_negation", "a head teacher declines in the family group", lg="ace")]),
        (wib(2024, 10, 20, 9, 15), ph("A07"), "<Media tidak disertakan>", [SYS]),
        (wib(2024, 10, 20, 9, 16), ph("A07"), "Foto ngon Ampon Is watee gopnyan jak u gampong 😊☝️",
         [V("A07", "photo", "bna-1", "photo_with_candidate", lg="ace", note="'a photo with Ampon Is when he came to the village', shared in the family group")]),
        (wib(2024, 11, 2, 19, 45), "Adek Syifa", "Kak, kamoe di Lampineung pileh nomor lhee, jalur independen 😁", [N(lg="ace")]),
        (wib(2024, 11, 10, 18, 0), ph("A07"), "Mak, peu na neutem eungkot keumamah? Lon woe u rumoh singoh 😊", [N("neg_everyday_asn", lg="ace")]),
        (wib(2024, 11, 25, 7, 30), ph("A09"), "Masa tenang, bek le tapeugah politik di grup keluarga. Meuah lon 🙏", [N("neg_asn_neutral", lg="ace")]),
        (wib(2024, 11, 27, 14, 0), "Cut Nyak Ramlah", "Mak ka lheuh u TPS, ka aman bandum 😊", [N(lg="ace")]),
        (wib(2024, 12, 1, 10, 0), ph("A07"), "Aneuk lon ka lulus tes PPPK bidan, alhamdulillah 🤲", [N("neg_everyday_asn", lg="ace")]),
    ])

    wa_file(c, "whatsapp/Chat WhatsApp dengan Kepala Puskesmas se-Deli Serdang.txt", "android_id", "whatsapp_android_id", [
        (wib(2024, 10, 7, 8, 30), ph("D06"), "<Media tidak disertakan>", [N("neg_media_only", "a spreadsheet", lg="sys")]),
        (wib(2024, 10, 7, 8, 32), ph("D06"), "Bapak Ibu Kapus, mohon data nakes yang sudah siap mendukung Pak Rahmat diisi di lampiran, paling lambat Kamis ✌️",
         [V("D06", "instruct", "sumut-2", "instruct_staff", note="the health office's secretary has puskesmas heads list the health workers backing pair 2 (mobilising ASN)")]),
        (wib(2024, 10, 7, 8, 50), ph("D10"), "Izin Pak Sekdis, pendataan seperti ini rawan pelanggaran netralitas. Kami tidak ikut mengisi 🙏", [N("neg_neutrality_reminder")]),
        (wib(2024, 10, 9, 14, 2), ph("D05"), "Data Puskesmas Lubuk Pakam sudah saya kirim japri Pak, 37 nakes.",
         [V("D05", "instruct", "sumut-2", "instruct_staff", action="other", action_any=["other", "instruct_others", "post"],
            note="a puskesmas head carries out the partisan census of his staff (PP94-N3)")]),
        (wib(2024, 10, 9, 14, 26), ph("D06"), "Mantap Dok, Lubuk Pakam paling kompak ✌️", [V("D06", "instruct", "sumut-2", "instruct_staff")]),
        (wib(2024, 10, 9, 16, 41), ph("D11"), "Percut Sei Tuan menyusul ya Pak, sebagian nakes masih ragu.",
         [R("intent_uncertain", "a puskesmas head says her list will follow while her staff hesitate; nothing has been sent", actor="D11", cand="sumut-2")]),
        (wib(2024, 10, 14, 7, 30), ph("D06"), "Rapat evaluasi program stunting dimajukan ke Senin, tempat di aula dinas.", [N("neg_everyday_asn")]),
        (wib(2024, 10, 21, 8, 0), ph("D06"), "Laporan kasus DBD minggu ini mohon dikirim sebelum Jumat, Bapak Ibu.", [N("neg_everyday_asn")]),
        (wib(2024, 11, 27, 6, 5), ph("D10"), "Selamat mencoblos Bapak Ibu, tetap netral 🙏", [N("neg_asn_neutral")]),
    ])

    wa_file(c, "whatsapp/WhatsApp Chat with Alumni SMAN 1 Kupang 2006.txt", "android_us", "whatsapp_android_en", [
        (wita(2023, 11, 20, 20, 0), None, NOTICE_EN, [SYS]),
        (wita(2023, 12, 5, 19, 30), ph("K04"), "Kaka-kaka, beta kirim visi misi Pak Ganjar deng Prof Mahfud e. Nomor 3 sonde rugi, sat set! 🤟",
         [V("K04", "post", "pres-3", "ballot_number_call", lg="kpg", note="a provincial SMA teacher urges her alumni group")]),
        (wita(2023, 12, 5, 19, 46), "Jemmy Bengkel Oesapa", "Beta sonde urus politik, kapan reuni jadi? Beta su beli tiket pulang 😂", [N(lg="kpg")]),
        (wita(2023, 12, 5, 20, 2), ph("K08"), "Kaka, beta ASN jadi beta sonde bisa iko bahas capres di sini e. Maaf 🙏", [N("neg_negation", lg="kpg")]),
        (wita(2023, 12, 5, 20, 17), "Nona Santi Naikoten", "Beta 02 sa, biar lanjut 😁", [N(lg="kpg")]),
        (wita(2024, 1, 10, 12, 40), "Om Yos Kayu Putih", "Bosong ni grup alumni ko grup kampanye? 😅", [N(lg="kpg")]),
        (wita(2024, 1, 21, 8, 0), ph("K04"), "<Media omitted>", [SYS]),
        (wita(2024, 1, 21, 8, 3), ph("K04"), "Foto di Lasiana deng anak-anak, bagaya tiga jari biar gaya 😄🤟",
         [R("intent_uncertain", "three fingers in a beach photo during the campaign, by a teacher who urged 03 in the same group; she calls it a pose",
            actor="K04", cand="pres-3", lg="kpg")]),
        (wita(2024, 2, 3, 21, 10), "Jemmy Bengkel Oesapa", "https://kupangkini.example.id/2024/02/03/relawan-padati-gor-oepoi Oepoi macet total, relawan 03 pawai keliling kota", [N("neg_news")]),
        (wita(2024, 2, 12, 7, 15), ph("K04"), "Oke kaka-kaka, capres-capres stop dulu e. Sapa yang su bayar iuran reuni? 😁", [N("neg_asn_neutral", lg="kpg")]),
        (wita(2024, 2, 14, 13, 30), ph("K08"), "Beta su pulang dari TPS, kuku ungu, lanjut masak jagung bose 💜", [N("neg_everyday_asn", lg="kpg")]),
    ])

    G = "Relawan Bakudapa Ternate Selatan"
    VR = "Ko Ical Relawan"
    wa_file(c, f"whatsapp/WhatsApp Chat with {G}.txt", "android_gb", "whatsapp_android_en", [
        (wit(2024, 9, 1, 19, 0), None, NOTICE_EN, [SYS]),
        (wit(2024, 9, 1, 19, 1), None, f'{VR} created group "{G}"', [N(lg="sys")]),
        (wit(2024, 9, 1, 19, 4), None, f"{VR} added {ph('T10')}", [A("T10", "added_to_group", "a religious counsellor is added by a volunteer", lg="sys")]),
        (wit(2024, 9, 1, 19, 20), VR, "Torang samua baku dukung Bang Rustam deng Ibu Fitri e! 💪", [N(lg="tte")]),
        (wit(2024, 9, 3, 8, 15), None, f"{ph('T10')} left", [N("neg_leave_group", lg="sys")]),
        (wit(2024, 9, 12, 20, 0), None, f"{VR} added {ph('T05')}", [A("T05", "added_to_group", lg="sys")]),
        (wit(2024, 9, 12, 20, 31), ph("T05"), "Makasih Bang, kita siap bantu dari belakang e 🤫",
         [V("T05", "interact", "ternate-2", "exposed_then_engaged", action="comment", in_group=True, action_any=["comment", "post"], lg="tte",
            note="added by a volunteer, he pledges quiet help (12 Sep, before designation)")]),
        (wit(2024, 10, 5, 17, 7), ph("T05"), "<Media omitted>", [SYS]),
        (wit(2024, 10, 5, 17, 9), ph("T05"), "Desain baliho Bang Rustam so jadi, kita bekeng di kantor malam-malam 😅 Nomor 2!",
         [V("T05", "post", "ternate-2", "support_post", in_group=True, add_codes=["PP94-N4"], lg="tte", note="designs the pair's banner at his office at night (state facility)")]),
        (wit(2024, 10, 5, 17, 30), "Ci Mina Bastiong", "Mantap Om, ngana jago!", [N(lg="tte")]),
        (wit(2024, 10, 27, 18, 45), None, f"{VR} added {ph('T02')}", [A("T02", "added_to_group", lg="sys")]),
        (wit(2024, 10, 27, 19, 14), ph("T02"), "Maaf Bang, kita ASN, tara bisa iko grup bagini. Kita kaluar e 🙏", [N("neg_negation", lg="tte")]),
        (wit(2024, 10, 27, 19, 16), None, f"{ph('T02')} left", [N("neg_leave_group", lg="sys")]),
        (wit(2024, 11, 24, 8, 10), VR, "Ngoni, so masuk hari tenang. Stiker deng video jang dikirim-kirim dulu e", [N(lg="tte")]),
    ])

    G = "Warga Perum Griya Sardonoharjo"
    wa_file(c, f"whatsapp/WhatsApp Chat - {G}/_chat.txt", "ios_id", "whatsapp_ios_id", [
        (wib(2024, 9, 30, 19, 0, 0), None, NOTICE_ID, [SYS]),
        (wib(2024, 10, 13, 19, 20, 5), ph("S08"), "Bapak Ibu warga, mbok ya milih Mas Bayu, nomer siji. Dalan perum mesthi didandani ☝️",
         [V("S08", "post", "sleman-1", "ballot_number_call", add_codes=["SKB-D8", "PP94-N6"], lg="jv", note="a head teacher appeals to her housing estate (ngoko)")]),
        (wib(2024, 10, 13, 19, 31, 40), "Pak RT Warsito", "Bu Sri, grup warga kangge informasi mawon nggih, mboten kampanye 🙏", [N(lg="jv")]),
        (wib(2024, 10, 13, 19, 43, 12), ph("S08"), "Nggih Pak RT, ngapunten 🙏", [N("neg_asn_neutral", "she apologises and stops", lg="jv")]),
        (wib(2024, 10, 20, 8, 5, 30), "Bu Tini Warung", "Sinten sing badhe nitip sayur, kula blanja teng Pasar Jangkang 🥬", [N(lg="jv")]),
        (wib(2024, 10, 28, 20, 10, 0), ph("S09"), "Mas Wisnu kae priyayi Jogja tenan, aku melu nomer loro ✌️",
         [V("S09", "post", "sleman-2", "support_post", lg="jv", note="a provincial SMA teacher, ngoko")]),
        (wib(2024, 10, 28, 20, 22, 18), "Mas Anto Ojol", "Wis, sing penting ora gelut 😄", [N(lg="jv")]),
        (wib(2024, 11, 5, 19, 0, 0), "Mas Yoga PU", "Info: lampu PJU blok C wis tak laporke neng dinas, minggu ngarep didandani.",
         [N("neg_everyday_asn", "a PU officer (saved name) on street lights", lg="jv")]),
        (wib(2024, 11, 12, 21, 15, 40), "Pak RT Warsito", "https://kabarsleman.example.id/2024/11/12/bawaslu-sleman-asn Bawaslu Sleman awasi ASN sing kampanye ing grup WA",
         [N("neg_news")]),
        (wib(2024, 11, 25, 7, 0, 0), "Pak RT Warsito", "Telung dina iki masa tenang, grup warga kanggo info ronda lan sampah wae nggih 🙏", [N(lg="jv")]),
        (wib(2024, 11, 27, 13, 10, 25), ph("S08"), "Sampun nyoblos, matur nuwun Pak RT sampun ngatur TPS 🙏", [N("neg_everyday_asn", lg="jv")]),
    ], group=G)

    G = "Humas Pemkot Samarinda dan Media"
    wa_file(c, f"whatsapp/WhatsApp Chat - {G}/_chat.txt", "ios_id", "whatsapp_ios_id", [
        (wita(2024, 10, 1, 9, 0, 3), None, NOTICE_ID, [SYS]),
        (wita(2024, 10, 10, 10, 5, 10), ph("B07"), "<terlampir: 00000051-FOTO_ABAH_SYAHRIAL_PALARAN.jpg>", [SYS]),
        (wita(2024, 10, 10, 10, 6, 44), ph("B07"), "Dek Rika, foto Abah Syahrial di Palaran tolong naikkan di akun pemkot juga ya, caption-nya yang halus saja",
         [V("B07", "instruct", "smd-1", "instruct_staff", add_codes=["PP94-N4"],
            note="a Diskominfo head of division tells his PR officer to put the candidate on the city's official accounts (government media)")]),
        (wita(2024, 10, 10, 10, 15, 20), ph("B06"), "Maaf Pak, kalau di akun pemkot ulun kada wani, kena Bawaslu kagien 🙏", [N("neg_negation", lg="bjn")]),
        (wita(2024, 10, 10, 10, 21, 5), ph("B07"), "Ya sudah, kirim ke media saja. Rekan media, minta tolong beritanya naik sebelum debat Kamis ya 🙏",
         [V("B07", "instruct", "smd-1", "instruct_staff", note="then asks journalists to run the candidate's story before the debate")]),
        (wita(2024, 10, 10, 10, 40, 30), "Bang Ferry Koran Tepian", "Siap bang, tapi tetap kami tulis sebagai kegiatan kampanye ya", [N()]),
        (wita(2024, 10, 18, 14, 0, 15), "Kak Wulan Dinas", "Ulun dari dinas jua, siap bantu sebar rilis Abah 🙏☝️",
         [R("identity_uncertain", "claims to be from 'the dinas', saved name only, no number", cand="smd-1", lg="bjn")]),
        (wita(2024, 11, 14, 9, 30, 0), "Bang Ferry Koran Tepian", "https://koran-tepian.example.id/2024/11/14/foto-paslon-akun-pemkot Foto paslon di akun pemkot, pejabat humas diperiksa",
         [N("neg_news")]),
        (wita(2024, 11, 14, 9, 48, 40), None, f"{ph('B07')} keluar", [N("neg_leave_group", lg="sys")]),
        (wita(2024, 11, 24, 7, 0, 0), ph("B06"), "Rekan-rekan, jadwal siaran pemkot minggu depan: pelayanan KTP keliling dan jadwal angkutan sungai.", [N("neg_asn_neutral")]),
    ], group=G)

    G = "Sahabat SEHATI Sungai Kunjang"
    KL = "Kak Ijah Relawan"
    wa_file(c, f"whatsapp/WhatsApp Chat - {G}/_chat.txt", "ios_en", "whatsapp_ios_en", [
        (wita(2024, 9, 5, 18, 0, 0), None, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.", [SYS]),
        (wita(2024, 9, 5, 18, 0, 40), None, f"{KL} created group “{G}”", [N(lg="sys")]),
        (wita(2024, 9, 5, 18, 4, 12), None, f"{KL} added {ph('B01')}", [A("B01", "added_to_group", "the Camat is added by a volunteer", lg="sys")]),
        (wita(2024, 9, 5, 18, 30, 0), ph("B01"), "Terima kasih Kak Ijah. Bubuhan kecamatan siap baimbai gasan Abah Syahrial 💪",
         [V("B01", "interact", "smd-1", "exposed_then_engaged", action="comment", in_group=True, action_any=["comment", "post"], lg="bjn",
            note="added by a volunteer, the Camat pledges his kecamatan (before designation)")]),
        (wita(2024, 9, 5, 18, 36, 30), None, f"{ph('B01')} added {ph('B02')} and {ph('B03')}", [
            V("B01", "team", "smd-1", "instruct_staff", action="instruct_others", action_any=TEAM_ANY, lg="sys", note="then adds two of his staff"),
            A("B02", "added_to_group", lg="sys"), A("B03", "added_to_group", lg="sys")]),
        (wita(2024, 9, 5, 19, 2, 10), None, f"{ph('B03')} left", [N("neg_leave_group", lg="sys")]),
        (wita(2024, 9, 10, 7, 45, 0), ph("B02"), "Ulun sudah tempel stiker Abah di kaca mobil dinas 😁",
         [V("B02", "post", "smd-1", "exposed_then_engaged", in_group=True, add_codes=["SKB-E1", "PP94-N4"], action_any=["post", "other", "state_facility_use"], lg="bjn",
            note="added by her superior, she puts the bakal calon's sticker on an official car (props, state facility)")]),
        (wita(2024, 9, 10, 8, 0, 20), KL, "image omitted", [SYS]),
        (wita(2024, 9, 10, 8, 3, 50), KL, "Mantap Kak Rahmah! Abah pasti senang", [N()]),
        (at(WITA, 2024, 9, 22, 0, 52, 0), ph("B01"), "Ulun masih bejaga, jam satu kurang. Siangnya KPU menetapkan calon, Abah Syahrial mesti masuk, kita kawal baimbai! 💪",
         [V("B01", "post", "smd-1", "pre_designation", in_group=True, lg="bjn",
            note="stage boundary: 22 Sep 00:52 on a WITA phone is 21 Sep 23:52 WIB: before designation, SKB-E codes")]),
        (wita(2024, 10, 20, 19, 0, 10), None, f"{KL} added {ph('B04')}", [A("B04", "added_to_group", lg="sys")]),
        (wita(2024, 10, 26, 16, 10, 5), KL, "GOR Segiri sudah penuh! SEHATI! ☝️", [N()]),
        (wita(2024, 10, 26, 16, 23, 44), ph("B04"), "Ulun datang wan anak-anak murid, rami banar ☝️",
         [V("B04", "attend", "smd-1", "attend_campaign", in_group=True, lg="bjn", note="a teacher came to the rally with her pupils")]),
        (wita(2024, 10, 29, 21, 0, 0), KL, "This message was deleted.", [SYS]),
        (wita(2024, 11, 24, 8, 0, 0), KL, "Sudah masa tenang, bubuhan. Stiker wan video Abah kada usah dikirim lagi lah", [N(lg="bjn")]),
    ], group=G)


# =============================================================================================
# canonical JSON Lines
# =============================================================================================
def build_canonical(c):
    cand = c.cands
    k = Canon(c, "patroli/patroli_siber_bawaslu_sumut_aceh.jsonl", "sa")
    sugi = cand["deliserdang-1"].handle("facebook")
    sugi_post = tgt(sugi, "Sugianto Pohan", "Deli Serdang Maju Terus! Nomor 1 ☝️ #SugiRina", tid=f"{sugi}_7000000000077310")
    for i, key in enumerate(["D08", "D09", "D01"]):
        k.add(V(key, "interact", "deliserdang-1", "coordinated_engagement", action="like",
                note="the Camat of Lubuk Pakam and two of his officers like the same candidate post within four minutes"),
              "facebook", "reaction", wib(2024, 10, 11, 20, 14 + i + (i == 2)), k.who(key, "facebook"), target=sugi_post, style="z")
    k.add(V("M06", "interact", "medan-1", "follow", action="follow_or_join"), "instagram", "follow", wib(2024, 10, 2, 21, 0),
          k.who("M06", "instagram"), target=tgt("hendra.aisyah", "Hendra Tarigan"))
    k.add(V("M13", "interact", "sumut-1", "pre_designation", action="follow_or_join"), "instagram", "follow", wib(2024, 9, 12, 20, 0),
          k.who("M13", "instagram"), target=tgt("parulian.nurhalimah", "Parulian Sihombing"))
    k.add(N("neg_follow_neutral"), "instagram", "follow", wib(2024, 9, 12, 20, 30), k.who("M15", "instagram"), target=tgt("kpu.sumut.info", "KPU Provinsi Sumatera Utara"))
    k.add(V("D04", "interact", "deliserdang-1", "join_group", action="follow_or_join"), "facebook", "join_group", wib(2024, 10, 5, 20, 0),
          k.who("D04", "facebook"), group={"id": "1048800500231", "name": "Relawan Sugi-Rina Tanjung Morawa"})
    k.add(N("neg_join_neutral"), "facebook", "join_group", wib(2024, 10, 6, 9, 0), k.who("M08", "facebook"),
          group={"id": "1048800500299", "name": "Info Loker dan Jual Beli Medan Johor"})
    k.add(A("M04", "tagged", "tagged in a volunteer's campaign photo; she never reacts"), "facebook", "tagged", wib(2024, 10, 20, 20, 0),
          k.who("M04", "facebook"), initiated_by={"id": "100077900002211", "name": "Bang Poltak Korlap"},
          target=tgt(name="Bang Poltak Korlap", text="Blusukan Bang Hendra di Gedung Johor, ada Kak Lestari juga ☝️"))
    k.add(A("M12", "added_to_group"), "whatsapp", "added_to_group", wib(2024, 10, 8, 19, 0), {"name": "Sri Wahyuni Nasution", "handle": c.acct("M12", "whatsapp")},
          group={"id": "120363000000211", "name": "Guru Pendukung PANUTAN Medan"}, initiated_by={"name": "Pak Sahat Korwil"})
    k.add(N("neg_added_neutral"), "whatsapp", "added_to_group", wib(2024, 10, 9, 19, 30), {"name": "Cut Intan Maulida", "handle": c.acct("A02", "whatsapp")},
          group={"id": "120363000000212", "name": "Arisan Ibu-ibu Kuta Alam"}, initiated_by={"name": "Kak Ros Peunayong"})
    k.add(V("M13", "photo", "sumut-1", "photo_with_candidate"), "instagram", "post", wib(2024, 10, 30, 13, 0), k.who("M13", "instagram"),
          "Bang Parulian datang ke SMA 7, sempat foto bareng 😍 #PANUTAN1",
          media=[img("Guru berbaju batik berfoto dengan Parulian Sihombing di depan kelas, keduanya mengacungkan telunjuk")])
    k.add(V("D03", "attend", "sumut-2", "attend_campaign"), "facebook", "post", wib(2024, 11, 23, 17, 0), k.who("D03", "facebook"),
          "Ikut kampanye akbar Pak Rahmat di Lapangan Segitiga, ramai kali ✌️", media=[img("Kerumunan kampanye dengan bendera RAHMAT-HOTMAN dan panggung")])
    k.add(V("M17", "post", "sumut-2", "support_post", note="deleted 18 minutes later ('salah upload'): the deletion does not erase the act"),
          "tiktok", "post", wib(2024, 11, 8, 20, 0), k.who("M17", "tiktok"), "Pak Rahmat nomor dua, guru PPPK sejahtera! ✌️", deleted_at=wib(2024, 11, 8, 20, 18))
    k.add(N("neg_like_neutral"), "facebook", "reaction", wib(2024, 10, 5, 9, 30), k.who("M08", "facebook"),
          target=tgt(c.inst["kominfo_mdn"]["handle"], "Diskominfo Kota Medan", "Jadwal debat publik Pilwalkot Medan 2024",
                     tid=f"{c.inst['kominfo_mdn']['handle']}_7000000000000991"))
    k.add(V("A04", "interact", "bna-1", "like", action="like"), "instagram", "reaction", wib(2024, 10, 25, 20, 0), k.who("A04", "instagram"),
          target=tgt("iskandar.nurul", "Teuku Iskandar Hasan", "Ampon Is nomor sa, Banda Aceh Gemilang! ☝️", tid="17900000000000812"))
    k.add(V("A08", "interact", "bna-3", "comment_support", action="comment", lg="ace"), "instagram", "comment", wib(2024, 10, 28, 20, 0), k.who("A08", "instagram"),
          "Bang Wa pilihan aneuk muda, nomor lhee 🤟", target=tgt("munawarsafrida", "Munawar Yusuf", "Anak muda Banda Aceh, mari bergerak!"))
    k.add(V("A02", "ktp", "bna-3", "ktp_independent", add_codes=["PP94-N4"], lg="ace", note="collects KTP copies for the independent bakal calon at her desk in the kecamatan office"),
          "facebook", "post", wib(2024, 4, 29, 19, 30), k.who("A02", "facebook"),
          "Nyang meuh'eut dukung Bang Wa jalur perseorangan, fotokopi KTP jeut neuantar u meja lon di kantor camat sampoe uroe Jumat 🙏",
          group={"id": "1048800500241", "name": "Sahabat Munawar-Safrida Kuta Alam"})
    k.add(V("A02", "ktp", "bna-3", "ktp_independent", lg="ace"), "facebook", "post", wib(2024, 5, 8, 16, 0), k.who("A02", "facebook"),
          "Alhamdulillah 312 KTP ka lon serahkan keu tim Bang Wa 🤲", group={"id": "1048800500241", "name": "Sahabat Munawar-Safrida Kuta Alam"})
    k.add(V("A06", "post", "bna-2", "pre_designation", lg="ace"), "tiktok", "post", wib(2024, 8, 29, 21, 0), k.who("A06", "tiktok"),
          "Abu Zul bakal calon nyang paham syariat, kamoe dukung! 🤲")
    k.add(R("identity_uncertain", "same name as an SMP principal whose only listed account is WhatsApp; nothing links this profile to him", actor="A09", cand="bna-1", lg="ace"),
          "facebook", "post", wib(2024, 10, 30, 19, 0), {"name": "Munzir Abdullah", "id": "100077900001111"}, "Ampon Is nomor sa, bek tuwo! ☝️")
    k.add(V("M05", "negative", "medan-3", "negative_campaign"), "x", "post", wib(2024, 11, 11, 21, 0), k.who("M05", "x"),
          "Kak Ros itu dulu anggota dewan, cuma rajin reses pas mau pemilu. Jangan tertipu lagi warga Medan!")
    k.add(R("unsettled_law", "a midwife accompanies her husband, a DPR candidate, at his campaign: SKB-E7 (a spouse's campaign without unpaid leave) is worded for a "
            "bakal calon; being at a designated spouse's side without showing support is unsettled", actor="D02", cand="dpr-sumut1-lamhot"),
          "facebook", "post", wib(2024, 1, 27, 19, 0), k.who("D02", "facebook"), "Mendampingi suami kampanye dialogis di Batang Kuis 🙏",
          media=[img("Lamhot Pasaribu berpidato di atas mobil bak terbuka; istrinya yang berkerudung memegang mikrofon cadangan di sampingnya")])
    k.add(N("neg_gesture_no_context"), "facebook", "post", wib(2024, 7, 14, 15, 0), k.who("M11", "facebook"), "Foto keluarga di Danau Toba, semua salam dua jari biar kompak ✌️",
          media=[img("Keluarga berpose di tepi Danau Toba, semua membentuk huruf V dengan jari")])
    k.add(N("neg_number_no_context"), "facebook", "post", wib(2024, 10, 16, 8, 0), k.who("D09", "facebook"), "Kopi Sidikalang tetap nomor satu, yang lain lewat ☕☝️")
    k.add(N("neg_news"), "facebook", "share", wib(2024, 11, 21, 12, 0), k.who("A05", "facebook"), "Ini beritanya, biar jelas duduk perkaranya 👇",
          target=tgt("104588800000905", "Warta Kutaradja", "Panwaslih Banda Aceh telusuri akun Dinas Syariat Islam"))
    k.add(N("neg_negation"), "facebook", "post", wib(2024, 11, 19, 20, 0), k.who("M12", "facebook"),
          "Di sekolah saya ajarkan: memilih itu hak pribadi, bukan perintah kepala sekolah. Saya pribadi tidak mendukung siapa pun.")
    k.add(N(), "facebook", "post", wib(2024, 10, 21, 8, 0), {"name": "Bang Togar Simalingkar", "id": "100077900003311"}, "Bang Hendra nomor 1! ☝️ Medan HEBAT")
    k.add(N(lg="mdn"), "instagram", "post", wib(2024, 10, 22, 18, 0), {"name": "Kak Uli", "handle": "uli.medan"}, "Koh Tommy pilihan awak, Medan Rumah Kita ✌️")
    k.add(N(lg="ace"), "tiktok", "post", wib(2024, 10, 23, 19, 0), {"name": "Bang Rizal Aceh", "handle": "rizal.seulawah"}, "Geutanyoe pileh Abu Zul, nomor dua! ✌️")
    k.add(N("neg_everyday_asn"), "instagram", "post", wib(2024, 10, 12, 10, 0), k.who("A08", "instagram"), "Murid-murid kelas 8 presentasi tentang tsunami 2004, bangga kali 🌊📚")
    k.add(N("neg_everyday_asn"), "instagram", "post", wib(2024, 10, 14, 16, 0), k.who("M06", "instagram"), "Jaga poli umum sampai sore, semangat! 🩺")
    k.add(V("M02", "interact", "pres-2", "follow", action="follow_or_join"), "instagram", "follow", wib(2023, 12, 2, 21, 0),
          k.who("M02", "instagram"), target=tgt("prabowo", "Prabowo Subianto"))
    k.add(N("neg_join_neutral"), "facebook", "join_group", wib(2024, 10, 15, 20, 0), k.who("A07", "facebook"),
          group={"id": "1048800500297", "name": "Ikatan Bidan Indonesia Kota Banda Aceh"})
    k.add(N("neg_added_neutral"), "whatsapp", "added_to_group", wib(2024, 10, 16, 19, 0), {"name": "Nur Aini Harahap", "handle": c.acct("D07", "whatsapp")},
          group={"id": "120363000000213", "name": "Alumni Akper Lubuk Pakam 2012"}, initiated_by={"name": "Kak Nanda"})
    k.add(N("neg_asn_neutral"), "x", "post", wib(2024, 11, 1, 20, 0), k.who("M16", "x"), "Tata ruang Medan harus ramah pejalan kaki, siapa pun wali kotanya nanti.")
    k.add(N("neg_namesake", "a cake seller who shares the midwife's (and the Ternate running mate's) name", lg="ace"), "instagram", "post", wib(2024, 9, 15, 10, 0),
          {"name": "Nurhayati", "handle": "nurhayati.kue.bna"}, "Pesanan kue bhoi keu Maulid ka siap, jeut neu-order 🍪")
    k.add(V("M10", "post", "medan-1", "support_post",
            note="stage boundary: 2024-09-21T23:30Z is 22 Sep 06:30 WIB, designation day: SKB-D codes although the UTC date is 21 Sep"),
          "x", "post", wib(2024, 9, 22, 6, 30), k.who("M10", "x"), "Bismillah, hari ini KPU Medan tetapkan calon. Semoga Bang Hendra ditetapkan, Medan HEBAT menanti 🤲 #MedanHEBAT", style="z")
    k.dump()

    k = Canon(c, "patroli/patroli_siber_bawaslu_diy_ntt_kaltim_malut.jsonl", "dnkm")
    k.add(V("T04", "post", "pres-2", "pre_designation", lg="tte",
            note="stage boundary: 13 Nov 2023 01:30 WIT is 12 Nov 23:30 WIB: still before the presidential designation (E and D codes both accepted) although the local date is the designation day"),
          "instagram", "post", at(WIT, 2023, 11, 13, 1, 30), k.who("T04", "instagram"), "Semoga Pak Prabowo deng Mas Gibran lolos penetapan hari ini, torang Ternate dukung! 💪")
    k.add(V("K10", "post", "dprd-kupang1-marthen", "support_post", lg="kpg", note="on the DCT date itself: a calon from 3 Nov (WIB)"),
          "facebook", "post", wita(2023, 11, 3, 20, 0), k.who("K10", "facebook"), "Puji Tuhan, Om Marthen masuk DCT DPRD Kota Kupang nomor 4 Golkar! Botong dukung 🙏")
    k.add(V("B04", "interact", "smd-1", "follow", action="follow_or_join"), "instagram", "follow", wita(2024, 10, 3, 20, 0),
          k.who("B04", "instagram"), target=tgt("sehati.samarinda", "Syahrial Effendi"))
    k.add(N("neg_follow_neutral"), "facebook", "follow", wit(2024, 10, 3, 20, 0), k.who("T07", "facebook"), target=tgt("100065990399001", "Bawaslu Kota Ternate"))
    k.add(N("neg_like_neutral"), "facebook", "reaction", wita(2024, 11, 4, 10, 0), k.who("K02", "facebook"),
          target=tgt("100065990399002", "KPU Kota Kupang", "Debat ketiga Pilwalkot Kupang, 13 November", tid="100065990399002_7000000000000994"))
    k.add(N("neg_official_duty"), "whatsapp", "message", wib(2024, 10, 7, 9, 0), {"name": "Heru Santoso", "handle": c.acct("S11", "whatsapp")},
          "Rekan humas OPD, jadwal debat dari KPU Sleman mohon diunggah apa adanya, tanpa komentar dan tanpa foto paslon nggih.",
          group={"id": "120363000000224", "name": "Humas OPD Sleman"})
    k.add(V("S06", "interact", "sleman-1", "pre_designation", action="follow_or_join"), "instagram", "follow", wib(2024, 9, 9, 21, 0),
          k.who("S06", "instagram"), target=tgt("bayulestari.sleman", "Bayu Aji Nugroho"), style="z")
    k.add(V("B10", "interact", "smd-1", "join_group", action="follow_or_join"), "facebook", "join_group", wita(2024, 10, 7, 20, 0),
          k.who("B10", "facebook"), group={"id": "1048800500251", "name": "Sahabat SEHATI Karang Asam"})
    k.add(N("neg_join_neutral"), "facebook", "join_group", wib(2024, 10, 7, 9, 0), k.who("S06", "facebook"), group={"id": "1048800500298", "name": "Komunitas Sepeda Sleman"})
    k.add(A("K10", "tagged", "tagged by the rival pair's volunteers as present at their meeting"), "facebook", "tagged", wita(2024, 10, 24, 20, 0), k.who("K10", "facebook"),
          initiated_by={"id": "100077900004411", "name": "Relawan Godlief-Imel Oebufu"},
          target=tgt(name="Relawan Godlief-Imel Oebufu", text="Ibu guru Imelda ju hadir di tatap muka Om Godlief ✌️"))
    k.add(A("S09", "added_to_group"), "whatsapp", "added_to_group", wib(2024, 10, 2, 19, 0), {"name": "Dimas Aryo Wicaksono", "handle": c.acct("S09", "whatsapp")},
          group={"id": "120363000000221", "name": "Relawan Wisnu-Endah Ngaglik"}, initiated_by={"name": "Mas Hendro Korcam"})
    k.add(A("K12", "added_to_group"), "whatsapp", "added_to_group", wita(2024, 10, 9, 20, 0), {"name": "Maria Goreti Lake", "handle": c.acct("K12", "whatsapp")},
          group={"id": "120363000000222", "name": "Relawan Epi-Tina Oebobo"}, initiated_by={"name": "Kaka Yanto Relawan"})
    k.add(V("S10", "photo", "sleman-1", "photo_with_candidate", lg="jv"), "instagram", "post", wib(2024, 10, 17, 13, 0), k.who("S10", "instagram"),
          "Selfie bareng Mas Bayu pas rawuh ing RSUD 😍☝️", media=[img("Perawat berseragam putih berswafoto dengan Bayu Aji Nugroho, telunjuk teracung")])
    k.add(V("K06", "interact", "kupang-2", "like", action="like"), "tiktok", "reaction", wita(2024, 10, 22, 20, 0), k.who("K06", "tiktok"),
          target=tgt("omgodlief", "Godlief Ndoen", "Kupang Bangkit Bersama ✌️", tid="7429000000000000012"))
    k.add(V("B04", "interact", "smd-1", "like", action="like"), "instagram", "reaction", wita(2024, 10, 15, 20, 0), k.who("B04", "instagram"),
          target=tgt("sehati.samarinda", "Syahrial Effendi", "Samarinda Sehati: banjir tuntas ☝️", tid="17900000000000844"))
    k.add(R("intent_uncertain", "a like on the candidate's condolence post, which is not campaign content; SKB-D6 names liking a calon's account without a content test",
            actor="S04", cand="sleman-1"), "instagram", "reaction", wib(2024, 10, 8, 21, 0), k.who("S04", "instagram"),
          target=tgt("bayulestari.sleman", "Bayu Aji Nugroho", "Sugeng tindak Romo Kyai Muhammad Sholeh, mugi husnul khatimah 🤲", tid="17900000000000855"))
    k.add(V("S07", "negative", "sleman-2", "negative_campaign", lg="jv"), "tiktok", "post", wib(2024, 11, 4, 20, 0), k.who("S07", "tiktok"),
          "Den Wisnu kuwi mung ngandelke trah, ora tau kerja. Aja dipilih, Sleman rugi!")
    k.add(V("B08", "negative", "smd-1", "negative_campaign"), "x", "post", wita(2024, 11, 6, 21, 0), k.who("B08", "x"),
          "Abah Syahrial lima tahun jadi wakil, banjir tetap. Jangan kasih kesempatan lagi!")
    k.add(V("K03", "ktp", "kupang-3", "ktp_independent", add_codes=["PP94-N4"], lg="kpg", note="collects KTP copies for the independent bakal calon at the kelurahan office"),
          "facebook", "post", wita(2024, 5, 3, 19, 0), k.who("K03", "facebook"),
          "Kaka Epi butuh dukungan KTP sebelum tanggal 8 Mei. Beta tunggu fotokopi KTP deng KK di ruang pelayanan kelurahan, jam kantor sa 🙏",
          group={"id": "1048800500261", "name": "Sahabat Epi-Tina Oebufu"})
    k.add(V("K07", "instruct", "kupang-2", "instruct_staff", lg="kpg", note="asks the PR officers of all agencies to share the candidate's video (mobilising ASN)"),
          "whatsapp", "message", wita(2024, 10, 23, 9, 15), {"name": "Melkianus Lakapu", "handle": c.acct("K07", "whatsapp")},
          "Teman-teman humas OPD, tolong share video Om Godlief di status WA masing-masing e, target 100 view 🙏",
          group={"id": "120363000000223", "name": "Humas OPD Kota Kupang"})
    k.add(V("B05", "post", "smd-1", "pre_designation", lg="bjn"), "facebook", "post", wita(2024, 9, 15, 20, 0), k.who("B05", "facebook"),
          "Abah Syahrial bakal calon walikota nang paling paham PU. Bubuhan kami siap!")
    k.add(V("T09", "post", "dprd-ternate2-sahrul", "support_post", lg="tte"), "facebook", "post", wit(2024, 1, 25, 20, 0), k.who("T09", "facebook"),
          "Bang Sahrul nomor 1 Gerindra, torang pe anak Kalumpang! Coblos e 💪")
    k.add(V("S12", "post", "dpr-diy-handayani", "support_post", lg="jv"), "instagram", "post", wib(2024, 1, 30, 19, 0), k.who("S12", "instagram"),
          "Mbak Handa caleg PKB nomor 5, peduli seniman Jogja. Ayo dicoblos! 💚")
    k.add(N("neg_word_collision", "'Handayani' is the education motto and the head teacher's own name; the DPR candidate is Handayani Kusumastuti"),
          "facebook", "post", wib(2024, 1, 23, 8, 0), k.who("S08", "facebook"), "Tut Wuri Handayani: selamat pagi anak-anak SMA 1 Ngaglik, semangat ujian praktik! 📚")
    k.add(V("B10", "post", "dprdprov-kaltim1-jannah", "support_post"), "facebook", "post", wita(2024, 2, 3, 20, 0), k.who("B10", "facebook"),
          "Acil Jannah nomor 2 PKS, perawat pasti didengar! 💚")
    k.add(V("K11", "post", "pres-2", "support_post", lg="kpg"), "tiktok", "post", wita(2024, 1, 26, 20, 0), k.who("K11", "tiktok"), "Om Prabowo gemoy, Kupang 02! ✌️")
    k.add(V("T06", "post", "pres-1", "support_post"), "facebook", "post", wit(2023, 12, 15, 20, 0), k.who("T06", "facebook"),
          "Anies–Muhaimin nomor 1, Maluku Utara butuh perubahan! ☝️ #AMIN")
    k.add(N("neg_civics", lg="tte"), "tiktok", "post", wit(2024, 2, 10, 19, 0), k.who("T08", "tiktok"),
          "Besok masa tenang, kita guru tara bahas capres di kelas. Adik-adik pemilih pemula, pilih deng hati e 🙏")
    k.add(N("neg_gesture_no_context"), "facebook", "post", wita(2024, 10, 19, 12, 0), k.who("K06", "facebook"), "Wisuda adik di Undana, foto salam metal 🤘",
          media=[img("Dua perempuan bertoga mengacungkan salam metal")])
    k.add(N("neg_number_no_context"), "tiktok", "post", wit(2024, 10, 20, 19, 0), k.who("T05", "tiktok"), "Ikan cakalang fufu Ternate nomor satu di dunia! 🐟☝️")
    k.add(N(), "facebook", "post", wita(2024, 10, 21, 8, 0), {"name": "Om Beni Oesapa", "id": "100077900005511"}, "Om Yusuf nomor 1, Kupang Kota Kasih! ☝️")
    k.add(N(lg="bjn"), "tiktok", "post", wita(2024, 10, 22, 19, 0), {"name": "Bubuhan Palaran", "handle": "bubuhan.palaran"}, "Puang Baso nomor dua, ayuha! ✌️")
    k.add(N(), "instagram", "post", wit(2024, 10, 23, 19, 0), {"name": "Ngana Pe Ade", "handle": "ade.kalumpang"}, "Ternate Andalan! Om Mail deng Ibu Nur, nomor satu ☝️")
    k.add(N("neg_everyday_asn", lg="jv"), "instagram", "post", wib(2024, 10, 24, 10, 0), k.who("S06", "instagram"), "Posyandu lansia ing Sardonoharjo, mbah-mbah sehat sedaya 👵")
    k.add(N("neg_everyday_asn"), "instagram", "post", wita(2024, 10, 25, 10, 0), k.who("B09", "instagram"), "Murid kelas XI praktik bikin amplang khas Samarinda 🐟")
    k.add(N("neg_official_duty", lg="kpg"), "facebook", "post", wita(2024, 11, 26, 16, 0), k.who("K01", "facebook"),
          "Besok tanggal 27 kantor lurah tutup, samua staf nyoblos di TPS masing-masing.")
    k.add(R("unsettled_law", "a self-described contract worker (honorer, not ASN): SE MenPANRB 01/2023 extends the neutrality forms to non-ASN staff, but she is not in the "
            "registry and the contract judges only ASN and institutions", cand="kupang-2", lg="kpg"),
          "facebook", "post", wita(2024, 10, 28, 19, 0), {"name": "Yanti Honorer Puskesmas", "id": "100077900006611"},
          "Beta honorer di Puskesmas Oepoi, beta dukung Om Godlief! ✌️")
    k.add(R("insinuation", "a teacher hints at a pair without naming it ('a leader who has already dealt with water, not one still learning')", actor="K08", lg="kpg"),
          "instagram", "post", wita(2024, 11, 16, 19, 0), k.who("K08", "instagram"), "Kupang butuh pemimpin yang su pernah urus air, bukan yang baru belajar 😏")
    k.dump()


def build_screenshots(c):
    png_shot(c, "screenshots/tangkapan_status_wa_yohana_sdn060843.png",
             ["Status WhatsApp", "Yohana Situmorang  SDN 060843", "Bang Hendra nomor 1!", "Medan HEBAT", "21 November 2024 20.15"],
             R("screenshot_ocr", "a reporter's screenshot of a WhatsApp status naming a teacher; the status has expired and no number is visible",
               actor="M08", cand="medan-1"), wib(2024, 11, 21, 20, 15))
    png_shot(c, "screenshots/tangkapan_grup_tele_guru_pendukung_bayu.png",
             ["Guru Pendukung Mas Bayu", "Sri Handayani (Kepsek):", "Guru-guru nderek kampanye", "Mas Bayu tanggal 10, nomer siji", "8 November 2024"],
             R("screenshot_ocr", "a forwarded screenshot attributing a partisan instruction to a head teacher by name only (her name is also the DPR candidate's)",
               actor="S08", cand="sleman-1", lg="jv"), wib(2024, 11, 8, 8, 0))
    png_shot(c, "screenshots/tangkapan_story_ig_nurhalisa_umar.png",
             ["Instagram Story", "nurhalisa.umar", "Om Mail nomor satu", "Ternate Andalan", "19 November 2024 21.05"],
             R("screenshot_ocr", "a screenshot of a story under a handle the registry does not list on Instagram (her listed accounts are WhatsApp, TikTok and Facebook)",
               actor="T08", cand="ternate-1"), wit(2024, 11, 19, 21, 5))


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
