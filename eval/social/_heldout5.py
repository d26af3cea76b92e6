"""heldout5: a sixth independent workspace of the social-media evaluation corpus (see build.py).

DKI Jakarta (Jakarta Timur), Kalimantan Utara (Tarakan, Bulungan), Sulawesi Barat (Mamuju, Polewali Mandar),
Papua Selatan (Merauke), Papua Tengah (Nabire, Mimika), Papua Barat Daya (Kota Sorong), Jawa Tengah (Klaten,
Kudus) and Jawa Timur (Sumenep, Banyuwangi). Every person, account, phone number, post and id is fictional;
regions, parties and the KPU calendars are real. Written from rules.md and contract.md only.
"""
from __future__ import annotations

from collections import Counter
from datetime import date

from _corpus import (  # noqa: F401
    DCT_DESIGNATION, PILKADA_DESIGNATION, PRES_DESIGNATION, WIB, WIT, WITA, A, Canon, Cand, Contest, Ct,
    Election, Fb, Ig, N, R, Tg, Tt, V, X, Yt, at, fb_person, hnum, img, png_shot, table, textless, tg_account_export,
    tg_contact, tg_phone, tgt, tt_comments, wa_file, wa_phone, yt_channel,
)

DESCRIPTION_BASE = """heldout5 covers DKI Jakarta (Kota Administrasi Jakarta Timur, WIB), Kalimantan Utara (Kota Tarakan,
Kabupaten Bulungan, WITA), Sulawesi Barat (Kabupaten Mamuju, Kabupaten Polewali Mandar, WITA), Papua Selatan (Kabupaten
Merauke, WIT), Papua Tengah (Kabupaten Nabire, Kabupaten Mimika, WIT), Papua Barat Daya (Kota Sorong, WIT), and further
regencies of Jawa Tengah (Klaten, Kudus) and Jawa Timur (Sumenep, Banyuwangi), all WIB. Its Pilkada has a Jakarta
governor race with an independent pair and twelve regency or city races, four of them with an incumbent running again;
its Pemilu has three fictional presidential pairs plus DPR, DPRD and DPD candidates. It stresses incumbents (relaying the
regent's official work versus praising him as a candidate), relayed news with and without a partisan remark, religious,
family and community events where a candidate is present, sarcasm and complaints about every candidate, quoted rules and
how-to-vote explanations, candidates' names borne by ordinary people, Telegram and WhatsApp identities carried by saved
contact names and phone numbers, pair acronyms and slogans that are everyday words or regional mottos, and genuine doubt
left to a person (review). Text is Indonesian (informal, abbreviated, with emoji and keycaps), English-mixed, and Betawi,
Javanese, Madurese, Osing, Tarakan Malay, Mandar, Mamuju and Papuan Malay; stage boundaries are set in WITA and WIT where
the local and WIB dates differ."""
DESCRIPTION = DESCRIPTION_BASE

LANGS = {}
LANG_NAMES = {
    "id": "Indonesian (standard or informal)", "en": "English or English-mixed", "betawi": "Betawi",
    "jv": "Javanese (Klaten, Kudus)", "mad": "Madurese (Sumenep)", "osing": "Osing (Banyuwangi)",
    "tarakan": "Tarakan / Bulungan Malay", "mandar": "Mandar", "mamuju": "Mamuju (Sulawesi Malay)",
    "papua": "Papuan Malay", "sys": "no text (reactions, follows, joins, service lines)",
}

JKT = "Kota Administrasi Jakarta Timur"
TRK, BLG = "Kota Tarakan", "Kabupaten Bulungan"
MMJ, PLM = "Kabupaten Mamuju", "Kabupaten Polewali Mandar"
MRK, NBR, MMK, SRG = "Kabupaten Merauke", "Kabupaten Nabire", "Kabupaten Mimika", "Kota Sorong"
KLT, KDS, SMP, BWI = "Kabupaten Klaten", "Kabupaten Kudus", "Kabupaten Sumenep", "Kabupaten Banyuwangi"


def w(y, mo, d, h=9, mi=0, s=0):
    return at(WIB, y, mo, d, h, mi, s)


def ta(y, mo, d, h=9, mi=0, s=0):
    return at(WITA, y, mo, d, h, mi, s)


def tp(y, mo, d, h=9, mi=0, s=0):
    return at(WIT, y, mo, d, h, mi, s)


def fbid(seed):
    return "1000" + f"{hnum('h5fb' + seed, 10**11):011d}"


def page_id(seed):
    return "10" + f"{hnum('h5pg' + seed, 10**13):013d}"


def phone(seed, prefix="812"):
    return "+62" + prefix + f"{hnum('h5ph' + seed, 10**8):08d}"


# ---------------------------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------------------------
PEMPROV_DKI = "Pemerintah Provinsi DKI Jakarta"
PEMKOT_TRK, PEMKAB_BLG = "Pemerintah Kota Tarakan", "Pemerintah Kabupaten Bulungan"
PEMKAB_MMJ, PEMKAB_PLM = "Pemerintah Kabupaten Mamuju", "Pemerintah Kabupaten Polewali Mandar"
PEMKAB_MRK, PEMKAB_NBR = "Pemerintah Kabupaten Merauke", "Pemerintah Kabupaten Nabire"
PEMKAB_MMK, PEMKOT_SRG = "Pemerintah Kabupaten Mimika", "Pemerintah Kota Sorong"
PEMKAB_KLT, PEMKAB_KDS = "Pemerintah Kabupaten Klaten", "Pemerintah Kabupaten Kudus"
PEMKAB_SMP, PEMKAB_BWI = "Pemerintah Kabupaten Sumenep", "Pemerintah Kabupaten Banyuwangi"

# key, name, sex, status, jabatan, instansi, unit, wilayah, accounts (platform -> True for a derived id, or a handle)
PEOPLE = [
    ("jt_lurah", "Drs. H. Rahmat Hidayat, M.Si.", 1, "PNS", "Lurah", PEMPROV_DKI, "Kelurahan Pondok Kelapa, Kecamatan Duren Sawit", JKT,
     {"facebook": True, "x": "rahmat_pdkklp", "whatsapp": True}),
    ("jt_staf1", "Nurul Fadhilah, S.E.", 2, "PNS", "Pengadministrasi Perkantoran", PEMPROV_DKI, "Kelurahan Pondok Kelapa, Kecamatan Duren Sawit", JKT,
     {"facebook": True, "instagram": "nurulfadh_", "whatsapp": True}),
    ("jt_staf2", "Ahmad Zulkifli", 1, "PPPK", "Pengelola Layanan Kependudukan", PEMPROV_DKI, "Kelurahan Pondok Kelapa, Kecamatan Duren Sawit", JKT,
     {"facebook": True, "x": "zulkiflibtw", "whatsapp": True}),
    ("jt_guru1", "Siti Aisyah, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", PEMPROV_DKI, "Dinas Pendidikan - SDN Cipinang Melayu 01", JKT,
     {"instagram": "bu_aisyah.sd", "tiktok": "aisyahngajar"}),
    ("jt_pkm", "dr. Irvan Maulana", 1, "PNS", "Dokter Ahli Pertama", PEMPROV_DKI, "Dinas Kesehatan - Puskesmas Kecamatan Makasar", JKT,
     {"x": "dr_irvanm", "instagram": "irvan.maulana.md"}),
    ("jt_sudin", "Bambang Irawan, S.T.", 1, "PNS", "Kepala Seksi Pemeliharaan", PEMPROV_DKI, "Suku Dinas Sumber Daya Air Kota Administrasi Jakarta Timur", JKT,
     {"facebook": True, "x": "bambang_sdajt"}),
    ("jt_satpol", "Hendra Saputra", 1, "PNS", "Polisi Pamong Praja Terampil", PEMPROV_DKI, "Satpol PP Kecamatan Jatinegara", JKT,
     {"facebook": True, "tiktok": "hendra_pp_jtn"}),
    ("jt_guru2", "Maya Anggraini, S.Pd.", 2, "PNS", "Guru Ahli Muda", PEMPROV_DKI, "Dinas Pendidikan - SMAN 61 Jakarta", JKT,
     {"x": "mayaanggra", "youtube": True, "instagram": "maya.anggraini"}),
    ("trk_kominfo", "Muhammad Yusuf, S.Kom.", 1, "PNS", "Pranata Komputer Ahli Pertama", PEMKOT_TRK, "Dinas Komunikasi dan Informatika", TRK,
     {"facebook": True, "x": "yusuf_tkn", "whatsapp": True}),
    ("trk_camat", "Hj. Rosmawati, S.Sos.", 2, "PNS", "Camat", PEMKOT_TRK, "Kecamatan Tarakan Barat", TRK,
     {"facebook": True, "whatsapp": True}),
    ("trk_guru", "Fransiska Lalung, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", PEMKOT_TRK, "Dinas Pendidikan - SMPN 1 Tarakan", TRK,
     {"x": "siska_lalung", "whatsapp": True, "instagram": "siskalalung"}),
    ("trk_dinkes", "Ardiansyah", 1, "PNS", "Pengelola Data", PEMKOT_TRK, "Dinas Kesehatan", TRK,
     {"x": "ardi_tarakan", "tiktok": "ardi.tkn", "whatsapp": True, "telegram": True}),
    ("trk_guru2", "Rudi Hartono, S.Pd.", 1, "PNS", "Guru Ahli Muda", PEMKOT_TRK, "Dinas Pendidikan - SMPN 1 Tarakan", TRK,
     {"whatsapp": True, "x": "rudih_smp1"}),
    ("trk_guru3", "Yohana Sirait, S.Pd.", 2, "PNS", "Guru Ahli Madya", PEMKOT_TRK, "Dinas Pendidikan - SMPN 1 Tarakan", TRK,
     {"whatsapp": True, "facebook": True}),
    ("trk_ks", "Drs. Baharuddin", 1, "PNS", "Kepala Sekolah", PEMKOT_TRK, "Dinas Pendidikan - SMPN 1 Tarakan", TRK,
     {"whatsapp": True}),
    ("blg_bpbd", "Hasanuddin, S.T.", 1, "PNS", "Kepala Seksi Kedaruratan", PEMKAB_BLG, "Badan Penanggulangan Bencana Daerah", BLG,
     {"facebook": True, "x": "hasan_blg"}),
    ("blg_dukcapil", "Dayang Mariana", 2, "PPPK", "Operator Layanan", PEMKAB_BLG, "Dinas Kependudukan dan Pencatatan Sipil", BLG,
     {"instagram": "dayang.mariana", "tiktok": "dayangmariana"}),
    ("blg_guru", "Lukas Ngau, S.Pd.", 1, "PNS", "Guru Ahli Muda", PEMKAB_BLG, "Dinas Pendidikan - SDN 003 Tanjung Selor", BLG,
     {"facebook": True, "x": "lukasngau"}),
    ("mmj_kadis", "Ir. H. Abdul Rahman Saleh, M.M.", 1, "PNS", "Kepala Dinas", PEMKAB_MMJ, "Dinas Kesehatan", MMJ,
     {"whatsapp": True, "facebook": True}),
    ("mmj_kabid", "Hasriani, S.KM.", 2, "PNS", "Kepala Bidang Pencegahan dan Pengendalian Penyakit", PEMKAB_MMJ, "Dinas Kesehatan", MMJ,
     {"whatsapp": True, "instagram": "hasriani.skm"}),
    ("mmj_staf1", "Muh. Syahrir", 1, "PNS", "Pengelola Program", PEMKAB_MMJ, "Dinas Kesehatan", MMJ,
     {"whatsapp": True, "instagram": "syahrir_mmj"}),
    ("mmj_staf2", "Nur Aulia, A.Md.Kep.", 2, "PPPK", "Perawat Terampil", PEMKAB_MMJ, "Dinas Kesehatan", MMJ,
     {"whatsapp": True, "instagram": "auliaa.nur"}),
    ("mmj_staf3", "Ridwan, S.KM.", 1, "PNS", "Sanitarian Ahli Pertama", PEMKAB_MMJ, "Dinas Kesehatan - Puskesmas Bebanga", MMJ,
     {"whatsapp": True, "instagram": "ridwan_sanitarian"}),
    ("mmj_guru", "Sitti Hajar, S.Pd.", 2, "PNS", "Guru Ahli Madya", PEMKAB_MMJ, "Dinas Pendidikan - SMPN 1 Mamuju", MMJ,
     {"instagram": "bundahajar_mmj"}),
    ("mmj_prokopim", "Arfan, S.I.Kom.", 1, "PNS", "Analis Protokol", PEMKAB_MMJ, "Sekretariat Daerah - Bagian Protokol dan Komunikasi Pimpinan", MMJ,
     {"facebook": True, "x": "arfan_mmj"}),
    ("pm_lurah", "Muhammad Ansar, S.IP.", 1, "PNS", "Lurah", PEMKAB_PLM, "Kelurahan Polewali, Kecamatan Polewali", PLM,
     {"facebook": True, "whatsapp": True}),
    ("pm_pkk", "Hj. St. Rahmatia", 2, "PNS", "Kepala Seksi Pemberdayaan Masyarakat", PEMKAB_PLM, "Kelurahan Polewali, Kecamatan Polewali", PLM,
     {"whatsapp": True}, "Sitti Rahmatia"),
    ("pm_guru", "Kamaruddin, S.Pd.", 1, "PPPK", "Guru Ahli Pertama", PEMKAB_PLM, "Dinas Pendidikan - SDN 015 Polewali", PLM,
     {"facebook": True, "whatsapp": True, "tiktok": "kamar_guru"}),
    ("pm_bidan", "Andi Nurfadillah, A.Md.Keb.", 2, "PNS", "Bidan Terampil", PEMKAB_PLM, "Dinas Kesehatan - Puskesmas Polewali", PLM,
     {"whatsapp": True, "instagram": "andi.nurfadillah"}),
    ("pm_bkpsdm", "Muhammad Ilham, S.E.", 1, "PNS", "Analis Kepegawaian", PEMKAB_PLM, "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", PLM,
     {"facebook": True}),
    ("mrk_guru", "Yosefina Gebze, S.Pd.", 2, "PNS", "Guru Ahli Muda", PEMKAB_MRK, "Dinas Pendidikan - SD Inpres Kuprik", MRK,
     {"whatsapp": True, "facebook": True}),
    ("mrk_disdik", "Agustinus Kaize", 1, "PNS", "Pengelola Data Pendidikan", PEMKAB_MRK, "Dinas Pendidikan", MRK,
     {"whatsapp": True, "facebook": True, "x": "agus_kaize"}),
    ("mrk_rsud", "Maria Magdalena Ndiken, S.Kep.", 2, "PNS", "Perawat Ahli Pertama", PEMKAB_MRK, "RSUD Merauke", MRK,
     {"whatsapp": True, "instagram": "magda.ndiken"}),
    ("mrk_kominfo", "Frederikus Basik-Basik", 1, "PPPK", "Pranata Humas", PEMKAB_MRK, "Dinas Komunikasi dan Informatika", MRK,
     {"x": "fredi_bb", "tiktok": "fredibasik"}),
    ("mrk_satpol", "Yakob Mahuze", 1, "PNS", "Polisi Pamong Praja Terampil", PEMKAB_MRK, "Satuan Polisi Pamong Praja", MRK,
     {"whatsapp": True}),
    ("nbr_kabid", "Markus Pekei, S.T.", 1, "PNS", "Kepala Bidang Bina Marga", PEMKAB_NBR, "Dinas Pekerjaan Umum dan Penataan Ruang", NBR,
     {"telegram": True, "whatsapp": True}),
    ("nbr_staf1", "Rahman Hamid", 1, "PNS", "Pengawas Lapangan", PEMKAB_NBR, "Dinas Pekerjaan Umum dan Penataan Ruang", NBR,
     {"telegram": True}),
    ("nbr_staf2", "Elisabeth Wanimbo", 2, "PPPK", "Pengadministrasi Umum", PEMKAB_NBR, "Dinas Pekerjaan Umum dan Penataan Ruang", NBR,
     {"telegram": True}),
    ("nbr_staf3", "Oktovianus Douw", 1, "PNS", "Teknisi Jalan dan Jembatan", PEMKAB_NBR, "Dinas Pekerjaan Umum dan Penataan Ruang", NBR,
     {"telegram": True}),
    ("nbr_guru", "Yulianus Pigai, S.Pd.", 1, "PNS", "Guru Ahli Pertama", PEMKAB_NBR, "Dinas Pendidikan - SMPN 2 Nabire", NBR,
     {"x": "yulianus_pigai", "facebook": True}),
    ("nbr_dinkes", "Selviana Kobepa", 2, "PNS", "Epidemiolog Terampil", PEMKAB_NBR, "Dinas Kesehatan", NBR,
     {"x": "selvi_kobepa", "facebook": True}),
    ("mmk_dukcapil", "Hendrikus Beanal", 1, "PNS", "Operator Layanan", PEMKAB_MMK, "Dinas Kependudukan dan Pencatatan Sipil", MMK,
     {"tiktok": "hendrik_bnl", "facebook": True, "whatsapp": True}),
    ("mmk_guru", "Ruth Magal, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", PEMKAB_MMK, "Dinas Pendidikan - SMPN 2 Mimika", MMK,
     {"youtube": True, "instagram": "ruthmagal"}),
    ("mmk_kadistrik", "Abraham Kum, S.Sos.", 1, "PNS", "Kepala Distrik", PEMKAB_MMK, "Distrik Mimika Baru", MMK,
     {"facebook": True, "whatsapp": True}),
    ("srg_kadistrik", "Daniel Fonataba, S.STP.", 1, "PNS", "Kepala Distrik", PEMKOT_SRG, "Distrik Sorong Manoi", SRG,
     {"x": "daniel_fnt", "telegram": True, "facebook": True, "whatsapp": True}),
    ("srg_staf1", "Yuliana Malak", 2, "PNS", "Pengadministrasi Umum", PEMKOT_SRG, "Distrik Sorong Manoi", SRG,
     {"telegram": True, "whatsapp": True, "instagram": "yuli_malak"}),
    ("srg_staf2", "Ishak Rumbiak", 1, "PPPK", "Pengatur Lalu Lintas", PEMKOT_SRG, "Dinas Perhubungan", SRG,
     {"telegram": True}),
    ("srg_guru", "Novita Sapulete, S.Pd.", 2, "PNS", "Guru Ahli Muda", PEMKOT_SRG, "Dinas Pendidikan - SDN 12 Kota Sorong", SRG,
     {"x": "novita_sapulete", "telegram": True}),
    ("srg_kominfo", "Rony Kambu", 1, "PNS", "Pranata Komputer Terampil", PEMKOT_SRG, "Dinas Komunikasi dan Informatika", SRG,
     {"telegram": True, "x": "rony_kambu"}),
    ("klt_pengawas", "Sri Wahyuni, S.Pd., M.Pd.", 2, "PNS", "Pengawas Sekolah Ahli Madya", PEMKAB_KLT, "Dinas Pendidikan", KLT,
     {"facebook": True, "whatsapp": True}),
    ("klt_kasi", "Agus Setiyawan, S.Pd.", 1, "PNS", "Kepala Seksi Kurikulum SD", PEMKAB_KLT, "Dinas Pendidikan", KLT,
     {"facebook": True, "whatsapp": True, "youtube": True}),
    ("klt_staf1", "Endang Purwanti", 2, "PNS", "Pengadministrasi Umum", PEMKAB_KLT, "Dinas Pendidikan", KLT,
     {"facebook": True}),
    ("klt_staf2", "Joko Susilo, S.Kom.", 1, "PNS", "Pranata Komputer Ahli Pertama", PEMKAB_KLT, "Dinas Pendidikan", KLT,
     {"facebook": True}),
    ("klt_staf3", "Dwi Rahmawati", 2, "PPPK", "Pengelola Keuangan", PEMKAB_KLT, "Dinas Pendidikan", KLT,
     {"facebook": True}),
    ("klt_camat", "Drs. Heru Prasetyo", 1, "PNS", "Camat", PEMKAB_KLT, "Kecamatan Klaten Tengah", KLT,
     {"facebook": True, "x": "heru_klt"}),
    ("klt_guru", "Nanik Lestari, S.Pd.", 2, "PNS", "Guru Ahli Muda", PEMKAB_KLT, "Dinas Pendidikan - SDN 2 Jonggrangan", KLT,
     {"tiktok": "bu_nanik_klt", "youtube": True, "facebook": True}),
    ("klt_bidan", "Wulan Sari, A.Md.Keb.", 2, "PPPK", "Bidan Terampil", PEMKAB_KLT, "Dinas Kesehatan - Puskesmas Prambanan", KLT,
     {"instagram": "wulan.bidan", "facebook": True, "whatsapp": True}),
    ("kds_camat", "H. Slamet Riyadi, S.H., M.M.", 1, "PNS", "Camat", PEMKAB_KDS, "Kecamatan Kota Kudus", KDS, {"whatsapp": True}),
    ("kds_sekcam", "Ahmad Fauzi, S.Sos.", 1, "PNS", "Sekretaris Kecamatan", PEMKAB_KDS, "Kecamatan Kota Kudus", KDS, {"whatsapp": True}),
    ("kds_staf1", "Lilis Suryani", 2, "PNS", "Pengadministrasi Umum", PEMKAB_KDS, "Kecamatan Kota Kudus", KDS, {"whatsapp": True}),
    ("kds_staf2", "Budi Santoso", 1, "PPPK", "Pengelola Layanan Operasional", PEMKAB_KDS, "Kecamatan Kota Kudus", KDS, {"whatsapp": True}),
    ("kds_staf3", "Nur Hidayah, S.E.", 2, "PNS", "Analis Keuangan", PEMKAB_KDS, "Kecamatan Kota Kudus", KDS, {"whatsapp": True}),
    ("kds_lurah", "Mustofa, S.IP.", 1, "PNS", "Lurah", PEMKAB_KDS, "Kelurahan Purwosari, Kecamatan Kota Kudus", KDS, {"whatsapp": True}),
    ("kds_guru", "Siti Khotimah, S.Pd.", 2, "PNS", "Guru Ahli Muda", PEMKAB_KDS, "Dinas Pendidikan - SDN 3 Kramat", KDS,
     {"facebook": True, "instagram": "khotimah_guru"}),
    ("smp_prokopim", "Moh. Ridwan", 1, "PNS", "Pranata Humas", PEMKAB_SMP, "Sekretariat Daerah - Bagian Protokol dan Komunikasi Pimpinan", SMP,
     {"facebook": True}),
    ("smp_guru", "Moh. Hairul Anam, S.Pd.", 1, "PNS", "Guru Ahli Muda", PEMKAB_SMP, "Dinas Pendidikan - SDN Pangarangan III", SMP,
     {"facebook": True, "tiktok": "hairul_anam"}),
    ("smp_camat", "H. Sukri, S.Sos.", 1, "PNS", "Camat", PEMKAB_SMP, "Kecamatan Kalianget", SMP, {"facebook": True, "whatsapp": True, "instagram": "sukri.kalianget"}),
    ("smp_dinsos", "Siti Maimunah", 2, "PPPK", "Pendamping Rehabilitasi Sosial", PEMKAB_SMP, "Dinas Sosial", SMP,
     {"facebook": True, "tiktok": "mumun_smp", "youtube": True}),
    ("smp_pkm", "Abd. Rahem, S.Kep.", 1, "PNS", "Perawat Ahli Pertama", PEMKAB_SMP, "Dinas Kesehatan - Puskesmas Pandian", SMP,
     {"x": "rahem_ners", "facebook": True, "youtube": True}),
    ("bwi_disbud", "Ika Puspitasari, S.Sn.", 2, "PNS", "Pamong Budaya Ahli Muda", PEMKAB_BWI, "Dinas Kebudayaan dan Pariwisata", BWI,
     {"tiktok": "ika.gandrung", "instagram": "ikapuspita_bwi", "youtube": True}),
    ("bwi_guru", "Slamet Hariyanto, S.Pd.", 1, "PNS", "Guru Ahli Madya", PEMKAB_BWI, "Dinas Pendidikan - SMPN 1 Glagah", BWI,
     {"tiktok": "pak_slamet_glagah", "facebook": True}),
    ("bwi_camat", "Eko Wahyudi, S.Sos.", 1, "PNS", "Camat", PEMKAB_BWI, "Kecamatan Glagah", BWI, {"facebook": True, "x": "eko_glagah"}),
    ("bwi_pppk", "Rina Febriyanti, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", PEMKAB_BWI, "Dinas Pendidikan - SDN 1 Kemiren", BWI,
     {"tiktok": "rinafebri_kemiren", "instagram": "rinafebri"}),
    ("bwi_ks", "Sri Utami, S.Pd.", 2, "PNS", "Kepala Sekolah", PEMKAB_BWI, "Dinas Pendidikan - SDN 1 Kemiren", BWI, {"whatsapp": True}),
    ("bwi_dishub", "Heru Santoso", 1, "PNS", "Penguji Kendaraan Bermotor", PEMKAB_BWI, "Dinas Perhubungan", BWI, {"tiktok": "heru_dishub", "whatsapp": True}),
]

PHONE_PREFIX = ["812", "813", "821", "822", "852", "853", "811", "878", "857", "896"]


def add_people(ctx):
    for row in PEOPLE:
        key, nama, sex, status, jab, ins, unit, wil, accs = row[:9]
        disp = row[9] if len(row) > 9 else None
        by = 1968 + hnum("by" + key, 27)
        birth = f"{by}{1 + hnum('bm' + key, 12):02d}{1 + hnum('bd' + key, 28):02d}"
        if status == "PPPK":
            tmt = ["202212", "202304", "202307", "202401"][hnum("tp" + key, 4)]
        else:
            ty = min(by + 22 + hnum("ty" + key, 9), 2022)
            tmt = f"{ty}{1 + hnum('tm' + key, 12):02d}"
        seq = 1 + hnum("sq" + key, 998)
        acc = {}
        for p, v in accs.items():
            if v is True:
                v = {"facebook": fbid(key), "youtube": yt_channel("h5" + key)}.get(p) or phone(key, PHONE_PREFIX[hnum(key + p, 10)])
            acc[p] = v
        if "telegram" in acc and "whatsapp" in acc:
            acc["telegram"] = acc["whatsapp"]
        ctx.add_asn(key, birth, tmt, sex, seq, nama, jab, ins, unit, wil, status, acc, disp)


INSTS = [
    ("pdk_ig", "Kelurahan Pondok Kelapa", JKT, "instagram", "kel.pondokkelapa", "Kelurahan Pondok Kelapa"),
    ("prokopim_smp", "Sekretariat Daerah Kabupaten Sumenep - Bagian Protokol dan Komunikasi Pimpinan", SMP, "facebook",
     page_id("prokopim_smp"), "Prokopim Kabupaten Sumenep"),
    ("disdik_bwi", "Dinas Pendidikan Kabupaten Banyuwangi", BWI, "facebook", "dispendik.banyuwangi", "Dinas Pendidikan Kabupaten Banyuwangi"),
    ("kec_kalianget", "Kecamatan Kalianget", SMP, "facebook", "kecamatan.kalianget", "Kecamatan Kalianget Sumenep"),
    ("kominfo_trk", "Dinas Komunikasi dan Informatika Kota Tarakan", TRK, "x", "diskominfo_tkn", "Diskominfo Kota Tarakan"),
    ("pkm_bebanga", "Puskesmas Bebanga", MMJ, "tiktok", "puskesmas.bebanga", "Puskesmas Bebanga Mamuju"),
    ("distrik_manoi", "Distrik Sorong Manoi", SRG, "telegram", "infodistrikmanoi", "Info Distrik Sorong Manoi"),
    ("dinkes_mmk", "Dinas Kesehatan Kabupaten Mimika", MMK, "instagram", "dinkes.mimika", "Dinkes Mimika"),
    ("disdik_klt", "Dinas Pendidikan Kabupaten Klaten", KLT, "facebook", page_id("disdik_klt"), "Dinas Pendidikan Kabupaten Klaten"),
    ("kec_kudus", "Kecamatan Kota Kudus", KDS, "instagram", "kecamatankotakudus", "Kecamatan Kota Kudus"),
    ("humas_plm", "Bagian Prokopim Setda Kabupaten Polewali Mandar", PLM, "facebook", "humas.polman", "Humas Pemkab Polewali Mandar"),
    ("dinkes_mrk", "Dinas Kesehatan Kabupaten Merauke", MRK, "youtube", yt_channel("h5dinkesmrk"), "Dinkes Merauke TV"),
    ("bpbd_blg", "Badan Penanggulangan Bencana Daerah Kabupaten Bulungan", BLG, "x", "bpbd_bulungan", "BPBD Bulungan"),
    ("kominfo_nbr", "Dinas Komunikasi dan Informatika Kabupaten Nabire", NBR, "telegram", "kominfonabire", "Kominfo Nabire"),
]


# ---------------------------------------------------------------------------------------------
# candidates (fictional people; real parties, regions and calendars)
# ---------------------------------------------------------------------------------------------
def candidates():
    P = PILKADA_DESIGNATION
    dki = Contest("dki-gubernur", "gubernur", "Provinsi DKI Jakarta", [
        Cand("dki-1", "H. Marzuki Alwi", aliases=["Bang Juki", "Babeh Juki", "Juki"], mate="Yasmin Paramitha",
             mate_aliases=["Mpok Yasmin"], ballot=1, parties=["PKS", "GOLKAR", "GERINDRA", "PAN"],
             slogans=["Jakarta Jaya Raya"], hashtags=["#JakartaJayaRaya", "#JukiYasmin"],
             accounts=[("facebook", page_id("juki")), ("instagram", "bangjuki.official"), ("x", "bangjuki_jkt"), ("tiktok", "bangjuki")]),
        Cand("dki-2", "Darmawan Kusuma", aliases=["Bang Darma", "DAKU"], mate="Kurniawan Saputra", mate_aliases=["Bang Iwan"],
             ballot=2, independent=True, slogans=["Jakarta Milik Warga", "DAKU untuk Jakarta"], hashtags=["#DAKUuntukJakarta"],
             accounts=[("x", "daku_jakarta"), ("instagram", "darmakusuma.id")]),
        Cand("dki-3", "Ratna Wulandari", aliases=["Mbak Ratna", "Bu Ratna", "RAPI"], mate="Fadli Ramadhan", mate_aliases=["Bang Fadli"],
             ballot=3, parties=["PDIP", "PKB"], slogans=["Jakarta Bersih Rapi"], hashtags=["#JakartaRapi", "#Coblos3"],
             accounts=[("x", "ratnafadli3"), ("instagram", "ratnawulandari.id")]),
    ], P)
    trk = Contest("tarakan-walikota", "walikota", TRK, [
        Cand("trk-1", "H. Muhammad Yusuf", aliases=["Pak Ucup", "Yusuf Tarakan", "YB"], mate="Andi Baso Latif", mate_aliases=["Daeng Baso"],
             ballot=1, parties=["GERINDRA", "NASDEM", "PAN"], slogans=["Lanjutkan Tarakan Hebat"], hashtags=["#TarakanHebat", "#LanjutkanYB"],
             accounts=[("x", "yusufbaso_tkn"), ("facebook", page_id("ucup"))]),
        Cand("trk-2", "Sri Hartini Tanjung", aliases=["Bu Tini", "Kak Tini", "HATI"], mate="Rudi Hartono Simanjuntak", mate_aliases=["Bang Rudi"],
             ballot=2, parties=["PDIP", "DEMOKRAT", "PKB"], slogans=["Sepenuh HATI untuk Tarakan"], hashtags=["#TarakanPunyaHATI"],
             accounts=[("x", "hati_tarakan")]),
    ], P)
    blg = Contest("bulungan-bupati", "bupati", BLG, [
        Cand("blg-1", "Datu Iskandar Zulkarnain", aliases=["Datu Is", "Bang Is"], mate="Yohanes Laing", mate_aliases=["Pak Laing"],
             ballot=1, parties=["GOLKAR", "PKS"], slogans=["Bumi Tenguyun Maju"], hashtags=["#IsLaing1"],
             accounts=[("x", "datuis_laing")]),
        Cand("blg-2", "Hj. Norhayati", aliases=["Acil Nor", "Bunda Nor"], mate="Frans Lawing", mate_aliases=["Pak Frans"],
             ballot=2, parties=["NASDEM", "PDIP", "HANURA"], slogans=["Bulungan Sejahtera Bersama"], hashtags=["#BundaNor2"],
             accounts=[("instagram", "bundanor.bulungan")]),
    ], P)
    mmj = Contest("mamuju-bupati", "bupati", MMJ, [
        Cand("mmj-1", "Andi Rahmat Sule", aliases=["Puang Rahmat", "ARS"], mate="Syamsul Bahri", mate_aliases=["Pak Syamsul"],
             ballot=1, parties=["GOLKAR", "PAN", "DEMOKRAT"], slogans=["Manakarra Terus Maju"], hashtags=["#RahmatLanjut"],
             accounts=[("instagram", "puangrahmat.official"), ("tiktok", "puangrahmat")]),
        Cand("mmj-2", "Arsyad Djafar", aliases=["Ancu Arsyad", "ADA"], mate="Hasmawati", mate_aliases=["Bu Hasma"],
             ballot=2, parties=["NASDEM", "PKB", "PDIP"], slogans=["Mamuju ADA Harapan"], hashtags=["#ADAuntukMamuju"],
             accounts=[("instagram", "ada.mamuju")]),
    ], P)
    plm = Contest("polman-bupati", "bupati", PLM, [
        Cand("plm-1", "Andi Muh. Ilham", aliases=["Puang Ilham", "AMIN"], mate="Nurjannah Rasyid", mate_aliases=["Ibu Nur"],
             ballot=1, parties=["GERINDRA", "PKS"], slogans=["Polman Sipamandaq"], hashtags=["#AMINPolman"],
             accounts=[("facebook", page_id("amin_polman")), ("tiktok", "amin.polman")]),
        Cand("plm-2", "Yusran Tammalele", aliases=["Kak Yus"], mate="Hamzah Siri", mate_aliases=["Pak Hamzah"],
             ballot=2, independent=True, slogans=["Polman Malaqbi"], hashtags=["#YusranHamzah"],
             accounts=[("facebook", page_id("yusran"))]),
        Cand("plm-3", "Hj. Andi Marwah", aliases=["Puang Marwah"], mate="Sudirman Karim", mate_aliases=["Pak Dirman"],
             ballot=3, parties=["PDIP", "NASDEM", "GOLKAR"], slogans=["Polman Bersatu"], hashtags=["#Marwah3"],
             accounts=[]),
    ], P)
    mrk = Contest("merauke-bupati", "bupati", MRK, [
        Cand("mrk-1", "Yance Gebze Mahuze", aliases=["Pace Yance", "Kaka Yance"], mate="Agus Sarwono", mate_aliases=["Mas Agus"],
             ballot=1, parties=["GOLKAR", "NASDEM"], slogans=["Satu Hati Satu Tujuan"], hashtags=["#YanceAgus1"],
             accounts=[("facebook", page_id("yance"))]),
        Cand("mrk-2", "Maria Goreti Ndiken", aliases=["Mama Maria"], mate="Rahmat Hidayatullah", mate_aliases=["Pak Dayat"],
             ballot=2, parties=["PDIP", "DEMOKRAT", "PKB"], slogans=["Merauke Sejahtera untuk Semua"], hashtags=["#MamaMaria2"],
             accounts=[("x", "mamamaria_mrk")]),
    ], P)
    nbr = Contest("nabire-bupati", "bupati", NBR, [
        Cand("nbr-1", "Yulianus Tebai", aliases=["Bapa Yuli", "Pak Yuli"], mate="Ahmad Safii", mate_aliases=["Pak Safii"],
             ballot=1, parties=["PDIP", "GERINDRA"], slogans=["Nabire Bangkit"], hashtags=["#NabireBangkit", "#YuliSafii"],
             accounts=[("x", "yulitebai_nbr")]),
        Cand("nbr-2", "Selfina Wonda", aliases=["Mama Selfi"], mate="Hasan Kurniawan", mate_aliases=["Pak Hasan"],
             ballot=2, parties=["GOLKAR", "NASDEM", "PKB"], slogans=["Nabire Damai"], hashtags=["#NabireDamai", "#SelfiHasan"],
             accounts=[("x", "mamaselfi2")]),
    ], P)
    mmk = Contest("mimika-bupati", "bupati", MMK, [
        Cand("mmk-1", "Marthinus Kum", aliases=["Bapa Marthin", "MK"], mate="Ruslan Tahir", mate_aliases=["Pak Ruslan"],
             ballot=1, parties=["GOLKAR", "PKB"], slogans=["Eme Neme Yauware"], hashtags=["#MKRuslan1"],
             accounts=[("tiktok", "mk_ruslan")]),
        Cand("mmk-2", "Agustina Yanengga", aliases=["Mama Tina"], mate="Sudarso Wibowo", mate_aliases=["Pak Darso"],
             ballot=2, parties=["PDIP", "GERINDRA"], slogans=["Mimika Baru Mimika Maju"], hashtags=["#MamaTina2"],
             accounts=[("instagram", "mamatina.mimika")]),
    ], P)
    srg = Contest("sorong-walikota", "walikota", SRG, [
        Cand("srg-1", "Septinus Malak", aliases=["Bung Septi", "Kaka Septi", "SEPTI-RAUF"], mate="Abdul Rauf", mate_aliases=["Pak Rauf"],
             ballot=1, parties=["GERINDRA", "NASDEM"], slogans=["Sorong Kota Ramah"], hashtags=["#SeptiRauf"],
             accounts=[("x", "septirauf1")]),
        Cand("srg-2", "Yosina Kalasuat", aliases=["Mama Ina", "Ibu Ina"], mate="Bambang Sutrisno", mate_aliases=["Pak Bambang"],
             ballot=2, parties=["PDIP", "GOLKAR"], slogans=["Sorong Bersih Aman"], hashtags=["#InaBambang2"],
             accounts=[("x", "inabambang2")]),
    ], P)
    klt = Contest("klaten-bupati", "bupati", KLT, [
        Cand("klt-1", "Drs. H. Suparno Wibisono", aliases=["Pak Parno", "Mas Wibi"], mate="Endah Lestari", mate_aliases=["Bu Endah"],
             ballot=1, parties=["PDIP", "PKB"], slogans=["Klaten Bersinar Lanjut"], hashtags=["#LanjutParno"],
             accounts=[("facebook", page_id("parno")), ("youtube", yt_channel("h5parno"))]),
        Cand("klt-2", "Wahyu Adi Nugroho", aliases=["Mas Wahyu", "Mas Adi", "WASIS"], mate="Siti Khotimah", mate_aliases=["Bu Khotimah"],
             ballot=2, parties=["GERINDRA", "GOLKAR", "PKS", "NASDEM"], slogans=["Klaten Wasis, Rakyat Guyub"], hashtags=["#WASIS2"],
             accounts=[("facebook", page_id("wasis")), ("tiktok", "wasis.klaten")]),
    ], P)
    kds = Contest("kudus-bupati", "bupati", KDS, [
        Cand("kds-1", "H. Ahmad Nur Rofiq", aliases=["Gus Rofiq", "Mas Rofiq"], mate="Hendro Saputro", mate_aliases=["Mas Hendro"],
             ballot=1, parties=["PKB", "PPP"], slogans=["Kudus Semakin Religius"], hashtags=["#GusRofiq1"],
             accounts=[("instagram", "gusrofiq.kudus")]),
        Cand("kds-2", "Sutrisno Budi Hartono", aliases=["Pak Tris", "Mas Budi", "TULUS"], mate="Ulfa Maslahah", mate_aliases=["Mbak Ulfa"],
             ballot=2, parties=["GERINDRA", "PDIP"], slogans=["Tulus Mbangun Kudus"], hashtags=["#TULUSKudus"],
             accounts=[("instagram", "tulus.kudus")]),
    ], P)
    smp = Contest("sumenep-bupati", "bupati", SMP, [
        Cand("smp-1", "KH. Moh. Fikri Fauzan", aliases=["Ra Fikri", "Kiai Fikri"], mate="Nur Laili Hasanah", mate_aliases=["Nyai Laili"],
             ballot=1, parties=["PKB", "PPP", "PDIP"], slogans=["Sumenep Unggul Lanjut"], hashtags=["#LanjutRaFikri"],
             accounts=[("facebook", page_id("rafikri")), ("tiktok", "rafikri.official")]),
        Cand("smp-2", "Achmad Syafi'i Madani", aliases=["Ji Syafi'i", "SAE"], mate="Rasyidah Imron", mate_aliases=["Bu Ida"],
             ballot=2, parties=["GERINDRA", "GOLKAR", "DEMOKRAT"], slogans=["Sumenep SAE"], hashtags=["#SumenepSAE"],
             accounts=[("tiktok", "sumenepsae")]),
    ], P)
    bwi = Contest("banyuwangi-bupati", "bupati", BWI, [
        Cand("bwi-1", "Hj. Retno Ayu Sekarsari", aliases=["Mbak Retno", "Bunda Retno"], mate="Agung Wicaksono", mate_aliases=["Mas Agung"],
             ballot=1, parties=["PDIP", "PKB", "NASDEM"], slogans=["Jenggirat Tangi Banyuwangi"], hashtags=["#RetnoAgung1"],
             accounts=[("tiktok", "retnoagung1"), ("instagram", "retnoayu.bwi")]),
        Cand("bwi-2", "Imam Syafrudin", aliases=["Kang Imam", "ISI"], mate="Sulastri", mate_aliases=["Bu Las"],
             ballot=2, parties=["GERINDRA", "GOLKAR", "PKS", "DEMOKRAT"], slogans=["Sunrise of Java Baru"], hashtags=["#ISI2", "#BanyuwangiISI"],
             accounts=[("tiktok", "kangimam.isi")]),
    ], P)
    pilkada = Election("pilkada-2024-heldout5", "Pemilihan Serentak 2024 (heldout5)", date(2024, 11, 27), "pilkada",
                       [dki, trk, blg, mmj, plm, mrk, nbr, mmk, srg, klt, kds, smp, bwi], PILKADA_COMMENT)

    pres = Contest("presiden-2024", "presiden", "Indonesia", [
        Cand("pres-1", "Haryo Wicaksono", aliases=["Pak Haryo", "HARUM"], mate="Abdul Muis Syahrani", mate_aliases=["Gus Muis"],
             ballot=1, parties=["NASDEM", "PKB", "PKS"], slogans=["Indonesia Harum"], hashtags=["#HARUM01"],
             accounts=[("x", "harum01_id"), ("instagram", "haryomuis01")]),
        Cand("pres-2", "Bagus Santosa", aliases=["Pak Bagus", "BAGUS"], mate="Kartika Dewi Larasati", mate_aliases=["Mbak Tika"],
             ballot=2, parties=["GERINDRA", "GOLKAR", "PAN", "DEMOKRAT"], slogans=["Pilih yang Bagus"], hashtags=["#PilihYangBagus", "#BagusTika02"],
             accounts=[("x", "bagustika02"), ("tiktok", "bagustika02")]),
        Cand("pres-3", "Yohanes Sitompul", aliases=["Bung Yo", "Pak Yo"], mate="Rahmawati Anwar", mate_aliases=["Bu Rahma"],
             ballot=3, parties=["PDIP", "PPP", "HANURA", "PERINDO"], slogans=["Gaspol Merata"], hashtags=["#Gaspol03"],
             accounts=[("x", "gaspol03")]),
    ], PRES_DESIGNATION)
    D = DCT_DESIGNATION
    leg = [
        Contest("dpr-dki-1", "dpr", "Dapil DKI Jakarta I (Kota Administrasi Jakarta Timur)", [
            Cand("dpr-dki1-psi-2", "Rizky Maulana Akbar", aliases=["Bang Rizky"], ballot=2, parties=["PSI"],
                 hashtags=["#RizkyPSI2"], accounts=[("x", "rizky_akbar_psi")]),
            Cand("dpr-dki1-pks-1", "Hj. Nuraini Latief", aliases=["Umi Nur"], ballot=1, parties=["PKS"],
                 hashtags=["#UmiNurDPR"], accounts=[]),
        ], D),
        Contest("dpr-jateng-5", "dpr", "Dapil Jawa Tengah V (Boyolali, Klaten, Sukoharjo, Kota Surakarta)", [
            Cand("dpr-jt5-pdip-3", "Bimo Aryo Seno", aliases=["Mas Bimo"], ballot=3, parties=["PDIP"], hashtags=["#MasBimo3"],
                 accounts=[("facebook", page_id("bimo"))]),
        ], D),
        Contest("dpr-jateng-2", "dpr", "Dapil Jawa Tengah II (Kudus, Jepara, Demak)", [
            Cand("dpr-jt2-pkb-1", "Lutfi Hakim Masruri", aliases=["Gus Lutfi"], ballot=1, parties=["PKB"], hashtags=["#GusLutfi1"],
                 accounts=[]),
        ], D),
        Contest("dpr-jatim-11", "dpr", "Dapil Jawa Timur XI (Bangkalan, Sampang, Pamekasan, Sumenep)", [
            Cand("dpr-jt11-ger-2", "Badrus Sholeh", aliases=["Lora Badrus"], ballot=2, parties=["GERINDRA"], hashtags=["#LoraBadrus"],
                 accounts=[("facebook", page_id("badrus"))]),
        ], D),
        Contest("dpr-jatim-3", "dpr", "Dapil Jawa Timur III (Banyuwangi, Situbondo, Bondowoso)", [
            Cand("dpr-jt3-gol-4", "Anang Setiawan", aliases=["Cak Anang"], ballot=4, parties=["GOLKAR"], hashtags=["#CakAnang4"],
                 accounts=[("tiktok", "cakanang4")]),
        ], D),
        Contest("dpr-kaltara", "dpr", "Dapil Kalimantan Utara", [
            Cand("dpr-ku-nas-1", "Hj. Fatimah Zahra Bachtiar", aliases=["Bu Fatimah"], ballot=1, parties=["NASDEM"],
                 hashtags=["#FatimahNasDem1"], accounts=[("x", "fatimahzb_ku")]),
        ], D),
        Contest("dprd-klaten-3", "dprd_kabkota", "Kabupaten Klaten - Dapil Klaten 3", [
            Cand("dprd-klt3-pdip-4", "Suwarni", aliases=["Bu Warni"], ballot=4, parties=["PDIP"], hashtags=["#BuWarni4"],
                 accounts=[]),
        ], D),
        Contest("dprd-sorong-1", "dprd_kabkota", "Kota Sorong - Dapil Sorong 1", [
            Cand("dprd-srg1-nas-3", "Ones Fonataba", aliases=["Kaka Ones"], ballot=3, parties=["NASDEM"], hashtags=["#KakaOnes3"],
                 accounts=[]),
        ], D),
        Contest("dprd-sulbar-2", "dprd_provinsi", "Provinsi Sulawesi Barat - Dapil Sulbar 2 (Polewali Mandar)", [
            Cand("dprd-sb2-gol-1", "Andi Baharuddin Tona", aliases=["Puang Bahar"], ballot=1, parties=["GOLKAR"], hashtags=["#PuangBahar1"],
                 accounts=[]),
        ], D),
        Contest("dpd-sulbar", "dpd", "Provinsi Sulawesi Barat", [
            Cand("dpd-sb-27", "Andi Nurhaedah", aliases=["Puang Edah"], ballot=27, hashtags=["#PuangEdahDPD"], accounts=[]),
        ], D),
        Contest("dpd-papua-tengah", "dpd", "Provinsi Papua Tengah", [
            Cand("dpd-pt-8", "Yakobus Degei", aliases=["Bapa Yakob"], ballot=8, hashtags=["#BapaYakob8"], accounts=[]),
        ], D),
    ]
    pemilu = Election("pemilu-2024-heldout5", "Pemilihan Umum 2024 (heldout5)", date(2024, 2, 14), "pemilu",
                      [pres] + leg, PEMILU_COMMENT)
    return pilkada, pemilu


PILKADA_COMMENT = """
heldout5 Pilkada 2024 configuration (contract format). Candidates are fictional; regions are real:
DKI Jakarta (31; Kota Administrasi Jakarta Timur 31.75), Kalimantan Utara (65; Kabupaten Bulungan 65.02, Kota Tarakan 65.71),
Sulawesi Barat (76; Kabupaten Polewali Mandar 76.02, Kabupaten Mamuju 76.04), Papua Selatan (93; Kabupaten Merauke 93.01),
Papua Tengah (94; Kabupaten Nabire 94.01, Kabupaten Mimika), Papua Barat Daya (96; Kota Sorong 96.71), Jawa Tengah
(33; Kabupaten Klaten 33.10, Kabupaten Kudus 33.19), Jawa Timur (35; Kabupaten Banyuwangi 35.10, Kabupaten Sumenep 35.29).
Incumbents running again: tarakan-walikota trk-1, mamuju-bupati mmj-1, klaten-bupati klt-1, sumenep-bupati smp-1.
Independent pairs: dki-2, plm-2. Ballot numbers were drawn on 23 Sep 2024.
"""
PEMILU_COMMENT = """
heldout5 Pemilu 2024 configuration: three fictional presidential pairs (designated 13 Nov 2023, numbers drawn 14 Nov),
and fictional DPR, DPRD and DPD candidates (DCT 3 Nov 2023) with their party and dapil; ballot_number is the candidate's
place on the party list (DPD: the candidate's number on the DPD ballot).
"""


# ---------------------------------------------------------------------------------------------
# Facebook Graph API
# ---------------------------------------------------------------------------------------------
def facebook(c):
    u = lambda k: {"name": c.disp(k), "id": c.acct(k, "facebook")}  # noqa: E731
    P = fb_person

    # 1. the page of the Klaten pair WASIS (klt-2)
    wid = c.cands["klt-2"].handle("facebook")
    fb = Fb(c, "facebook/page_wasis_klaten_feed.json", wid)
    page = {"name": "Mas Wahyu - WASIS Klaten", "id": wid}
    own = lambda note="the candidate's own page; no ASN acts here": N("neg_candidate_own", note, lang="jv")  # noqa: E731
    p4 = fb.post(w(2024, 9, 15, 20, 5), "Alhamdulillah rekomendasi partai sampun turun. Dungakne nggih sedulur, Klaten kudu luwih wasis 🙏", page, own())
    fb.comment(p4, w(2024, 9, 15, 21, 12), "Sukses Mas Wahyu, kulo sak keluarga ndukung panjenengan dadi bupati 💪", u("klt_camat"),
               V("klt_camat", "interact", "klt-2", "bakal_support", action="comment", lang="jv",
                 note="a camat backs the bakal calon on his page a week before designation (E codes)"))
    fb.comment(p4, w(2024, 9, 16, 6, 40), "Aamiin, mugi dados berkah", P("Tukiyem Delanggu"), N(lang="jv"))
    p1 = fb.post(w(2024, 10, 5, 19, 0), "Matur nuwun warga Jonggrangan! Bareng-bareng mbangun Klaten sing wasis lan guyub. Coblos nomer 2 tanggal 27 November 🙏 #WASIS2",
                 page, own())
    fb.comment(p1, w(2024, 10, 5, 20, 10), "Mugi lancar Mas Wahyu 🤲 Klaten butuh pemimpin sing wasis tenan, 2️⃣ pokoke!", u("klt_guru"),
               V("klt_guru", "interact", "klt-2", "comment_support", action="comment", lang="jv",
                 note="a teacher's supportive comment with the ballot number keycap"))
    fb.comment(p1, w(2024, 10, 5, 20, 31), "Mantap mas, ditunggu jalan cor ing dusun kulo", P("Sutarmi Jonggrangan"), N(lang="jv"))
    q = fb.comment(p1, w(2024, 10, 5, 21, 2), "Nyuwun pirsa, debat kaping kalih niku tanggal pinten nggih? Badhe kula tonton kaliyan bocah-bocah les.",
                   u("klt_kasi"), N("neg_question", "an official asks the debate date on the page; no support", lang="jv"))
    fb.comment(p1, w(2024, 10, 5, 21, 20), "Tanggal 9 November mas, siaran langsung TVRI Jateng", P("Admin Relawan WASIS", "adm"), N(lang="jv"), parent=q)
    for k, kind in (("klt_pengawas", "LIKE"), ("klt_staf1", "LIKE"), ("klt_staf2", "LOVE"), ("klt_staf3", "LIKE")):
        fb.react(p1, u(k), V(k, "interact", "klt-2", "like_coordinated", action="like", lang="sys",
                               note="one of four officials of Dinas Pendidikan Klaten reacting to the same campaign post"), kind=kind)
    fb.react(p1, P("Sutarmi Jonggrangan"), N(lang="sys"))
    fb.react(p1, P("Bagas Prambanan"), N(lang="sys"), kind="LOVE")
    p2 = fb.post(w(2024, 10, 19, 21, 30), "Nonton bareng Persis bareng sedulur angkringan. Seneng bal-balan ⚽", page, own())
    fb.comment(p2, w(2024, 10, 19, 21, 55), "Skor akhir 2-1 mas, Persis menang! 😁", P("Bagas Prambanan"),
               N("neg_everyday_word", "a football score '2-1' under the number-2 pair's post, by a citizen", lang="jv"))
    p3 = fb.post(w(2024, 11, 2, 10, 15), "Blusukan Pasar Delanggu, ngrungokke keluhan pedagang.", page, own(),
                 photo={"description": "Mas Wahyu bersalaman dengan pedagang sayur di Pasar Delanggu"})
    fb.comment(p3, w(2024, 11, 2, 11, 3), "Kok ora mampir Puskesmas Prambanan mas, antrean BPJS ne dowo banget 😩", u("klt_bidan"),
               N("neg_complaint", "a midwife complains about queues to the candidate; no support", lang="jv"))
    fb.comment(p3, w(2024, 11, 2, 11, 40), "Ayo warga Delanggu, tgl 27 ojo lali, sing wasis nomer loro ✌️", u("klt_staf1"),
               V("klt_staf1", "interact", "klt-2", "comment_support", action="comment", lang="jv"))
    fb.comment(p3, w(2024, 11, 2, 12, 5), "Jenengku yo Wahyu, tapi aku milih sing programe paling apik 😂", P("Wahyu Prasetyo"),
               N("neg_first_name", "a citizen who shares the candidate's first name", lang="jv"))
    fb.post(w(2024, 10, 26, 15, 0), "Matur nuwun Bu Nanik Lestari lan Pak Joko Susilo saha para guru ingkang sampun rawuh ing sarasehan pendidikan.",
            page, own("the candidate's page thanks two officials by tag"),
            tags=[(u("klt_guru"), A("klt_guru", note="tagged by the candidate's page")),
                  (u("klt_staf2"), A("klt_staf2", note="tagged by the candidate's page; he asks for the tag to go"))])
    p6 = fb.posts[-1]
    fb.comment(p6, w(2024, 10, 26, 16, 20), "Nyuwun sewu mas, kula mboten rawuh, kula ASN. Tag-ipun mohon dipun busak 🙏", u("klt_staf2"),
               N("neg_untag", "the tagged official asks to be untagged", lang="jv"))
    fb.dump()

    # 2. the official page of the Sumenep regent's protocol office (incumbent smp-1)
    sid = c.inst["prokopim_smp"]["handle"]
    fb = Fb(c, "facebook/page_prokopim_sumenep_feed.json", sid)
    pg = {"name": "Prokopim Kabupaten Sumenep", "id": sid}
    q1 = fb.post(w(2024, 7, 18, 10, 0), "Bupati Sumenep KH. Moh. Fikri Fauzan meresmikan Jembatan Kalianget Timur yang menghubungkan Desa Marengan Laok dan Kalimo'ok. "
                 "Bupati berpesan agar warga ikut merawat fasilitas umum.", pg,
                 N("neg_incumbent_official", "the regent's official work on the government page, before the campaign"),
                 photo={"description": "Bupati menggunting pita peresmian jembatan"})
    fb.comment(q1, w(2024, 7, 18, 11, 25), "Alhamdulillah, matur sakalangkong Ra. Warga Kalianget ampon lebur, jembatan ampon bisa èlèbâdhi.", u("smp_camat"),
               N("neg_incumbent_official", "a camat thanks the regent for a bridge, in Madurese, in July", lang="mad"))
    fb.comment(q1, w(2024, 7, 18, 13, 2), "Semoga desa kami juga dapat giliran pak", P("Moh. Toyyib Gapura"), N())
    fb.comment(q1, w(2024, 10, 8, 19, 45), "Ra Fikri pancen bupati se paling lebur ka rakyat. Tanggal 27 ja' kaloppae, pelè nomer sèttong! ☝️", u("smp_pkm"),
               V("smp_pkm", "interact", "smp-1", "incumbent_campaign", action="comment", lang="mad",
                 note="under an old official post, a nurse turns it into a call to vote number 1 during the campaign"))
    fb.react(q1, u("smp_guru"), N("neg_incumbent_official", "liking the government page's report of a bridge opening", lang="sys"))
    q2 = fb.post(w(2024, 9, 5, 14, 30), "Penyerahan bantuan bagi korban angin puting beliung di Kecamatan Gapura oleh Bupati Sumenep bersama Dinas Sosial.",
                 pg, N("neg_incumbent_official", "disaster aid reported by the government page"))
    fb.comment(q2, w(2024, 9, 5, 16, 0), "Alhamdulillah bantuan sudah tersalurkan ke 48 KK, terima kasih tim Dinsos dan relawan Tagana 🙏", u("smp_dinsos"),
               N("neg_incumbent_official", "a social worker reports the aid delivered"))
    fb.comment(q2, w(2024, 9, 5, 17, 10), "Ra Fikri pemimpin sejati, lanjut 2 periode!", P("Fathorrahman"), N())
    q3 = fb.post(w(2024, 10, 12, 20, 0), "Terima kasih Ra Fikri atas pengabdiannya. Sumenep Unggul, lanjutkan! ☝️ #LanjutRaFikri", pg,
                 V("inst:prokopim_smp", "inst", "smp-1", "inst_account",
                   note="the regent's protocol page campaigns for him while he is on leave as a candidate"),
                 photo={"description": "Foto KH. Moh. Fikri Fauzan di depan baliho bertuliskan Coblos No. 1"})
    fb.comment(q3, w(2024, 10, 12, 21, 15), "Mohon maaf, postingan ini salah unggah dari admin, segera kami hapus.", u("smp_prokopim"),
               N("neg_apology", "the page's staff member calls it a mistaken upload; the deletion does not undo the post"))
    fb.react(q3, P("Fathorrahman"), N(lang="sys"))
    fb.react(q3, P("Siti Rofiqoh Batuan"), N(lang="sys"))
    q4 = fb.post(w(2024, 12, 9, 8, 30), "Bupati Sumenep memimpin apel siaga bencana banjir di halaman Pendopo Agung Keraton Sumenep.", pg,
                 N("neg_incumbent_official", "the re-elected regent's official duty after the vote"))
    fb.comment(q4, w(2024, 12, 9, 9, 12), "Siaga selalu, semoga Sumenep aman dari banjir. Matur sakalangkong Ra 🙏", u("smp_guru"),
               N("neg_incumbent_official", "thanks for a disaster-readiness parade after the election", lang="mad"))
    fb.dump()

    # 3. a Facebook group of Bang Juki's volunteers in Jakarta Timur
    gid = "1" + f"{hnum('h5grpjuki', 10**14):014d}"
    fb = Fb(c, "facebook/group_relawan_bangjuki_jaktim_feed.json", gid)
    adm = P("Hj. Rohaye Cawang")
    fb.post(w(2024, 8, 29, 16, 0), "Bang Juki udeh daftar ke KPU! Aye dukung 100 persen, Babeh Juki buat Jakarta 💪", u("jt_satpol"),
            V("jt_satpol", "post", "dki-1", "bakal_support", in_group=True, lang="betawi",
              note="registration day: support for a bakal calon inside his volunteers' group"))
    g1 = fb.post(w(2024, 9, 28, 16, 0), "Assalamualaikum, selamet dateng anggota baru Nurul Fadhilah sama Ahmad Zulkifli. Kite kompakin Jaktim buat Bang Juki nomor 1!",
                 adm, N(lang="betawi"),
                 tags=[(u("jt_staf1"), A("jt_staf1", note="welcomed and tagged into the volunteers' group by its admin")),
                       (u("jt_staf2"), A("jt_staf2", case="tag_then_engaged", note="tagged by the admin; he then answers in support"))])
    fb.comment(g1, w(2024, 9, 28, 16, 45), "Siap Mpok, aye ikut! Sabtu kite ke Cawang bawa bendera nomor 1 ☝️", u("jt_staf2"),
               V("jt_staf2", "interact", "dki-1", "tag_then_engaged", action="comment", in_group=True, lang="betawi"))
    fb.comment(g1, w(2024, 9, 28, 17, 5), "Mpok, punten aye dikeluarin aje ye dari grup, aye kerja di kelurahan, kagak boleh ikut-ikutan 🙏", u("jt_staf1"),
               N("neg_untag", "the tagged official asks to be removed from the group", lang="betawi"))
    g2 = fb.post(w(2024, 10, 6, 13, 20), "Kampanye akbar Bang Juki di GOR Otista, rame bener! Foto ame Babeh Juki, salam satu jari ☝️", u("jt_satpol"),
                 V("jt_satpol", "gesture", "dki-1", "gesture_caption", in_group=True, add_codes=["PP94-N2", "SKB-D4"], lang="betawi",
                   note="the photo is described only in its caption: in uniform, one finger raised, with the candidate"),
                 photo={"description": "Pria berseragam Satpol PP berfoto dengan Marzuki Alwi, keduanya mengacungkan satu jari"})
    fb.react(g2, u("jt_sudin"), V("jt_sudin", "interact", "dki-1", "like_group", action="like", in_group=True, lang="sys"))
    fb.comment(g2, w(2024, 10, 6, 14, 0), "Mantep bang, lanjutin!", P("Udin Kalimalang"), N(lang="betawi"))
    g3 = fb.post(w(2024, 10, 20, 19, 0), "Info: debat ketiga Pilgub tgl 17 Nov, nobar di posko Kalimalang ye", adm, N(lang="betawi"))
    fb.comment(g3, w(2024, 10, 20, 20, 30), "Pemberitahuan: balai warga RW 05 tidak boleh dipakai untuk posko relawan paslon mana pun. Terima kasih.", u("jt_lurah"),
               R("rev_member_notice", "a lurah posts a neutral notice, but from inside a candidate's volunteers' group: is his membership itself support?",
                 actor="jt_lurah", cand="dki-1"))
    g4 = fb.post(w(2024, 11, 25, 10, 0), "Masa tenang, jangan posting APK dulu ye temen-temen", adm, N(lang="betawi"))
    fb.comment(g4, w(2024, 11, 25, 10, 40), "Siap bang. Tapi inget tgl 27 nomor satu, kagak pake lupe 😁", u("jt_staf2"),
               V("jt_staf2", "interact", "dki-1", "stage_quiet", action="comment", in_group=True, lang="betawi",
                 note="in the quiet period"))
    fb.dump()

    # 4. the Polewali Mandar government page
    hid = page_id("humas_plm")
    fb = Fb(c, "facebook/page_humas_polman_feed.json", hid)
    pg = {"name": "Humas Pemkab Polewali Mandar", "id": hid}
    h1 = fb.post(w(2024, 8, 17, 10, 0), "Festival Sandeq 2024 resmi dibuka. Semangat sipamandaq, saling menguatkan untuk Polewali Mandar yang malaqbi.", pg,
                 N("neg_motto", "the regional values 'sipamandaq' and 'malaqbi' (two pairs' slogans) in an official festival post"))
    fb.comment(h1, ta(2024, 8, 17, 12, 10), "Sipamandaq tia, Polman malaqbi. Mapia sanna' festivalna 👏", u("pm_lurah"),
               N("neg_motto", "a lurah praises the festival with the regional motto words", lang="mandar"))
    h2 = fb.post(w(2024, 10, 1, 9, 0), "Pengumuman: Pemkab Polewali Mandar mengingatkan seluruh ASN untuk menjaga netralitas pada Pilkada 27 November 2024.", pg,
                 N("neg_rule_quote", "a neutrality reminder on the government page"))
    fb.comment(h2, ta(2024, 10, 1, 10, 5), "Amin, semoga pilkada Polman aman dan damai", u("pm_guru"),
               N("neg_everyday_word", "'Amin' as a prayer, not the pair AMIN"))
    fb.comment(h2, ta(2024, 10, 1, 10, 40), "Surat edaran netralitas sudah kami teruskan ke seluruh OPD, mohon dipatuhi.", u("pm_bkpsdm"),
               N("neg_namesake", "an official named Muhammad Ilham, like candidate Andi Muh. Ilham, relays a neutrality circular"))
    fb.comment(h2, ta(2024, 10, 1, 11, 15), "AMIN nomor 1 pokoknya 😁", P("Rusdi Wonomulyo"), N())
    fb.comment(h2, ta(2024, 10, 14, 19, 20), "Tabe' puang, mua' melo'i Polman sipamandaq, pilei AMIN nomor 1 ☝️ tanggal 27", u("pm_guru"),
               V("pm_guru", "interact", "plm-1", "comment_support", action="comment", lang="mandar",
                 note="under a neutrality reminder, a teacher calls for the AMIN pair"))
    fb.dump()


# ---------------------------------------------------------------------------------------------
# CrowdTangle CSV
# ---------------------------------------------------------------------------------------------
def crowdtangle(c):
    def inst_page(k, cat, desc, created, followers, fid=None):
        r = c.inst[k]
        return (r["nama_akun"], r["handle"], fid or page_id("ct" + k), cat, desc, created, followers)

    def asn_page(k, cat, desc, created, followers):
        return (c.disp(k), "", c.acct(k, "facebook"), cat, desc, created, followers)

    pages = {
        "disdik": inst_page("disdik_bwi", "Government Organization", "Akun resmi Dinas Pendidikan Kabupaten Banyuwangi", "2015-03-02 10:11:00", 48210),
        "kal": inst_page("kec_kalianget", "Government Organization", "Kantor Kecamatan Kalianget", "2017-08-14 08:00:00", 9120),
        "bst": ("Berita Sumenep Terkini", "beritasumenepterkini", page_id("bst"), "Media/News Company", "Berita Sumenep dan Madura", "2016-01-20 09:00:00", 130540),
        "slamet": asn_page("bwi_guru", "Teacher", "Guru seni budaya, pelatih gandrung", "2019-06-01 12:00:00", 2210),
        "infoklt": ("Info Klaten", "infoklatenraya", page_id("infoklt"), "Community", "Kabar warga Klaten", "2014-11-11 11:00:00", 265300),
        "agus": asn_page("klt_kasi", "Public Figure", "Pendidik, penggemar sepeda", "2020-02-02 07:00:00", 1840),
    }
    ct = Ct(c, "crowdtangle/pages_jatim_jateng_2024.csv", WIB, pages)
    ct.row("disdik", w(2024, 8, 17, 9, 30), "Photo", "Upacara HUT RI ke-79 di SMPN 1 Glagah. Jenggirat Tangi! 🇮🇩",
           N("neg_motto", "'Jenggirat Tangi' is the regency's motto as well as pair 1's slogan; an Independence Day ceremony"),
           image_text="JENGGIRAT TANGI BANYUWANGI\nHUT RI KE-79")
    ct.row("disdik", w(2024, 10, 15, 13, 0), "Photo", "Sosialisasi Kurikulum Merdeka bagi guru SD se-Kecamatan Kabat.",
           V("inst:disdik_bwi", "inst", "bwi-2", "image_text", note="the campaign message is only in the picture's text"),
           image_text="COBLOS NO. 2\nISI - BANYUWANGI MAKIN BERISI")
    ct.row("disdik", w(2024, 10, 16, 8, 0), "Status", "Mohon maaf atas unggahan kemarin, terjadi kesalahan teknis pada materi gambar.",
           N("neg_apology", "the agency apologises for the previous picture"))
    ct.row("kal", w(2024, 9, 23, 15, 10), "Link", "Info: hasil pengundian nomor urut Pilbup Sumenep 2024.",
           N("neg_news", "an institution relays a neutral number-draw report"),
           link="https://beritasumenepterkini.id/2024/09/23/kpu-sumenep-undi-nomor-urut", link_text="KPU Sumenep Undi Nomor Urut: Ra Fikri-Nyai Laili 1, Ji Syafi'i-Bu Ida 2")
    ct.row("kal", w(2024, 11, 6, 21, 0), "Link", "Debat kedua: Ra Fikri paling paham masalah nelayan, paslon sebelah cuma janji. Lanjut! ☝️",
           V("inst:kec_kalianget", "inst", "smp-1", "news_partisan", note="a kecamatan page relays a debate report with a partisan comment"),
           link="https://beritasumenepterkini.id/2024/11/06/debat-kedua-pilbup", link_text="Debat Kedua Pilbup Sumenep Bahas Nasib Nelayan")
    ct.row("kal", w(2024, 8, 5, 20, 0), "Photo", "Haul Syaikhona di Masjid Jamik Kalianget, dihadiri Bupati, Forkopimda dan tokoh masyarakat.",
           N("neg_event", "a religious event attended by the regent before the campaign; no partisan element"))
    ct.row("bst", w(2024, 11, 12, 18, 0), "Link", "Ra Fikri dan Ji Syafi'i duduk berdampingan di haul akbar Bata-Bata.",
           N("neg_news", "a news page"), link="https://beritasumenepterkini.id/2024/11/12/haul-akbar", link_text="Dua Calon Bupati Hadiri Haul Bersama")
    ct.row("slamet", w(2024, 10, 21, 16, 0), "Native Video", "Laré-laré latihan gandrung, isun bangga temen. Jenggirat Tangi! 💃",
           N("neg_motto", "a gandrung practice with the regency motto", lang="osing"))
    ct.row("slamet", w(2024, 11, 1, 19, 30), "Photo", "Isun milu Kang Imam, Banyuwangi kudu berISI. Sing usah ragu, nomer loro!",
           V("bwi_guru", "post", "bwi-2", "post_support", lang="osing"), image_text="ISI 2")
    ct.row("slamet", w(2024, 11, 20, 20, 0), "Status", "Kadung riko bingung milih, delengen programe, ojo delok duwite. Sopo bae hang menang, Banyuwangi kudu rukun.",
           N("neg_reminder", "a neutral appeal to vote on programmes", lang="osing"))
    ct.row("infoklt", w(2024, 12, 5, 14, 0), "Link", "KPU Klaten tetapkan bupati dan wakil bupati terpilih hasil Pilkada 2024.",
           N("neg_news", "a community page"), link="https://infoklaten.id/kpu-tetapkan-paslon-terpilih", link_text="KPU Klaten Tetapkan Paslon Terpilih")
    ct.row("infoklt", w(2024, 11, 10, 7, 0), "Photo", "Semalam debat publik kedua Pilbup Klaten, sampeyan nonton?",
           N("neg_news", "a community page", lang="jv"), image_text="DEBAT PUBLIK KEDUA\nPILBUP KLATEN 2024")
    ct.row("agus", w(2024, 9, 10, 19, 0), "Photo", "Silaturahmi kaliyan Pak Parno, insyaAllah lanjut 2 periode. Klaten Bersinar!",
           V("klt_kasi", "photo", "klt-1", "bakal_support", lang="jv",
             note="a photo with the incumbent as bakal calon, with a second-term wish (E codes)"),
           image_text="")
    ct.row("agus", w(2024, 10, 3, 18, 0), "Photo", "Arsip peresmian gedung baru SDN 1 Klaten bulan Agustus. Bangga, murid-murid semangat sekolah!",
           N("neg_incumbent_official", "an archive photo of an official school opening, no campaign element"))
    ct.row("agus", w(2024, 10, 4, 20, 0), "Status", "Sekolah anyar, dalan alus, 5 taun bukti nyata. Ojo nganti salah pilih, lanjutkan Pak Parno!",
           V("klt_kasi", "post", "klt-1", "incumbent_campaign", lang="jv",
             note="the incumbent's record turned into a call to re-elect him"))
    ct.dump()

    pages = {
        "thi": ("Tarakan Hari Ini", "tarakanhariini", page_id("thi"), "Media/News Company", "Berita Kota Tarakan", "2013-05-05 10:00:00", 88400),
        "lukas": asn_page("blg_guru", "Teacher", "Guru SD, Tanjung Selor", "2018-09-09 09:09:00", 1320),
        "ibl": ("Info Bulungan", "infobulungan", page_id("ibl"), "Community", "Info warga Bumi Tenguyun", "2015-04-04 08:00:00", 51200),
        "polman": inst_page("humas_plm", "Government Organization", "Akun resmi Humas Pemerintah Kabupaten Polewali Mandar", "2016-06-06 06:06:00",
                            37800, fid=page_id("humas_plm")),
        "mt": ("Mamuju Terkini", "mamujuterkini", page_id("mt"), "Media/News Company", "Berita Sulawesi Barat", "2017-07-07 07:07:00", 64100),
        "arfan": asn_page("mmj_prokopim", "Personal Blog", "Cerita kecil dari Manakarra", "2019-01-15 15:00:00", 980),
    }
    ct = Ct(c, "crowdtangle/pages_kaltara_sulbar_2024.csv", WITA, pages)
    ct.row("thi", ta(2024, 9, 22, 0, 30), "Link", "KPU Tarakan tetapkan dua pasangan calon wali kota hari ini.",
           N("neg_news", "a news page"), link="https://tarakanhariini.id/kpu-tetapkan-paslon", link_text="KPU Tetapkan Dua Paslon Wali Kota Tarakan")
    ct.row("lukas", ta(2024, 9, 22, 0, 40), "Status", "Bah, besok ditetapkan sudah. Datu Is–Pak Laing, bubuhan guru kampung dukung 💪 #IsLaing1",
           V("blg_guru", "post", "blg-1", "stage_boundary_wita", lang="tarakan",
             note="00:40 WITA on 22 Sep is 23:40 WIB on 21 Sep: still a bakal calon (E codes)"))
    ct.row("lukas", ta(2024, 9, 22, 8, 10), "Status", "Sudah resmi calon! Ayo bubuhan Tanjung Selor, kada usah ragu lagi, Datu Is–Pak Laing!",
           V("blg_guru", "post", "blg-1", "post_support", lang="tarakan", note="the same morning, after designation (D codes)"))
    ct.row("ibl", ta(2024, 10, 12, 9, 0), "Photo", "Dirgahayu Kabupaten Bulungan ke-64! 🎉",
           N("neg_motto", "a regency anniversary with its motto"), image_text="HUT KE-64 KABUPATEN BULUNGAN\nBUMI TENGUYUN")
    ct.row("polman", ta(2024, 10, 20, 10, 0), "Photo", "Penyerahan bantuan bibit kakao kepada kelompok tani di Kecamatan Tapango.",
           N("neg_official_neutral", "a government page's routine activity"))
    ct.row("polman", ta(2024, 11, 24, 0, 20), "Photo", "Polman Bersatu 🤝",
           V("inst:humas_plm", "inst", "plm-3", "image_text",
             note="00:20 WITA on 24 Nov is 23:20 WIB on 23 Nov, the last campaign hour; the call is in the picture text"),
           image_text="PILIH PUANG MARWAH\nNOMOR 3 - POLMAN BERSATU")
    ct.row("mt", ta(2024, 10, 9, 11, 0), "Link", "Paslon nomor 1 kunjungi Pasar Sentral Mamuju, pedagang minta los baru.",
           N("neg_news", "a news page"), link="https://mamujuterkini.id/paslon-1-kunjungi-pasar", link_text="Puang Rahmat Blusukan di Pasar Sentral")
    ct.row("arfan", ta(2024, 10, 9, 12, 30), "Link", "Bupati ta' memang merakyat, lanjut mi satu periode lagi ☝️",
           V("mmj_prokopim", "post", "mmj-1", "news_partisan", action="share", lang="mamuju",
             note="the same visit report, relayed with a partisan remark"),
           link="https://mamujuterkini.id/paslon-1-kunjungi-pasar", link_text="Puang Rahmat Blusukan di Pasar Sentral")
    ct.row("mt", ta(2024, 10, 10, 8, 0), "Photo", "Ada-ada saja, sapi masuk ke halaman kantor DPRD Mamuju 😂",
           N("neg_everyday_word", "'ada' as an everyday word, not the pair ADA"))
    ct.row("arfan", ta(2024, 8, 20, 16, 0), "Link", "Bupati Mamuju serahkan bantuan untuk korban banjir di Kalukku.",
           N("neg_incumbent_official", "a protocol officer relays the incumbent's official aid visit"),
           link="https://mamuju.go.id/berita/bantuan-banjir-kalukku", link_text="Bupati Serahkan Bantuan Korban Banjir")
    ct.row("arfan", ta(2024, 10, 30, 20, 0), "Photo", "Puang Rahmat tetap di hati, lanjutkan Manakarra Terus Maju ☝️ nda usah ragu mi",
           V("mmj_prokopim", "post", "mmj-1", "incumbent_campaign", lang="mamuju"))
    ct.row("arfan", ta(2024, 11, 28, 9, 0), "Status", "Terima kasih petugas KPPS dan warga Mamuju, pilkada aman. Siapa pun yang terpilih, mari bersatu kembali ji.",
           N("neg_after_voting", "a neutral thank-you after voting", lang="mamuju"))
    ct.row("thi", ta(2024, 11, 27, 16, 0), "Link", "Hitung cepat Pilwalkot Tarakan: selisih tipis.",
           N("neg_news", "a news page"), link="https://tarakanhariini.id/hitung-cepat", link_text="Hitung Cepat Pilwalkot Tarakan")
    ct.dump()


# ---------------------------------------------------------------------------------------------
# X API v2 (twarc2 search output and one user timeline)
# ---------------------------------------------------------------------------------------------
def x_api(c):
    x = X(c, "x/search_pilkada_pemilu_heldout5.jsonl")
    loc = {"jt": "Jakarta Timur", "trk": "Tarakan, Kalimantan Utara", "blg": "Tanjung Selor", "nbr": "Nabire, Papua Tengah",
           "mrk": "Merauke", "srg": "Kota Sorong", "klt": "Klaten", "bwi": "Banyuwangi", "smp": "Sumenep", "mmj": "Mamuju, Sulbar"}
    asn_bio = {
        "jt_lurah": "Pelayan warga Pondok Kelapa", "jt_staf2": "Anak Betawi asli", "jt_pkm": "Dokter puskesmas. Opini pribadi.",
        "jt_sudin": "Air, banjir, kopi", "jt_guru2": "Guru Sosiologi", "trk_kominfo": "IT enthusiast", "trk_guru": "Guru Bahasa Inggris",
        "trk_dinkes": "Data & kesehatan", "trk_guru2": "Guru IPA", "blg_bpbd": "Siaga bencana", "nbr_guru": "Guru, Nabire",
        "nbr_dinkes": "Epidemiologi lapangan", "mrk_disdik": "Data pendidikan Merauke", "mrk_kominfo": "Humas, fotografi",
        "klt_camat": "", "bwi_camat": "Glagah, Banyuwangi", "smp_pkm": "Perawat, Sumenep", "mmj_prokopim": "Protokol",
        "srg_guru": "Guru SD", "srg_kominfo": "Kominfo Sorong",
    }
    for k, bio in asn_bio.items():
        x.user(c.acct(k, "x"), c.disp(k), bio, loc.get(k.split("_")[0]))
    for cid in ("dki-2", "dki-3", "trk-1", "trk-2", "nbr-1", "pres-1", "srg-1"):
        cd = c.cands[cid]
        x.user(cd.handle("x"), cd.name, "Akun resmi " + cd.name, None)
    for k in ("kominfo_trk", "bpbd_blg"):
        x.user(c.inst[k]["handle"], c.inst[k]["nama_akun"], "Akun resmi " + c.inst[k]["instansi"], None)
    for h, n in (("kabarjaktim", "Kabar Jaktim"), ("warga_cakung", "Warga Cakung"), ("tkn_folks", "Anak Tarakan"),
                 ("kabarsorong", "Kabar Sorong"), ("ucu_kramat", "Ucu")):
        x.user(h, n, "", None)
    H = lambda k: c.acct(k, "x")  # noqa: E731

    # --- Jakarta ---
    news = x.orig("kabarjaktim", w(2024, 10, 27, 21, 0), "Debat kedua Pilgub Jakarta: tiga paslon adu gagasan soal banjir dan transportasi.")
    x.tweet(H("jt_pkm"), w(2024, 10, 27, 21, 30), "RT @kabarjaktim: " + news["text"], N("neg_news", "a plain retweet of a debate report"),
            ref=("retweeted", news))
    x.tweet(H("jt_sudin"), w(2024, 10, 27, 21, 45), "Cuma Bang Juki yang ngerti soal banjir, yang laen cuma omon-omon. #JakartaJayaRaya",
            V("jt_sudin", "post", "dki-1", "news_partisan", action="share", lang="betawi", note="a quote of the debate report with a partisan remark"),
            ref=("quoted", news))
    x.tweet(H("jt_guru2"), w(2024, 11, 20, 16, 0),
            "Buat murid kelas 12 yang baru pertama milih: datang ke TPS, bawa KTP & undangan, coblos SATU kali di foto paslon pilihanmu. Jangan difoto surat suaranya ya 🙏",
            N("neg_how_to_vote", "a teacher explains how to vote"))
    x.tweet(H("jt_guru2"), w(2024, 10, 2, 19, 0), "Btw 'Jaya Raya' itu semboyan Jakarta dari dulu, ada di lambang DKI, bukan punya paslon mana pun 😅",
            N("neg_motto", "the city motto, also pair 1's slogan"))
    x.tweet(H("jt_staf2"), w(2024, 10, 9, 12, 30), "Daku mah kagak ikut-ikutan, daku kerja aje 😂 lagi antre KTP 40 orang",
            N("neg_everyday_word", "'daku' meaning 'I', also the independent pair's acronym", lang="betawi"))
    dk = x.orig("daku_jakarta", w(2024, 10, 12, 18, 0), "Terima kasih warga Pondok Kelapa yang sudah menyambut kami dengan hangat!")
    x.tweet(H("jt_lurah"), w(2024, 10, 12, 19, 5), "@daku_jakarta Sama-sama Bang Darma, DAKU pilihan warga Pondok Kelapa! 2️⃣",
            V("jt_lurah", "interact", "dki-2", "comment_support", action="comment", note="a lurah's reply to the independent pair's account"),
            ref=("replied_to", dk), mentions=[("daku_jakarta", None)])
    x.tweet("warga_cakung", w(2024, 10, 13, 8, 0), "@rahmat_pdkklp Pak Lurah, kemarin Bang Darma mampir ke kantor kelurahan ya? Ada fotonya tuh 👀",
            N(), mentions=[(H("jt_lurah"), A("jt_lurah", case="mentioned", note="mentioned by a citizen about a candidate's visit"))])
    x.tweet(H("jt_pkm"), w(2024, 10, 15, 14, 0), "Kemarin paslon 3 kunjungan ke Puskesmas Makasar. Kami layani seperti warga lain, SOP tetap jalan, antrean tetap antrean.",
            N("neg_event", "a candidate's visit reported without support"))
    x.tweet(H("jt_pkm"), w(2024, 10, 16, 10, 0), "Vaksinasi lansia hari ini 💉", N("neg_official_neutral", "routine health work"),
            alt="Tenaga kesehatan menyuntik seorang lansia di Puskesmas Makasar")
    x.tweet(H("jt_sudin"), w(2024, 10, 19, 17, 0), "Sabtu ceria 😎",
            V("jt_sudin", "gesture", "dki-1", "alt_text", note="the gesture and the banner are only in the image's alt text"),
            alt="Saya dan Bang Juki berpose dengan telunjuk teracung di depan spanduk Jakarta Jaya Raya nomor 1")
    x.tweet("ratnafadli3", w(2024, 10, 20, 7, 0), "Jakarta Bersih Rapi dimulai dari kampung. #Coblos3", N("neg_candidate_own", "the candidate's own account"))
    x.tweet(H("jt_guru2"), w(2024, 10, 21, 7, 30), "Janji 'Jakarta Rapi' tapi baliho paslon 3 nutupin trotoar depan sekolah saya. Rapi dari mana? 🙄",
            R("rev_complaint_one", "a teacher's complaint about one pair's billboards: civic complaint or negative campaigning?",
              actor="jt_guru2", cand="dki-3"))
    x.tweet(H("jt_staf2"), w(2024, 11, 1, 20, 0), "Semua paslon janji bebas banjir, rumah aye di Cipinang Melayu tetep kelelep tiap taun 🙃",
            N("neg_sarcasm_all", "a complaint about every candidate", lang="betawi"))
    x.tweet(H("jt_lurah"), w(2024, 11, 27, 7, 15), "TPS 012 Pondok Kelapa sudah buka. Ayo warga gunakan hak pilih, pilih sesuai hati nurani 🙏",
            N("neg_reminder", "a voting-day reminder without a side"))
    x.tweet(H("jt_sudin"), w(2024, 11, 27, 10, 0), "Udah nyoblos nomor satu! Bang Juki pasti menang ☝️",
            V("jt_sudin", "post", "dki-1", "stage_voting_day", lang="betawi", note="on voting day"))
    x.tweet(H("jt_pkm"), w(2024, 11, 27, 10, 40), "Done ☝️ jari ungu, balik jaga IGD",
            R("rev_gesture", "an index finger emoji after voting: the usual inked-finger picture, or a hint at number 1?",
              actor="jt_pkm", cand="dki-1"))

    # --- Tarakan and Bulungan ---
    x.new_page()
    yb = x.orig("yusufbaso_tkn", ta(2024, 10, 5, 19, 0), "Terima kasih warga Juata! Tarakan Hebat kita lanjutkan bersama.")
    x.tweet("yusufbaso_tkn", ta(2024, 10, 5, 19, 0, 30), "Terima kasih warga Juata Permai! Tarakan Hebat kita lanjutkan bersama. #LanjutkanYB",
            N("neg_candidate_own", "the incumbent candidate's own account"))
    x.tweet(H("trk_kominfo"), ta(2024, 10, 7, 10, 0), "Hari ini maintenance server SIMPEG sampai pukul 15.00 WITA. Mohon maaf atas gangguannya.",
            N("neg_namesake", "an official named Muhammad Yusuf, like the incumbent candidate"))
    x.tweet("tkn_folks", ta(2024, 10, 7, 18, 0), "Pak Yusuf tetangga ulun sudah pulang umroh bah, alhamdulillah 🤲",
            N("neg_first_name", "a neighbour called Yusuf", lang="tarakan"))
    x.tweet("diskominfo_tkn", ta(2024, 9, 10, 11, 0), "Wali Kota Tarakan meninjau pembangunan drainase di Jalan Mulawarman.",
            N("neg_incumbent_official", "the city's official account reports the mayor's work before the campaign"))
    dr = x.cur["data"][-1]
    x.tweet(H("trk_guru"), ta(2024, 9, 10, 12, 0), "RT @diskominfo_tkn: " + dr["text"], N("neg_incumbent_official", "a teacher retweets an official report"),
            ref=("retweeted", dr))
    x.tweet("diskominfo_tkn", ta(2024, 10, 10, 20, 0), "Bersama Pak Ucup, Tarakan Hebat berlanjut! Jangan lupa 27 November 😉 #TarakanHebat",
            V("inst:kominfo_trk", "inst", "trk-1", "inst_account", note="the city's official account campaigns for the incumbent"))
    x.tweet(H("trk_guru"), ta(2024, 10, 5, 20, 0), "Pak Ucup terbukti kerja, bah! Lanjut satu periode lagi ☝️",
            V("trk_guru", "post", "trk-1", "incumbent_campaign", action="share", lang="tarakan"), ref=("quoted", yb))
    x.tweet(H("trk_dinkes"), ta(2024, 10, 11, 9, 0), "Ulun kada milih siapa-siapa di sini, ASN wajib netral. Tapi jangan golput bubuhan!",
            N("neg_reminder", "a neutral reminder", lang="tarakan"))
    x.tweet(H("trk_guru2"), ta(2024, 10, 14, 13, 0), "Rudi Hartono yang di baliho itu bukan saya ya, saya cuma guru IPA SMPN 1 😂 banyak yang salah tag",
            N("neg_namesake", "an official who shares the running mate's name"))
    x.tweet("hati_tarakan", ta(2024, 10, 14, 19, 0), "Terima kasih dukungan @rudih_smp1 dan guru-guru Tarakan! Sepenuh HATI untuk Tarakan 💙",
            N("neg_candidate_own", "the candidate's account mis-tags a namesake teacher"),
            mentions=[(H("trk_guru2"), A("trk_guru2", case="mentioned", note="mentioned by a candidate's account by mistake"))])
    x.tweet(H("trk_dinkes"), ta(2024, 10, 15, 10, 0), "Posyandu hari ini melayani 62 balita sepenuh hati 💙",
            N("neg_everyday_word", "'sepenuh hati' as an everyday phrase, not the pair HATI"))
    x.tweet("bpbd_bulungan", ta(2024, 8, 10, 15, 0), "Bupati Bulungan meninjau lokasi longsor di Jalan Poros Tanjung Selor-Tanjung Palas.",
            N("neg_official_neutral", "a disaster agency's official report"))
    x.tweet(H("blg_bpbd"), ta(2024, 10, 20, 6, 30), "Siaga banjir Sungai Kayan, warga Tanjung Selor harap waspada.", N("neg_official_neutral", "a warning"))
    x.tweet(H("blg_bpbd"), ta(2024, 10, 22, 21, 0), "Datu Is paling cepat turun bantu korban banjir, bukan pencitraan. Coblos 1 bah!",
            V("blg_bpbd", "post", "blg-1", "post_support", lang="tarakan"))
    x.tweet("tkn_folks", ta(2024, 10, 23, 8, 0), "@hasan_blg Bapak ASN kok kampanye? 🤔 @bawaslu tolong dicek",
            N("neg_citizen", "a citizen's criticism"))

    # --- Papua ---
    x.new_page()
    x.tweet(H("nbr_guru"), tp(2024, 10, 1, 18, 0), "Sa Yulianus, guru SMP 2 Nabire, bukan calon bupati e 😂 tolong jang tag sa di poster",
            N("neg_first_name", "a teacher who shares the candidate's first name", lang="papua"))
    x.tweet("yulitebai_nbr", tp(2024, 9, 21, 21, 0), "Besok penetapan, doakan kitong!", N("neg_candidate_own", "the candidate's own account", lang="papua"))
    x.tweet(H("nbr_dinkes"), tp(2024, 9, 22, 1, 30), "Bapa Yuli su pasti ditetapkan, kitong Nabire Bangkit! 🔥 #NabireBangkit",
            V("nbr_dinkes", "post", "nbr-1", "stage_boundary_wit", lang="papua",
              note="01:30 WIT on 22 Sep is 23:30 WIB on 21 Sep: a bakal calon (E codes)"))
    x.tweet(H("nbr_dinkes"), tp(2024, 9, 22, 7, 0), "Puji Tuhan, Bapa Yuli–Pak Safii resmi calon. Kitong kawal sampai menang!",
            V("nbr_dinkes", "post", "nbr-1", "post_support", lang="papua", note="05:00 WIB on 22 Sep: a calon (D codes)"))
    x.tweet(H("nbr_guru"), tp(2024, 10, 3, 17, 0), "#NabireDamai itu doa kitong semua, bukan punya satu paslon. Pilkada aman e 🙏",
            N("neg_everyday_word", "the hashtag of pair 2 used as a general wish", lang="papua"))
    x.tweet(H("mrk_disdik"), tp(2024, 11, 24, 0, 40), "Malam terakhir kampanye, Mama Maria nomor 2 tong pilih! ✌️",
            V("mrk_disdik", "post", "mrk-2", "stage_boundary_wit", lang="papua", note="00:40 WIT on 24 Nov is still 23 Nov in WIB (campaign)"))
    x.tweet(H("mrk_disdik"), tp(2024, 11, 24, 23, 30), "Sa cuma mo bilang, lusa jang lupa Mama Maria e 😉",
            V("mrk_disdik", "post", "mrk-2", "stage_quiet", lang="papua", note="in the quiet period"))
    x.tweet(H("mrk_kominfo"), tp(2024, 11, 25, 10, 0),
            "Cara coblos yang sah: paku tembus satu kali di dalam kotak foto paslon. Contoh di surat suara simulasi: nomor 1. Ini contoh saja, bukan ajakan.",
            N("neg_how_to_vote", "a specimen ballot explained with a number as example"))
    x.tweet(H("srg_guru"), tp(2024, 11, 28, 9, 0), "Kitong menang! Bung Septi–Pak Rauf, terima kasih Sorong 🔥🔥",
            V("srg_guru", "post", "srg-1", "stage_after_voting", lang="papua", note="after the vote, celebrating as part of the winning side"))
    x.tweet(H("srg_kominfo"), tp(2024, 12, 16, 14, 0), "KPU Kota Sorong tetapkan hasil rekapitulasi. Selamat kepada wali kota terpilih, mari kitong bersatu bangun Sorong.",
            N("neg_after_voting", "neutral congratulations after the result", lang="papua"))
    x.tweet(H("mrk_kominfo"), tp(2024, 2, 14, 13, 0), "Sa su coblos, tinta ungu. Siapa pun presidennya, Merauke tetap Izakod Bekai Izakod Kai 🙏",
            N("neg_motto", "the regency motto on voting day", lang="papua"))

    # --- Pemilu ---
    x.new_page()
    hr = x.orig("harum01_id", w(2023, 12, 5, 9, 0), "Indonesia Harum dimulai dari desa. #HARUM01")
    x.tweet("harum01_id", w(2023, 12, 5, 9, 0, 20), "Indonesia Harum dimulai dari desa: pupuk murah, harga gabah adil. #HARUM01",
            N("neg_candidate_own", "the presidential pair's own account"))
    x.tweet(H("klt_camat"), w(2023, 12, 10, 20, 0), "RT @harum01_id: " + hr["text"],
            V("klt_camat", "interact", "pres-1", "share_plain", action="share", note="a plain retweet of a presidential pair's campaign post"),
            ref=("retweeted", hr))
    x.tweet(H("bwi_camat"), w(2024, 1, 20, 19, 0), "Kabeh capres ngomong pangan murah, beras tetep 15 ewu. Isun sing percoyo sopo-sopo 🙃",
            N("neg_sarcasm_all", "a complaint about every pair", lang="osing"))
    x.tweet(H("bwi_camat"), w(2024, 1, 25, 21, 0), "Pilih yang bagus, jangan yang cuma bagus di baliho 😏",
            R("rev_sarcasm", "pair 2's slogan used sarcastically or as support? the target is unclear",
              actor="bwi_camat", cand="pres-2", lang="id"))
    x.tweet(H("smp_pkm"), w(2024, 2, 12, 20, 0), "Masa tenang, tapi hati tetap 02. Pak Bagus pasti menang 💪",
            V("smp_pkm", "post", "pres-2", "stage_quiet", note="in the Pemilu quiet period"))
    x.tweet(H("jt_pkm"), w(2023, 11, 12, 22, 0), "Pak Haryo–Gus Muis pasangan paling waras sejauh ini. #HARUM01",
            V("jt_pkm", "post", "pres-1", "bakal_support", note="12 Nov 2023: after the DCT, before the presidential designation (E and D codes)"))
    x.tweet(H("mmj_prokopim"), ta(2023, 11, 13, 0, 30), "Bung Yo–Bu Rahma, gaspol sampai menang! #Gaspol03",
            V("mmj_prokopim", "post", "pres-3", "stage_boundary_wita",
              note="00:30 WITA on 13 Nov is 23:30 WIB on 12 Nov: before the presidential designation"))
    x.tweet(H("srg_kominfo"), tp(2023, 11, 3, 0, 45), "Kaka Ones maju DPRD dapil 1, kitong dukung penuh! 🙌",
            V("srg_kominfo", "post", "dprd-srg1-nas-3", "stage_boundary_wit", lang="papua",
              note="00:45 WIT on 3 Nov 2023 is 22:45 WIB on 2 Nov, before the DCT (E codes)"))
    x.tweet(H("nbr_dinkes"), tp(2024, 1, 8, 18, 0), "Bapa Yakob nomor 8 DPD Papua Tengah, orang asli yang tahu kitong pu susah.",
            V("nbr_dinkes", "post", "dpd-pt-8", "post_support", lang="papua"))
    x.tweet(H("srg_guru"), tp(2023, 12, 28, 22, 0), "Gaspol lembur, rapor semester belum kelar 😩",
            N("neg_everyday_word", "'gaspol' as slang, also pair 3's hashtag"))
    x.tweet(H("trk_guru"), ta(2024, 1, 15, 20, 0), "Our debate club watched the capres debate tonight. Great practice for critical thinking, no sides taken 👍",
            N("neg_event", "a teacher's debate-watching activity", lang="en"))
    x.tweet(H("trk_guru"), ta(2024, 1, 22, 21, 0), "Honestly Bu Fatimah is the only one who talks about our teachers. Vote NasDem number 1 for DPR Kaltara! 🙌",
            V("trk_guru", "post", "dpr-ku-nas-1", "post_support", lang="en"))
    x.dump_twarc("(pilkada OR pemilu OR paslon OR coblos) lang:id -is:nullcast")

    # --- one official's timeline (Kota Sorong) ---
    x = X(c, "x/timeline_daniel_fnt.json")
    d = c.acct("srg_kadistrik", "x")
    x.user(d, c.disp("srg_kadistrik"), "Kepala Distrik Sorong Manoi. Tuhan memberkati.", "Kota Sorong")
    x.tweet(d, tp(2024, 8, 15, 8, 0), "Distrik Sorong Manoi gelar kerja bakti bersih pantai Tanjung Kasuari.", N("neg_official_neutral", "routine work"))
    x.tweet(d, tp(2024, 9, 20, 19, 0), "Bung Septi orang baik, sa dukung de maju wali kota 💯",
            V("srg_kadistrik", "post", "srg-1", "bakal_support", lang="papua"))
    x.tweet(d, tp(2024, 10, 2, 21, 0), "Ibadah syukur keluarga besar Malak tadi malam. Ada Bung Septi juga, puji Tuhan ibadah lancar.",
            N("neg_event", "a family worship where the candidate was present; no support expressed", lang="papua"))
    x.tweet(d, tp(2024, 10, 15, 12, 0), "Ucapan syukur HUT jemaat GKI Imanuel 🙏",
            R("rev_photo_event", "the alt text shows him beside the candidate at church, without attributes: a photo with a calon, support unclear",
              actor="srg_kadistrik", cand="srg-1"),
            alt="Kepala distrik berdiri bersama Septinus Malak dan keluarga di depan gereja, tanpa atribut")
    sr = x.orig("septirauf1", tp(2024, 10, 20, 8, 0), "Kampanye dialogis di Remu hari ini jam 4 sore, sampai ketemu!")
    x.tweet(d, tp(2024, 10, 20, 9, 0), "@septirauf1 Siap Bung, warga Manoi tunggu di Remu! 🔥",
            V("srg_kadistrik", "interact", "srg-1", "comment_support", action="comment", lang="papua"),
            ref=("replied_to", sr), mentions=[("septirauf1", None)])
    kn = x.orig("kabarsorong", tp(2024, 10, 8, 7, 0), "Debat Pilwalkot Sorong ditunda karena cuaca buruk.")
    x.tweet(d, tp(2024, 10, 8, 7, 30), "RT @kabarsorong: " + kn["text"], N("neg_news", "a plain retweet of news"), ref=("retweeted", kn))
    x.tweet(d, tp(2024, 11, 3, 18, 0), "Ko pilih siapa, sa pilih siapa, itu urusan di bilik. Jang baku pukul gara-gara pilkada e.",
            N("neg_reminder", "a call for calm", lang="papua"))
    x.tweet(d, tp(2024, 11, 26, 23, 50), "Besok pagi semua ke TPS, ingat yang nomor satu 😉",
            V("srg_kadistrik", "post", "srg-1", "stage_quiet", lang="papua", note="23:50 WIT on 26 Nov, the last hour of the quiet period"))
    x.tweet(d, tp(2024, 11, 27, 7, 30), "TPS 05 Malaingkedi sudah buka, ayo ke TPS. Salam damai ✌️",
            N("neg_gesture_everyday", "a peace sign with 'salam damai' on voting day", lang="papua"))
    x.tweet(d, tp(2024, 12, 2, 10, 0), "Rapat evaluasi pilkada bersama Pemkot Sorong dan para kepala distrik.", N("neg_official_neutral", "routine work"))
    x.dump_timeline()


# ---------------------------------------------------------------------------------------------
# Instagram Graph API
# ---------------------------------------------------------------------------------------------
def instagram(c):
    I = lambda k: c.acct(k, "instagram")  # noqa: E731
    ig = Ig(c, "instagram/media_kel_pondokkelapa.json")
    own = c.inst["pdk_ig"]["handle"]
    cm = [ig.comment(w(2024, 8, 17, 15, 0), "Seru banget lomba bakiaknya 😆", I("jt_staf1"), N("neg_personal", "a comment on a neighbourhood contest")),
          ig.comment(w(2024, 8, 17, 15, 40), "Anak aye juara balap karung 🥳", "mpok_ijah.rw03", N(lang="betawi"))]
    ig.media(w(2024, 8, 17, 13, 0), "Lomba 17-an warga RW 03 🇮🇩 Jakarta Jaya Raya, dirgahayu Republik Indonesia!",
             N("neg_motto", "the city motto on an Independence Day post"), username=own, mtype="CAROUSEL_ALBUM", comments=cm)
    cm = [ig.comment(w(2024, 10, 12, 17, 0), "Bang Juki mantap!", "bang_oji_pk", N(lang="betawi")),
          ig.comment(w(2024, 10, 12, 17, 20), "Aye yang fotoin tadi 📸 Bang Juki mantep, nomor 1 dah pasti 😁", c.acct("jt_staf2", "x"),
                     R("rev_identity", "an Instagram user whose handle equals an official's X handle (he has no Instagram in the registry): the same man?",
                       actor="jt_staf2", cand="dki-1", lang="betawi"))]
    ig.media(w(2024, 10, 12, 16, 0), "Kunjungan calon gubernur nomor urut 1 ke kantor kelurahan dalam rangka silaturahmi. Pelayanan tetap berjalan normal.",
             R("rev_inst_visit", "a government account publishes a candidate's visit to its office: neutral record or promotion?",
               actor="inst:pdk_ig", cand="dki-1"), username=own, comments=cm)
    ig.media(w(2024, 10, 25, 20, 0), "Dokumentasi kegiatan warga. Bersama Bang Juki, Jakarta Jaya Raya! ☝️ #JakartaJayaRaya",
             V("inst:pdk_ig", "inst", "dki-1", "inst_account", note="the kelurahan account uses the pair's slogan, hashtag and gesture"),
             username=own, mtype="CAROUSEL_ALBUM")
    rep = ig.comment(w(2024, 11, 5, 11, 30), "Jadwal berikutnya tgl 5 Desember ya bu 🙏", I("jt_staf1"), N("neg_official_neutral", "service information"))
    cm = [ig.comment(w(2024, 11, 5, 11, 0), "Bulan depan tanggal berapa ya?", "ummu_zahra88", N(), replies=[rep])]
    ig.media(w(2024, 11, 5, 9, 0), "Posyandu balita RW 07 bulan November 👶", N("neg_official_neutral", "routine service"), username=own, comments=cm)
    cm = [ig.comment(w(2024, 11, 27, 6, 50), "Jangan lupa bawa KTP ya warga 🙏", I("jt_staf1"), N("neg_reminder", "a voting-day reminder"))]
    ig.media(w(2024, 11, 27, 6, 30), "Selamat menggunakan hak pilih! TPS di wilayah Pondok Kelapa buka pukul 07.00-13.00 WIB.",
             N("neg_reminder", "a neutral voting-day notice"), username=own, comments=cm)
    ig.dump_media(own)

    ig = Ig(c, "instagram/discovery_bundahajar_mmj.json")
    cm = [ig.comment(ta(2024, 10, 10, 19, 0), "Mantap Bunda 💚", "irma_kalukku", N())]
    ig.media(ta(2024, 10, 10, 18, 0), "Bersama Ancu Arsyad di posko ADA, semangat mi! 2️⃣ #ADAuntukMamuju",
             R("rev_bio_conflict", "the registry lists her as an active teacher, her bio says retired and volunteer: is she still ASN?",
               actor="mmj_guru", cand="mmj-2", lang="mamuju"), comments=cm)
    ig.media(ta(2024, 10, 20, 7, 0), "Cucu pertama lahir, alhamdulillah 👶 sehat-sehat ki nak", N("neg_personal", "family news", lang="mamuju"))
    ig.media(ta(2024, 11, 2, 20, 0), "Nda ada yang bisa halangi, ADA pasti menang 💚✌️",
             R("rev_bio_conflict", "same account: support for pair 2, status as ASN in doubt", actor="mmj_guru", cand="mmj-2", lang="mamuju"))
    ig.media(ta(2024, 9, 1, 12, 0), "Reuni alumni SPG Mamuju angkatan 88, ada-ada saja ceritanya 😂", N("neg_everyday_word", "'ada-ada' as an everyday word"))
    ig.dump_discovery("bundahajar_mmj", "Bunda Hajar", "Pensiunan guru SMPN 1 Mamuju | Relawan ADA Mamuju 💚 | Manakarra", 1420, "pantau.netralitas")

    ig = Ig(c, "instagram/media_ikapuspita_bwi.json")
    ika = I("bwi_disbud")
    ig.media(w(2024, 9, 14, 19, 0), "Festival Gandrung Sewu 2024 💃 Jenggirat Tangi!", N("neg_motto", "the regency motto at a cultural festival", lang="osing"),
             username=ika, mtype="VIDEO", product="REELS")
    ig.media(w(2024, 10, 18, 16, 0), "Foto bareng Mbak Retno nang Kemiren, sing usah ditakoni milih sopo, riko wis ngerti 😉☝️ @rinafebri ayo milu!",
             V("bwi_disbud", "photo", "bwi-1", "photo_caption", lang="osing", note="the photo and the one-finger hint exist only in the caption"),
             username=ika, mentions=[(I("bwi_pppk"), A("bwi_pppk", case="mentioned", note="mentioned in a colleague's campaign post"))])
    cm = [ig.comment(w(2024, 10, 28, 19, 0), "Apik temen mbak! 😍", I("bwi_pppk"), N(lang="osing"))]
    ig.media(w(2024, 10, 28, 17, 0), "Ritual adat nang Kemiren, laré-laré milu kabeh", N("neg_personal", "a village ritual", lang="osing"), username=ika, comments=cm)
    cm = [ig.comment(w(2024, 11, 10, 13, 0), "Siap mbak, wis tak unfollow kabeh akun paslon 😅", I("bwi_pppk"),
                     N("neg_unfollow", "a colleague says she unfollowed every candidate", lang="jv"))]
    ig.media(w(2024, 11, 10, 12, 0), "Sosialisasi netralitas ASN nang Disbudpar: ASN dilarang like, komen, share postingan paslon. Catat ya rek!",
             N("neg_rule_quote", "a neutrality briefing", lang="osing"), username=ika, comments=cm)
    rep = ig.comment(w(2024, 11, 22, 20, 15), "Rahasia bilik suara 🤫", ika, N("neg_deflect", "she refuses to say whom she votes for"))
    cm = [ig.comment(w(2024, 11, 22, 20, 0), "Mbak Ika milih sing nomer piro? 😆", "gandrung_lover", N(lang="osing"), replies=[rep])]
    ig.media(w(2024, 11, 22, 19, 0), "Tari Jaran Goyang, latihan gawe pentas akhir taun 🎶", N("neg_personal", "a dance rehearsal", lang="osing"),
             username=ika, mtype="VIDEO", product="REELS", comments=cm)
    ig.dump_media(ika)


# ---------------------------------------------------------------------------------------------
# TikTok Research API
# ---------------------------------------------------------------------------------------------
def tiktok(c):
    T = lambda k: c.acct(k, "tiktok")  # noqa: E731
    tt = Tt(c, "tiktok/videos_query_heldout5.jsonl")
    tt.video(T("bwi_pppk"), w(2024, 10, 5, 19, 0), "Tutorial makeup gandrung 💄 #banyuwangi #gandrung", N("neg_personal", "a make-up tutorial"))
    v_isi = tt.video(T("bwi_pppk"), w(2024, 10, 27, 20, 0), "POV: guru PPPK tapi nge-fans Kang Imam 🤭 #ISI2 #BanyuwangiISI",
                     V("bwi_pppk", "post", "bwi-2", "post_support", lang="osing"),
                     voice="isun sing iso ngomong akeh, pokoke nomer loro, Kang Imam")
    tt.video(T("bwi_dishub"), w(2024, 11, 15, 10, 0), "Uji KIR gratis bulan ini, sat set! #dishubbanyuwangi", N("neg_official_neutral", "a public service notice"))
    tt.video(T("bwi_dishub"), w(2024, 11, 16, 5, 30), "Sunrise of Java dari Pantai Boom 🌅 #banyuwangi",
             N("neg_motto", "the regency's tourism branding, close to pair 2's slogan"))
    tt.video(T("bwi_guru"), w(2024, 11, 18, 20, 0), "Mbak Retno janji ae, dalan nang Glagah ajur terus. Ojo dipilih maneh! 👎",
             V("bwi_guru", "negative", "bwi-1", "negative_campaign", lang="osing"),
             voice="delengen dalane, ajur kabeh, ojo percoyo janji")
    tt.video(T("smp_guru"), w(2024, 10, 10, 21, 0), "Ngaji bersama santri di langgar, Ra Fikri rawuh maringi tausiyah soal kejujuran 🤲",
             N("neg_event", "a religious gathering where the candidate preached; no partisan element", lang="mad"))
    tt.video(T("smp_guru"), w(2024, 10, 11, 20, 0), "Tausiyah Ra Fikri masyaAllah. Pelè pamimpin se alim, tretan. Nomer sèttong! ☝️ #LanjutRaFikri",
             V("smp_guru", "post", "smp-1", "event_partisan", lang="mad", note="the same religious event, now with the ballot number"),
             voice="pele pamimpin se alim, nomer settong")
    tt.new_page()
    tt.video(T("smp_dinsos"), w(2024, 11, 8, 12, 0), "Sate ayam Kalianget, sae ongguh rasana tretan 🤣 #kulinersumenep",
             N("neg_everyday_word", "'sae' (good) in a food video, also pair 2's acronym", lang="mad"))
    tt.video(T("smp_dinsos"), w(2024, 11, 9, 21, 0), "Ji Syafi'i rawuh ke tahlilan tetangga, salaman sama warga. Semoga sehat selalu",
             N("neg_event", "a candidate at a neighbour's prayer; a courtesy wish, no campaign element"))
    tt.video(T("smp_dinsos"), w(2024, 11, 21, 13, 0), "Pas bagi sembako Dinsos ada yang nanya pilih siapa. Sy jawab: pilih sesuai hati. ASN netral ya rek 🙏",
             N("neg_reminder", "an official declines to take sides"))
    pk = c.inst["pkm_bebanga"]["handle"]
    tt.video(pk, ta(2024, 10, 16, 7, 0), "Senam sehat bersama warga Bebanga 💪 #puskesmasbebanga", N("neg_official_neutral", "a health centre's routine"))
    tt.video(pk, ta(2024, 10, 30, 7, 0), "Senam sehat bersama Puang Rahmat! Manakarra Terus Maju ☝️ #RahmatLanjut",
             V("inst:pkm_bebanga", "inst", "mmj-1", "inst_account", note="a health centre's account promotes the incumbent candidate"))
    tt.video(T("mmk_dukcapil"), tp(2024, 10, 12, 11, 0), "Pelayanan KTP-el keliling di Kwamki Narama. Eme Neme Yauware!",
             N("neg_motto", "the regency motto, also pair 1's slogan", lang="papua"))
    tt.video(T("mmk_dukcapil"), tp(2024, 11, 2, 18, 0), "Bapa Marthin pu program KTP antar ke kampung, sa dukung! 1️⃣ #MKRuslan1",
             V("mmk_dukcapil", "post", "mmk-1", "post_support", lang="papua"))
    tt.video(T("mmk_dukcapil"), tp(2024, 11, 27, 9, 0), "Sa su coblos. Ko tau to sa pilih siapa 😉 #MKRuslan1",
             V("mmk_dukcapil", "post", "mmk-1", "stage_voting_day", lang="papua", note="voting day"))
    tt.new_page()
    tt.video(T("jt_satpol"), w(2024, 10, 13, 22, 0), "Penertiban APK yang melanggar di Jatinegara, semua paslon sama perlakuannya 👮",
             N("neg_official_neutral", "removal of every pair's unlawful props"))
    tt.video(T("jt_guru1"), w(2024, 10, 22, 15, 0), "Ngajarin anak kelas 5 cara pemilu pakai kandidat pura-pura: Kucing vs Kelinci 😂🗳️",
             N("neg_how_to_vote", "a teacher simulates an election in class"))
    tt.video(T("jt_guru1"), w(2024, 11, 3, 17, 0), "Pulang ngajar ketemu Mpok Yasmin di pasar, orangnya ramah bgt 🥹",
             R("rev_praise", "a personal impression of a running mate met by chance: courtesy or support?", actor="jt_guru1", cand="dki-1"),
             voice="ya ampun ketemu Mpok Yasmin, ramah banget")
    tt.video(c.cands["dki-1"].handle("tiktok"), w(2024, 10, 25, 19, 0), "Terima kasih guru-guru hebat Jakarta Timur @aisyahngajar dan petugas @hendra_pp_jtn 🙏",
             N("neg_candidate_own", "the candidate's account"),
             mentions=[(T("jt_guru1"), A("jt_guru1", case="mentioned", note="mentioned by the candidate's account")),
                       (T("jt_satpol"), A("jt_satpol", case="mentioned", note="mentioned by the candidate's account"))])
    tt.video(T("blg_dukcapil"), ta(2024, 10, 19, 20, 0), "Tari Jepen di acara Irau Bulungan 💃", N("neg_personal", "a traditional dance"))
    tt.video(T("blg_dukcapil"), ta(2024, 11, 14, 19, 0), "Bunda Nor memang bunda kita semua, Bulungan Sejahtera Bersama 💕 #BundaNor2",
             V("blg_dukcapil", "post", "blg-2", "post_support"))
    tt.video(T("trk_dinkes"), ta(2024, 12, 14, 16, 0), "Lomba video HUT Kota Tarakan ke-27, bubuhan Dinkes kompak 🕺 #TarakanHebat #HUTTarakan",
             N("neg_motto", "the city's anniversary with a hashtag the incumbent's campaign also used, after the election", lang="tarakan"))
    tt.dump()
    tt_comments(c, f"tiktok/comments_{v_isi['id']}.json", v_isi, [
        (w(2024, 10, 27, 20, 30), "Bu guru kok kampanye? 😳", N(), None),
        (w(2024, 10, 27, 20, 41), "Kang Imam 🔥🔥", N(), None),
        (w(2024, 10, 27, 21, 5), "Sy jg PPPK bu, sama dukung nomer 2 diam2 🤫",
         R("rev_identity", "an anonymous commenter says he is a PPPK supporting pair 2; the author is withheld", cand="bwi-2"), None),
        (w(2024, 10, 27, 21, 30), "Hapus bu, nanti dilaporkan Bawaslu", N("neg_reminder", "a warning"), None),
        (w(2024, 10, 27, 21, 44), "Iya hapus aja", N(), 3),
        (w(2024, 10, 28, 6, 0), "Osing pride 💪 isun teko Kemiren", N(lang="osing"), None),
    ])


# ---------------------------------------------------------------------------------------------
# YouTube Data API commentThreads
# ---------------------------------------------------------------------------------------------
def youtube(c):
    Y = lambda k: c.acct(k, "youtube")  # noqa: E731
    kpu = yt_channel("h5kpuklaten")
    yt = Yt(c, "youtube/comments_debat2_pilbup_klaten.json", "kD" + "x7Qm2Lp9aB", kpu)
    yt.thread(yt.comment(w(2024, 11, 9, 22, 0), "Debat sing apik, kabeh paslon nduwe gagasan. Matur nuwun KPU Klaten.", "Agus Setiyawan", Y("klt_kasi"),
                         N("neg_news", "praise for the debate, no side", lang="jv")))
    yt.thread(yt.comment(w(2024, 11, 9, 22, 10), "Mas Wahyu jawabane paling wasis, mantep nomer 2! ✌️", "Nanik Lestari", Y("klt_guru"),
                         V("klt_guru", "interact", "klt-2", "comment_support", action="comment", lang="jv")))
    top = yt.comment(w(2024, 11, 9, 22, 15), "Pak Parno tetep juara, 5 taun bukti nyata", "Sri Lestari Delanggu", yt_channel("h5slestari"), N(lang="jv"))
    r1 = yt.comment(w(2024, 11, 9, 22, 30), "Leres, Pak Parno sampun mbuktekaken. Lanjut! ☝️", "Agus Setiyawan", Y("klt_kasi"),
                    V("klt_kasi", "interact", "klt-1", "incumbent_campaign", action="comment", lang="jv"), parent=top)
    yt.thread(top, [r1])
    top = yt.comment(w(2024, 11, 9, 22, 40), "Debat ketiga kapan min?", "Bagas Prambanan", yt_channel("h5bagas"), N())
    r1 = yt.comment(w(2024, 11, 9, 23, 0), "Debat ketiga tanggal 20 November pukul 19.00 WIB. Terima kasih.", "KPU Kabupaten Klaten", kpu,
                    N("neg_news", "the election body's answer"), parent=top)
    yt.thread(top, [r1])
    yt.thread(yt.comment(w(2024, 11, 10, 6, 0), "Matur nuwun sedoyo ingkang sampun nonton. Klaten Bersinar!", "Suparno Wibisono",
                         c.cands["klt-1"].handle("youtube"), N("neg_candidate_own", "the incumbent candidate's channel", lang="jv")))
    yt.thread(yt.comment(w(2024, 11, 10, 7, 0), "Kulo Siti Khotimah saking Kudus, sanes cawabup 😅 namung guru SD, sami asmanipun mawon", "Siti Khotimah",
                         yt_channel("h5sitikhotimah"), N("neg_namesake", "a woman named like the running mate, with a channel not in the registry", lang="jv")))
    yt.thread(yt.comment(w(2024, 11, 10, 8, 0), "debat e kurang greget, kabeh mung moco teks 😴", "Yoga Ceper", yt_channel("h5yoga"),
                         N("neg_sarcasm_all", "a complaint about all candidates", lang="jv")))
    yt.thread(yt.comment(w(2024, 11, 10, 9, 0), "Kagem bapak ibu guru: debat saged dados bahan ajar PKn, nanging ampun dipun dadosaken ajang kampanye ing kelas nggih 🙏",
                         "Agus Setiyawan", Y("klt_kasi"), N("neg_rule_quote", "a reminder to teachers", lang="jv")))
    yt.dump()

    ch = yt_channel("h5meraukevision")
    yt = Yt(c, "youtube/comments_dialog_publik_merauke.json", "mRk" + "4dlg2024", ch)
    dk = c.inst["dinkes_mrk"]["handle"]
    yt.thread(yt.comment(tp(2024, 10, 30, 20, 0), "Tonton juga program Posyandu Keliling di kanal Dinkes Merauke TV 🙏", "Dinkes Merauke TV", dk,
                         N("neg_official_neutral", "an agency channel promotes its own programme")))
    yt.thread(yt.comment(tp(2024, 10, 30, 20, 20), "Mama Maria su terbukti peduli kesehatan ibu dan anak. Nomor 2 untuk Merauke sehat! ✌️", "Dinkes Merauke TV", dk,
                         V("inst:dinkes_mrk", "inst", "mrk-2", "inst_account", lang="papua", note="an agency channel backs a pair under a public dialogue")))
    yt.thread(yt.comment(tp(2024, 10, 30, 21, 0), "Pace Yance bicara bagus soal pendidikan, tapi Mama Maria juga. Dua-dua baik, kitong tunggu bukti saja",
                         "Ruth Magal", Y("mmk_guru"), N("neg_both", "balanced remarks on both pairs", lang="papua")))
    top = yt.comment(tp(2024, 10, 30, 21, 10), "Pace Yance nomor 1!!", "Yosep Kimaam", yt_channel("h5yosep"), N(lang="papua"))
    yt.thread(top, [yt.comment(tp(2024, 10, 30, 21, 30), "Setuju kaka", "Melki Okaba", yt_channel("h5melki"), N(lang="papua"), parent=top)])
    yt.thread(yt.comment(tp(2024, 10, 30, 22, 0), "Mama Maria the best 💪", "Mace Ance", yt_channel("h5ance"), N(lang="en")))
    yt.thread(yt.comment(w(2024, 10, 31, 9, 0), "Nice debate format, Jakarta should learn from this 👏", "Maya Anggraini", Y("jt_guru2"),
                         N("neg_event", "praise for the format", lang="en")))
    yt.thread(yt.comment(tp(2024, 10, 31, 12, 0), "Ini kitong pu anak sekolah harus nonton, supaya tau cara pilih yang baik. Jang karena uang e", "Ruth Magal",
                         Y("mmk_guru"), N("neg_reminder", "civic advice", lang="papua")))
    yt.dump()

    ika = Y("bwi_disbud")
    yt = Yt(c, "youtube/comments_gandrung_sewu_2024.json", "gSw" + "2024bwiX1", ika)
    top = yt.comment(w(2024, 10, 20, 21, 0), "Merinding nontone 😭 mugi lestari", "Wawan Rogojampi", yt_channel("h5wawan"), N(lang="osing"))
    yt.thread(top, [yt.comment(w(2024, 10, 20, 21, 20), "Matur nuwun, sampai jumpa taun ngarep 🙏", "Ika Puspitasari", ika, N(lang="osing"), parent=top)])
    top = yt.comment(w(2024, 10, 20, 22, 0), "Mbak Ika nyalon bupati ae 😂", "Dian Genteng", yt_channel("h5dian"), N())
    yt.thread(top, [
        yt.comment(w(2024, 10, 20, 22, 10), "Hahaha isun mung pamong budaya, sing nyalon dudu isun 🤣", "Ika Puspitasari", ika,
                   N("neg_deflect", "a joke deflected", lang="osing"), parent=top),
        yt.comment(w(2024, 10, 20, 22, 30), "Kang Imam karo Mbak Retno podo teko nonton, kabeh seneng gandrung 😊", "Ika Puspitasari", ika,
                   N("neg_event", "both candidates attended a cultural show", lang="osing"), parent=top),
    ])
    yt.dump()


# ---------------------------------------------------------------------------------------------
# Telegram Desktop exports
# ---------------------------------------------------------------------------------------------
def telegram(c):
    # one chat: a volunteers' supergroup in Kota Sorong (names as Telegram shows them)
    tg = Tg(c, "telegram/ChatExport_2024-12-01_relawan_septirauf/result.json", "Relawan SEPTI-RAUF Sorong", "private_supergroup",
            1876502233, WIT)
    obet = "Kaka Obet Relawan"
    tg.service(101, tp(2024, 9, 25, 10, 0), obet, "invite_members",
               [A("srg_staf1", case="added_to_group", note="added to the volunteers' group; she stays"),
                A("srg_staf2", case="added_to_group", note="added to the volunteers' group; he leaves within minutes")],
               members=["Yuliana Malak", "Ishak Rumbiak"])
    tg.msg(102, tp(2024, 9, 25, 10, 5), obet, "Selamat datang kaka-kaka di grup relawan SEPTI-RAUF, kitong menang satu putaran! 🔥", N(lang="papua"))
    tg.service(103, tp(2024, 9, 25, 10, 20), "Ishak Rumbiak", "remove_members",
               [N("neg_left_group", "the added official leaves the group by himself", actor="srg_staf2", lang="sys")], members=["Ishak Rumbiak"])
    tg.msg(104, tp(2024, 9, 26, 19, 0), "Yuliana Malak", "Makasih kaka, sa ikut pantau saja e, sa pegawai distrik 🙏",
           R("rev_stays", "added by someone else, she stays and says she will only watch: still passive exposure, or membership?",
             actor="srg_staf1", cand="srg-1", lang="papua"))
    tg.service(105, tp(2024, 9, 27, 8, 0), "Novita Sapulete", "join_group_by_link",
               [V("srg_guru", "interact", "srg-1", "join_group", action="follow_or_join", lang="sys", note="joins the volunteers' group by link herself")],
               inviter="Group")
    tg.msg(106, tp(2024, 9, 27, 8, 10), "Novita Sapulete", "Shalom semua, sa guru SD, siap bantu sosialisasi Bung Septi di kompleks 🙏",
           V("srg_guru", "post", "srg-1", "post_support", in_group=True, lang="papua"))
    tg.msg(107, tp(2024, 10, 5, 20, 0), obet, "Besok kampanye di Remu jam 4, semua pake baju oranye e", N(lang="papua"))
    tg.msg(108, tp(2024, 10, 5, 20, 12), "Yuliana Malak", "👍",
           R("rev_siap", "a thumbs-up to campaign logistics by an official added by others", actor="srg_staf1", cand="srg-1", lang="sys"),
           reply_to_message_id=107)
    tg.msg(109, tp(2024, 10, 6, 17, 30), "Novita Sapulete", "Kitong di Remu! ☝️🧡",
           V("srg_guru", "gesture", "srg-1", "gesture_caption", in_group=True, lang="papua"), photo=True)
    tg.msg(110, tp(2024, 10, 20, 9, 0), obet, "Jadwal pelayanan KTP keliling Distrik Sorong Manoi minggu ini: Senin-Rabu di Kantor Distrik.",
           N("neg_official_neutral", "official service information forwarded"), forwarded_from="Info Distrik Sorong Manoi")
    tg.service(111, tp(2024, 11, 20, 18, 0), obet, "invite_members",
               [A("srg_kominfo", case="added_to_group", note="added by a volunteer; he asks to be removed")], members=["Rony Kambu"])
    tg.msg(112, tp(2024, 11, 20, 18, 9), "Rony Kambu", "Kaka tolong keluarkan sa, sa ASN Kominfo 🙏",
           N("neg_untag", "the added official asks to be removed", lang="papua"))
    tg.service(113, tp(2024, 11, 20, 18, 30), obet, "remove_members", [N("neg_left_group", "the volunteer removes him")], members=["Rony Kambu"])
    tg.msg(114, tp(2024, 11, 25, 23, 30), "Novita Sapulete", "Masa tenang tapi jang lupa tanggal 27, nomor 1 e kaka-kaka 🤫",
           V("srg_guru", "post", "srg-1", "stage_quiet", in_group=True, lang="papua"))
    tg.msg(115, tp(2024, 11, 27, 6, 30), obet, "TPS buka jam 7, saksi-saksi siap di tempat", N(lang="papua"))
    c.write_json(tg.rel, tg.obj(), Tg.FMT)

    # a whole-account export of a department head in Nabire, with his saved contacts
    me = c.asn["nbr_kabid"]
    ph = lambda k: tg_phone(c.acct(k, "telegram"))  # noqa: E731
    cand_phone = "+6281344120987"
    contacts = [
        tg_contact("Rahman", "PU", ph("nbr_staf1"), tp(2021, 3, 2, 9, 0)),
        tg_contact("Elis", "PUPR", ph("nbr_staf2"), tp(2023, 1, 10, 9, 0)),
        tg_contact("Okto", "Teknisi", ph("nbr_staf3"), tp(2022, 6, 5, 9, 0)),
        tg_contact("Bapa Yuli", "Calon", tg_phone(cand_phone), tp(2024, 7, 1, 9, 0)),
        tg_contact("Mama", "Pekei", tg_phone("+6282199004411"), tp(2019, 1, 1, 9, 0)),
        tg_contact("Yakob", "Adik", tg_phone("+6285244118822"), tp(2020, 5, 5, 9, 0)),
    ]
    pc = Tg(c, "", "Bapa Yuli Calon", "personal_chat", 6102450071, WIT)
    pc.rel = "telegram/DataExport_2024-12-03_markus/result.json"
    pc.msg(201, tp(2024, 10, 2, 19, 0), "Bapa Yuli Calon", "Kabid, sa minta tolong tim PU bantu pasang baliho di Jalan Merdeka e",
           N("neg_candidate_own", "the candidate writes; no ASN act yet", lang="papua"), from_id="user6102450071")
    pc.msg(202, tp(2024, 10, 2, 19, 6), "Markus Pekei", "Siap Bapa, nanti sa atur anak-anak",
           V("nbr_kabid", "instruct", "nbr-1", "instruct_open", add_codes=["SKB-D1", "PP94-N3"], lang="papua",
             note="a department head agrees to have his staff put up the candidate's billboards"))
    grp = Tg(c, pc.rel, "Bidang Bina Marga PUPR Nabire", "private_group", 4417730012, WIT)
    grp.msg(301, tp(2024, 10, 3, 8, 0), "Markus Pekei",
            "Anak-anak, sore nanti bantu pasang baliho Bapa Yuli di Jalan Merdeka dan Karang Tumaritis. Pake mobil kantor saja",
            V("nbr_kabid", "instruct", "nbr-1", "instruct_open", add_codes=["PP94-N4", "SKB-D1"], lang="papua",
              note="orders staff to put up billboards with an office car"))
    grp.msg(302, tp(2024, 10, 3, 8, 5), "Rahman PU", "Siap pak",
            R("rev_siap", "a bare 'siap' to a superior's campaign order; the name is a saved contact", actor="nbr_staf1", cand="nbr-1"),
            reply_to_message_id=301)
    grp.msg(303, tp(2024, 10, 3, 8, 10), "Elis PUPR", "Maaf pak, sa tra bisa, sa ASN, takut kena sanksi 🙏",
            N("neg_objection", "a staff member refuses", lang="papua"))
    grp.msg(304, tp(2024, 10, 3, 17, 30), "Okto Teknisi", "Su pasang 6 baliho pak, aman ✅",
            V("nbr_staf3", "instruct", "nbr-1", "staff_comply", action="other", add_codes=["SKB-D1", "PP94-N4"], lang="papua",
              note="reports having put up six billboards as ordered"), photo=True)
    grp.msg(305, tp(2024, 10, 10, 7, 30), "Markus Pekei", "Minggu depan semua ikut kampanye akbar di lapangan Bumi Wonorejo ya, absen pagi tetap jalan",
            V("nbr_kabid", "instruct", "nbr-1", "instruct_open", lang="papua"))
    grp.msg(306, tp(2024, 10, 10, 7, 41), "Rahman PU", "Siap laksanakan pak, sa bawa keluarga juga 👍",
            R("rev_siap", "acknowledges the order and says he will bring family: intent, not yet an act", actor="nbr_staf1", cand="nbr-1", lang="papua"),
            reply_to_message_id=305)
    grp.msg(307, tp(2024, 11, 1, 9, 0), "Elis PUPR", "Bapak ibu, ini edaran Bupati soal netralitas ASN, mohon dibaca 🙏",
            N("neg_rule_quote", "a staff member shares the neutrality circular"), file="files/SE_Netralitas_ASN_2024.pdf")
    grp.msg(308, tp(2024, 11, 1, 9, 20), "Markus Pekei", "Iya, kitong semua netral to 😉",
            R("rev_wink", "'we are all neutral, right 😉' from the man who gave campaign orders: irony or retreat?", actor="nbr_kabid", cand="nbr-1",
              lang="papua"))
    ch = Tg(c, pc.rel, "Kominfo Nabire", "public_channel", 1650022417, WIT)
    ch.msg(401, tp(2024, 9, 10, 10, 0), "Kominfo Nabire", "Bupati Nabire hadiri peresmian jembatan Kali Bumi.", N("neg_official_neutral", "an official channel"))
    ch.msg(402, tp(2024, 10, 15, 10, 0), "Kominfo Nabire", "Jadwal kampanye paslon Pilbup Nabire minggu ini sesuai penetapan KPU Nabire: paslon 1 Senin-Rabu, paslon 2 Kamis-Sabtu.",
           N("neg_news", "a neutral schedule for both pairs"))
    ch.msg(403, tp(2024, 10, 28, 19, 0), "Kominfo Nabire", ["Nabire Bangkit! Dukung Bapa Yuli–Pak Safii untuk Nabire yang lebih baik 🔥 ", ("hashtag", "#NabireBangkit")],
           V("inst:kominfo_nbr", "inst", "nbr-1", "inst_account", note="a government channel campaigns"))
    ch.msg(404, tp(2024, 10, 28, 19, 30), "Kominfo Nabire", "Mohon abaikan postingan sebelumnya, admin keliru.", N("neg_apology", "the channel retracts"))
    fam = Tg(c, pc.rel, "Keluarga Pekei Nabire", "private_supergroup", 1799004512, WIT)
    fam.msg(501, tp(2024, 9, 22, 0, 45), "Markus Pekei", "Puji Tuhan hari ini Bapa Yuli ditetapkan, keluarga doakan e, kitong menang!",
            V("nbr_kabid", "post", "nbr-1", "stage_boundary_wit", lang="papua",
              note="00:45 WIT on 22 Sep is 22:45 WIB on 21 Sep: still a bakal calon"))
    fam.msg(502, tp(2024, 11, 20, 20, 0), "Mama Pekei", "Anak, Bapa Yuli tu masih keluarga jauh to?", N(lang="papua"))
    fam.msg(503, tp(2024, 11, 20, 20, 15), "Markus Pekei", "Iya mama, tapi sa kerja pemerintah jadi sa diam saja 🙏",
            N("neg_deflect", "he declines to campaign in the family chat", lang="papua"), reply_to_message_id=502)
    fam.msg(504, tp(2024, 12, 25, 7, 0), "Yakob Adik", "Selamat Natal keluarga, Tuhan Yesus memberkati 🎄", N(lang="papua"))
    meinfo = {"user_id": 5210033117, "first_name": "Markus", "last_name": "Pekei", "phone_number": tg_phone(me["acc"]["telegram"]),
              "username": "markuspekei", "bio": ""}
    tg_account_export(c, pc.rel, meinfo, contacts, [pc, grp, ch, fam])

    # one chat: teachers of Sumenep (Madurese)
    tg = Tg(c, "telegram/ChatExport_2024-12-02_guru_pangarangan/result.json", "Guru SDN Pangarangan III", "private_group", 4300981276, WIB)
    tg.msg(601, w(2024, 10, 9, 7, 0), "Moh. Hairul Anam", "Assalamualaikum, rapat wali murid dhari Kemis ajam 9 nggih", N(lang="mad"))
    tg.msg(602, w(2024, 10, 9, 7, 15), "Bu Ruqayyah", "Engghi pak, sampun kaulâ sebarakan ka wali murid", N(lang="mad"))
    tg.msg(603, w(2024, 10, 12, 19, 0), "Moh. Hairul Anam", "Tretan sadhâjâ, ja' kaloppae acara Ra Fikri è Masjid Jamik, sareng wali murid kèyaèh 😊",
           V("smp_guru", "instruct", "smp-1", "instruct_covert", lang="mad",
             note="a teacher asks colleagues to bring pupils' parents to the candidate's event"))
    tg.msg(604, w(2024, 10, 12, 19, 20), "Bu Ruqayyah", "Sapora pak, bâdâ aturan ASN ta' olle. Kaulâ ta' noro'",
           N("neg_objection", "a colleague refuses, citing the rules", lang="mad"), reply_to_message_id=603)
    tg.msg(605, w(2024, 10, 12, 19, 31), "Moh. Hairul Anam", "Engghi bu, sampeyan lerres. Sèttong ghi' pangajiyân biasa, bunten kampanye",
           N("neg_withdrawn", "he reframes it as an ordinary sermon", lang="mad"))
    tg.msg(606, w(2024, 11, 14, 8, 0), "Bu Ruqayyah", "Ngèrèng dhâpa' è TPS tanggal 27, pelè se cocok ka atè dhibi' 🙏",
           N("neg_reminder", "a neutral call to vote", lang="mad"))
    tg.msg(607, w(2024, 11, 27, 12, 0), "Moh. Hairul Anam", "Alhamdulillah sampun nyoblos. Mugi Sumenep aman", N("neg_reminder", "after voting, no side", lang="mad"))
    c.write_json(tg.rel, tg.obj(), Tg.FMT)


# ---------------------------------------------------------------------------------------------
# WhatsApp exports
# ---------------------------------------------------------------------------------------------
WA_NOTICE_ID = ("Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat "
                "membaca atau mendengarkannya. Ketuk untuk info selengkapnya.")
WA_NOTICE_EN = ("Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. "
                "Tap to learn more.")


def whatsapp(c):
    # Android, Indonesian: staff group of Kecamatan Kota Kudus, exported by Lilis (her own name shown for her lines)
    camat, sek, lilis, budi, nur = "Pak Camat Slamet", "Pak Sekcam Fauzi", "Lilis Suryani", "Budi Santoso PPPK", "Bu Nur Keuangan"
    lurah = wa_phone(c.acct("kds_lurah", "whatsapp"))
    lines = [
        (w(2024, 10, 1, 7, 30), None, WA_NOTICE_ID, []),
        (w(2024, 10, 1, 7, 31), None, "Pak Camat Slamet membuat grup \"Staf Kecamatan Kota Kudus\"", []),
        (w(2024, 10, 7, 8, 2), camat, "Assalamualaikum. Rapat koordinasi persiapan Pilkada, Senin jam 9 di pendopo kecamatan. Mohon hadir tepat waktu.",
         [N("neg_official_neutral", "routine coordination")]),
        (w(2024, 10, 14, 19, 10), camat, "Bapak ibu, kaos ijo sing dibagi wingi dipakai pas acara Gus Rofiq nang alun-alun Minggu ya. Ora usah difoto, ora usah dibahas nang grup 🙏💚",
         [V("kds_camat", "instruct", "kds-1", "instruct_covert", lang="jv", note="a camat tells staff to wear the campaign shirts, quietly")]),
        (w(2024, 10, 14, 19, 14), sek, "Siap pak",
         [R("rev_siap", "a bare 'siap' to the camat's covert campaign instruction", actor="kds_sekcam", cand="kds-1")]),
        (w(2024, 10, 14, 19, 17), lilis, "Nyuwun sewu pak, nopo mboten bahaya? Kita ASN lho pak",
         [N("neg_objection", "a staff member objects", lang="jv")]),
        (w(2024, 10, 14, 19, 25), camat, "Wis ora popo, sing penting kompak. Sing ora gelem ya ra popo, tapi ojo lali sopo sing ngrumat kecamatan iki 😉",
         [V("kds_camat", "instruct", "kds-1", "instruct_covert", lang="jv", note="repeats the instruction with veiled pressure")]),
        (w(2024, 10, 16, 7, 48), budi, "Kaos wis tak bagi nang warga RT 03 pak, 40 lembar 👍",
         [V("kds_staf2", "instruct", "kds-1", "staff_comply", action="other", add_codes=["SKB-D1"], lang="jv",
            note="a PPPK reports handing out the candidate's shirts")]),
        (w(2024, 10, 16, 7, 52), nur, "Mas Budi, jenengmu podo karo calon nomer 2 lho 😂", [N("neg_namesake", "a joke on a namesake", lang="jv")]),
        (w(2024, 10, 16, 7, 55), budi, "Wkwk Budi nang Kudus ewonan bu 🤣", [N("neg_namesake", "the PPPK Budi is not candidate Mas Budi", lang="jv")]),
        (w(2024, 10, 20, 16, 33), lurah, "Pak, foto acara alun-alun wingi wis tak kirim japri. Warga Purwosari akeh sing teko 👍",
         [V("kds_lurah", "attend", "kds-1", "staff_comply", lang="jv", add_codes=["PP94-N3"],
            note="an unsaved number (the lurah's, per the registry) reports bringing residents to the candidate's event")]),
        (w(2024, 11, 5, 10, 12), camat, "Info: surat edaran Bupati, ASN dilarang foto dengan paslon dan ikut kampanye. Mohon dipatuhi.",
         [N("neg_rule_quote", "the camat relays the neutrality circular")]),
        (w(2024, 11, 5, 10, 15), lilis, "Siap pak, dipatuhi 🙏", [N("neg_siap_rule", "'siap' to a neutrality rule")]),
        (w(2024, 11, 25, 21, 6), camat, "Sesuk lusa ojo lali nyoblos, sing nomer siji 😊 nggih",
         [V("kds_camat", "instruct", "kds-1", "stage_quiet", lang="jv", note="in the quiet period")]),
        (w(2024, 11, 25, 21, 9), sek, "🙏🙏", [R("rev_siap", "praying hands to the quiet-period instruction", actor="kds_sekcam", cand="kds-1")]),
        (w(2024, 11, 28, 8, 0), camat, "Matur nuwun sedoyo, Pilkada Kudus lancar. Sinten mawon ingkang kapilih, kita layani sami.",
         [N("neg_after_voting", "after the vote", lang="jv")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Staf Kecamatan Kota Kudus.txt", "android_id", "whatsapp_android_id", lines)

    # Android, English UI (US clock): teachers of SMPN 1 Tarakan, exported by Fransiska
    ks, rudi, yoh, me = "Pak Kepsek Baharuddin", "Rudi IPA", "Bu Yohana", "Fransiska Lalung"
    unk = wa_phone("+6285350781234")
    lines = [
        (ta(2024, 9, 30, 7, 0), None, WA_NOTICE_EN, []),
        (ta(2024, 10, 1, 7, 16), ks, "Selamat pagi bapak ibu. Besok upacara Hari Kesaktian Pancasila, pakai seragam KORPRI.", [N("neg_official_neutral", "school notice")]),
        (ta(2024, 10, 8, 20, 42), ks, "Bapak ibu, yang kemarin saya sampaikan di ruang guru jangan lupa ya. Ingat Pak Ucup banyak bantu sekolah kita. Cukup dalam hati, jangan ditulis di grup 🙏",
         [V("trk_ks", "instruct", "trk-1", "instruct_covert", note="a headmaster steers teachers to the incumbent, covertly")]),
        (ta(2024, 10, 8, 20, 45), rudi, "Siap pak 👍", [R("rev_siap", "'siap' to the headmaster's hint", actor="trk_guru2", cand="trk-1")]),
        (ta(2024, 10, 8, 20, 49), yoh, "Maaf pak, sy kurang paham maksudnya. Kita kan harus netral?", [N("neg_objection", "a teacher questions it")]),
        (ta(2024, 10, 8, 20, 56), ks, "Maksud saya Pak Ucup itu banyak bantu sekolah waktu menjabat, bukan soal pilkada 😅 sudahlah",
         [N("neg_withdrawn", "the headmaster walks it back; the first message stands")]),
        (ta(2024, 10, 21, 19, 5), me, "Guys, reminder: no campaign stickers in class ya. Students are watching us 🙏", [N("neg_reminder", "a reminder", lang="en")]),
        (ta(2024, 10, 21, 19, 11), unk, "Bu Siska, stiker HATI di meja kelas 8B itu siapa yg tempel ya?", [N("neg_question", "an unsaved number asks about a sticker")]),
        (ta(2024, 10, 22, 9, 30), rudi, "Sudah saya lepas stiker itu bu, sy simpan di laci TU", [N("neg_remove_props", "a teacher removes a campaign sticker")]),
        (ta(2024, 11, 26, 23, 40), ks, "Besok pagi jangan lupa pilihan kita, yang sudah terbukti ☝️",
         [V("trk_ks", "instruct", "trk-1", "stage_quiet", note="23:40 WITA on 26 Nov, quiet period")]),
        (ta(2024, 11, 27, 6, 5), yoh, "Selamat memilih bapak ibu, gunakan hak pilih dengan bijak 🙏", [N("neg_reminder", "voting day")]),
    ]
    wa_file(c, "whatsapp/WhatsApp Chat with Guru SMPN 1 Tarakan.txt", "android_us", "whatsapp_android_en", lines)

    # iOS, Indonesian: PKK of Kelurahan Polewali (WITA)
    g = "PKK Kel. Polewali"
    tia, dila, pl = "Puang Tia PKK", "Bidan Dila", "Pak Lurah Ansar"
    lines = [
        (ta(2024, 10, 15, 8, 0, 0), None, WA_NOTICE_ID, []),
        (ta(2024, 10, 15, 8, 12, 31), "Ibu Lurah", "Tabe' ibu-ibu, Sabtu ada arisan di rumah, nanti Puang Marwah singgah sebentar 🙏", [N(lang="mandar")]),
        (ta(2024, 10, 15, 8, 20, 5), tia, "Iye bu, insya Allah hadir. Mua' Puang Marwah datang, sipamandaq ki' semua pilih 3 🤝",
         [V("pm_pkk", "post", "plm-3", "post_support", lang="mandar")]),
        (ta(2024, 10, 15, 8, 31, 40), dila, "Maaf bu, Sabtu sy jaga posyandu. Salam ke ibu-ibu 🙏", [N("neg_deflect", "a midwife stays away")]),
        (ta(2024, 10, 19, 14, 2, 10), tia, "<lampiran: 00000023-PHOTO-2024-10-19-14-02-10.jpg>", []),
        (ta(2024, 10, 19, 14, 3, 55), tia, "Foto sama Puang Marwah di arisan, salam 3 jari 🤟",
         [V("pm_pkk", "gesture", "plm-3", "gesture_caption", note="a photo with the candidate, three-finger sign, described in the caption")]),
        (ta(2024, 10, 19, 14, 10, 22), "Mama Ifa", "Cantiknya ibu-ibu 😍", [N()]),
        (ta(2024, 10, 22, 20, 15, 0), pl, "Ibu-ibu PKK, mohon kegiatan PKK jangan dipakai untuk acara paslon mana pun. Kita semua harus netral, tabe' 🙏",
         [N("neg_objection", "the lurah asks for neutrality")]),
        (ta(2024, 11, 23, 21, 40, 0), tia, "Ibu-ibu, doakan sy sembuh dari flu ya 🤧 AMIN? 😂 bukan paslon, doa beneran",
         [N("neg_everyday_word", "'amin' joked about as the pair's name", lang="mandar")]),
        (ta(2024, 11, 27, 16, 30, 0), dila, "Alhamdulillah TPS 3 aman, terima kasih ibu-ibu yang datang memilih", [N("neg_reminder", "after voting")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_id", "whatsapp_ios_id", lines, group=g)

    # iOS, English UI: a family group in Merauke (WIT); the candidate himself is a saved contact
    g = "Kel. Besar Gebze Merauke"
    yance, tua, yos, yakob = "Kaka Yance", "Mama Tua", "Yosefina Gebze", "Om Yakob"
    magda = wa_phone(c.acct("mrk_rsud", "whatsapp"))
    lines = [
        (tp(2024, 10, 10, 18, 0, 0), None, WA_NOTICE_EN, []),
        (tp(2024, 10, 10, 18, 5, 11), yance, "Keluarga, sa minta doa e, kampanye su mulai. Kalau bisa bantu sebar poster ke kampung-kampung",
         [N("neg_candidate_own", "the candidate writes to his family", lang="papua")]),
        (tp(2024, 10, 10, 18, 20, 42), tua, "Tuhan berkati ko anak", [N(lang="papua")]),
        (tp(2024, 10, 10, 18, 35, 9), yos, "Amin kaka, sa doakan. Tapi sa guru, sa tra bisa ikut sebar poster e 🙏",
         [N("neg_objection", "a teacher declines to help the candidate relative", lang="papua")]),
        (tp(2024, 10, 10, 19, 2, 57), yakob, "Sa su sebar 50 poster di Kuprik dan Mopah, aman kaka 💪",
         [V("mrk_satpol", "post", "mrk-1", "props", action="other", add_codes=["SKB-D1"], lang="papua",
            note="a Satpol PP officer reports spreading the candidate's posters")]),
        (tp(2024, 10, 27, 13, 10, 33), yos, "<attached: 00000041-PHOTO-2024-10-27-13-10-33.jpg>", []),
        (tp(2024, 10, 27, 13, 12, 2), yos, "Foto keluarga waktu syukuran Mama Tua ulang tahun ke-70 ✌️😊",
         [R("rev_gesture_family", "a family photo with the candidate uncle during the campaign and a V sign: peace, a pose, or number 2 (the rival)?",
            actor="mrk_guru", cand="mrk-1", lang="papua")]),
        (tp(2024, 11, 20, 20, 15, 45), magda, "Sa nama Maria juga tapi bukan Mama Maria calon e 😂 jang salah kirim stiker",
         [N("neg_namesake", "a nurse named Maria, from an unsaved number", lang="papua")]),
        (tp(2024, 11, 27, 8, 34, 0), yakob, "Sa su coblos, Kaka Yance pasti menang 1️⃣",
         [V("mrk_satpol", "post", "mrk-1", "stage_voting_day", lang="papua")]),
        (tp(2024, 11, 27, 20, 40, 10), tua, "Puji Tuhan", [N(lang="papua")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_en", "whatsapp_ios_en", lines, group=g)

    # Android, English UI (24 h clock): the Mamuju health office group
    kadis, kabid, syah, aul, rid = "Pak Kadis Rahman", "Bu Kabid Hasriani", "Syahrir Dinkes", "Aulia", "Ridwan Bebanga"
    lines = [
        (ta(2024, 10, 29, 18, 58), None, WA_NOTICE_EN, []),
        (ta(2024, 10, 29, 19, 1), kadis, "Teman-teman, besok pagi senam di Bebanga ada Puang Rahmat. Semua wajib hadir pakai baju kuning, yang tidak hadir dicatat 📋",
         [V("mmj_kadis", "instruct", "mmj-1", "instruct_open", add_codes=["PP94-N3"], lang="mamuju")]),
        (ta(2024, 10, 29, 19, 4), kabid, "Siap pak, saya koordinir bidang P2P 🙏",
         [V("mmj_kabid", "instruct", "mmj-1", "instruct_relay", note="a division head relays the order to her staff")]),
        (ta(2024, 10, 29, 19, 7), aul, "Siap", [R("rev_siap", "a bare 'siap'", actor="mmj_staf2", cand="mmj-1")]),
        (ta(2024, 10, 29, 19, 11), rid, "Izin pak, sy dinas pagi di puskesmas, tidak bisa hadir", [N("neg_deflect", "a sanitarian excuses himself")]),
        (ta(2024, 10, 30, 9, 15), syah, "Foto senam bareng Puang Rahmat tadi, bidang P2P lengkap 💛☝️",
         [V("mmj_staf1", "attend", "mmj-1", "staff_comply", lang="mamuju")]),
        (ta(2024, 10, 30, 9, 21), kadis, "Mantap. Yang belum like postingan IG Puang Rahmat segera like ya, nanti saya cek 😁",
         [V("mmj_kadis", "instruct", "mmj-1", "instruct_open")]),
        (ta(2024, 10, 30, 9, 33), aul, "Sudah pak ✅", [V("mmj_staf2", "interact", "mmj-1", "staff_comply", action="like",
                                                         note="reports having liked the candidate's post as ordered")]),
        (ta(2024, 11, 5, 10, 3), kabid, "Edaran dari BKPSDM soal netralitas ASN terlampir. Mohon dibaca.", [N("neg_rule_quote", "a circular")]),
        (ta(2024, 11, 5, 10, 6), syah, "Baru sekarang edarannya keluar 😅", [N("neg_sarcasm_all", "a wry remark on the late circular", lang="mamuju")]),
    ]
    wa_file(c, "whatsapp/WhatsApp Chat with Dinkes Mamuju Official.txt", "android_gb", "whatsapp_android_en", lines)

    # Android, Indonesian (4-digit year): staff of Kelurahan Pondok Kelapa (Betawi)
    pl, zul, nur = "Pak Lurah Rahmat", "Zulkifli Dukcapil", "Nurul Kel"
    lines = [
        (w(2024, 5, 6, 7, 58), None, WA_NOTICE_ID, []),
        (w(2024, 5, 6, 8, 4), pl, "Rekan-rekan, warga yang mau dukung Bang Darma lewat jalur perseorangan, fotokopi KTP-nya kumpulin di meja aye ye",
         [V("jt_lurah", "ktp", "dki-2", "ktp_collect", lang="betawi", note="a lurah collects ID copies for an independent bakal calon")]),
        (w(2024, 10, 10, 8, 0), pl, "Pagi, hari ini pelayanan KTP-el sampe jam 3 sore.", [N("neg_official_neutral", "service notice", lang="betawi")]),
        (w(2024, 10, 11, 20, 12), pl, "Rekan-rekan, ntar Sabtu Bang Darma mampir ke RW 07. Kite sambut baek-baek ye, siapin tenda kelurahan 😊",
         [V("jt_lurah", "instruct", "dki-2", "instruct_open", add_codes=["PP94-N4"], lang="betawi",
            note="orders staff to welcome a candidate with the office's tent")]),
        (w(2024, 10, 11, 20, 16), zul, "Pak, tenda kelurahan kan aset pemda, kagak boleh dipake buat paslon 🙏", [N("neg_objection", "objection", lang="betawi")]),
        (w(2024, 10, 11, 20, 19), pl, "Oh iye, bener juga. Batal dah, pake tenda warga aje",
         [R("rev_withdrawn_partly", "drops the state facility but keeps arranging the welcome: withdrawn or still an instruction?",
            actor="jt_lurah", cand="dki-2", lang="betawi")]),
        (w(2024, 10, 11, 20, 23), nur, "Siap pak", [R("rev_siap", "a bare 'siap'", actor="jt_staf1", cand="dki-2")]),
        (w(2024, 10, 28, 7, 45), pl, "Ade yang tau kabar Pak RT 05 yang sakit? Kite jenguk siang ini", [N("neg_personal", "a sick neighbour", lang="betawi")]),
        (w(2024, 11, 27, 14, 10), nur, "Alhamdulillah TPS aman semua pak, rekap C1 udah aye foto", [N("neg_official_neutral", "voting-day report", lang="betawi")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Kel Pondok Kelapa.txt", "android_id4", "whatsapp_android_id", lines)

    # Android, Indonesian: teachers of Tanjung Selor (Bulungan Malay)
    lk, dy, gr = "Pak Lukas", "Bu Dayang Capil", "Pak Hasan BPBD"
    lines = [
        (ta(2024, 9, 21, 20, 0), None, WA_NOTICE_ID, []),
        (ta(2024, 9, 21, 20, 8), lk, "Bubuhan, besok penetapan calon. Ulun sudah siap jadi tim Datu Is di kampung 😁",
         [V("blg_guru", "team", "blg-1", "bakal_support", lang="tarakan", note="offers to be on the bakal calon's team the night before designation")]),
        (ta(2024, 9, 21, 20, 14), dy, "Pak Lukas, kita ASN kada boleh jadi tim, hati-hati bah", [N("neg_objection", "a colleague warns", lang="tarakan")]),
        (ta(2024, 10, 12, 9, 27), gr, "Dirgahayu Bulungan ke-64! Bumi Tenguyun makin maju 🎉", [N("neg_motto", "anniversary greetings with the motto", lang="tarakan")]),
        (ta(2024, 10, 24, 21, 36), dy, "Ada yang tau bantuan banjir Tanjung Palas sudah turun kah?", [N("neg_question", "a question", lang="tarakan")]),
        (ta(2024, 10, 24, 21, 44), gr, "Sudah bu, BPBD salurkan tadi sore ke 120 KK. Bukan dari paslon mana pun ya 😅", [N("neg_official_neutral", "aid report", lang="tarakan")]),
        (ta(2024, 11, 10, 19, 52), lk, "Acil Nor sama Datu Is sama-sama datang ke pesta panen di Long Beluah, rame bah", [N("neg_event", "both candidates at a harvest feast", lang="tarakan")]),
        (ta(2024, 11, 10, 19, 57), gr, "Yang penting jangan ada yang bagi amplop 😂", [N("neg_sarcasm_all", "a joke about vote buying", lang="tarakan")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Guru Tanjung Selor.txt", "android_id", "whatsapp_android_id", lines)


# ---------------------------------------------------------------------------------------------
# canonical JSON Lines (follows, joins, reactions, tags, adds, deletions, media fields)
# ---------------------------------------------------------------------------------------------
def canonical(c):
    cn = Canon(c, "canonical/activities_heldout5.jsonl", "h5")
    W = cn.who

    def ia(k):
        r = c.inst[k]
        return {"handle": r["handle"], "name": r["nama_akun"]}

    def ch(cid, platform, name=None):
        cd = c.cands[cid]
        return tgt(cd.handle(platform), name or cd.name)

    pr = tgt("puangrahmat.official", "Andi Rahmat Sule", "Senam sehat pagi ini bersama warga Bebanga. Manakarra Terus Maju! #RahmatLanjut", tid="ig-18000777")
    for i, k in enumerate(("mmj_kabid", "mmj_staf1", "mmj_staf2")):
        cn.add(V(k, "interact", "mmj-1", "like_coordinated", action="like", lang="sys",
                 note="one of three officials of Dinkes Mamuju liking the candidate's post within minutes, after the head's order"),
               "instagram", "reaction", ta(2024, 10, 30, 9, 40 + 2 * i), W(k, "instagram"), target=pr)
    cn.add(N("neg_official_neutral", "liking the health centre's own exercise post", lang="sys"), "instagram", "reaction", ta(2024, 10, 16, 8, 0),
           W("mmj_staf3", "instagram"), target=tgt("puskesmas.bebanga", "Puskesmas Bebanga Mamuju", "Senam sehat bersama warga Bebanga"))
    cn.add(V("mmj_kabid", "interact", "mmj-1", "comment_support", action="comment"), "instagram", "comment", ta(2024, 10, 30, 10, 2),
           W("mmj_kabid", "instagram"), "Sehat selalu Puang, lanjutkan ☝️", target=pr)
    # follows
    for k, cid, plat, when, case in (
        ("jt_guru1", "dki-1", "instagram", w(2024, 10, 1, 21, 0), "follow_candidate"),
        ("kds_guru", "kds-2", "instagram", w(2024, 10, 3, 20, 0), "follow_candidate"),
        ("bwi_pppk", "bwi-1", "instagram", w(2024, 10, 19, 7, 0), "tag_then_engaged"),
        ("blg_dukcapil", "blg-2", "instagram", ta(2024, 9, 10, 19, 0), "bakal_support"),
        ("trk_guru", "trk-1", "x", ta(2024, 10, 6, 6, 0), "follow_candidate"),
        ("mmk_guru", "mmk-2", "instagram", tp(2024, 10, 5, 18, 0), "follow_candidate"),
    ):
        cn.add(V(k, "interact", cid, case, action="follow_or_join", lang="sys"), plat, "follow", when, W(k, plat), target=ch(cid, plat))
    cn.add(N("neg_news", "following a news account", lang="sys"), "x", "follow", w(2024, 9, 1, 8, 0), W("jt_pkm", "x"), target=tgt("kabarjaktim", "Kabar Jaktim"))
    cn.add(N("neg_official_neutral", "following the election body", lang="sys"), "instagram", "follow", tp(2024, 9, 2, 8, 0), W("mrk_rsud", "instagram"),
           target=tgt("kpu_merauke", "KPU Kabupaten Merauke"))
    cn.add(N("neg_namesake", "following a friend called Yusuf, not the candidate", lang="sys"), "x", "follow", ta(2024, 10, 2, 8, 0), W("trk_guru2", "x"),
           target=tgt("yusuf_rahman88", "Yusuf Rahman"))
    # joins
    cn.add(V("jt_satpol", "interact", "dki-1", "bakal_support", action="follow_or_join", lang="sys"), "facebook", "join_group", w(2024, 8, 20, 21, 0),
           W("jt_satpol", "facebook"), group={"id": "g-relawan-juki-jt", "name": "Relawan Bang Juki Jakarta Timur"})
    cn.add(V("klt_staf3", "interact", "klt-2", "join_group", action="follow_or_join", lang="sys"), "facebook", "join_group", w(2024, 10, 2, 20, 0),
           W("klt_staf3", "facebook"), group={"id": "g-sedulur-wasis", "name": "Sedulur WASIS Klaten 2024"})
    cn.add(N("neg_group_neutral", "a teachers' information group", lang="sys"), "facebook", "join_group", w(2024, 10, 2, 20, 30), W("klt_pengawas", "facebook"),
           group={"id": "g-info-guru-klaten", "name": "Info Guru Klaten"})
    cn.add(V("pm_bidan", "interact", "plm-1", "join_group", action="follow_or_join", lang="sys"), "whatsapp", "join_group", ta(2024, 10, 9, 20, 0),
           W("pm_bidan", "whatsapp"), group={"id": "wa-relawan-amin", "name": "Relawan AMIN Polman"})
    cn.add(N("neg_group_neutral", "a fishermen's community group", lang="sys"), "facebook", "join_group", w(2024, 10, 9, 21, 0), W("smp_camat", "facebook"),
           group={"id": "g-nelayan-kalianget", "name": "Komunitas Nelayan Kalianget"})
    # tags and adds (passive exposure), with and without later engagement
    cn.add(A("mrk_guru", note="tagged by a volunteers' page; no engagement follows"), "facebook", "tagged", tp(2024, 10, 11, 18, 0), W("mrk_guru", "facebook"),
           "Terima kasih keluarga besar Gebze, Yosefina Gebze dan semua, dukung Pace Yance nomor 1! ☝️",
           initiated_by={"handle": "relawan.paceyance", "name": "Relawan Pace Yance"})
    cn.add(A("pm_lurah", note="tagged in a photo of a billboard in front of his office"), "facebook", "tagged", ta(2024, 10, 12, 9, 0), W("pm_lurah", "facebook"),
           "Baliho AMIN sudah terpasang depan kantor lurah, makasih Pak Lurah Muhammad Ansar 🙏",
           initiated_by={"handle": "rusdi.wonomulyo", "name": "Rusdi Wonomulyo"}, media=[img("Baliho pasangan AMIN nomor 1 di depan Kantor Lurah Polewali")])
    cn.add(N("neg_objection", "the tagged lurah says the billboard was unauthorised and has it removed"), "facebook", "comment", ta(2024, 10, 12, 10, 30),
           W("pm_lurah", "facebook"), "Baliho itu dipasang tanpa izin, sudah kami minta Satpol PP menurunkan. Kantor lurah bukan tempat APK.",
           target=tgt("rusdi.wonomulyo", "Rusdi Wonomulyo", "Baliho AMIN sudah terpasang depan kantor lurah"))
    cn.add(A("smp_camat", note="tagged by pair 2's account"), "instagram", "tagged", w(2024, 10, 20, 10, 0), W("smp_camat", "instagram"),
           "Silaturahmi di Kalianget bersama tokoh masyarakat. Sumenep SAE!", initiated_by={"handle": "sumenepsae", "name": "Sumenep SAE"})
    cn.add(A("klt_bidan", case="added_to_group", note="added to a volunteers' group; she leaves"), "whatsapp", "added_to_group", w(2024, 10, 4, 19, 0),
           W("klt_bidan", "whatsapp"), group={"id": "wa-wasis-prambanan", "name": "Sedulur WASIS Prambanan"},
           initiated_by={"handle": "+6285712345098", "name": "+62 857-1234-5098"})
    cn.add(N("neg_left_group", "she says goodbye as an ASN and leaves", lang="jv"), "whatsapp", "message", w(2024, 10, 4, 19, 20), W("klt_bidan", "whatsapp"),
           "Nyuwun sewu, kula medal rumiyin nggih, kula ASN 🙏", group={"id": "wa-wasis-prambanan", "name": "Sedulur WASIS Prambanan"})
    cn.add(A("trk_dinkes", case="added_to_group", note="added to a volunteers' group; he then joins in"), "telegram", "added_to_group", ta(2024, 10, 16, 19, 0),
           W("trk_dinkes", "telegram"), group={"id": "tg-relawan-hati", "name": "Relawan HATI Tarakan"},
           initiated_by={"handle": "kaktini_relawan", "name": "Kak Tini Relawan"})
    cn.add(V("trk_dinkes", "post", "trk-2", "tag_then_engaged", in_group=True, lang="tarakan"), "telegram", "message", ta(2024, 10, 16, 19, 40),
           W("trk_dinkes", "telegram"), "Siap kak, bubuhan Dinkes Juata aman 👍 HATI nomor 2",
           group={"id": "tg-relawan-hati", "name": "Relawan HATI Tarakan"})
    cn.add(A("kds_staf2", case="added_to_group", note="added to a volunteers' group; silence afterwards"), "whatsapp", "added_to_group", w(2024, 10, 5, 20, 0),
           W("kds_staf2", "whatsapp"), group={"id": "wa-relawan-tulus", "name": "Relawan TULUS Kota"}, initiated_by={"handle": "+6281390011223", "name": "Relawan TULUS"})
    cn.add(A("bwi_dishub", case="added_to_group", note="added to a volunteers' group; he leaves"), "whatsapp", "added_to_group", w(2024, 10, 6, 20, 0),
           W("bwi_dishub", "whatsapp"), group={"id": "wa-sedulur-imam", "name": "Sedulur Kang Imam Kalipuro"},
           initiated_by={"handle": "+6281231230099", "name": "Admin Sedulur"})
    cn.add(N("neg_left_group", "the added official leaves", lang="jv"), "whatsapp", "message", w(2024, 10, 6, 20, 25), W("bwi_dishub", "whatsapp"),
           "Mohon maaf kulo left nggih, mboten saged tumut", group={"id": "wa-sedulur-imam", "name": "Sedulur Kang Imam Kalipuro"})
    cn.add(A("nbr_guru", note="tagged on a campaign poster because he shares the candidate's first name"), "facebook", "tagged", tp(2024, 9, 30, 12, 0),
           W("nbr_guru", "facebook"), "Bapa Yulianus kitong dukung! Nabire Bangkit 🔥", initiated_by={"handle": "kitong.nabire", "name": "Kitong Nabire"},
           media=[img("Poster kampanye Yulianus Tebai nomor 1")])
    cn.add(A("jt_guru2", note="tagged by pair 3's account"), "instagram", "tagged", w(2024, 10, 24, 16, 0), W("jt_guru2", "instagram"),
           "Diskusi pendidikan bersama guru-guru Jakarta Timur. #JakartaRapi", initiated_by={"handle": "ratnawulandari.id", "name": "Ratna Wulandari"})
    cn.add(A("kds_staf3", case="added_to_group", note="added by her own camat to the candidate's volunteers' group"), "whatsapp", "added_to_group",
           w(2024, 10, 13, 20, 0), W("kds_staf3", "whatsapp"), group={"id": "wa-relawan-gusrofiq-kota", "name": "Relawan Gus Rofiq Kec. Kota"},
           initiated_by={"handle": c.acct("kds_camat", "whatsapp"), "name": "Slamet Riyadi"},
           extra=[V("kds_camat", "instruct", "kds-1", "instruct_add", by_actor=True, add_codes=["PP94-N3"],
                    note="the camat who adds his staff to the candidate's group")])
    # shares and posts
    wp = tgt(c.cands["klt-2"].handle("facebook"), "Mas Wahyu - WASIS Klaten", "Coblos nomer 2 tanggal 27 November 🙏 #WASIS2", tid="fb-wasis-1005")
    cn.add(V("klt_staf3", "interact", "klt-2", "share_plain", action="share", lang="sys"), "facebook", "share", w(2024, 10, 5, 21, 40), W("klt_staf3", "facebook"),
           target=wp)
    cn.add(N("neg_news", "relaying a neutral news article"), "facebook", "share", w(2024, 9, 22, 20, 0), W("jt_staf1", "facebook"), "Info buat warga",
           target=tgt("kabarjaktim", "Kabar Jaktim", "KPU DKI tetapkan tiga pasangan calon gubernur"), url="https://kabarjaktim.id/kpu-dki-tetapkan-tiga-paslon")
    off = tgt("diskominfo_tkn", "Diskominfo Kota Tarakan", "Wali Kota Tarakan meninjau pembangunan drainase di Jalan Mulawarman.")
    cn.add(N("neg_incumbent_official", "relaying the mayor's official work"), "facebook", "share", ta(2024, 9, 10, 13, 0), W("trk_camat", "facebook"),
           "Alhamdulillah, drainase Jalan Mulawarman segera rampung", target=off)
    cn.add(V("trk_camat", "post", "trk-1", "incumbent_campaign", action="share", lang="tarakan"), "facebook", "share", ta(2024, 10, 18, 20, 0), W("trk_camat", "facebook"),
           "Pak Ucup kerja nyata bah, 27 November lanjutkan ☝️", target=off)
    cn.add(N("neg_incumbent_official", "aid after a fire, relayed before the campaign"), "facebook", "share", ta(2024, 9, 3, 16, 0), W("trk_camat", "facebook"),
           "Semoga warga Kampung Empat diberi ketabahan 🙏",
           target=tgt("diskominfo_tkn", "Diskominfo Kota Tarakan", "Wali Kota serahkan bantuan bagi korban kebakaran Kampung Empat"))
    cn.add(V("trk_camat", "post", "trk-1", "post_deleted", lang="tarakan", note="deleted within the hour; the deletion is recorded, the act stays"),
           "facebook", "post", ta(2024, 10, 23, 21, 0), W("trk_camat", "facebook"), "Pak Ucup lanjut! Tarakan Hebat ☝️ #LanjutkanYB",
           deleted_at=ta(2024, 10, 23, 21, 50))
    cn.add(N("neg_apology", "'salah upload'"), "facebook", "post", ta(2024, 10, 23, 22, 0), W("trk_camat", "facebook"), "Mohon maaf tadi salah upload 🙏")
    mo = tgt("bagian.prokopim.mamuju", "Prokopim Mamuju", "Bupati Mamuju resmikan Puskesmas Tapalang")
    cn.add(N("neg_incumbent_official", "relaying the regent's inauguration of a clinic"), "facebook", "share", ta(2024, 8, 12, 12, 0), W("mmj_kadis", "facebook"),
           "Semoga pelayanan kesehatan di Tapalang makin baik", target=mo)
    cn.add(V("mmj_kadis", "post", "mmj-1", "incumbent_campaign", action="share", lang="mamuju"), "facebook", "share", ta(2024, 10, 2, 20, 0), W("mmj_kadis", "facebook"),
           "Lima tahun kerja nyata Puang Rahmat. Jangan sampai berhenti mi ☝️", target=mo)
    cn.add(V("klt_camat", "gesture", "klt-2", "event_partisan", lang="jv", note="a religious gathering, but the photo shows a two-finger sign with the candidate"),
           "facebook", "post", w(2024, 10, 13, 9, 0), W("klt_camat", "facebook"), "Pengajian Ahad pagi 🤲",
           media=[img("Camat berfoto bersama calon bupati nomor 2 di serambi masjid, keduanya mengacungkan dua jari")])
    cn.add(N("neg_event", "both candidates at a religious gathering, nothing partisan", lang="jv"), "facebook", "post", w(2024, 10, 20, 9, 0), W("klt_camat", "facebook"),
           "Pengajian Ahad Legi nang Masjid Agung, rawuh Pak Parno lan Mas Wahyu. Adem rasane 🤲")
    cn.add(R("rev_event_thanks", "thanks to a candidate who gave money at a community circumcision: courtesy or support?", actor="kds_lurah", cand="kds-1", lang="jv"),
           "facebook", "post", w(2024, 10, 27, 13, 0), {"id": "100088812345670", "name": "Mustofa"},
           "Khitanan massal nang Purwosari, Gus Rofiq ugi rawuh maringi santunan. Matur nuwun Gus 🙏")
    cn.add(V("kds_guru", "post", "kds-2", "image_text", note="the slogan is only in the image's text"), "instagram", "post", w(2024, 10, 21, 6, 30),
           W("kds_guru", "instagram"), "Semangat pagi 🌞", media=[img("Foto pagi di depan sekolah", text="TULUS MBANGUN KUDUS\nNOMER 2")])
    cn.add(N("neg_everyday_word", "'tulus' as a spelling word", lang="id"), "instagram", "post", w(2024, 10, 22, 10, 0), W("kds_guru", "instagram"),
           "Anak-anak belajar menulis kata 'tulus', 'jujur', 'sabar' 🥰")
    cn.add(V("inst:dinkes_mmk", "inst", "mmk-2", "inst_deleted", note="posted and deleted the same evening; the deletion does not erase it"),
           "instagram", "post", tp(2024, 11, 10, 19, 0), ia("dinkes_mmk"), "Mama Tina peduli kesehatan Mimika 💚 #MamaTina2",
           deleted_at=tp(2024, 11, 10, 21, 5), media=[img("Agustina Yanengga bersama tenaga kesehatan berseragam Dinkes")])
    cn.add(N("neg_apology", "the agency disowns the post"), "instagram", "post", tp(2024, 11, 10, 21, 30), ia("dinkes_mmk"),
           "Mohon maaf, unggahan sebelumnya bukan informasi resmi Dinkes Mimika.")
    cn.add(N("neg_incumbent_official", "the regent hands out free uniforms, before the campaign"), "facebook", "post", w(2024, 8, 10, 10, 0), ia("disdik_klt"),
           "Bupati Klaten menyerahkan seragam gratis bagi 12.000 siswa SD.")
    cn.add(V("inst:disdik_klt", "inst", "klt-1", "inst_deleted", note="thanks to the incumbent with his campaign slogan in the picture; deleted next day"),
           "facebook", "post", w(2024, 10, 14, 10, 0), ia("disdik_klt"), "Matur nuwun Pak Parno atas seragam gratisnya 🙏",
           media=[img("Siswa SD berseragam baru", text="KLATEN BERSINAR LANJUT\nNO. 1")], deleted_at=w(2024, 10, 15, 8, 0))
    cn.add(N("neg_official_neutral", "an election body's message on an agency account"), "instagram", "post", w(2024, 11, 1, 9, 0), ia("kec_kudus"),
           "Kecamatan Kota Kudus mendukung Pilkada damai", media=[img("Poster KPU", text="PILKADA DAMAI 2024\nKPU KABUPATEN KUDUS")])
    cn.add(V("inst:kec_kudus", "photo", "kds-1", "photo_caption", note="the one-finger pose with the candidate is only in the picture's caption"),
           "instagram", "post", w(2024, 10, 22, 8, 0), ia("kec_kudus"), "Hari Santri: sarung dan peci kompak 🤲",
           media=[img("Camat dan staf bersama Gus Rofiq berpose dengan salam satu jari")])
    cn.add(V("inst:distrik_manoi", "inst", "srg-1", "inst_account", lang="papua"), "telegram", "post", tp(2024, 10, 21, 17, 0), ia("distrik_manoi"),
           "Warga Manoi, mari sukseskan kampanye damai Bung Septi di Remu 🔥", group={"id": "infodistrikmanoi", "name": "Info Distrik Sorong Manoi"})
    cn.add(V("inst:bpbd_blg", "inst", "blg-1", "inst_account"), "x", "post", ta(2024, 10, 23, 12, 0), ia("bpbd_blg"),
           "Bersama Datu Is, tanggap bencana makin cepat! 💪 #IsLaing1")
    # comments on candidates' accounts
    cn.add(R("rev_wish", "'semoga amanah' on the candidate's account: a courtesy wish or support?", actor="kds_guru", cand="kds-1"), "instagram", "comment",
           w(2024, 10, 25, 20, 0), W("kds_guru", "instagram"), "Semoga amanah, Gus 🤲", target=ch("kds-1", "instagram"))
    cn.add(N("neg_question", "a doctor asks a candidate about a health programme"), "instagram", "comment", w(2024, 10, 26, 20, 0), W("jt_pkm", "instagram"),
           "Bu, tolong program puskesmas 24 jam dimasukkan visi misi 🙏", target=ch("dki-3", "instagram"))
    cn.add(N("neg_untag", "the namesake asks the candidate's team not to use his photo", lang="papua"), "x", "comment", tp(2024, 10, 1, 19, 0), W("nbr_guru", "x"),
           "@yulitebai_nbr Bapa, tolong tim jang pake foto sa di poster e 🙏", target=ch("nbr-1", "x"))
    cn.add(R("rev_invite", "a teacher invites a candidate to her school during the campaign", actor="mmk_guru", cand="mmk-2", lang="papua"), "instagram", "comment",
           tp(2024, 10, 8, 19, 0), W("mmk_guru", "instagram"), "Mama Tina, sa guru di SMP 2, kapan datang ke sekolah? Anak-anak mo tanya soal beasiswa",
           target=ch("mmk-2", "instagram"))
    # reactions
    cn.add(V("srg_kominfo", "interact", "srg-1", "like_plain", action="like", lang="sys"), "x", "reaction", tp(2024, 10, 20, 9, 30), W("srg_kominfo", "x"),
           target=tgt("septirauf1", "Septinus Malak", "Kampanye dialogis di Remu hari ini jam 4 sore"))
    cn.add(N("neg_news", "liking a news post", lang="sys"), "x", "reaction", tp(2024, 10, 8, 8, 0), W("srg_guru", "x"),
           target=tgt("kabarsorong", "Kabar Sorong", "Debat Pilwalkot Sorong ditunda karena cuaca buruk"))
    cn.add(V("trk_guru3", "interact", "trk-2", "like_plain", action="like", lang="sys"), "facebook", "reaction", ta(2024, 10, 14, 20, 0),
           W("trk_guru3", "facebook"), target=tgt("hati.tarakan", "Sri Hartini Tanjung", "Sepenuh HATI untuk Tarakan"))
    cn.add(V("nbr_dinkes", "interact", "nbr-1", "like_plain", action="like", lang="sys"), "x", "reaction", tp(2024, 9, 25, 8, 0), W("nbr_dinkes", "x"),
           target=tgt("yulitebai_nbr", "Yulianus Tebai", "Kampanye hari pertama di Kalibobo"))
    # Pemilu
    cn.add(V("jt_guru2", "interact", "pres-3", "like_plain", action="like", lang="sys"), "x", "reaction", w(2024, 1, 10, 21, 0), W("jt_guru2", "x"),
           target=tgt("gaspol03", "Yohanes Sitompul", "Gaspol Merata: pendidikan gratis sampai SMA"))
    cn.add(V("klt_staf1", "post", "dpr-jt5-pdip-3", "share_partisan", action="share", lang="jv"), "facebook", "share", w(2024, 1, 28, 19, 0), W("klt_staf1", "facebook"),
           "Ayo nyoblos PDI Perjuangan nomer 3, Mas Bimo!", target=tgt(c.cands["dpr-jt5-pdip-3"].handle("facebook"), "Bimo Aryo Seno", "Kampanye di Delanggu"))
    cn.add(V("smp_camat", "post", "dpr-jt11-ger-2", "post_support", lang="mad"), "facebook", "post", w(2024, 1, 15, 20, 0), W("smp_camat", "facebook"),
           "Lora Badrus rabu ka Kalianget, warga lebur. Pelè Gerindra nomer duwâ', tretan!")
    cn.add(V("bwi_camat", "post", "dpr-jt3-gol-4", "stage_voting_day", lang="osing"), "facebook", "post", w(2024, 2, 14, 12, 0), W("bwi_camat", "facebook"),
           "Wis nyoblos, Cak Anang nomer 4 Golkar, mugo-mugo lolos Senayan 🙏")
    cn.add(V("pm_guru", "post", "dpd-sb-27", "bakal_support", lang="mandar"), "facebook", "post", ta(2023, 10, 30, 20, 0), W("pm_guru", "facebook"),
           "Puang Edah maju DPD, dukung ki' semua, tabe'!")
    cn.add(N("neg_official_neutral", "personnel data"), "facebook", "post", ta(2024, 1, 20, 9, 0), W("pm_bkpsdm", "facebook"),
           "Rekap data ASN yang mengajukan cuti untuk kampanye: nihil. Terima kasih atas kepatuhannya.")
    cn.add(V("kds_sekcam", "post", "dpr-jt2-pkb-1", "post_support", in_group=True, lang="jv"), "whatsapp", "message", w(2024, 2, 1, 20, 0),
           W("kds_sekcam", "whatsapp"), "Sedulur, Gus Lutfi nomer 1 PKB, ojo kleru nyoblos ya 🙏", group={"id": "wa-sedulur-guslutfi", "name": "Sedulur Gus Lutfi Kudus"})
    cn.add(N("neg_reminder", "a quiet-period reminder"), "x", "post", ta(2024, 2, 13, 9, 0), W("trk_kominfo", "x"), "Masa tenang, jaga jari jangan asal share 🙏")
    cn.add(N("neg_everyday_word", "'harum' for flowers"), "instagram", "post", w(2024, 1, 5, 18, 0), W("bwi_disbud", "instagram"), "Harum banget sedap malam di halaman kantor 🌸",
           media=[img("Bunga sedap malam", text="SEDAP MALAM")])
    cn.add(N("neg_everyday_word", "'bagus' as praise, also pair 2's name", lang="papua"), "facebook", "post", tp(2024, 2, 10, 15, 0), W("mrk_guru", "facebook"),
           "Bagus sekali penampilan anak-anak di lomba cerdas cermat 👏")
    # Pilkada: bakal calon, KTP, sarcasm, rhetorical questions, ambiguous 'bos'
    cn.add(V("jt_lurah", "photo", "dki-2", "bakal_support", note="a photo with an independent bakal calon (E codes)"), "facebook", "post", w(2024, 9, 12, 19, 0),
           W("jt_lurah", "facebook"), "Silaturahmi dengan Bang Darma dan warga RW 07", media=[img("Lurah berfoto bersama Darmawan Kusuma di balai warga")])
    cn.add(V("pm_bkpsdm", "ktp", "plm-2", "ktp_collect", note="collects ID copies for an independent bakal calon; he shares a name with another candidate"),
           "facebook", "post", ta(2024, 5, 3, 20, 0), W("pm_bkpsdm", "facebook"), "Bagi yang mau dukung Kak Yus jalur perseorangan, fotokopi KTP bisa dititip ke saya di kantor.")
    cn.add(V("jt_staf2", "negative", "dki-3", "negative_campaign", lang="betawi"), "facebook", "post", w(2024, 11, 4, 20, 0), W("jt_staf2", "facebook"),
           "Wah hebat paslon 3, janji 1000 taman, yang ade 1000 baliho 🤡 jangan mau dibohongin")
    cn.add(V("klt_staf3", "post", "klt-2", "rhetorical", lang="jv"), "facebook", "post", w(2024, 11, 12, 20, 0), W("klt_staf3", "facebook"),
           "Sopo maneh sing iso mbangun Klaten nek ora Mas Wahyu? 🤔 #WASIS2")
    cn.add(N("neg_first_name", "a rhetorical question about a shared name", lang="papua"), "facebook", "post", tp(2024, 10, 2, 20, 0), W("nbr_guru", "facebook"),
           "Siapa yang tra kenal Bapa Yuli? Sa pu nama juga Yulianus tapi beda orang 😅")
    cn.add(N("neg_sarcasm_all", "a complaint about every pair's billboards", lang="papua"), "facebook", "post", tp(2024, 10, 19, 12, 0), W("mmk_kadistrik", "facebook"),
           "Baliho semua paslon tutup rambu jalan di Mimika Baru. Satpol tolong tertibkan semua, tra pandang bulu")
    cn.add(N("neg_namesake", "a clan name shared with a candidate", lang="papua"), "facebook", "post", tp(2024, 10, 20, 12, 0), W("mmk_kadistrik", "facebook"),
           "Marga Kum besar di Mimika, tapi Kepala Distrik tetap netral. Sa layani semua warga")
    cn.add(R("rev_boss_pronoun", "'Bapa kitong pasti menang': his clan relative the candidate, or his superior?", actor="mmk_kadistrik", cand="mmk-1", lang="papua"),
           "facebook", "post", tp(2024, 11, 1, 20, 0), W("mmk_kadistrik", "facebook"), "Bapa kitong pasti menang, semua sudah diatur 😉")
    cn.add(R("rev_boss_pronoun", "'follow the boss' in an alumni group: the camat, or a candidate?", actor="kds_sekcam", cand="kds-1", lang="jv"),
           "whatsapp", "message", w(2024, 11, 2, 21, 0), W("kds_sekcam", "whatsapp"), "Pokoke manut bos wae, bos mesti ngerti sing apik 😉",
           group={"id": "wa-alumni-sma1-kudus", "name": "Alumni SMA 1 Kudus 95"})
    cn.add(N("neg_joke", "a slip of the tongue", lang="betawi"), "facebook", "post", w(2024, 10, 7, 8, 0), W("jt_sudin", "facebook"),
           "Ikut apel pagi bareng Pak Wali, eh Pak Kasudin maksudnya 😅")
    cn.add(V("smp_pkm", "negative", "smp-2", "sarcasm_partisan", lang="mad"), "x", "post", w(2024, 11, 15, 20, 0), W("smp_pkm", "x"),
           "Ji Syafi'i ajanji 'SAE'... sae è baliho thok 🤭 jhâ' kapèlè")
    cn.add(V("trk_guru", "post", "trk-1", "stage_voting_day", lang="en"), "x", "post", ta(2024, 11, 27, 7, 5), W("trk_guru", "x"),
           "Voted! Proud to choose the one who delivered, Pak Ucup all the way ☝️")
    cn.add(V("mrk_disdik", "post", "mrk-2", "alt_text", note="the call is only in the picture's description", lang="papua"), "facebook", "post", tp(2024, 11, 5, 20, 0),
           W("mrk_disdik", "facebook"), "Malam minggu bersama 😊", media=[img("Sa dan Mama Maria pegang poster nomor 2 di Posko Kelapa Lima")])
    cn.add(N("neg_rule_quote", "quoting the joint decree", lang="id"), "facebook", "post", w(2024, 9, 26, 8, 0), W("klt_pengawas", "facebook"),
           "Pengingat SKB 5 lembaga: ASN dilarang memberi like, komentar, share, atau foto bersama paslon. Jaga netralitas nggih bapak ibu guru 🙏")
    cn.add(N("neg_how_to_vote", "a teacher explains spoiled ballots", lang="mad"), "facebook", "post", w(2024, 11, 18, 19, 0), W("smp_guru", "facebook"),
           "Kaangghuy rèng sepuh: nyoblos cokop sèttong kalè, lamon dhuwâ' kalè surat suara ta' sah. Pelè sakaronè atè 🙏")
    cn.add(N("neg_event", "a Christmas worship attended by officials and candidates; nothing partisan", lang="papua"), "facebook", "post",
           tp(2024, 12, 20, 20, 0), W("mrk_guru", "facebook"), "Natal bersama Pemkab Merauke, hadir Bupati terpilih dan tokoh agama. Damai Natal untuk semua 🎄")
    cn.dump()
    return cn


# ---------------------------------------------------------------------------------------------
# screenshots (OCR)
# ---------------------------------------------------------------------------------------------
def screenshots(c):
    png_shot(c, "screenshots/ss_grup_dinkes_mamuju_like_ig.png",
             ["Dinkes Mamuju Official", "Pak Kadis Rahman: Yang belum like postingan IG", "Puang Rahmat segera like ya, nanti saya cek",
              "Aulia: Sudah pak", "30/10/24 09.21"],
             R("rev_screenshot", "a forwarded screenshot of the office group: source and completeness unverifiable", actor="mmj_kadis", cand="mmj-1"),
             ta(2024, 10, 30, 9, 21))
    png_shot(c, "screenshots/ss_story_yuli_malak.png",
             ["Instagram Story - yuli_malak", "Kaka Septi pasti menang", "Sorong Kota Ramah", "2 jam lalu"],
             R("rev_screenshot", "a story screenshot naming an official's handle; stories vanish, authenticity unknown", actor="srg_staf1", cand="srg-1"),
             tp(2024, 10, 22, 20, 0))
    png_shot(c, "screenshots/ss_kpu_merauke_rekapitulasi.png",
             ["KPU Kabupaten Merauke", "Pengumuman Hasil Rekapitulasi", "Pemilihan Bupati dan Wakil Bupati 2024", "Ditetapkan 5 Desember 2024"],
             N("neg_news", "an election body's notice"), tp(2024, 12, 5, 14, 0))
    png_shot(c, "screenshots/ss_komentar_tiktok_kudus.png",
             ["TikTok - Komentar", "user8812: camat kota nyuruh staf pake kaos ijo", "pas acara Gus Rofiq", "balas: siapa namanya?"],
             R("rev_screenshot", "a screenshot of anonymous comments naming an official by post only", actor="kds_camat", cand="kds-1"),
             w(2024, 10, 21, 20, 0))


# ---------------------------------------------------------------------------------------------
# further files: a candidate's page and a community group (Facebook), Pemilu debate search (X), a Sumenep debate (YouTube),
# Sulbar/Papua/Banyuwangi videos (TikTok), two more WhatsApp groups, a Klaten teachers' Telegram group, Papua pages
# (CrowdTangle) and more canonical lines
# ---------------------------------------------------------------------------------------------
def extra(c):
    u = lambda k: {"name": c.disp(k), "id": c.acct(k, "facebook")}  # noqa: E731
    P = fb_person

    # Facebook: the page of Pace Yance (mrk-1)
    yid = c.cands["mrk-1"].handle("facebook")
    fb = Fb(c, "facebook/page_paceyance_merauke_feed.json", yid)
    pg = {"name": "Yance Gebze Mahuze", "id": yid}
    own = N("neg_candidate_own", "the candidate's own page", lang="papua")
    y1 = fb.post(tp(2024, 9, 21, 20, 0), "Besok penetapan, mohon doa keluarga besar Merauke 🙏", pg, own)
    fb.comment(y1, tp(2024, 9, 21, 20, 30), "Sa siap kawal Kaka Yance sampai menang! 💪", {"name": "Yakob Mahuze", "id": fbid("mrk_satpol_x")},
               R("rev_identity", "a commenter with the Satpol PP officer's name but a Facebook id not in the registry", actor="mrk_satpol", cand="mrk-1",
                 lang="papua"))
    fb.comment(y1, tp(2024, 9, 21, 20, 41), "Tuhan berkati kaka", P("Melki Okaba"), N(lang="papua"))
    y2 = fb.post(tp(2024, 10, 6, 17, 0), "Kampanye dialogis di Kelapa Lima: pendidikan gratis untuk anak-anak Marind.", pg, own)
    fb.comment(y2, tp(2024, 10, 6, 18, 0), "Kaka, sekolah di Kuprik juga tolong diperhatikan, atap bocor dari tahun lalu", u("mrk_guru"),
               N("neg_complaint", "a teacher raises a school's leaking roof", lang="papua"))
    fb.comment(y2, tp(2024, 10, 6, 18, 20), "Data sekolah rusak di Merauke ada 43 unit, semua bisa dicek di Dapodik", u("mrk_disdik"),
               N("neg_official_neutral", "public data, no support"))
    fb.comment(y2, tp(2024, 10, 6, 18, 45), "Izakod Bekai Izakod Kai 🙏", P("Yosep Kimaam"), N("neg_motto", "the regency motto", lang="papua"))
    fb.react(y2, P("Yosep Kimaam"), N(lang="sys"))
    fb.react(y2, P("Melki Okaba"), N(lang="sys"), kind="LOVE")
    y3 = fb.post(tp(2024, 11, 10, 12, 0), "Ibadah syukur bersama umat Paroki Santo Fransiskus Xaverius.", pg, own,
                 photo={"description": "Yance berdoa bersama umat di dalam gereja"})
    fb.comment(y3, tp(2024, 11, 10, 13, 0), "Amin, Tuhan berkati kaka dan keluarga 🙏", u("mrk_guru"),
               N("neg_event", "a relative's blessing under a worship post; no campaign element", lang="papua"))
    fb.comment(y3, tp(2024, 11, 10, 13, 30), "Foto dokumentasinya bagus kaka, boleh sa pakai untuk liputan Natal nanti?", {"name": "Frederikus Basik-Basik", "id": fbid("fredi")},
               N("neg_everyday_word", "'bagus' about a photo"))
    y5 = fb.post(tp(2024, 11, 28, 10, 0), "Terima kasih Merauke, apa pun hasilnya kita tetap satu hati.", pg, own)
    fb.comment(y5, tp(2024, 11, 28, 10, 30), "Puji Tuhan kaka, tetap semangat 🙏", u("mrk_guru"), N("neg_after_voting", "after the vote", lang="papua"))
    fb.comment(y5, tp(2024, 11, 28, 11, 0), "Selamat kaka, Merauke tetap satu hati 🤝", u("mrk_disdik"),
               N("neg_after_voting", "a rival's supporter congratulates after the vote", lang="papua"))
    fb.dump()

    # Facebook: a community group of Kota Sorong
    gid = "1" + f"{hnum('h5grpsorong', 10**14):014d}"
    fb = Fb(c, "facebook/group_info_warga_kota_sorong_feed.json", gid)
    adm = P("Admin Info Warga Sorong")
    s1 = fb.post(tp(2024, 10, 9, 8, 0), "Debat pertama Pilwalkot Sorong semalam, bagaimana menurut bapa mama?", adm, N(lang="papua"),
                 share={"post": {"id": "10998877665544_20241008", "permalink_url": "https://kabarsorong.id/debat-pertama-pilwalkot"},
                        "title": "Debat Pertama Pilwalkot Sorong Bahas Air Bersih"})
    fb.comment(s1, tp(2024, 10, 9, 8, 30), "Sa nonton, dua-dua paslon bagus bicara soal air bersih", {"name": "Yuliana Malak", "id": fbid("yuli_fb")},
               N("neg_both", "a balanced remark", lang="papua"))
    fb.comment(s1, tp(2024, 10, 9, 9, 0), "Bung Septi jelas lebih siap, yang lain cuma baca teks 😏", u("srg_kadistrik"),
               V("srg_kadistrik", "interact", "srg-1", "news_partisan", action="comment", lang="papua"))
    s2 = fb.post(tp(2024, 10, 17, 15, 0), "Info lalu lintas: Jalan Basuki Rahmat ditutup sementara Sabtu ini untuk kampanye paslon 2. Gunakan jalur alternatif.",
                 {"name": "Ishak Rumbiak", "id": fbid("ishak")}, N("neg_official_neutral", "a traffic notice about a campaign event"))
    fb.comment(s2, tp(2024, 10, 17, 15, 20), "Makasih infonya kaka", P("Mama Fin Klasaman"), N(lang="papua"))
    s3 = fb.post(tp(2024, 10, 22, 19, 0), "Kitong pu calon dua-dua janji air bersih, tapi air PDAM mati terus 😂", P("Obaja Klasaman"), N(lang="papua"))
    fb.comment(s3, tp(2024, 10, 22, 19, 20), "Betul kaka, semua janji manis 🙃", {"name": "Novita Sapulete", "id": fbid("novita")},
               N("neg_sarcasm_all", "a complaint about both pairs", lang="papua"))
    fb.comment(s3, tp(2024, 10, 22, 19, 40), "Sudah sa teruskan ke PDAM kaka, besok ada tangki air", {"name": "Rony Kambu", "id": fbid("rony")},
               N("neg_official_neutral", "an official relays a complaint"))
    nov = {"name": "Novita Sapulete", "id": fbid("novita")}
    s5 = fb.post(tp(2024, 11, 2, 7, 0), "Selamat ulang tahun ibu guru Novita Sapulete! 🎂 Tuhan berkati", P("Mama Fin Klasaman"), N(lang="papua"),
                 tags=[(nov, N("neg_tag_personal", "tagged in a birthday greeting, nothing electoral"))])
    fb.comment(s5, tp(2024, 11, 2, 8, 0), "Makasih mama 🥰", nov, N(lang="papua"))
    s6 = fb.post(tp(2024, 11, 27, 11, 0), "Sudah coblos? Pamer jari ungu di sini!", adm, N())
    fb.comment(s6, tp(2024, 11, 27, 11, 20), "Su coblos 💜", {"name": "Yuliana Malak", "id": fbid("yuli_fb")}, N(lang="papua"))
    fb.comment(s6, tp(2024, 11, 27, 11, 30), "Sa juga, tapi pilihan rahasia e 🤫", {"name": "Ishak Rumbiak", "id": fbid("ishak")}, N("neg_deflect", "secret ballot", lang="papua"))
    fb.comment(s6, tp(2024, 11, 27, 11, 45), "☝️ pasti", P("Obaja Klasaman"), N())
    fb.dump()

    # X: Pemilu debate search
    x = X(c, "x/search_debat_capres_2024.jsonl")
    for cid in ("pres-2", "pres-3"):
        cd = c.cands[cid]
        x.user(cd.handle("x"), cd.name, "Akun resmi " + cd.name, None)
    x.user(c.acct("blg_guru", "x"), c.disp("blg_guru"), "Guru SD, Tanjung Selor", "Bulungan")
    H = lambda k: c.acct(k, "x")  # noqa: E731
    nw = x.orig("kabarjaktim", w(2024, 2, 4, 21, 30), "Debat capres kelima: tiga paslon adu gagasan soal kesejahteraan sosial dan pendidikan.")
    x.tweet(H("jt_guru2"), w(2024, 2, 4, 21, 40), "RT @kabarjaktim: " + nw["text"], N("neg_news", "a plain retweet of news"), ref=("retweeted", nw))
    x.tweet(H("jt_guru2"), w(2024, 2, 4, 21, 50), "Class discussion tomorrow: compare the three pairs' ideas on bansos. No sides, pure analysis 📚",
            N("neg_how_to_vote", "a teacher uses the debate in class", lang="en"), ref=("quoted", nw))
    x.tweet(H("jt_pkm"), w(2024, 2, 4, 22, 0), "Cuma 01 yang paham layanan kesehatan primer. Pilih HARUM! #HARUM01",
            V("jt_pkm", "post", "pres-1", "news_partisan", action="share"), ref=("quoted", nw))
    bt = x.orig("bagustika02", w(2024, 2, 5, 8, 0), "Terima kasih Indonesia, bersama kita BAGUS! #BagusTika02")
    x.tweet("bagustika02", w(2024, 2, 5, 8, 0, 40), "Terima kasih Indonesia, bersama kita BAGUS! Sampai jumpa di TPS. #BagusTika02", N("neg_candidate_own", "the pair's account"))
    x.tweet(H("smp_pkm"), w(2024, 2, 5, 9, 0), "@bagustika02 Lanjutkan Pak, Madura bersama 02! 💪",
            V("smp_pkm", "interact", "pres-2", "comment_support", action="comment"), ref=("replied_to", bt), mentions=[("bagustika02", None)])
    x.tweet("ucu_kramat", w(2024, 2, 5, 9, 30), "Debatnya bagus, tapi moderatornya kurang tegas", N("neg_everyday_word", "'bagus' from a citizen"))
    x.tweet(H("mmj_prokopim"), ta(2024, 2, 5, 12, 0), "Semua paslon janji harga pupuk turun. Petani di Kalukku tetap antre 🙃",
            N("neg_sarcasm_all", "a complaint about every pair", lang="mamuju"))
    gp = x.orig("gaspol03", w(2024, 2, 6, 10, 0), "Gaspol Merata sampai Papua! #Gaspol03")
    x.tweet(H("nbr_dinkes"), tp(2024, 2, 6, 13, 0), "RT @gaspol03: " + gp["text"],
            V("nbr_dinkes", "interact", "pres-3", "share_plain", action="share"), ref=("retweeted", gp))
    x.tweet(H("srg_kominfo"), tp(2024, 2, 7, 10, 0), "HOAKS! Video yang menyebut kampanye paslon 03 di Sorong ricuh itu editan. Cek fakta resmi Kominfo Kota Sorong.",
            N("neg_official_neutral", "a fact-check"))
    x.tweet(H("mrk_kominfo"), tp(2024, 2, 11, 9, 0), "Masa tenang, Diskominfo Merauke patroli konten. Jang sebar materi kampanye e 🙏",
            N("neg_reminder", "a quiet-period notice", lang="papua"))
    x.tweet(H("trk_dinkes"), ta(2024, 2, 13, 23, 30), "Besok pilih yang harum, bukan yang bau janji 😏 #HARUM01",
            V("trk_dinkes", "post", "pres-1", "stage_quiet", lang="tarakan", note="23:30 WITA on 13 Feb, quiet period"))
    x.tweet(H("trk_kominfo"), ta(2024, 2, 14, 9, 0), "Sudah nyoblos di TPS 07 Karang Anyar. Pemilu damai 🙏", N("neg_namesake", "the namesake official votes"))
    x.tweet(H("blg_guru"), ta(2024, 1, 12, 17, 0), "Bah, capres nomor 2 datang ke Tanjung Selor! Ulun bawa murid-murid sambut di bandara 👋🇮🇩",
            V("blg_guru", "attend", "pres-2", "attend_campaign", lang="tarakan", add_codes=["SKB-D8"], note="a teacher takes pupils to greet a candidate"))
    x.tweet(H("blg_bpbd"), ta(2024, 2, 13, 16, 0), "Bubuhan, bagus kah cuaca besok ke TPS? Info BMKG: cerah berawan ☀️",
            N("neg_everyday_word", "'bagus' about the weather", lang="tarakan"))
    x.tweet(H("klt_camat"), w(2024, 1, 25, 20, 0), "Mas Bimo nomer 3 PDI Perjuangan, wakil Klaten nang Senayan 🔴",
            V("klt_camat", "post", "dpr-jt5-pdip-3", "post_support", lang="jv"))
    x.tweet("harum01_id", w(2024, 1, 30, 19, 0), "Terima kasih Pak Camat @heru_klt atas sambutannya di Klaten Tengah!",
            N("neg_candidate_own", "the pair's account"),
            mentions=[(H("klt_camat"), A("klt_camat", case="mentioned", note="mentioned by a presidential pair's account"))])
    x.dump_twarc("(debat capres OR #HARUM01 OR #BagusTika02 OR #Gaspol03) lang:id")

    # YouTube: Sumenep debate
    kpu = yt_channel("h5kpusumenep")
    yt = Yt(c, "youtube/comments_debat_pilbup_sumenep.json", "sMp" + "Debat2024x", kpu)
    Y = lambda k: c.acct(k, "youtube")  # noqa: E731
    yt.thread(yt.comment(w(2024, 11, 5, 21, 0), "Ra Fikri paling paham kesehatan, Puskesmas Pandian dhâddhi bâgus. Nomer sèttong!", "Abd. Rahem", Y("smp_pkm"),
                         V("smp_pkm", "interact", "smp-1", "comment_support", action="comment", lang="mad")))
    yt.thread(yt.comment(w(2024, 11, 5, 21, 10), "Debat se bâgus, kabbhi paslon andi' program kaangghuy rèng mesken. Matur sakalangkong KPU", "Siti Maimunah",
                         Y("smp_dinsos"), N("neg_news", "praise for the debate", lang="mad")))
    top = yt.comment(w(2024, 11, 5, 21, 20), "Ji Syafi'i sae ongguh!", "Hosnan Gapura", yt_channel("h5hosnan"), N(lang="mad"))
    yt.thread(top, [
        yt.comment(w(2024, 11, 5, 21, 30), "Sae kabbhi, se penting ta' bâdâ pèssè politik 😅", "Siti Maimunah", Y("smp_dinsos"),
                   N("neg_sarcasm_all", "a joke on money politics", lang="mad"), parent=top),
        yt.comment(w(2024, 11, 5, 21, 40), "SAE apa? Sae è baliho thok 😂", "Abd. Rahem", Y("smp_pkm"),
                   V("smp_pkm", "negative", "smp-2", "negative_campaign", action="comment", lang="mad"), parent=top),
    ])
    top = yt.comment(w(2024, 11, 5, 22, 0), "Debat katello kapan min?", "Fathor Batuan", yt_channel("h5fathor"), N(lang="mad"))
    yt.thread(top, [yt.comment(w(2024, 11, 5, 22, 20), "Debat ketiga 19 November 2024 pukul 19.00 WIB.", "KPU Kabupaten Sumenep", kpu, N("neg_news", "the election body"),
                               parent=top)])
    yt.thread(yt.comment(w(2024, 11, 6, 7, 0), "Kula Fikri, sanès Ra Fikri 😂 namung mahasiswa", "Fikri Fauzan", yt_channel("h5fikrimhs"),
                         N("neg_first_name", "a student sharing the candidate's name", lang="mad")))
    yt.thread(yt.comment(w(2024, 11, 6, 8, 0), "Moderatorra kurang tegas", "Hosnan Gapura", yt_channel("h5hosnan"), N(lang="mad")))
    yt.dump()

    # TikTok: Sulbar, Papua, Banyuwangi
    T = lambda k: c.acct(k, "tiktok")  # noqa: E731
    tt = Tt(c, "tiktok/videos_query_heldout5_b.jsonl")
    tt.video(T("pm_guru"), ta(2024, 10, 5, 16, 0), "Murid kelas 6 latihan tari pattuqduq 💃 #polman", N("neg_personal", "a school dance"))
    va = tt.video(T("pm_guru"), ta(2024, 10, 25, 20, 0), "Mua' melo'i sipamandaq, AMIN mi! ☝️ #AMINPolman", V("pm_guru", "post", "plm-1", "post_support", lang="mandar"),
                  voice="pilei nomor satu, AMIN")
    tt.video(c.cands["plm-1"].handle("tiktok"), ta(2024, 10, 26, 9, 0), "Terima kasih warga Wonomulyo! #AMINPolman", N("neg_candidate_own", "the pair's account"))
    tt.video(c.inst["pkm_bebanga"]["handle"], ta(2024, 11, 25, 8, 0), "Posyandu lansia, tetap sehat di masa tenang 😊", N("neg_official_neutral", "routine"))
    tt.video(T("mrk_kominfo"), tp(2024, 10, 10, 15, 0), "Liputan festival budaya Marind. Izakod Bekai Izakod Kai!", N("neg_motto", "the regency motto", lang="papua"))
    tt.video(T("mrk_kominfo"), tp(2024, 11, 20, 10, 0), "Cara cek DPT online, gampang kaka! cekdptonline.kpu.go.id", N("neg_how_to_vote", "voter-list check", lang="papua"))
    tt.video(T("mmk_dukcapil"), tp(2024, 9, 22, 1, 0), "Hari ini penetapan, sa dukung Bapa Marthin! #MKRuslan1",
             V("mmk_dukcapil", "post", "mmk-1", "stage_boundary_wit", lang="papua", note="01:00 WIT on 22 Sep is 23:00 WIB on 21 Sep: bakal calon"))
    tt.video(c.cands["dpr-jt3-gol-4"].handle("tiktok"), w(2024, 1, 20, 9, 0), "Ngopi bareng nelayan Muncar", N("neg_candidate_own", "a DPR candidate's account", lang="jv"))
    tt.video(T("bwi_dishub"), w(2024, 1, 21, 19, 0), "Nderek ngopi bareng Cak Anang nang Muncar, Golkar nomer 4 siap lolos! 💛",
             V("bwi_dishub", "post", "dpr-jt3-gol-4", "post_support", lang="osing"))
    tt.video(c.cands["pres-2"].handle("tiktok"), w(2024, 1, 30, 19, 0), "Terima kasih guru-guru Madura @hairul_anam 🙏 #BagusTika02",
             N("neg_candidate_own", "the pair's account"),
             mentions=[(T("smp_guru"), A("smp_guru", case="mentioned", note="mentioned by a presidential pair's account"))])
    tt.dump()
    tt_comments(c, f"tiktok/comments_{va['id']}.json", va, [
        (ta(2024, 10, 25, 20, 30), "Pak guru kampanye? 😬", N(), None),
        (ta(2024, 10, 25, 20, 41), "AMIN ya robbal alamin 🤲", N("neg_everyday_word", "a prayer"), None),
        (ta(2024, 10, 25, 21, 2), "Tabe' pak, hapus mi sebelum dilapor", N("neg_reminder", "a warning", lang="mandar"), 0),
        (ta(2024, 10, 25, 21, 20), "Sipamandaq!", N(lang="mandar"), None),
        (ta(2024, 10, 25, 21, 45), "Sy juga guru PPPK di Tinambung, sama pilih AMIN 🤫",
         R("rev_identity", "an anonymous commenter claims to be a PPPK teacher supporting AMIN", cand="plm-1"), None),
    ])

    # WhatsApp: Banyuwangi school (Osing), Android Indonesian
    ks, rina, darto = "Bu Kepsek Sri", "Rina Febri", "Pak Darto"
    lines = [
        (w(2024, 10, 9, 7, 10), None, WA_NOTICE_ID, []),
        (w(2024, 10, 9, 7, 15), ks, "Bapak ibu, Sabtu onok acara Mbak Retno nang Kemiren. Sing longgar monggo teko, nggowo murid kelas 6 gawe tari gandrung 😊",
         [V("bwi_ks", "instruct", "bwi-1", "instruct_open", lang="osing", note="a headmistress asks teachers to bring pupils to a candidate's event")]),
        (w(2024, 10, 9, 7, 18), rina, "Ngapunten bu, isun sing wani, murid sing oleh digowo nang acara paslon", [N("neg_objection", "objection", lang="osing")]),
        (w(2024, 10, 9, 7, 24), darto, "Siap bu", [R("rev_siap", "a bare 'siap' from a teacher not in the registry", cand="bwi-1")]),
        (w(2024, 10, 9, 7, 41), ks, "Yo wis, tarian dadi acara sekolah biasa ae, ora nang acara paslon", [N("neg_withdrawn", "the headmistress withdraws it", lang="osing")]),
        (w(2024, 10, 30, 19, 3), rina, "Bapak ibu, ojo lali pengumpulan nilai rapor sisipan Jumat yo", [N("neg_official_neutral", "school work", lang="jv")]),
        (w(2024, 11, 10, 20, 17), ks, "Mau ketemu Kang Imam nang warung kopi, sopan wonge. Tapi isun netral loh rek 😅", [N("neg_event", "a chance meeting", lang="osing")]),
        (w(2024, 11, 26, 21, 4), ks, "Sesuk nyoblos yo, ojo lali sing wis ngewangi sekolah iki, Mbak Retno 🙏",
         [V("bwi_ks", "instruct", "bwi-1", "stage_quiet", lang="osing", note="in the quiet period")]),
        (w(2024, 11, 26, 21, 8), rina, "🙏", [R("rev_siap", "praying hands from a teacher who had objected before: assent or politeness?", actor="bwi_pppk", cand="bwi-1")]),
        (w(2024, 11, 28, 7, 2), ks, "Matur nuwun kabeh, pilkada wis rampung, ayo kerja maneh", [N("neg_after_voting", "after the vote", lang="jv")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Guru SDN 1 Kemiren.txt", "android_id", "whatsapp_android_id", lines)

    # WhatsApp: a neighbourhood group in Kota Sorong, iOS Indonesian
    g = "RT 03 Malaingkedi"
    rt, yuli = "Ketua RT Lewi", "Ibu Yuli Distrik"
    dan = wa_phone(c.acct("srg_kadistrik", "whatsapp"))
    lines = [
        (tp(2024, 10, 14, 19, 0, 0), None, WA_NOTICE_ID, []),
        (tp(2024, 10, 14, 19, 5, 10), rt, "Bapa mama, Sabtu kerja bakti bersihkan got. Jam 7 pagi", [N(lang="papua")]),
        (tp(2024, 10, 14, 19, 21, 40), yuli, "Siap pak RT, sa bawa sapu", [N("neg_siap_neutral", "'siap' to a clean-up, nothing electoral", lang="papua")]),
        (tp(2024, 10, 19, 10, 20, 15), rt, "Terima kasih bapa mama. Tadi Bung Septi juga ikut kerja bakti, de bawa makanan", [N(lang="papua")]),
        (tp(2024, 10, 19, 10, 26, 45), dan, "Puji Tuhan, Bung Septi memang peduli. Tanggal 27 kitong tahu mo pilih siapa to 😉",
         [V("srg_kadistrik", "post", "srg-1", "event_partisan", lang="papua", note="a community clean-up turned into a hint to vote, from an unsaved number")]),
        (tp(2024, 10, 19, 10, 34, 5), "Mama Fin", "Dua-dua calon datang ke RT kita, semua baik, tra usah ribut", [N(lang="papua")]),
        (tp(2024, 11, 27, 18, 47, 0), rt, "Hasil TPS 05 sudah tempel di papan. Terima kasih KPPS", [N(lang="papua")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_id", "whatsapp_ios_id", lines, group=g)

    # Telegram: Klaten primary teachers
    tg = Tg(c, "telegram/ChatExport_2024-12-04_paguyuban_guru_klaten/result.json", "Paguyuban Guru SD Klaten", "private_supergroup", 1566230011, WIB)
    tg.msg(701, w(2024, 9, 18, 19, 0), "Nanik Lestari", "Bapak ibu, pelatihan Kurikulum Merdeka tanggal 25 ing aula Disdik", N("neg_official_neutral", "training notice", lang="jv"))
    tg.msg(702, w(2024, 9, 19, 20, 0), "Agus Setiyawan", "Sinten ingkang kersa ndherek silaturahmi kaliyan Pak Parno malem Minggu? Kula ingkang ngundang 😊",
           V("klt_kasi", "instruct", "klt-1", "bakal_support", lang="jv", note="an education official invites teachers to meet the incumbent as bakal calon"))
    tg.msg(703, w(2024, 9, 19, 20, 15), "Endang Purwanti", "Nyuwun sewu pak, kula mboten saged, wonten acara keluarga", N("neg_deflect", "declines", lang="jv"),
           reply_to_message_id=702)
    tg.msg(704, w(2024, 10, 10, 7, 0), "Nanik Lestari", "Ayo ke TPS 27 November! Satu suara menentukan 🗳️", N("neg_reminder", "a turnout poster"), photo=True)
    tg.msg(705, w(2024, 10, 11, 15, 0), "Joko Susilo", "Pengumuman: server Dapodik maintenance Jumat malam", N("neg_official_neutral", "notice"))
    tg.msg(706, w(2024, 10, 20, 19, 0), "Dwi Rahmawati", "Program seragam lan buku gratis kanggo SD se-Klaten. Nomer 2 #WASIS2",
           V("klt_staf3", "post", "klt-2", "share_partisan", action="share", in_group=False, lang="jv",
             note="forwards the candidate's post into a teachers' group"), forwarded_from="Mas Wahyu - WASIS Klaten")
    tg.msg(707, w(2024, 10, 20, 19, 10), "Sri Wahyuni", "Mbak Dwi, niki grup guru, mboten kangge kampanye nggih 🙏", N("neg_objection", "objection", lang="jv"),
           reply_to_message_id=706)
    tg.msg(708, w(2024, 10, 20, 19, 25), "Dwi Rahmawati", "Ngapunten bu, kesupen 🙏 sampun kula busak", N("neg_apology", "apology", lang="jv"))
    tg.msg(709, w(2024, 11, 24, 20, 0), "Agus Setiyawan", "Masa tenang, mugi Klaten tetep Bersinar ☀️ ingkang sampun 5 taun, panjenengan sampun pirsa 😉",
           V("klt_kasi", "post", "klt-1", "stage_quiet", lang="jv", note="a quiet-period hint at the incumbent"))
    tg.msg(710, w(2024, 11, 24, 20, 10), "Nanik Lestari", "Nggih pak 🙏",
           R("rev_siap", "'nggih' to a quiet-period hint, from a teacher who backs the other pair", actor="klt_guru", cand="klt-1", lang="jv"),
           reply_to_message_id=709)
    c.write_json(tg.rel, tg.obj(), Tg.FMT)

    # CrowdTangle: Papua pages (WIT)
    def asn_page(k, cat, desc, created, followers):
        return (c.disp(k), "", c.acct(k, "facebook"), cat, desc, created, followers)
    pages = {
        "shi": ("Sorong Hari Ini", "soronghariini", page_id("shi"), "Media/News Company", "Berita Sorong Raya", "2015-02-02 10:00:00", 72000),
        "dan": asn_page("srg_kadistrik", "Public Figure", "Kepala Distrik Sorong Manoi", "2019-03-03 10:00:00", 3100),
        "abr": asn_page("mmk_kadistrik", "Government Official", "Distrik Mimika Baru", "2018-04-04 10:00:00", 2600),
        "yul": asn_page("nbr_guru", "Teacher", "Guru SMP", "2020-05-05 10:00:00", 800),
        "imr": ("Info Merauke", "infomerauke", page_id("imr"), "Community", "Info warga Merauke", "2014-06-06 10:00:00", 91000),
        "sel": asn_page("nbr_dinkes", "Personal Blog", "Catatan epidemiologi", "2021-07-07 10:00:00", 640),
        "hen": asn_page("mmk_dukcapil", "Personal Blog", "Layanan adminduk", "2021-08-08 10:00:00", 1500),
    }
    ct = Ct(c, "crowdtangle/pages_papua_2024.csv", WIT, pages)
    link = "https://soronghariini.id/paslon-teken-pakta-integritas"
    ct.row("shi", tp(2024, 10, 1, 10, 0), "Link", "Dua paslon wali kota Sorong teken pakta integritas.", N("neg_news", "a news page"),
           link=link, link_text="Dua Paslon Teken Pakta Integritas")
    ct.row("dan", tp(2024, 10, 1, 11, 0), "Link", "Pakta integritas, tong kawal bersama. Bung Septi su buktikan komitmen 💯",
           V("srg_kadistrik", "post", "srg-1", "news_partisan", action="share", lang="papua"), link=link, link_text="Dua Paslon Teken Pakta Integritas")
    ct.row("abr", tp(2024, 10, 10, 9, 0), "Photo", "Pelayanan administrasi kependudukan keliling di Kampung Nawaripi.", N("neg_official_neutral", "routine"))
    ct.row("abr", tp(2024, 10, 11, 19, 0), "Photo", "Eme Neme Yauware 🙏",
           V("mmk_kadistrik", "post", "mmk-1", "image_text", lang="papua", note="the motto caption hides the pair's name and number in the picture"),
           image_text="MK - RUSLAN NOMOR 1\nEME NEME YAUWARE")
    ct.row("yul", tp(2024, 10, 15, 18, 0), "Status", "Sa bukan calon bupati, sa guru 😂 nama sama saja", N("neg_first_name", "a namesake", lang="papua"))
    ct.row("imr", tp(2024, 11, 24, 0, 10), "Photo", "Mulai hari ini masa tenang, APK wajib diturunkan.", N("neg_reminder", "a notice"),
           image_text="MASA TENANG\n24-26 NOVEMBER 2024")
    ct.row("sel", tp(2024, 12, 1, 12, 0), "Link", "Apa pun hasilnya, Nabire damai 🙏", N("neg_after_voting", "after the result"),
           link="https://kabarnabire.id/kpu-umumkan-hasil", link_text="KPU Nabire Umumkan Hasil Rekapitulasi")
    ct.row("hen", tp(2024, 10, 30, 10, 0), "Native Video", "Ko pu KTP hilang? Datang ke Dukcapil, gratis!", N("neg_official_neutral", "service", lang="papua"))
    ct.dump()

    # canonical: more lines
    cn = Canon(c, "canonical/activities_heldout5_b.jsonl", "h5b")
    W = cn.who
    cn.add(V("jt_pkm", "interact", "dki-3", "like_plain", action="like", lang="sys"), "instagram", "reaction", w(2024, 10, 26, 20, 5), W("jt_pkm", "instagram"),
           target=tgt("ratnawulandari.id", "Ratna Wulandari", "Puskesmas 24 jam untuk semua kecamatan. #Coblos3"))
    cn.add(V("blg_guru", "interact", "blg-1", "bakal_support", action="follow_or_join", lang="sys"), "x", "follow", ta(2024, 9, 21, 10, 0), W("blg_guru", "x"),
           target=tgt("datuis_laing", "Datu Iskandar Zulkarnain"))
    cn.add(V("bwi_camat", "interact", "bwi-2", "like_plain", action="like", lang="sys"), "tiktok", "reaction", w(2024, 11, 3, 20, 0),
           {"handle": "eko_glagah", "name": "Eko Wahyudi"}, target=tgt("kangimam.isi", "Imam Syafrudin", "Banyuwangi ISI! #ISI2"))
    cn.add(A("mmk_kadistrik", note="tagged by the candidate's page"), "facebook", "tagged", tp(2024, 10, 14, 12, 0), W("mmk_kadistrik", "facebook"),
           "Terima kasih Kepala Distrik Abraham Kum atas sambutan di Mimika Baru", initiated_by={"handle": "mk_ruslan", "name": "MK Ruslan Official"})
    cn.add(A("nbr_staf2", case="added_to_group", note="added to the candidate's group by her own department head"), "telegram", "added_to_group",
           tp(2024, 10, 4, 19, 0), W("nbr_staf2", "telegram"), group={"id": "tg-relawan-bapayuli", "name": "Relawan Bapa Yuli Nabire"},
           initiated_by={"handle": c.acct("nbr_kabid", "telegram"), "name": "Markus Pekei"},
           extra=[V("nbr_kabid", "instruct", "nbr-1", "instruct_add", by_actor=True, add_codes=["PP94-N3"], note="the head who adds his staff")])
    cn.add(N("neg_left_group", "she leaves at once", lang="papua"), "telegram", "message", tp(2024, 10, 4, 19, 12), W("nbr_staf2", "telegram"),
           "Bapa, sa keluar e, sa takut kena sanksi 🙏", group={"id": "tg-relawan-bapayuli", "name": "Relawan Bapa Yuli Nabire"})
    cn.add(A("smp_dinsos", note="tagged in an aid photo by a volunteers' page; she asks for the tag to be removed"), "facebook", "tagged", w(2024, 10, 23, 15, 0),
           W("smp_dinsos", "facebook"), "Bu Siti Maimunah dari Dinsos juga dukung SAE! ✌️", initiated_by={"handle": "relawan.sae", "name": "Relawan SAE Sumenep"},
           media=[img("Penyaluran bantuan sosial di Kecamatan Gapura")])
    cn.add(N("neg_untag", "the tagged official disowns the claim"), "facebook", "comment", w(2024, 10, 23, 16, 0), W("smp_dinsos", "facebook"),
           "Saya tidak mendukung siapa pun, itu kegiatan Dinsos. Mohon tag dihapus.", target=tgt("relawan.sae", "Relawan SAE Sumenep", "Bu Siti Maimunah dari Dinsos juga dukung SAE!"))
    cn.add(N("neg_how_to_vote", "relaying the election body's voting simulation", lang="jv"), "facebook", "share", w(2024, 11, 16, 9, 0), W("klt_guru", "facebook"),
           "Monggo dipirsani, simulasi coblosan saking KPU", target=tgt("kpuklaten", "KPU Kabupaten Klaten", "Simulasi pemungutan suara Pilkada 2024"))
    cn.add(N("neg_namesake", "the namesake asks for DMs to stop"), "x", "post", ta(2024, 10, 30, 20, 0), W("trk_guru2", "x"),
           "Saya Rudi Hartono guru IPA, bukan calon wakil wali kota. Mohon berhenti kirim DM dukungan 🙏")
    cn.add(N("neg_official_neutral", "a national health day"), "instagram", "post", tp(2024, 11, 12, 9, 0), W("mrk_rsud", "instagram"), "Hari Kesehatan Nasional, RSUD Merauke 💚")
    cn.add(N("neg_question", "a complaint to a candidate about ID cards", lang="tarakan"), "instagram", "comment", ta(2024, 10, 27, 19, 0), W("blg_dukcapil", "instagram"),
           "Bunda, KTP-el warga Long Bia masih banyak belum jadi, blanko kosong bah 🙏", target=tgt("bundanor.bulungan", "Hj. Norhayati", "Kunjungan ke Long Bia"))
    cn.add(N("neg_official_neutral", "props of every pair removed", lang="betawi"), "facebook", "post", w(2024, 11, 24, 10, 0), W("jt_satpol", "facebook"),
           "Masa tenang, Satpol PP turunin 1.200 APK semua paslon di Jatinegara")
    cn.add(V("jt_satpol", "post", "dki-1", "stage_quiet", lang="betawi"), "facebook", "post", w(2024, 11, 24, 21, 0), W("jt_satpol", "facebook"),
           "Tugas nurunin APK, tapi hati tetep nomor 1 😁☝️")
    cn.add(N("neg_rule_quote", "a supervisor's neutrality reminder", lang="jv"), "facebook", "post", w(2024, 10, 1, 7, 0), W("klt_pengawas", "facebook"),
           "Guru wajib netral. Sing penting murid sinau, ora melu-melu coblosan 😊")
    cn.add(N("neg_after_voting", "congratulations after the result", lang="osing"), "instagram", "post", w(2024, 12, 6, 9, 0), W("bwi_disbud", "instagram"),
           "Selamat kanggo bupati terpilih, ayo Banyuwangi guyub maneh 🤝")
    cn.add(N("neg_after_voting", "turnout thanks"), "facebook", "post", w(2024, 11, 28, 9, 0), W("jt_lurah", "facebook"),
           "Terima kasih warga Pondok Kelapa, partisipasi pemilih 78 persen. Luar biasa!")
    cn.add(V("srg_staf1", "interact", "srg-1", "like_plain", action="like", lang="sys", note="after being added by others, she likes the candidate's post"),
           "instagram", "reaction", tp(2024, 10, 22, 19, 0), W("srg_staf1", "instagram"),
           target=tgt("septirauf1", "Septinus Malak", "Sorong Kota Ramah, kitong bangun bersama ☝️"))
    cn.add(N("neg_personal", "a personal post", lang="papua"), "instagram", "post", tp(2024, 10, 25, 18, 0), W("srg_staf1", "instagram"),
           "Sunset di Tanjung Kasuari, indah skali 🌅")
    cn.add(N("neg_event", "a Maulid gathering with both candidates; nothing partisan", lang="mad"), "facebook", "post", w(2024, 9, 16, 21, 0), W("smp_camat", "facebook"),
           "Maulid Nabi è Masjid Jamik, Ra Fikri sareng Ji Syafi'i padâ rabu. Mugi Sumenep rokon 🤲")
    cn.add(R("rev_photo_event", "a wedding photo of the candidate as guest with the bride's family, no symbols", actor="kds_guru", cand="kds-2", lang="jv"),
           "instagram", "post", w(2024, 11, 3, 19, 0), W("kds_guru", "instagram"), "Manten adikku, matur nuwun sedoyo ingkang rawuh 💐",
           media=[img("Keluarga pengantin berfoto bersama Sutrisno Budi Hartono yang hadir sebagai tamu")])
    cn.dump()


def extra2(c):
    I = lambda k: c.acct(k, "instagram")  # noqa: E731
    ig = Ig(c, "instagram/media_andi_nurfadillah.json")
    me = I("pm_bidan")
    cm = [ig.comment(ta(2024, 9, 5, 12, 0), "Makasih bu bidan 🙏", "hasna_wonomulyo", N()),
          ig.comment(ta(2024, 9, 5, 12, 30), "Kerennya kak, di Mamuju juga ada kelas begini ji", I("mmj_staf2"), N("neg_personal", "a colleague's remark", lang="mamuju"))]
    ig.media(ta(2024, 9, 5, 10, 0), "Kelas ibu hamil di Puskesmas Polewali 🤰 Mapia sanna' ibu-ibu", N("neg_official_neutral", "routine health work", lang="mandar"),
             username=me, comments=cm)
    rep = ig.comment(ta(2024, 10, 12, 13, 0), "Tabe', iyau bidan, tania tim kampanye 🙏", me, N("neg_deflect", "she declines to answer for a pair", lang="mandar"))
    cm = [ig.comment(ta(2024, 10, 12, 12, 40), "Sipamandaq! AMIN nomor 1 bu bidan? 😁", "rusdi.wonomulyo", N(), replies=[rep])]
    ig.media(ta(2024, 10, 12, 11, 0), "Posyandu hari ini, sipamandaq ki' jaga gizi anak 💪", N("neg_motto", "the regional value word in a health post", lang="mandar"),
             username=me, comments=cm)
    ig.media(ta(2024, 10, 28, 9, 0), "Youth Pledge Day with the Puskesmas team. Stay healthy, stay united! 🇮🇩", N("neg_personal", "a national day", lang="en"),
             username=me)
    cm = [ig.comment(ta(2024, 11, 15, 20, 0), "Bu bidan ikut kampanye? 😳", "ummu_tinambung", N()),
          ig.comment(ta(2024, 11, 15, 20, 30), "Mantap kak, di Mamuju juga rame ji kampanye Puang Rahmat ☝️", I("mmj_staf1"),
                     V("mmj_staf1", "interact", "mmj-1", "comment_support", action="comment", lang="mamuju"))]
    ig.media(ta(2024, 11, 15, 19, 0), "Throwback to AMIN's rally last weekend, so much energy! ☝️ #AMINPolman",
             V("pm_bidan", "photo", "plm-1", "photo_caption", lang="en", note="a rally photo described in an English caption"), username=me, comments=cm)
    ig.media(ta(2024, 11, 24, 20, 0), "Quiet period, quiet heart. Whoever wins, Polman stays malaqbi 🙏", N("neg_motto", "a neutral wish with the regional value word", lang="en"),
             username=me)
    ig.dump_media(me)

    ig = Ig(c, "instagram/media_syahrir_mmj.json")
    me = I("mmj_staf1")
    ig.media(ta(2024, 8, 20, 16, 0), "Fogging DBD di Kalukku, sehat ki semua 🦟", N("neg_official_neutral", "routine health work", lang="mamuju"), username=me)
    ig.media(ta(2024, 8, 25, 16, 0), "Bupati ta' pantau langsung fogging di Kalukku 👏 kerja nyata",
             N("neg_incumbent_official", "praise for the regent's official work in August, with no candidacy element", lang="mamuju"), username=me)
    rep = ig.comment(ta(2024, 10, 31, 21, 0), "Akun pribadi ji 😅", me, N("neg_deflect", "an excuse; the post above is the act", lang="mamuju"))
    cm = [ig.comment(ta(2024, 10, 31, 20, 40), "Pak, ASN boleh kah begini?", "irma_kalukku", N(lang="mamuju"), replies=[rep])]
    ig.media(ta(2024, 10, 31, 20, 0), "Bupati ta' kerja nyata, lanjut mi 2 periode ☝️ #RahmatLanjut",
             V("mmj_staf1", "post", "mmj-1", "incumbent_campaign", lang="mamuju"), username=me, comments=cm)
    ig.media(ta(2024, 11, 30, 9, 0), "Selamat ki Puang, semoga amanah. Mari bersatu kembali Mamuju 🤝",
             N("neg_after_voting", "congratulations to the winner after the result", lang="mamuju"), username=me)
    ig.dump_media(me)

    cn = Canon(c, "canonical/activities_heldout5_c.jsonl", "h5c")
    W = cn.who
    cn.add(N("neg_reminder", "a shift worker's note", lang="en"), "instagram", "post", tp(2024, 11, 27, 15, 0), W("mrk_rsud", "instagram"),
           "Election day shift at RSUD. Voted early, no ink selfies, just vibes 😅")
    cn.add(N("neg_reminder", "a neutral appeal", lang="en"), "x", "post", w(2024, 11, 22, 22, 0), W("jt_pkm", "x"),
           "Doctors don't do campaigns. We do night shifts. Vote wisely, Jakarta.")
    cn.add(N("neg_motto", "the regency's tourism branding", lang="en"), "instagram", "post", w(2024, 10, 6, 5, 40), W("bwi_pppk", "instagram"),
           "Sunrise of Java never fails 🌅 #banyuwangi")
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
    ctx.add_election("election-pilkada-2024-heldout5.yaml", pilkada)
    ctx.add_election("election-pemilu-2024-heldout5.yaml", pemilu)
    facebook(ctx)
    crowdtangle(ctx)
    x_api(ctx)
    instagram(ctx)
    tiktok(ctx)
    youtube(ctx)
    telegram(ctx)
    whatsapp(ctx)
    extra(ctx)
    extra2(ctx)
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
    DESCRIPTION = (DESCRIPTION_BASE + "\n\n## Labels by language\n\n"
                   + table(rows, ["language", "labels", "violation", "alert", "review", "none"])
                   + "\n\nLanguage tags are kept inside `_heldout5.py` (they are not in `truth.jsonl`); activities without text of their own "
                     "count as `no text`.")
