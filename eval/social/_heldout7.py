"""heldout7: an eighth independent workspace of the social-media evaluation corpus (see build.py).

Another election pair: the Pilkada serentak of 27 Jun 2018 (real KPU calendar, PKPU 1/2017) and the Pemilu of 14 Feb 2024
(real calendar, the builder's defaults), in regions none of the other workspaces uses: the provinces of Kalimantan Barat
and Maluku (governors), Kota Malang, Kabupaten Tapanuli Utara and Kabupaten Tanggamus (WIB), Kabupaten Tabalong, Kota
Parepare, Kabupaten Lombok Barat, Kabupaten Konawe and Kabupaten Timor Tengah Selatan (WITA) and Kota Tual (WIT). Every
person, account, phone number, post and id is fictional; regions, parties and the KPU calendars are real. Written from
rules.md and contract.md only.
"""
from __future__ import annotations

from collections import Counter
from datetime import date

from _corpus import (  # noqa: F401
    WIB, WIT, WITA, A, Canon, Cand, Contest, Ct, Election, Fb, Ig, N, R, Tg, Tt, V, X, Yt, at, fb_person, hnum, img,
    png_shot, table, textless, tg_account_export, tg_contact, tg_phone, tgt, tt_comments, wa_file, wa_phone, yt_channel,
)

LICENCE_NOTE = """**Licence:** written for this project; every person, account, post, phone number
and id is fictional (the two presidential pairs of 2024 too). Regions (Kemendagri names), parties (the 2014 list with its
ballot numbers for the Pilkada 2018, whose nominating parties held their seats from the 2014 vote; the 2024 list for the
Pemilu) and the KPU calendars of the Pilkada 2018 and the Pemilu 2024 are real."""

CALENDAR_NOTE = """Stages follow the contract (`dates inclusive, Asia/Jakarta`), with the real KPU calendars. Pilkada serentak
2018 (PKPU 1/2017 on the stages, as amended): registration of pairs 8–10 Jan 2018, designation of pairs 12 Feb 2018, number
draw 13 Feb, campaign 15 Feb–23 Jun, quiet days 24–26 Jun, voting 27 Jun 2018 (a national holiday). Sources checked for
these dates: Republika (12 Feb 2018, designation day), pelita.online, Tempo, Antara NTT and Bali Tribune (campaign and quiet
days), CNN Indonesia (13 Feb 2018, the number draw), suaramuslim.net's calendar infographic (registration 8–10 Jan,
designation 12 Feb, draw 13 Feb, campaign 15 Feb–23 Jun, quiet 24–26 Jun, voting 27 Jun), Kompas (14 Jun 2017, launch of
the PKPU 1/2017 schedule), and for Tabalong Antara Kalsel and kbk.news (designation 12 Feb, draw 13 Feb 2018). Incumbents
running again were on campaign leave from 15 Feb to 23 Jun 2018. Pemilu 2024 (the builder's defaults): DCT 3 Nov 2023,
presidential pairs designated 13 Nov 2023 (an extra stage `penetapan_paslon_presiden` and a `designated:` key on the
`presiden` contest say so), number draw 14 Nov, campaign 28 Nov 2023–10 Feb 2024, quiet 11–13 Feb, voting 14 Feb 2024."""

CODES_NOTE = """`codes_any` is generous: any one code counts (SKB E codes before the WIB designation date — 12 Feb 2018 in the
Pilkada, 3 Nov 2023 for legislative and DPD candidates, 13 Nov 2023 for the presidential pairs, both E and D codes for a
pair between 3 and 12 Nov 2023 —, D codes from it; PP94-N* where they fit; UU10-71-1 in the Pilkada, UU7-* in the Pemilu;
SKB-E4/D6 added for messages inside a candidate's volunteers' group). For 2018 the codes are the catalogue's (SKB 2022,
PP 94/2021): the conduct was then governed by their predecessors (the MenPANRB circular B/71/M.SM.00.00/2017 on ASN
neutrality in the Pilkada 2018 and PP 53/2010), whose forms the current matrix carries over, so a labeller cites the
current codes as the tool does. PPPK staff appear only in 2023–2024 (the first PPPK were appointed after the Pilkada 2018)."""

DESCRIPTION_BASE = """heldout7 takes the Pilkada serentak of 27 June 2018 (governors of Kalimantan Barat and Maluku, nine mayors
and regents) and the Pemilu of 14 February 2024 (two fictional presidential pairs, 1 and 2, and fictional DPR, DPRD and
DPD candidates of the real 2024 parties by dapil). Its regions are new to the corpus: the Kalimantan Barat province, Kota
Malang, Kabupaten Tapanuli Utara and Kabupaten Tanggamus (WIB); Kabupaten Tabalong, Kota Parepare, Kabupaten Lombok Barat,
Kabupaten Konawe and Kabupaten Timor Tengah Selatan (WITA); the Maluku province and Kota Tual (WIT). It stresses
incumbents in both elections (a regent's or mayor's official work relayed before the campaign leave, versus praise of him
as the candidate; a DPR member's recess visit), agency chat groups (WhatsApp in six export styles, Telegram group,
channel and whole-account exports): orders, relays, members who comply, bare acknowledgements, objections, withdrawals,
superiors adding staff to campaign groups and the added who leave, stay silent or join in; coordinated likes by one
office; institutional accounts; bakal calon support in January 2018 and October 2023 (and the presidential window of
3–12 Nov 2023); photos, props and gestures carried only by captions, alt text or image text; negative campaigning
against one candidate; Ramadan and Idul Fitri 2018 events with candidates. Hard negatives: slogans, nicknames and pair
acronyms that are everyday words, greetings or regional mottos (OYI, VISI, DAGU, DAYA, MAREN, Surya, Nope, Anang,
Horas, Tabik, Bungas, Madani, Sarabakawa, Begawi Jejama, Patut Patuh Patju, Kalosara, Nekaf Mese, Ain ni Ain, Pela Gandong,
Ale Rasa Beta Rasa, Akcaya, Salam Satu Jiwa, Resopa Temmangingngi), candidates' namesakes among officials and citizens
(Sri Handayani, Daniel Benu, Hasriani, Hasmiati, Firdaus, Jonggi, Made, Bambang), election-body notices and news naming every
contestant, quoted rules, negations, jokes, complaints, questions, untag requests. Text is Indonesian (formal, informal,
slang, leetspeak, keycaps, emoji), English-mixed, Malang Javanese with walikan slang, Batak Toba, Lampung, Pontianak Malay,
Banjar, Bugis-flavoured Parepare Indonesian, Sasak, Tolaki-flavoured Konawe Malay, Kupang Malay and Ambon Malay (with Kei
phrases in Tual). Stage boundaries (12 Feb 2018, the quiet days of June 2018, 3 and 13 Nov 2023, 11 Feb 2024) fall where UTC,
WIB and the local WITA/WIT dates differ."""
DESCRIPTION = DESCRIPTION_BASE

LANGS = {}
LANG_NAMES = {
    "id": "Indonesian (standard or informal)", "slang": "Indonesian slang, leetspeak or keycaps", "en": "English or English-mixed",
    "walikan": "Malang Javanese (incl. walikan slang)", "batak": "Batak Toba (Tapanuli Utara)", "lampung": "Lampung (Tanggamus)",
    "pontianak": "Pontianak Malay", "banjar": "Banjar (Tabalong)", "bugis": "Bugis-flavoured Parepare Indonesian",
    "sasak": "Sasak (Lombok Barat)", "tolaki": "Tolaki-flavoured Konawe Malay", "kupang": "Kupang Malay (Timor Tengah Selatan)",
    "ambon": "Ambon Malay (Maluku, Kei phrases in Tual)", "sys": "no text (reactions, follows, joins, service lines)",
}

KB, ML, MLG, TPU, TGM = "Provinsi Kalimantan Barat", "Provinsi Maluku", "Kota Malang", "Kabupaten Tapanuli Utara", "Kabupaten Tanggamus"
TBL, PPR, LBR, KON, TTS, TUA = ("Kabupaten Tabalong", "Kota Parepare", "Kabupaten Lombok Barat", "Kabupaten Konawe",
                                "Kabupaten Timor Tengah Selatan", "Kota Tual")


def w(y, mo, d, h=9, mi=0, s=0):
    return at(WIB, y, mo, d, h, mi, s)


def ta(y, mo, d, h=9, mi=0, s=0):
    return at(WITA, y, mo, d, h, mi, s)


def tp(y, mo, d, h=9, mi=0, s=0):
    return at(WIT, y, mo, d, h, mi, s)


def fbid(seed):
    return "1000" + f"{hnum('h7fb' + seed, 10**11):011d}"


def page_id(seed):
    return "10" + f"{hnum('h7pg' + seed, 10**13):013d}"


def phone(seed, prefix="812"):
    return "+62" + prefix + f"{hnum('h7ph' + seed, 10**8):08d}"


# ---------------------------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------------------------
PEMPROV_KB, PEMPROV_ML = "Pemerintah Provinsi Kalimantan Barat", "Pemerintah Provinsi Maluku"
PEMKOT_MLG, PEMKAB_TPU, PEMKAB_TGM = "Pemerintah Kota Malang", "Pemerintah Kabupaten Tapanuli Utara", "Pemerintah Kabupaten Tanggamus"
PEMKAB_TBL, PEMKOT_PPR, PEMKAB_LBR = "Pemerintah Kabupaten Tabalong", "Pemerintah Kota Parepare", "Pemerintah Kabupaten Lombok Barat"
PEMKAB_KON, PEMKAB_TTS, PEMKOT_TUA = "Pemerintah Kabupaten Konawe", "Pemerintah Kabupaten Timor Tengah Selatan", "Pemerintah Kota Tual"
KEMENAG_MLG = "Kantor Kementerian Agama Kota Malang"

BM_KB = "Dinas Pekerjaan Umum dan Penataan Ruang - Bidang Bina Marga"
DKP_TUA = "Dinas Perikanan"
KEL_TLG = "Kelurahan Tlogomas, Kecamatan Lowokwaru"
KEC_KAG = "Kecamatan Kota Agung"
PUPR_TBL = "Dinas Pekerjaan Umum dan Penataan Ruang"
KEC_GRG = "Kecamatan Gerung"
DINKES_TTS = "Dinas Kesehatan"
DISDIK_PPR = "Dinas Pendidikan"
DKP_ML = "Dinas Kelautan dan Perikanan"
PERTANIAN_TPU = "Dinas Pertanian"

# key, name, sex, status, jabatan, instansi, unit, wilayah, accounts (platform -> True for a derived id, or a handle)[, display]
PEOPLE = [
    # Kalimantan Barat (province; offices in Pontianak and Kubu Raya), WIB
    ("kb_guru1", "Syarif Hamdani, S.Pd.", 1, "PNS", "Guru Ahli Muda", PEMPROV_KB, "Dinas Pendidikan dan Kebudayaan - SMAN 3 Pontianak", KB,
     {"facebook": True, "x": "syarifhamdani_ptk"}),
    ("kb_guru2", "Uray Nurhasanah, S.Pd.", 2, "PNS", "Guru Ahli Madya", PEMPROV_KB, "Dinas Pendidikan dan Kebudayaan - SMAN 1 Sungai Raya", KB,
     {"instagram": "uray.nurhasanah", "whatsapp": True}),
    ("kb_biro", "Hendrikus Jalung, S.IP.", 1, "PNS", "Analis Protokol", PEMPROV_KB, "Sekretariat Daerah - Biro Administrasi Pimpinan", KB,
     {"facebook": True, "whatsapp": True}),
    ("kb_kabid", "Ir. Dayang Suriani, M.T.", 2, "PNS", "Kepala Bidang Bina Marga", PEMPROV_KB, BM_KB, KB, {"whatsapp": True, "facebook": True}),
    ("kb_staf1", "Robertus Ngadi", 1, "PNS", "Pengawas Jalan dan Jembatan", PEMPROV_KB, BM_KB, KB, {"whatsapp": True}),
    ("kb_staf2", "Eka Putri Lestari, S.T.", 2, "PNS", "Teknik Jalan dan Jembatan Ahli Pertama", PEMPROV_KB, BM_KB, KB,
     {"whatsapp": True, "instagram": "ekaputri.lestari"}),
    ("kb_staf3", "Abang Irwansyah", 1, "PNS", "Pengadministrasi Umum", PEMPROV_KB, BM_KB, KB, {"whatsapp": True}),
    ("kb_dokter", "dr. Lidia Aping", 2, "PNS", "Dokter Ahli Muda", PEMPROV_KB, "RSUD dr. Soedarso", KB,
     {"instagram": "dr.lidiaaping", "tiktok": "dokterlidia_ptk"}),
    ("kb_pppk", "Aldi Firmansyah, S.Kom.", 1, "PPPK", "Pranata Komputer Ahli Pertama", PEMPROV_KB, "Dinas Komunikasi dan Informatika", KB,
     {"tiktok": "aldifirman.ptk", "x": "aldi_firmansyah_"}),
    ("kb_satpol", "Gusti Rahmadi", 1, "PNS", "Polisi Pamong Praja Ahli Muda", PEMPROV_KB, "Satuan Polisi Pamong Praja", KB, {"facebook": True}),
    # Maluku (province; offices in Ambon), WIT
    ("ml_guru", "Ronald Pattiasina, S.Pd.", 1, "PNS", "Guru Ahli Muda", PEMPROV_ML, "Dinas Pendidikan dan Kebudayaan - SMAN 2 Ambon", ML,
     {"facebook": True, "youtube": True}),
    ("ml_humas", "Jeanne Latumahina, S.Sos.", 2, "PNS", "Pranata Hubungan Masyarakat Ahli Muda", PEMPROV_ML, "Sekretariat Daerah - Biro Hubungan Masyarakat", ML,
     {"x": "jeanne_ltm", "instagram": "jeannelatumahina", "whatsapp": True}),
    ("ml_kabiro", "Drs. Yohanis Matulessy, M.Si.", 1, "PNS", "Kepala Biro Hubungan Masyarakat", PEMPROV_ML, "Sekretariat Daerah - Biro Hubungan Masyarakat", ML,
     {"whatsapp": True, "facebook": True}),
    ("ml_dkp", "Abdullah Tuasikal, S.Pi.", 1, "PNS", "Kepala Seksi Perizinan Usaha", PEMPROV_ML, DKP_ML, ML, {"whatsapp": True, "facebook": True}),
    ("ml_staf1", "Christina Sahertian", 2, "PNS", "Analis Perikanan", PEMPROV_ML, DKP_ML, ML, {"whatsapp": True}),
    ("ml_staf2", "Ismail Marasabessy", 1, "PNS", "Pengelola Data", PEMPROV_ML, DKP_ML, ML, {"whatsapp": True, "youtube": True}),
    ("ml_pppk", "Marlin Leiwakabessy, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", PEMPROV_ML, "Dinas Pendidikan dan Kebudayaan - SMAN 11 Ambon", ML,
     {"tiktok": "marlin.lwk", "instagram": "marlinleiwakabessy"}),
    # Kota Tual, WIT
    ("tua_kadis", "Ir. Paulus Renyaan", 1, "PNS", "Kepala Dinas", PEMKOT_TUA, DKP_TUA, TUA, {"whatsapp": True, "telegram": True}),
    ("tua_kabid", "Siti Rahmawati Tamher, S.Pi.", 2, "PNS", "Kepala Bidang Perikanan Tangkap", PEMKOT_TUA, DKP_TUA, TUA, {"whatsapp": True}),
    ("tua_staf1", "Yance Ohoitimur", 1, "PNS", "Penyuluh Perikanan", PEMKOT_TUA, DKP_TUA, TUA, {"whatsapp": True, "facebook": True, "telegram": True}),
    ("tua_staf2", "Hasanudin Rumalutur", 1, "PNS", "Pengelola Sarana Perikanan", PEMKOT_TUA, DKP_TUA, TUA, {"whatsapp": True, "telegram": True}),
    ("tua_guru", "Martha Ubro, S.Pd.", 2, "PNS", "Guru Ahli Muda", PEMKOT_TUA, "Dinas Pendidikan - SMPN 1 Tual", TUA,
     {"facebook": True, "instagram": "martha.ubro"}),
    ("tua_sekcam", "Abdul Karim Fakaubun, S.Sos.", 1, "PNS", "Sekretaris Kecamatan", PEMKOT_TUA, "Kecamatan Dullah Selatan", TUA,
     {"facebook": True, "x": "karimfakaubun"}),
    # Kota Malang, WIB
    ("mlg_guru1", "Sri Handayani, S.Pd.", 2, "PNS", "Guru Ahli Madya", PEMKOT_MLG, "Dinas Pendidikan - SDN Tlogomas 2", MLG,
     {"facebook": True, "instagram": "srihandayani.tlogomas"}),
    ("mlg_guru2", "Achmad Fauzi, S.Pd.", 1, "PNS", "Guru Ahli Muda", PEMKOT_MLG, "Dinas Pendidikan - SMPN 18 Malang", MLG,
     {"x": "fauzi_ngalam", "youtube": True, "tiktok": "cakfauzi.guru"}),
    ("mlg_lurah", "Bambang Irawan, S.Sos.", 1, "PNS", "Lurah", PEMKOT_MLG, KEL_TLG, MLG, {"whatsapp": True, "facebook": True}),
    ("mlg_seklur", "Dewi Kartika Sari, S.AP.", 2, "PNS", "Sekretaris Kelurahan", PEMKOT_MLG, KEL_TLG, MLG, {"whatsapp": True, "instagram": "dewikartika.sari", "facebook": True}),
    ("mlg_kel1", "Rudi Hartono", 1, "PNS", "Kepala Seksi Pemerintahan", PEMKOT_MLG, KEL_TLG, MLG, {"whatsapp": True, "instagram": "rudihartono.tlg"}),
    ("mlg_kel2", "Yuli Astutik", 2, "PNS", "Pengadministrasi Kependudukan", PEMKOT_MLG, KEL_TLG, MLG, {"whatsapp": True, "instagram": "yuliastutik88", "facebook": True}),
    ("mlg_pkm", "dr. Nanda Prameswari", 2, "PNS", "Dokter Ahli Pertama", PEMKOT_MLG, "Dinas Kesehatan - Puskesmas Dinoyo", MLG,
     {"instagram": "dr.nandapr", "x": "nandaprameswari"}),
    ("mlg_dishub", "Eko Wahyudi", 1, "PNS", "Petugas Pengatur Lalu Lintas", PEMKOT_MLG, "Dinas Perhubungan", MLG, {"facebook": True, "tiktok": "ekowahyudi_dishub"}),
    ("mlg_mts", "H. Mashudi, S.Ag.", 1, "PNS", "Guru Ahli Madya", "Kementerian Agama", "Kantor Kementerian Agama Kota Malang - MTsN 1 Kota Malang", MLG,
     {"facebook": True}),
    ("mlg_pppk", "Galih Pratama, S.Pd.", 1, "PPPK", "Guru Ahli Pertama", PEMKOT_MLG, "Dinas Pendidikan - SDN Lowokwaru 3", MLG,
     {"tiktok": "galih.ngajar", "instagram": "galihpratama.id"}),
    # Kabupaten Tapanuli Utara, WIB
    ("tpu_camat", "Drs. Binsar Hutagalung", 1, "PNS", "Camat", PEMKAB_TPU, "Kecamatan Siborongborong", TPU, {"facebook": True, "whatsapp": True}),
    ("tpu_tani", "Lamhot Simatupang, S.P.", 1, "PNS", "Penyuluh Pertanian Ahli Muda", PEMKAB_TPU, PERTANIAN_TPU, TPU, {"facebook": True, "whatsapp": True}),
    ("tpu_bidan", "Rotua Panggabean, A.Md.Keb.", 2, "PNS", "Bidan Terampil", PEMKAB_TPU, "Dinas Kesehatan - Puskesmas Hutabaginda", TPU,
     {"facebook": True, "instagram": "rotua.panggabean"}),
    ("tpu_guru", "Jonggi Sitompul, S.Pd.", 1, "PNS", "Guru Ahli Muda", PEMKAB_TPU, "Dinas Pendidikan - SMPN 1 Tarutung", TPU, {"facebook": True, "x": "jonggi_sitompul"}),
    ("tpu_kabid", "Ir. Hotma Lumbantoruan", 1, "PNS", "Kepala Bidang Tanaman Pangan", PEMKAB_TPU, PERTANIAN_TPU, TPU, {"whatsapp": True}),
    ("tpu_staf", "Desi Hutapea", 2, "PNS", "Analis Tanaman Pangan", PEMKAB_TPU, PERTANIAN_TPU, TPU, {"whatsapp": True}),
    ("tpu_pppk", "Rina Siregar, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", PEMKAB_TPU, "Dinas Pendidikan - SDN 173102 Tarutung", TPU, {"tiktok": "rinasiregar.guru"}),
    # Kabupaten Tanggamus, WIB
    ("tgm_camat", "Hi. Zulkarnain, S.Sos.", 1, "PNS", "Camat", PEMKAB_TGM, KEC_KAG, TGM, {"facebook": True, "whatsapp": True}),
    ("tgm_staf1", "Nurul Hikmah", 2, "PNS", "Pengadministrasi Umum", PEMKAB_TGM, KEC_KAG, TGM, {"whatsapp": True, "facebook": True}),
    ("tgm_staf2", "Andika Saputra", 1, "PNS", "Pengelola Data", PEMKAB_TGM, KEC_KAG, TGM, {"whatsapp": True, "instagram": "andika.saputra_kta", "facebook": True}),
    ("tgm_guru", "Rosdiana, S.Pd.", 2, "PNS", "Guru Ahli Muda", PEMKAB_TGM, "Dinas Pendidikan - SDN 1 Gisting", TGM, {"facebook": True}),
    ("tgm_dkp", "Firdaus Hadi, S.Pi.", 1, "PNS", "Penyuluh Perikanan", PEMKAB_TGM, "Dinas Perikanan", TGM, {"x": "firdaushadi_tgm", "facebook": True}),
    ("tgm_pkm", "Ns. Yuliana Sari, S.Kep.", 2, "PNS", "Perawat Ahli Pertama", PEMKAB_TGM, "Dinas Kesehatan - Puskesmas Talang Padang", TGM,
     {"instagram": "ns.yulianasari"}),
    # Kabupaten Tabalong, WITA
    ("tbl_kadis", "Ir. H. Rahmadi Noor", 1, "PNS", "Kepala Dinas", PEMKAB_TBL, PUPR_TBL, TBL, {"whatsapp": True, "telegram": True}),
    ("tbl_kabid", "Siti Aulia Rahmah, S.T.", 2, "PNS", "Kepala Bidang Bina Marga", PEMKAB_TBL, PUPR_TBL, TBL, {"whatsapp": True, "telegram": True}),
    ("tbl_staf1", "Muhammad Rizal", 1, "PNS", "Pengawas Lapangan", PEMKAB_TBL, PUPR_TBL, TBL, {"whatsapp": True, "telegram": True}),
    ("tbl_staf2", "Nor Hidayah", 2, "PNS", "Pengadministrasi Keuangan", PEMKAB_TBL, PUPR_TBL, TBL, {"whatsapp": True, "telegram": True, "facebook": True}),
    ("tbl_guru", "Anang Syarifuddin, S.Pd.", 1, "PNS", "Guru Ahli Muda", PEMKAB_TBL, "Dinas Pendidikan - SMPN 1 Tanjung", TBL, {"facebook": True, "youtube": True}),
    ("tbl_camat", "Drs. Gusti Rusmadi", 1, "PNS", "Camat", PEMKAB_TBL, "Kecamatan Murung Pudak", TBL, {"facebook": True, "instagram": "gustirusmadi"}),
    ("tbl_pppk", "Fitria Ramadhani, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", PEMKAB_TBL, "Dinas Pendidikan - SDN Mabuun 2", TBL,
     {"tiktok": "bufitria.tbl", "instagram": "fitriaramadhani.tbl"}),
    # Kota Parepare, WITA
    ("ppr_guru1", "Andi Nurhaedah, S.Pd.", 2, "PNS", "Guru Ahli Madya", PEMKOT_PPR, "Dinas Pendidikan - SMPN 2 Parepare", PPR,
     {"facebook": True, "instagram": "andinurhaedah"}),
    ("ppr_guru2", "Muhammad Arsyad, S.Pd.", 1, "PNS", "Guru Ahli Muda", PEMKOT_PPR, "Dinas Pendidikan - SDN 5 Parepare", PPR, {"x": "arsyad_pare", "youtube": True}),
    ("ppr_lurah", "Andi Syamsuddin, S.STP.", 1, "PNS", "Lurah", PEMKOT_PPR, "Kelurahan Ujung Sabbang, Kecamatan Ujung", PPR, {"facebook": True, "whatsapp": True}),
    ("ppr_rsud", "Ns. Hasriani, S.Kep.", 2, "PNS", "Perawat Ahli Muda", PEMKOT_PPR, "RSUD Andi Makkasau", PPR, {"instagram": "ns.hasriani", "facebook": True}),
    ("ppr_kadis", "Drs. H. Baharuddin Saleh, M.Pd.", 1, "PNS", "Kepala Dinas", PEMKOT_PPR, DISDIK_PPR, PPR, {"telegram": True, "whatsapp": True}),
    ("ppr_ks1", "Hj. Rosmiati, S.Pd.", 2, "PNS", "Kepala Sekolah", PEMKOT_PPR, "Dinas Pendidikan - SDN 12 Parepare", PPR, {"telegram": True}),
    ("ppr_ks2", "Syamsuriadi, S.Pd.", 1, "PNS", "Kepala Sekolah", PEMKOT_PPR, "Dinas Pendidikan - SMPN 4 Parepare", PPR, {"telegram": True}),
    ("ppr_sek", "Nurlina Hamzah, S.E.", 2, "PNS", "Sekretaris Dinas", PEMKOT_PPR, DISDIK_PPR, PPR, {"telegram": True}),
    ("ppr_pppk", "Ikhsan Maulana, S.Pd.", 1, "PPPK", "Guru Ahli Pertama", PEMKOT_PPR, "Dinas Pendidikan - SDN 40 Parepare", PPR, {"tiktok": "pakikhsan.pare"}),
    # Kabupaten Lombok Barat, WITA
    ("lbr_tani", "Lalu Hamdani, S.P.", 1, "PNS", "Penyuluh Pertanian Ahli Muda", PEMKAB_LBR, "Dinas Pertanian - BPP Narmada", LBR,
     {"facebook": True, "whatsapp": True}),
    ("lbr_bidan", "Baiq Rahmawati, A.Md.Keb.", 2, "PNS", "Bidan Terampil", PEMKAB_LBR, "Dinas Kesehatan - Puskesmas Gerung", LBR,
     {"instagram": "baiq.rahma", "whatsapp": True}),
    ("lbr_guru", "Made Suardika, S.Pd.", 1, "PNS", "Guru Ahli Muda", PEMKAB_LBR, "Dinas Pendidikan - SDN 1 Lingsar", LBR, {"facebook": True, "x": "madesuardika"}),
    ("lbr_camat", "Drs. H. Muhammad Saleh", 1, "PNS", "Camat", PEMKAB_LBR, KEC_GRG, LBR, {"whatsapp": True, "facebook": True}),
    ("lbr_staf", "Sri Wahyuni Lestari", 2, "PNS", "Pengadministrasi Umum", PEMKAB_LBR, KEC_GRG, LBR, {"whatsapp": True}),
    ("lbr_ktu", "Lalu Amrullah", 1, "PNS", "Kepala Subbagian Umum", PEMKAB_LBR, KEC_GRG, LBR, {"whatsapp": True}),
    ("lbr_pppk", "Rohaniah, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", PEMKAB_LBR, "Dinas Pendidikan - SDN 2 Gerung", LBR, {"tiktok": "burohaniah"}),
    # Kabupaten Konawe, WITA
    ("kon_guru", "Hasmiati, S.Pd.", 2, "PNS", "Guru Ahli Muda", PEMKAB_KON, "Dinas Pendidikan - SDN 1 Unaaha", KON, {"facebook": True}),
    ("kon_camat", "Drs. La Ode Safaruddin", 1, "PNS", "Camat", PEMKAB_KON, "Kecamatan Wawotobi", KON, {"facebook": True, "whatsapp": True}),
    ("kon_staf", "I Wayan Sudarsana", 1, "PNS", "Pengelola Pelayanan", PEMKAB_KON, "Kecamatan Wawotobi", KON, {"whatsapp": True, "instagram": "wayansudarsana"}),
    ("kon_tani", "Ruslin Lamaronda, S.P.", 1, "PNS", "Penyuluh Pertanian", PEMKAB_KON, "Dinas Pertanian", KON, {"facebook": True, "x": "ruslin_lmd"}),
    ("kon_pkm", "Ns. Sitti Marwah, S.Kep.", 2, "PNS", "Perawat Ahli Pertama", PEMKAB_KON, "Dinas Kesehatan - Puskesmas Unaaha", KON, {"instagram": "sittimarwah"}),
    ("kon_pppk", "Yusran Tawulo, S.Pd.", 1, "PPPK", "Guru Ahli Pertama", PEMKAB_KON, "Dinas Pendidikan - SMPN 2 Wawotobi", KON, {"tiktok": "yusrantawulo"}),
    # Kabupaten Timor Tengah Selatan, WITA
    ("tts_kadis", "drg. Yosefina Nenobais", 2, "PNS", "Kepala Dinas", PEMKAB_TTS, DINKES_TTS, TTS, {"whatsapp": True}),
    ("tts_pkm1", "Melkianus Tanaem, S.Kep.", 1, "PNS", "Perawat Ahli Muda", PEMKAB_TTS, "Dinas Kesehatan - Puskesmas Kota Soe", TTS,
     {"whatsapp": True, "facebook": True}),
    ("tts_pkm2", "Imelda Liu, A.Md.Keb.", 2, "PNS", "Bidan Terampil", PEMKAB_TTS, "Dinas Kesehatan - Puskesmas Kota Soe", TTS,
     {"whatsapp": True, "instagram": "imeldaliu_soe"}),
    ("tts_guru", "Daniel Benu, S.Pd.", 1, "PNS", "Guru Ahli Muda", PEMKAB_TTS, "Dinas Pendidikan - SDN Oekefan", TTS, {"facebook": True}),
    ("tts_staf", "Yuliana Boimau", 2, "PNS", "Pengelola Program Kesehatan", PEMKAB_TTS, DINKES_TTS, TTS, {"whatsapp": True}),
    ("tts_camat", "Drs. Frans Nope", 1, "PNS", "Camat", PEMKAB_TTS, "Kecamatan Kota Soe", TTS, {"facebook": True, "x": "fransnope_soe"}),
    ("tts_pppk", "Ester Manafe, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", PEMKAB_TTS, "Dinas Pendidikan - SDN Kobelete", TTS,
     {"instagram": "estermanafe", "tiktok": "ibuester.soe"}),
]

PHONE_PREFIX = ["812", "813", "821", "822", "852", "853", "811", "878", "857", "896", "815", "819"]


def add_people(ctx):
    for row in PEOPLE:
        key, nama, sex, status, jab, ins, unit, wil, accs = row[:9]
        disp = row[9] if len(row) > 9 else None
        by = 1965 + hnum("h7by" + key, 29)
        birth = f"{by}{1 + hnum('h7bm' + key, 12):02d}{1 + hnum('h7bd' + key, 28):02d}"
        if status == "PPPK":
            tmt = ["202201", "202203", "202207", "202301"][hnum("h7tp" + key, 4)]  # all after 2018 and before the 2023 activities
        else:
            ty = min(by + 22 + hnum("h7ty" + key, 9), 2016)  # all PNS appointed before the Pilkada 2018 activities
            tmt = f"{ty}{1 + hnum('h7tm' + key, 12):02d}"
        seq = 1 + hnum("h7sq" + key, 998)
        acc = {}
        for p, v in accs.items():
            if v is True:
                v = {"facebook": fbid(key), "youtube": yt_channel("h7" + key)}.get(p) or phone(key, PHONE_PREFIX[hnum(key + p, 12)])
            acc[p] = v
        if "telegram" in acc and "whatsapp" in acc:
            acc["telegram"] = acc["whatsapp"]
        ctx.add_asn(key, birth, tmt, sex, seq, nama, jab, ins, unit, wil, status, acc, disp)


INSTS = [
    ("kominfo_kb", "Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat", KB, "facebook", page_id("kominfo_kb"), "Diskominfo Kalbar"),
    ("adpim_kb", "Biro Administrasi Pimpinan Sekretariat Daerah Provinsi Kalimantan Barat", KB, "x", "adpim_kalbar", "Adpim Pemprov Kalbar"),
    ("humas_ml", "Biro Hubungan Masyarakat Sekretariat Daerah Provinsi Maluku", ML, "instagram", "humas.malukuprov", "Humas Pemprov Maluku"),
    ("humas_ml_yt", "Biro Hubungan Masyarakat Sekretariat Daerah Provinsi Maluku", ML, "youtube", yt_channel("h7humasml"), "Maluku Prov TV"),
    ("kominfo_mlg", "Dinas Komunikasi dan Informatika Kota Malang", MLG, "x", "kominfo_ngalam", "Kominfo Kota Malang"),
    ("kel_tlg", "Kelurahan Tlogomas", MLG, "instagram", "kel.tlogomas", "Kelurahan Tlogomas"),
    ("pkm_dinoyo", "Puskesmas Dinoyo Dinas Kesehatan Kota Malang", MLG, "tiktok", "puskesmasdinoyo", "Puskesmas Dinoyo"),
    ("kominfo_tpu", "Dinas Komunikasi dan Informatika Kabupaten Tapanuli Utara", TPU, "facebook", page_id("kominfo_tpu"), "Diskominfo Taput"),
    ("kec_kag", "Kecamatan Kota Agung", TGM, "facebook", page_id("kec_kag"), "Kecamatan Kota Agung"),
    ("pupr_tbl", "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Tabalong", TBL, "telegram", "infopuprtabalong", "Info PUPR Tabalong"),
    ("disdik_ppr", "Dinas Pendidikan Kota Parepare", PPR, "instagram", "disdik.parepare", "Disdik Parepare"),
    ("prokopim_ppr", "Bagian Protokol dan Komunikasi Pimpinan Sekretariat Daerah Kota Parepare", PPR, "youtube", yt_channel("h7prokopimppr"),
     "Parepare Kota Madani TV"),
    ("kec_grg", "Kecamatan Gerung", LBR, "facebook", page_id("kec_grg"), "Kecamatan Gerung"),
    ("kominfo_lbr", "Dinas Komunikasi dan Informatika Kabupaten Lombok Barat", LBR, "x", "lobar_info", "Info Lombok Barat"),
    ("kec_wwt", "Kecamatan Wawotobi", KON, "facebook", page_id("kec_wwt"), "Kecamatan Wawotobi"),
    ("dinkes_tts", "Dinas Kesehatan Kabupaten Timor Tengah Selatan", TTS, "facebook", page_id("dinkes_tts"), "Dinkes TTS"),
    ("dkp_tua", "Dinas Perikanan Kota Tual", TUA, "instagram", "dinasperikanan.tual", "Dinas Perikanan Kota Tual"),
    ("smpn1_tua", "SMP Negeri 1 Tual", TUA, "tiktok", "smpn1tual", "SMPN 1 Tual"),
]


# ---------------------------------------------------------------------------------------------
# elections: real calendars (2014 party list for the Pilkada 2018, 2024 list for the Pemilu); fictional candidates
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
PILKADA18_STAGES = [
    ("pendaftaran", date(2018, 1, 8), date(2018, 1, 10)),
    ("penetapan_calon", date(2018, 2, 12), date(2018, 2, 12)),
    ("pengundian_nomor_urut", date(2018, 2, 13), date(2018, 2, 13)),
    ("kampanye", date(2018, 2, 15), date(2018, 6, 23)),
    ("masa_tenang", date(2018, 6, 24), date(2018, 6, 26)),
    ("pemungutan_suara", date(2018, 6, 27), date(2018, 6, 27)),
]
P18 = date(2018, 2, 12)
DCT24, PRES24 = date(2023, 11, 3), date(2023, 11, 13)

PILKADA_COMMENT = """
heldout7 Pilkada serentak 2018 configuration (contract format; the real KPU calendar of PKPU 1/2017). Candidates are
fictional; regions are real and all held a Pilkada on 27 Jun 2018: Kalimantan Barat (governor), Maluku (governor), Kota
Malang, Kabupaten Tapanuli Utara, Kabupaten Tanggamus, Kabupaten Tabalong, Kota Parepare, Kabupaten Lombok Barat,
Kabupaten Konawe, Kabupaten Timor Tengah Selatan and Kota Tual. Independent pairs: lbr-3, tts-3. Ballot numbers were drawn
on 13 Feb 2018; parties are those elected in 2014, with their 2014 ballot numbers.
"""
PEMILU_COMMENT = """
heldout7 Pemilu 2024 configuration: two fictional presidential pairs (designated 13 Nov 2023, numbers drawn 14 Nov) and
fictional DPR, DPRD and DPD candidates (DCT 3 Nov 2023) with their party and dapil; ballot_number is the candidate's place
on the party list (DPD: the candidate's number on the DPD ballot). Parties are the 2024 national list.
"""


def candidates():
    P = P18
    kb = Contest("kalbar-gubernur", "gubernur", KB, [
        Cand("kb-1", "H. Rusdi Abdurrahman", aliases=["Bang Rusdi", "Pak Rusdi"], mate="Yohanes Ding Lawing", mate_aliases=["Pak Yohanes"],
             ballot=1, parties=["GERINDRA", "PKS", "PAN"], slogans=["Kalbar Akcaya Bersatu"], hashtags=["#RusdiYohanes1", "#KalbarAkcaya"],
             accounts=[("facebook", page_id("rusdiyohanes")), ("instagram", "bangrusdi.kalbar")]),
        Cand("kb-2", "Veronika Ansiap", aliases=["Bu Vero", "Kak Vero", "VISI"], mate="Syarif Fauzi Alkadrie", mate_aliases=["Bang Syarif"],
             ballot=2, parties=["PDIP", "DEMOKRAT", "HANURA"], slogans=["VISI Kalbar Maju"], hashtags=["#VISI2", "#VeroSyarif"],
             accounts=[("instagram", "vero.visi2"), ("x", "visi_kalbar2")]),
        Cand("kb-3", "Petrus Ajun", aliases=["Pak Ajun", "Om Ajun"], mate="Muhammad Ridha", mate_aliases=["Bang Ridha"],
             ballot=3, parties=["GOLKAR", "NASDEM", "PKB"], slogans=["Tanah Borneo Bersinar"], hashtags=["#AjunRidha3"],
             accounts=[("facebook", page_id("ajunridha"))]),
    ], P)
    ml = Contest("maluku-gubernur", "gubernur", ML, [
        Cand("ml-1", "Drs. Yusuf Latuconsina", aliases=["Bung Ucu", "Om Yusuf"], mate="Samuel Pattipeilohy", mate_aliases=["Om Sam"],
             ballot=1, parties=["PDIP", "GERINDRA", "NASDEM", "HANURA"], slogans=["Ale Rasa Beta Rasa"], hashtags=["#YusufSam1"],
             accounts=[("facebook", page_id("yusufsam")), ("x", "yusufsam_maluku")]),
        Cand("ml-2", "Ir. Frans Sahetapy", aliases=["Om Frans", "Bung Frans"], mate="Hj. Nurlela Tuasamu", mate_aliases=["Usi Lela"],
             ballot=2, parties=["GOLKAR", "PKS", "PAN", "DEMOKRAT"], slogans=["Maluku Pela Gandong"], hashtags=["#PelaGandong2", "#FransLela"],
             accounts=[("instagram", "omfrans.maluku"), ("youtube", yt_channel("h7omfrans"))]),
    ], P)
    mlg = Contest("malang-walikota", "walikota", MLG, [
        Cand("mlg-1", "H. Bambang Suharto", aliases=["Abah Bambang", "Abah BS"], mate="Dwi Wahyuni", mate_aliases=["Bu Dwi"],
             ballot=1, parties=["PKB", "PAN", "GERINDRA"], slogans=["Malang Satu Jiwa"], hashtags=["#AbahBambang1", "#MalangSatuJiwa"],
             accounts=[("facebook", page_id("abahbambang"))]),
        Cand("mlg-2", "Oky Prasetyo", aliases=["Sam Oky", "Mas Oky", "OYI"], mate="Yuniar Imawati", mate_aliases=["Mbak Yuni"],
             ballot=2, parties=["PDIP", "NASDEM", "PKS"], slogans=["Ngalam OYI"], hashtags=["#OYI2", "#OkyYuni"],
             accounts=[("instagram", "oky.oyi2"), ("x", "okyyuni_mlg")]),
        Cand("mlg-3", "Sri Handayani", aliases=["Mbak Yani", "Bu Sri Handayani"], mate="Gatot Priyambodo", mate_aliases=["Mas Gatot"],
             ballot=3, parties=["GOLKAR", "DEMOKRAT", "HANURA"], slogans=["Malang Resik"], hashtags=["#SriGatot3", "#MalangResik"],
             accounts=[("instagram", "mbakyani.sg3")]),
    ], P)
    tpu = Contest("taput-bupati", "bupati", TPU, [
        Cand("tpu-1", "Drs. Maruhum Simanjuntak", aliases=["Amang Maruhum", "Pak Maruhum"], mate="Rosmawati Hutabarat", mate_aliases=["Inang Ros"],
             ballot=1, parties=["PDIP", "NASDEM", "HANURA"], slogans=["Horas Taput"], hashtags=["#HorasTaput", "#MaruhumRos1"],
             accounts=[("facebook", page_id("maruhumros"))]),
        Cand("tpu-2", "Jonggi Situmorang", aliases=["Lae Jonggi", "Amang Jonggi"], mate="Bernard Lumbantobing", mate_aliases=["Pak Bernard"],
             ballot=2, parties=["GOLKAR", "DEMOKRAT", "GERINDRA"], slogans=["Marsipature Hutana Be"], hashtags=["#JonggiBernard2"],
             accounts=[("facebook", page_id("jonggibernard"))]),
    ], P)
    tgm = Contest("tanggamus-bupati", "bupati", TGM, [
        Cand("tgm-1", "Hj. Suryani Hasan", aliases=["Bunda Suryani", "Bunda Yani"], mate="Ahmad Ridwan Saputra", mate_aliases=["Bang Ridwan"],
             ballot=1, parties=["PDIP", "GERINDRA", "PKB", "NASDEM"], slogans=["Begawi Jejama Lanjutkan"], hashtags=["#BundaSuryani1"],
             accounts=[("facebook", page_id("bundasuryani")), ("instagram", "bundasuryani.tgm")]),
        Cand("tgm-2", "M. Firdaus Batin Mangku", aliases=["Batin Firdaus", "Pak Firdaus"], mate="Herman Susilo", mate_aliases=["Mas Herman"],
             ballot=2, parties=["GOLKAR", "PAN", "DEMOKRAT", "PKS"], slogans=["Tanggamus Tabik"], hashtags=["#FirdausHerman2"],
             accounts=[("x", "firdausherman2")]),
    ], P)
    tbl = Contest("tabalong-bupati", "bupati", TBL, [
        Cand("tbl-1", "H. Ahmad Rifani", aliases=["Anang Rifani", "Pak Haji Rifani"], mate="Mawarni Saleh", mate_aliases=["Acil Mawar"],
             ballot=1, parties=["GOLKAR", "PDIP", "PKB", "PAN", "GERINDRA"], slogans=["Tabalong Sarabakawa Maju"], hashtags=["#RifaniMawar1"],
             accounts=[("facebook", page_id("rifanimawar"))]),
        Cand("tbl-2", "Syahrani Bakeri", aliases=["Utuh Syahrani", "Pak Syahrani"], mate="Dedi Kurniawan", mate_aliases=["Pak Dedi"],
             ballot=2, parties=["DEMOKRAT", "PKS", "HANURA", "NASDEM"], slogans=["Tabalong Bungas"], hashtags=["#TabalongBungas", "#SyahraniDedi2"],
             accounts=[("facebook", page_id("syahranidedi")), ("youtube", yt_channel("h7syahrani"))]),
    ], P)
    ppr = Contest("parepare-walikota", "walikota", PPR, [
        Cand("ppr-1", "Andi Syamsul Rijal", aliases=["Puang Syamsul", "Andi Syamsul"], mate="Hj. Nurhidayah Tahir", mate_aliases=["Ibu Nur"],
             ballot=1, parties=["GOLKAR", "NASDEM", "PAN"], slogans=["Resopa Temmangingngi"], hashtags=["#SyamsulNur1"],
             accounts=[("facebook", page_id("syamsulnur")), ("instagram", "puangsyamsul.1")]),
        Cand("ppr-2", "Dr. Faisal Amir Latief", aliases=["Ustadz Faisal", "Pak Faisal"], mate="Hasriani", mate_aliases=["Bu Hasriani"],
             ballot=2, parties=["PKS", "GERINDRA", "DEMOKRAT", "PPP"], slogans=["Parepare MADANI"], hashtags=["#FaisalHasriani2", "#PareMadani"],
             accounts=[("x", "faisalhasriani2"), ("instagram", "ustadzfaisal.pare")]),
    ], P)
    lbr = Contest("lobar-bupati", "bupati", LBR, [
        Cand("lbr-1", "H. Lalu Ahmad Sukarta", aliases=["Mamiq Sukarta", "Lalu Sukarta"], mate="Baiq Nurhayati", mate_aliases=["Bq. Nur"],
             ballot=1, parties=["GERINDRA", "PKS", "PAN", "HANURA"], slogans=["Lobar Patut Patuh Patju"], hashtags=["#MamiqSukarta1"],
             accounts=[("facebook", page_id("mamiqsukarta"))]),
        Cand("lbr-2", "TGH. Ahmad Suhaimi", aliases=["Tuan Guru Haimi", "TGH Haimi"], mate="Sahnan Wirawan", mate_aliases=["Pak Sahnan"],
             ballot=2, parties=["NASDEM", "PKB", "PPP", "DEMOKRAT"], slogans=["Lobar Berkah Berseri"], hashtags=["#HaimiSahnan2"],
             accounts=[("facebook", page_id("haimisahnan")), ("x", "haimisahnan2")]),
        Cand("lbr-3", "Made Putrayasa", aliases=["Pak Made Putra"], mate="Lalu Jayadi", mate_aliases=["Mamiq Jayadi"],
             ballot=3, independent=True, slogans=["Lobar Rukun"], hashtags=["#MadeJayadi3"], accounts=[]),
    ], P)
    kon = Contest("konawe-bupati", "bupati", KON, [
        Cand("kon-1", "H. Kaharuddin Lasalewo", aliases=["Pak Kahar", "Bapak Kahar"], mate="I Ketut Suardana", mate_aliases=["Pak Ketut"],
             ballot=1, parties=["PAN", "GERINDRA", "PDIP", "NASDEM"], slogans=["Konawe Kalosara"], hashtags=["#KaharKetut1"],
             accounts=[("facebook", page_id("kaharketut"))]),
        Cand("kon-2", "Drs. Ruslan Tamburaka", aliases=["Pak Ruslan"], mate="Hasmiati", mate_aliases=["Ibu Hasmiati"],
             ballot=2, parties=["GOLKAR", "DEMOKRAT", "PKS", "HANURA"], slogans=["Konawe Sejahtera Merata"], hashtags=["#RuslanHasmiati2"],
             accounts=[("facebook", page_id("ruslanhasmiati"))]),
    ], P)
    tts = Contest("tts-bupati", "bupati", TTS, [
        Cand("tts-1", "Drs. Markus Tafuli", aliases=["Bapa Markus", "Om Markus"], mate="Yuliana Selan", mate_aliases=["Mama Yuli"],
             ballot=1, parties=["GOLKAR", "NASDEM", "PKB"], slogans=["TTS Nekaf Mese"], hashtags=["#MarkusYuli1"],
             accounts=[("facebook", page_id("markusyuli"))]),
        Cand("tts-2", "Ir. Daniel Benu", aliases=["Om Dani", "Bapa Daniel", "DAGU"], mate="Agustinus Nomleni", mate_aliases=["Bapa Agus"],
             ballot=2, parties=["PDIP", "GERINDRA", "DEMOKRAT", "HANURA"], slogans=["DAGU untuk TTS"], hashtags=["#DAGU2"],
             accounts=[("facebook", page_id("dagu2"))]),
        Cand("tts-3", "Mathilda Nope", aliases=["Mama Tilda"], mate="Yakobus Boimau", mate_aliases=["Bapa Yakob"],
             ballot=3, independent=True, slogans=["TTS Pung Mama"], hashtags=["#MamaTilda3"], accounts=[]),
    ], P)
    tua = Contest("tual-walikota", "walikota", TUA, [
        Cand("tua-1", "H. Abdul Hamid Renwarin", aliases=["Bung Hamid", "Om Hamid"], mate="Yosef Ohoiwutun", mate_aliases=["Om Ocep"],
             ballot=1, parties=["GOLKAR", "PDIP", "PKB", "PAN"], slogans=["Tual Ain ni Ain"], hashtags=["#HamidOcep1"],
             accounts=[("facebook", page_id("hamidocep"))]),
        Cand("tua-2", "Ir. Rahmat Letsoin", aliases=["Bung Rahmat"], mate="Fransina Rahail", mate_aliases=["Usi Fransi"],
             ballot=2, parties=["GERINDRA", "NASDEM", "PKS", "DEMOKRAT", "HANURA"], slogans=["Tual Maren"], hashtags=["#MAREN2", "#RahmatFransi"],
             accounts=[("instagram", "bungrahmat.maren2")]),
    ], P)
    pilkada = Election("pilkada-2018-heldout7", "Pemilihan Serentak 2018 (heldout7)", date(2018, 6, 27), "pilkada",
                       [kb, ml, mlg, tpu, tgm, tbl, ppr, lbr, kon, tts, tua], PILKADA_COMMENT,
                       stages=PILKADA18_STAGES, parties=PARTIES_2014, designation=P18)

    D = DCT24
    pres = Contest("presiden", "presiden", "Indonesia", [
        Cand("p24-1", "Surya Adinegara", aliases=["Bung Surya", "Pak Surya"], mate="Mariam Tuasikal", mate_aliases=["Ibu Mariam"],
             ballot=1, parties=["GERINDRA", "GOLKAR", "PAN", "DEMOKRAT", "PBB"], slogans=["Terang untuk Semua"],
             hashtags=["#SuryaMariam01", "#IndonesiaTerang"],
             accounts=[("x", "suryamariam01"), ("instagram", "surya.mariam"), ("tiktok", "suryamariam01")]),
        Cand("p24-2", "Prof. Darmawan Kusuma", aliases=["Pak Darmawan", "Prof Darma", "DAYA"], mate="Yohana Rumbiak", mate_aliases=["Mama Yohana"],
             ballot=2, parties=["PDIP", "PKB", "NASDEM", "PKS", "PPP", "HANURA", "PERINDO"], slogans=["Indonesia Berdaya"],
             hashtags=["#DAYA02", "#IndonesiaBerdaya"],
             accounts=[("x", "daya02official"), ("instagram", "daya.02"), ("tiktok", "daya02")]),
    ], PRES24)
    leg = [
        Contest("dpr-jatim-5", "dpr", "Dapil Jawa Timur V (Kabupaten Malang, Kota Malang, Kota Batu)", [
            Cand("dpr-jt5-pkb-2", "Hj. Lailatul Fitriyah", aliases=["Ning Laila"], ballot=2, parties=["PKB"], hashtags=["#NingLaila2"],
                 accounts=[("instagram", "ninglaila.jt5")]),
        ], D),
        Contest("dpr-sumut-2", "dpr", "Dapil Sumatera Utara II", [
            Cand("dpr-su2-pdip-3", "Poltak Hasiholan Sihite", aliases=["Lae Poltak"], ballot=3, parties=["PDIP"], hashtags=["#LaePoltak3"],
                 accounts=[("facebook", page_id("laepoltak"))]),
        ], D),
        Contest("dpr-lampung-1", "dpr", "Dapil Lampung I", [
            Cand("dpr-lp1-gol-1", "Rizky Adipati", aliases=["Bang Rizky"], ballot=1, parties=["GOLKAR"], hashtags=["#BangRizky1"],
                 accounts=[("facebook", page_id("bangrizky"))]),
        ], D),
        Contest("dpr-kalsel-1", "dpr", "Dapil Kalimantan Selatan I", [
            Cand("dpr-ks1-ger-4", "Gusti Iqbal Norhadi", aliases=["Gusti Iqbal"], ballot=4, parties=["GERINDRA"], hashtags=["#GustiIqbal4"],
                 accounts=[("instagram", "gustiiqbal4")]),
        ], D),
        Contest("dpr-sulsel-3", "dpr", "Dapil Sulawesi Selatan III", [
            Cand("dpr-ss3-nas-2", "Andi Muh. Yusran", aliases=["Puang Yusran"], ballot=2, parties=["NASDEM"], hashtags=["#PuangYusran2"],
                 accounts=[("x", "puangyusran2")]),
        ], D),
        Contest("dpr-ntb-2", "dpr", "Dapil Nusa Tenggara Barat II (Pulau Lombok)", [
            Cand("dpr-nb2-pks-1", "H. Lalu Wirasakti", aliases=["Mamiq Wira"], ballot=1, parties=["PKS"], hashtags=["#MamiqWira1"],
                 accounts=[("facebook", page_id("mamiqwira"))]),
        ], D),
        Contest("dpr-sultra", "dpr", "Dapil Sulawesi Tenggara", [
            Cand("dpr-sg-pan-3", "Hj. Wa Ode Nurhana", aliases=["Wa Ode Nur"], ballot=3, parties=["PAN"], hashtags=["#WaOdeNur3"],
                 accounts=[("tiktok", "waodenur3")]),
        ], D),
        Contest("dpr-ntt-2", "dpr", "Dapil Nusa Tenggara Timur II", [
            Cand("dpr-nt2-pdip-1", "Yermias Sanam", aliases=["Om Yermi"], ballot=1, parties=["PDIP"], hashtags=["#OmYermi1"],
                 accounts=[("facebook", page_id("omyermi"))]),
        ], D),
        Contest("dpr-kalbar-1", "dpr", "Dapil Kalimantan Barat I", [
            Cand("dpr-kb1-ger-2", "Benny Tjhai", aliases=["Koh Benny"], ballot=2, parties=["GERINDRA"], hashtags=["#KohBenny2"],
                 accounts=[("instagram", "kohbenny.kb1")]),
        ], D),
        Contest("dpr-maluku", "dpr", "Dapil Maluku", [
            Cand("dpr-ml-gol-1", "Johanis Pattikawa", aliases=["Bung Jo"], ballot=1, parties=["GOLKAR"], hashtags=["#BungJo1"],
                 accounts=[("instagram", "bungjo.pattikawa")]),
        ], D),
        Contest("dprd-kalbar-1", "dprd_provinsi", "Provinsi Kalimantan Barat - Dapil Kalbar 1", [
            Cand("dprd-kb1-pan-5", "Syarifah Nurul Aini", aliases=["Kak Ipah"], ballot=5, parties=["PAN"], hashtags=["#KakIpah5"], accounts=[]),
        ], D),
        Contest("dprd-maluku-1", "dprd_provinsi", "Provinsi Maluku - Dapil Maluku 1", [
            Cand("dprd-ml1-ppp-2", "Ismail Tuanaya", aliases=["Bung Ais"], ballot=2, parties=["PPP"], hashtags=["#BungAis2"], accounts=[]),
        ], D),
        Contest("dprd-malang-3", "dprd_kabkota", "Kota Malang - Dapil Malang 3", [
            Cand("dprd-mlg3-pdip-4", "Yanuar Arif Hidayat", aliases=["Cak Yanuar"], ballot=4, parties=["PDIP"], hashtags=["#CakYanuar4"], accounts=[]),
        ], D),
        Contest("dprd-taput-2", "dprd_kabkota", "Kabupaten Tapanuli Utara - Dapil Taput 2", [
            Cand("dprd-tpu2-gol-1", "Tiurma Nainggolan", aliases=["Inang Tiur"], ballot=1, parties=["GOLKAR"], hashtags=["#InangTiur1"], accounts=[]),
        ], D),
        Contest("dprd-lobar-3", "dprd_kabkota", "Kabupaten Lombok Barat - Dapil Lobar 3", [
            Cand("dprd-lbr3-ger-2", "Lalu Fathurrahman", aliases=["Mamiq Fathur"], ballot=2, parties=["GERINDRA"], hashtags=["#MamiqFathur2"],
                 accounts=[]),
        ], D),
        Contest("dprd-tual-1", "dprd_kabkota", "Kota Tual - Dapil Tual 1", [
            Cand("dprd-tua1-han-1", "Maria Renhoran", aliases=["Usi Maria"], ballot=1, parties=["HANURA"], hashtags=["#UsiMaria1"], accounts=[]),
        ], D),
        Contest("dpd-kalbar", "dpd", KB, [
            Cand("dpd-kb-24", "Uray Fitriani", aliases=["Kak Uray"], ballot=24, hashtags=["#KakUray24"], accounts=[]),
        ], D),
        Contest("dpd-ntt", "dpd", "Provinsi Nusa Tenggara Timur", [
            Cand("dpd-nt-33", "Pdt. Nikolas Liu", aliases=["Bapa Pendeta Niko"], ballot=33, hashtags=["#PendetaNiko33"], accounts=[]),
        ], D),
        Contest("dpd-maluku", "dpd", ML, [
            Cand("dpd-ml-27", "Ferry Talakua", aliases=["Bung Ferry"], ballot=27, hashtags=["#BungFerry27"], accounts=[]),
        ], D),
    ]
    pemilu = Election("pemilu-2024-heldout7", "Pemilihan Umum 2024 (heldout7)", date(2024, 2, 14), "pemilu", [pres] + leg, PEMILU_COMMENT)
    return pilkada, pemilu


# ---------------------------------------------------------------------------------------------
# sections (filled in below)
# ---------------------------------------------------------------------------------------------
SECTIONS = []


def section(fn):
    SECTIONS.append(fn)
    return fn


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
    ctx.add_election("election-pilkada-2018-heldout7.yaml", pilkada)
    ctx.add_election("election-pemilu-2024-heldout7.yaml", pemilu)
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
    DESCRIPTION = (DESCRIPTION_BASE + "\n\n## Labels by language\n\n"
                   + table(rows, ["language", "labels", "violation", "alert", "review", "none"])
                   + "\n\nLanguage tags are kept inside `_heldout7.py` (they are not in `truth.jsonl`); activities without text of their own "
                     "count as `no text`.\n\nChat exports: " + str(sum(chats.values())) + " labels on WhatsApp and Telegram lines ("
                   + ", ".join(f"{k} {chats[k]}" for k in ("violation", "alert", "review", "none")) + ").")


# ---------------------------------------------------------------------------------------------
# Facebook Graph API
# ---------------------------------------------------------------------------------------------
@section
def facebook(c):
    u = lambda k: {"name": c.disp(k), "id": c.acct(k, "facebook")}  # noqa: E731
    P = fb_person

    # 1. the page of the Kalbar governor pair Rusdi–Yohanes (kb-1), Graph v2.12 of 2018 (times in UTC, read in WIB)
    rid = c.cands["kb-1"].handle("facebook")
    fb = Fb(c, "facebook/page_rusdiyohanes_kalbar_feed.json", rid, version="v2.12")
    page = {"name": "Bang Rusdi - Yohanes", "id": rid}
    own = lambda note="posted by the pair's own page; no official acts here", lang="pontianak": N("neg_candidate_own", note, lang=lang)  # noqa: E731
    p1 = fb.post(w(2018, 1, 9, 14, 0), "Alhamdulillah, berkas pendaftaran kamek dah diterime KPU Kalbar. Mohon doa restu seluruh masyarakat Kalimantan Barat 🙏",
                 page, own())
    fb.comment(p1, w(2018, 1, 9, 14, 37), "Sukses Bang Rusdi! Kamek guru-guru SMA siap bantu kenalkan program Abang ke kampung-kampung 💪", u("kb_guru1"),
               V("kb_guru1", "interact", "kb-1", "bakal_support", action="comment", lang="pontianak",
                 note="a provincial SMA teacher offers to spread the bakal calon's programme a month before designation (E codes)"))
    fb.comment(p1, w(2018, 1, 9, 15, 2), "Semoga lancar sampai hari H, Bang", P("Wak Dolah Siantan"), N(lang="pontianak"))
    fb.comment(p1, w(2018, 1, 9, 16, 20), "Bang, jalan ke Sungai Ambawang tu bile nak diaspal? Dah lame kamek nunggu", P("Mak Long Jamilah"),
               N("neg_complaint", "a resident asks about a road", lang="pontianak"))
    fb.react(p1, u("kb_biro"), V("kb_biro", "interact", "kb-1", "bakal_support", action="like", lang="sys",
                                 note="a protocol officer of the governor's office likes the bakal calon's registration post (E4)"))
    fb.react(p1, P("Wak Dolah Siantan"), N(lang="sys"))
    p2 = fb.post(w(2018, 2, 11, 21, 0), "Insya Allah esok pagi KPU menetapkan pasangan calon. Kamek siap lahir batin.", page, own())
    fb.comment(p2, w(2018, 2, 12, 6, 40), "Hari ini resmi jadi calon, Bang! Nomor berape pun, kamek tetap pilih Bang Rusdi 👍", u("kb_guru1"),
               V("kb_guru1", "interact", "kb-1", "stage_boundary_utc", action="comment", lang="pontianak",
                 note="the Graph time is 2018-02-11T23:40+0000, but 06:40 WIB is 12 Feb, designation day: D codes"))
    fb.comment(p2, w(2018, 2, 12, 7, 5), "Siapa pun yang ditetapkan, semoga Pilgub Kalbar damai", P("Yohana Dara Sintang"), N())
    p3 = fb.post(w(2018, 3, 10, 19, 30), "Dialog bersama petani sawit di Sanggau. Tarima kasih atas sambutan hangat sanak saudare semua 🌴", page, own(),
                 photo={"description": "Rusdi Abdurrahman berbicara di depan petani sawit di bawah tenda"})
    fb.comment(p3, w(2018, 3, 10, 20, 11), "Bang Rusdi memang paling paham soal sawit. 27 Juni kite coblos nomor 1 ☝️", u("kb_kabid"),
               V("kb_kabid", "interact", "kb-1", "comment_support", action="comment", lang="pontianak"))
    fb.comment(p3, w(2018, 3, 10, 20, 28), "Kamek ASN, ndak boleh milih-milih di sini. Cume nak bilang: jalan sawit tu tanggung jawab semue calon nanti 😅",
               u("kb_satpol"), N("neg_negation", "a Satpol PP officer says he takes no side and addresses whoever wins", lang="pontianak"))
    fb.comment(p3, w(2018, 3, 10, 21, 3), "Harga TBS turun terus, siapa pun gubernurnye tolong diperhatikan", P("Mak Long Jamilah"), N(lang="pontianak"))
    fb.react(p3, u("kb_kabid"), V("kb_kabid", "interact", "kb-1", "like", action="like", lang="sys"))
    fb.react(p3, P("Yohana Dara Sintang"), N(lang="sys"), kind="LOVE")
    p4 = fb.post(w(2018, 4, 21, 10, 0),
                 "Tarima kasih Gusti Rahmadi dan Hendrikus Jalung yang hadir di acara Hari Kartini bersama ibu-ibu Kubu Raya. Kite bangun Kalbar besame!",
                 page, own("the page tags two officials in a thank-you"),
                 tags=[(u("kb_satpol"), A("kb_satpol", note="tagged by a governor candidate's page; he asks for the tag to be removed")),
                       (u("kb_biro"), A("kb_biro", note="tagged by the candidate's page; he then answers with support"))])
    fb.comment(p4, w(2018, 4, 21, 10, 48), "Maaf Bang, kamek bertugas pengamanan acara, bukan peserta. Mohon tag kamek dihapus 🙏", u("kb_satpol"),
               N("neg_untag", "the officer on duty asks to be untagged", lang="pontianak"))
    fb.comment(p4, w(2018, 4, 21, 11, 15), "Same-same Bang, kamek siap menangkan nomor 1 di Kubu Raya! 🔥", u("kb_biro"),
               V("kb_biro", "interact", "kb-1", "tag_then_engaged", action="comment", lang="pontianak",
                 note="tagged by the page, he answers with a call to win: exposure turned into engagement"))
    p5 = fb.post(w(2018, 6, 14, 19, 0), "Selamat Hari Raya Idul Fitri 1439 H. Mohon maaf lahir dan batin dari kamek sekeluarge 🙏", page,
                 own("a candidate's Lebaran greeting, in the campaign period"),
                 photo={"description": "Kartu ucapan Idul Fitri bergambar Rusdi dan Yohanes dengan angka 1"})
    fb.comment(p5, w(2018, 6, 14, 19, 42), "Mohon maaf lahir batin juge Bang 🙏", u("kb_guru1"),
               R("rev_greeting", "a teacher who backed the pair earlier returns a plain Lebaran greeting on the pair's campaign card: courtesy or "
                 "engagement with a winning team's account (SKB-D6)?", actor="kb_guru1", cand="kb-1", lang="pontianak"))
    fb.comment(p5, w(2018, 6, 14, 20, 10), "Minal aidin wal faizin", P("Wak Dolah Siantan"), N())
    p6 = fb.post(w(2018, 6, 23, 22, 30), "Malam terakhir kampanye. Tarima kasih relawan yang tak kenal lelah.", page, own())
    fb.comment(p6, w(2018, 6, 24, 0, 20), "Masa tenang tapi hati tetap nomor 1 ya Bang 🤫☝️", u("kb_kabid"),
               V("kb_kabid", "interact", "kb-1", "stage_quiet", action="comment", lang="pontianak",
                 note="00:20 WIB on 24 Jun (UTC 23 Jun): a quiet day; support stays a violation"))
    fb.react(p6, P("Bujang Tayan"), N(lang="sys"))
    fb.dump()

    # 2. the official page of Diskominfo Kalbar
    kid = c.inst["kominfo_kb"]["handle"]
    fb = Fb(c, "facebook/page_diskominfo_kalbar_feed.json", kid, version="v2.12")
    pg = {"name": c.inst["kominfo_kb"]["nama_akun"], "id": kid}
    fb.post(w(2018, 1, 28, 8, 0), "Dirgahayu Provinsi Kalimantan Barat ke-61. Kalbar Akcaya, maju bersama membangun negeri! 🎉", pg,
            N("neg_motto", "the province's motto 'Akcaya' on its anniversary; pair 1's slogan is Kalbar Akcaya Bersatu"))
    q = fb.post(w(2018, 2, 13, 21, 0), "Hasil pengundian nomor urut Pilgub Kalbar 2018: 1. Rusdi–Yohanes, 2. Veronika–Syarif, 3. Ajun–Ridha. "
                "Mari jaga Pilkada damai.", pg, N("neg_news", "the office relays the number draw naming every pair"))
    fb.comment(q, w(2018, 2, 13, 21, 30), "Nomor 2 tu VISI je, ndak ade bukti kerje. Jangan sampai kite salah pilih, kawan-kawan 🙄", u("kb_guru1"),
               V("kb_guru1", "negative", "kb-2", "negative_campaign", action="comment", lang="pontianak",
                 note="under a neutral institutional post, the teacher who backs pair 1 runs down pair 2"))
    fb.comment(q, w(2018, 2, 13, 21, 45), "Semue paslon putra-putri terbaik Kalbar 👍", u("kb_satpol"), N("neg_both", "praise for every pair"))
    fb.comment(q, w(2018, 2, 13, 22, 5), "Admin, debat pertame tanggal berape?", P("Bujang Tayan"), N("neg_question", "a question", lang="pontianak"))
    fb.post(w(2018, 3, 2, 10, 0), "Visi dan misi pembangunan daerah dibahas dalam Musrenbang RPJMD. Masukan masyarakat sangat kami harapkan.", pg,
            N("neg_everyday_word", "'visi' in planning news; pair 2's acronym is VISI"))
    ajun = c.cands["kb-3"].handle("facebook")
    onum = str(10**15 * 6 + hnum("h7ajunpost", 10**15))
    orig = {"id": f"{ajun}_{onum}", "permalink_url": f"https://www.facebook.com/{ajun}/posts/{onum}"}
    sh = fb.post(w(2018, 4, 5, 20, 0), "Program sinyal internet untuk desa perbatasan. Simak! #AjunRidha3", pg,
                 V("inst:kominfo_kb", "inst", "kb-3", "inst_account", action="share",
                   note="the provincial information office shares a candidate's programme post with his hashtag; flag for review of who posted"),
                 share={"post": orig, "title": "Petrus Ajun", "description": "Tanah Borneo Bersinar: internet untuk 500 desa perbatasan"})
    fb.comment(sh, w(2018, 4, 5, 20, 25), "Lho, akun dinas kok share paslon 3? 🤔", P("Bujang Tayan"), N())
    fb.comment(sh, w(2018, 4, 5, 20, 41), "Mantap Pak Ajun, internet untuk desa perbatasan memang kebutuhan 👍", u("kb_satpol"),
               V("kb_satpol", "interact", "kb-3", "comment_support", action="comment"))
    fb.post(w(2018, 4, 6, 8, 0), "Mohon maaf, unggahan semalam di luar kebijakan redaksi dan telah dihapus. Diskominfo Kalbar netral dalam Pilkada 2018.", pg,
            N("neg_apology", "the office retracts; the share stays on record"))
    qt = fb.post(w(2018, 6, 24, 7, 0), "Masa tenang 24–26 Juni 2018. Alat peraga kampanye ditertibkan. Hormati hak pilih, datang ke TPS 27 Juni.", pg,
                 N("neg_official_neutral", "quiet-day notice"))
    fb.react(qt, u("kb_biro"), N("neg_official_neutral", "liking a neutral notice", lang="sys"))
    fb.dump()

    # 3. the official page of Diskominfo Tapanuli Utara: the incumbent regent, before and during his campaign leave
    tid = c.inst["kominfo_tpu"]["handle"]
    fb = Fb(c, "facebook/page_diskominfo_taput_feed.json", tid, version="v2.12")
    pg = {"name": c.inst["kominfo_tpu"]["nama_akun"], "id": tid}
    o1 = fb.post(w(2018, 1, 18, 10, 0), "Bupati Tapanuli Utara Drs. Maruhum Simanjuntak meresmikan Pasar Siborongborong yang baru direhab. Horas!", pg,
                 N("neg_incumbent_official", "an official act of the sitting regent (a bakal calon) relayed by his agency before any campaign, without "
                   "campaign content"), photo={"description": "Bupati menggunting pita di pintu pasar"})
    fb.comment(o1, w(2018, 1, 18, 10, 44), "Mauliate Amang Bupati. Pasar nunga denggan, lanjutkan dua periode! 💪", u("tpu_tani"),
               V("tpu_tani", "interact", "tpu-1", "incumbent_praise", action="comment", lang="batak",
                 note="under an official news item, an extension officer asks the sitting regent, then a bakal calon, for a second term (E codes)"))
    fb.comment(o1, w(2018, 1, 18, 11, 2), "Akhirnya, hujan dang be masuk tu los parengge-rengge 🙏", P("Inang Rugun Sitorus"), N(lang="batak"))
    fb.comment(o1, w(2018, 1, 18, 11, 30), "Pasarnya rapi. Parkirnya semoga ditata juga, Pak Camat", u("tpu_camat"),
               N("neg_official_neutral", "the camat remarks on the market itself"))
    fb.react(o1, u("tpu_bidan"), N("neg_incumbent_official", "a like on the agency's news of the regent's official work, not on campaign content",
                                   lang="sys"))
    fb.react(o1, P("Inang Rugun Sitorus"), N(lang="sys"))
    fb.post(w(2018, 1, 25, 19, 0), "Bupati Maruhum, bupati terbaik se-Tapanuli! Lanjutkan pembangunan, Horas Taput! 🙌 #HorasTaput", pg,
            V("inst:kominfo_tpu", "inst", "tpu-1", "inst_account", lang="batak",
              note="the agency's page praises the regent as the man to continue, with his campaign hashtag, before designation (E codes plus the "
                   "institutional-account analogy)"))
    fb.post(w(2018, 2, 14, 16, 0), "Mulai 15 Februari Bupati cuti di luar tanggungan negara selama masa kampanye. Tugas bupati dijalankan Plt Bupati.", pg,
            N("neg_official_neutral", "a notice about the incumbent's campaign leave"))
    o2 = fb.post(w(2018, 3, 20, 10, 0), "Plt Bupati meninjau penanganan longsor di jalan lintas Tarutung–Sipoholon.", pg, N("neg_official_neutral", "official work"))
    fb.comment(o2, w(2018, 3, 20, 10, 40), "Terima kasih Pak Plt, tim dinas pertanian juga sudah turun cek lahan warga yang kena longsor", u("tpu_tani"),
               N("neg_official_neutral", "the same officer reports on disaster work"))
    fb.post(w(2018, 5, 10, 9, 0), "Horas! Selamat datang peserta Pesta Rakyat Danau Toba di Muara. Mauliate atas kunjungannya 🌊", pg,
            N("neg_everyday_word", "'Horas' is the everyday Batak greeting; pair 1's slogan is Horas Taput", lang="batak"))
    o3 = fb.post(w(2018, 5, 30, 15, 0), "Debat publik kedua calon bupati Tapanuli Utara: Maruhum–Rosmawati dan Jonggi–Bernard. Siaran langsung radio daerah.", pg,
                 N("neg_news", "a debate notice naming both pairs"))
    fb.comment(o3, w(2018, 5, 30, 15, 20), "Aku Jonggi Sitompul, guru SMP, bukan calon bupati ya kawan-kawan 😂 banyak kali yang salah tag", u("tpu_guru"),
               N("neg_namesake", "a teacher sharing the first name of candidate tpu-2"))
    fb.comment(o3, w(2018, 5, 30, 15, 45), "Amang Jonggi do na tama, nomor 2! ✌️", P("Lae Parlin"), N(lang="batak"))
    fb.post(w(2018, 7, 10, 10, 0), "Bupati Drs. Maruhum Simanjuntak kembali bertugas setelah masa cuti kampanye, memimpin apel pagi.", pg,
            N("neg_incumbent_official", "official work after the vote"))
    fb.dump()

    # 4. a public group of Lombok Barat residents (group feed), Sasak and Indonesian
    gid = "2" + f"{hnum('h7grp-lobar', 10**14):014d}"
    fb = Fb(c, "facebook/group_info_lobar_feed.json", gid, endpoint="feed", version="v2.12")
    g1 = fb.post(ta(2018, 1, 6, 20, 0), "Tiang dengar Mamiq Sukarta jak daftar ke KPU lekan Senin. Lamun side kenal sidekah, tiang pastiang mule bareng 💪",
                 u("lbr_tani"), V("lbr_tani", "post", "lbr-1", "bakal_support", lang="sasak",
                                  note="an agricultural extension officer promotes a bakal calon in a residents' group before registration (E codes)"))
    fb.comment(g1, ta(2018, 1, 6, 20, 30), "Amaq Hamdani, side PNS ndek kanggo meno 🙏", P("Inaq Sumini Narmada"),
               N("neg_reminder", "a resident reminds the officer", lang="sasak"))
    fb.comment(g1, ta(2018, 1, 6, 20, 52), "Tampi asih Inaq, tiang cume kabar-kabar doang", u("lbr_tani"),
               N("neg_withdrawn", "he calls it mere news; the post stands", lang="sasak"))
    fb.post(ta(2018, 2, 16, 9, 0), "Tiang Made Suardika, guru SD Lingsar. Bukan Pak Made Putra calon bupati nggih, banyak yang salah kira 😄",
            u("lbr_guru"), N("neg_namesake", "a teacher with a name close to candidate lbr-3", lang="sasak"))
    g3 = fb.post(ta(2018, 3, 3, 19, 0), "Kampanye Tuan Guru Haimi di lapangan Gerung rame pisan. Nomor 2 pilihan tiang! ✌️ #HaimiSahnan2",
                 u("lbr_camat"), V("lbr_camat", "post", "lbr-2", "post_support", lang="sasak",
                                   note="a camat reports a rally and declares his choice, with the pair's hashtag"))
    fb.comment(g3, ta(2018, 3, 3, 19, 33), "Pak Camat kok kampanye? Panwas lihat niki", P("Lalu Zainul Kediri"), N(lang="sasak"))
    fb.comment(g3, ta(2018, 3, 3, 19, 50), "Ampure, Pak Camat pasti cuma kabar acara", P("Baiq Sari Gerung"), N())
    fb.post(ta(2018, 3, 10, 7, 30), "Patut Patuh Patju! Lomba kebersihan desa tingkat Kecamatan Gerung, juara satu Desa Dasan Geres 🏆", u("lbr_camat"),
            N("neg_motto", "the regency's motto in a cleanliness contest; pair 1's slogan is Lobar Patut Patuh Patju"))
    fb.post(ta(2018, 4, 2, 21, 0), "Calon independen Made–Jayadi satu-satunya yang tidak pakai partai. Salut, siapa pun pilihan semeton 👏",
            P("Lalu Zainul Kediri"), N())
    g6 = fb.post(ta(2018, 6, 26, 23, 50), "Bareh nyoblos, semeton. Pilih sesuai hati, ndek kanggo terima amplop!", u("lbr_tani"),
                 N("neg_reminder", "the same officer, now on the eve of the vote, urges a clean vote without a side", lang="sasak"))
    fb.comment(g6, ta(2018, 6, 27, 0, 15), "Betul Amaq, Lobar rukun siapa pun yang menang", P("Inaq Sumini Narmada"),
               N("neg_everyday_word", "'rukun' (in harmony); the independent pair's slogan is Lobar Rukun", lang="sasak"))
    fb.dump()

    # 5. the page of DPR candidate Lae Poltak (Sumut II), Pemilu 2024, Graph v18.0
    lp = c.cands["dpr-su2-pdip-3"].handle("facebook")
    fb = Fb(c, "facebook/page_laepoltak_feed.json", lp, version="v18.0")
    page = {"name": "Lae Poltak Sihite", "id": lp}
    own = lambda note="posted by the candidate's page", lang="batak": N("neg_candidate_own", note, lang=lang)  # noqa: E731
    l1 = fb.post(w(2023, 10, 20, 19, 0), "Horas! Mohon doa dan dukungan, sebentar lagi KPU umumkan DCT. Hita marsada! 🙏", page, own())
    fb.comment(l1, w(2023, 10, 20, 19, 30), "Horas Lae! Hami sian Siborongborong siap mandukung 💪", u("tpu_camat"),
               V("tpu_camat", "interact", "dpr-su2-pdip-3", "bakal_support", action="comment", lang="batak",
                 note="a camat pledges his area's support to a DPR bakal calon before the DCT (E codes)"))
    l2 = fb.post(w(2023, 12, 9, 18, 0), "Kampanye dialogis dengan petani kopi di Lintong. Kopi Lintong harus mendunia! ☕", page, own(),
                 photo={"description": "Poltak Sihite memegang biji kopi bersama petani"})
    fb.comment(l2, w(2023, 12, 9, 18, 40), "Mantap Lae, kopi Lintong tabo! Pilih nomor 3 PDI Perjuangan, Lae Poltak 🔥", u("tpu_tani"),
               V("tpu_tani", "interact", "dpr-su2-pdip-3", "comment_support", action="comment", lang="batak"))
    fb.comment(l2, w(2023, 12, 9, 19, 5), "Penyuluh pertanian pun hadir tadi, tapi itu tugas dinas mendampingi petani. Jangan salah paham 🙏", u("tpu_bidan"),
               N("neg_deflect", "a midwife explains why officials were present; no support"))
    fb.react(l2, u("tpu_tani"), V("tpu_tani", "interact", "dpr-su2-pdip-3", "like", action="like", lang="sys"))
    fb.react(l2, P("Lae Parlin"), N(lang="sys"))
    l3 = fb.post(w(2024, 2, 10, 21, 0), "Terima kasih semua. Tanggal 14 jangan lupa ke TPS.", page, own())
    fb.comment(l3, w(2024, 2, 11, 6, 10), "Hari tenang, tapi hati tetap Lae Poltak nomor 3 🤫", u("tpu_camat"),
               V("tpu_camat", "interact", "dpr-su2-pdip-3", "stage_quiet", action="comment", lang="id",
                 note="the Graph time is 2024-02-10T23:10+0000 (the last campaign day in UTC), but 06:10 WIB is 11 Feb, a quiet day"))
    fb.comment(l3, w(2024, 2, 11, 7, 0), "Semoga pemilu aman di Taput", P("Inang Rugun Sitorus"), N())
    fb.dump()
# ---------------------------------------------------------------------------------------------
# CrowdTangle historical data (a WITA dashboard of 2018, a WIB dashboard of 2018 and 2024)
# ---------------------------------------------------------------------------------------------
@section
def crowdtangle(c):
    def inst_page(k, cat, desc, created, followers):
        r = c.inst[k]
        return (r["nama_akun"], "", r["handle"], cat, desc, created, followers)

    def asn_page(k, cat, desc, created, followers):
        return (c.disp(k), "", c.acct(k, "facebook"), cat, desc, created, followers)

    pages = {
        "dinkes": inst_page("dinkes_tts", "Government Organization", "Informasi kesehatan Kabupaten Timor Tengah Selatan", "2015-03-02 09:00:00", 12800),
        "wwt": inst_page("kec_wwt", "Government Organization", "Kecamatan Wawotobi, Kabupaten Konawe", "2016-07-11 10:00:00", 3900),
        "pp": ("Parepare Pos Online", "pareparepos", page_id("pareparepos"), "Media/News Company", "Berita Ajatappareng", "2014-01-09 08:00:00", 88400),
        "nhd": asn_page("ppr_guru1", "Teacher", "Guru Bahasa Indonesia, ibu dua anak", "2013-05-05 10:00:00", 2400),
        "hsm": asn_page("kon_guru", "Personal Blog", "Guru SD di Unaaha", "2016-09-09 09:00:00", 870),
        "dnl": asn_page("tts_guru", "Teacher", "Guru SD Oekefan, Soe", "2015-11-11 11:00:00", 1320),
        "frn": asn_page("tts_camat", "Government Official", "Camat Kota Soe", "2016-02-02 08:00:00", 5100),
    }
    ct = Ct(c, "crowdtangle/pages_sulawesi_ntt_2018.csv", WITA, pages)
    ct.row("dinkes", ta(2018, 1, 15, 9, 0), "Photo", "Posyandu balita serentak di 32 puskesmas. Ayo timbang anak setiap bulan!",
           N("neg_official_neutral", "an agency's routine post"))
    ct.row("dinkes", ta(2018, 3, 22, 13, 0), "Photo", "Sosialisasi gizi seimbang bersama kader posyandu Kecamatan Amanuban Selatan.",
           V("inst:dinkes_tts", "inst", "tts-2", "image_text", note="the pair's slogan and number exist only as text inside the picture"),
           image_text="DAGU UNTUK TTS\nTTS SEHAT - COBLOS NOMOR 2")
    ct.row("dinkes", ta(2018, 3, 23, 8, 0), "Status", "Klarifikasi: gambar pada unggahan kemarin keliru dan sudah diturunkan. Dinas Kesehatan netral.",
           N("neg_apology", "the office says sorry; the picture was the act"))
    ct.row("dinkes", ta(2018, 4, 7, 7, 0), "Photo", "Hari Kesehatan Sedunia. Nekaf mese, ansaof mese: satu hati lawan stunting di TTS 💪",
           N("neg_motto", "a Dawan phrase of unity in a health campaign; pair 1's slogan is TTS Nekaf Mese", lang="kupang"))
    ct.row("dinkes", ta(2018, 5, 18, 16, 0), "Status", "Tahan dagu sonde bikin kenyang, ayo makan sayur kelor! 🥬 #GiziTTS",
           N("neg_everyday_word", "'tahan dagu' (idle) in a nutrition joke; pair 2's acronym is DAGU", lang="kupang"))
    ct.row("wwt", ta(2018, 1, 20, 10, 0), "Photo", "Silaturahmi Bapak H. Kaharuddin ke tokoh adat Wawotobi. Konawe Kalosara, inae konasara iyei pinesara!",
           V("inst:kec_wwt", "inst", "kon-1", "inst_account", lang="tolaki",
             note="the kecamatan's page presents a bakal calon's visit with his slogan three weeks before designation (E codes)"))
    ct.row("wwt", ta(2018, 2, 3, 9, 0), "Photo", "Mombesara: penyambutan tamu adat dengan kalosara di Balai Desa Inolobunggadue.",
           N("neg_motto", "'kalosara', the Tolaki customary symbol, in an adat ceremony; pair 1's slogan is Konawe Kalosara", lang="tolaki"))
    ct.row("wwt", ta(2018, 4, 16, 14, 0), "Status", "Jadwal kampanye di Wawotobi: paslon 1 tanggal 20 April, paslon 2 tanggal 22 April. Warga jaga ketertiban.",
           N("neg_news", "a schedule naming both pairs"))
    ct.row("pp", ta(2018, 2, 13, 15, 0), "Link", "KPU Parepare undi nomor urut dua pasangan calon wali kota.", N("neg_news", "a news page"),
           link="https://pareparepos.id/2018/02/13/undian-nomor-urut-pilwalkot", link_text="Syamsul–Nur nomor 1, Faisal–Hasriani nomor 2")
    ct.row("pp", ta(2018, 5, 26, 18, 0), "Link", "Dua paslon wali kota hadiri buka puasa bersama di Masjid Raya Parepare.", N("neg_news", "news"),
           link="https://pareparepos.id/2018/05/26/bukber-dua-paslon", link_text="Bukber bersama dua pasangan calon")
    ct.row("nhd", ta(2018, 1, 3, 20, 0), "Status", "Resopa temmangingngi namalomo naletei pammase dewata. Semangat anak-anakku, ujian sebentar lagi 📚",
           N("neg_motto", "the Bugis proverb as a teacher's encouragement; pair 1's slogan is Resopa Temmangingngi", lang="bugis"))
    ct.row("nhd", ta(2018, 3, 17, 19, 0), "Photo", "Foto bareng Puang Syamsul di Lapangan Andi Makkasau. Insya Allah nomor satu ☝️😊",
           V("ppr_guru1", "photo", "ppr-1", "photo_caption", lang="bugis", note="a teacher posts a photo with the candidate and his number"))
    ct.row("nhd", ta(2018, 5, 27, 20, 0), "Photo", "Bukber di Masjid Raya, ada dua calon wali kota juga hadir. Semoga Parepare tetap sejuk sampai hari H 🤲",
           N("neg_event", "both candidates at a Ramadan meal; no side", lang="bugis"))
    ct.row("nhd", ta(2018, 6, 28, 10, 0), "Status", "Alhamdulillah pilkada aman. Siapa pun yang menang, Parepare tetap kota kita bersama.",
           N("neg_after_voting", "a neutral remark after the vote"))
    ct.row("hsm", ta(2018, 2, 14, 20, 0), "Status", "Banyak yang kirim ucapan selamat ke saya 😅 Hasmiati yang ditetapkan kemarin itu calon wakil bupati, bukan saya guru SD.",
           N("neg_namesake", "a teacher who shares the running mate's name", lang="tolaki"))
    ct.row("hsm", ta(2018, 5, 2, 9, 0), "Photo", "Upacara Hardiknas di SDN 1 Unaaha. Selamat Hari Pendidikan Nasional!", N("neg_personal", "school news"))
    ct.row("hsm", ta(2018, 6, 20, 20, 0), "Status", "Ibu Hasmiati calon wakil bupati itu orangnya baik, satu kampung sama saya. Tapi saya ASN, jadi cukup doakan 🙏",
           R("rev_namesake_praise", "the namesake teacher praises the running mate from her village during the campaign and says she only prays: "
             "a personal remark or support for the pair (SKB-D2)?", actor="kon_guru", cand="kon-2", lang="tolaki"))
    ct.row("dnl", ta(2018, 2, 15, 19, 0), "Status", "Beta Daniel Benu guru SD, bukan Om Dani calon bupati. Jang kirim beta proposal lai 😂",
           N("neg_namesake", "a teacher who shares candidate tts-2's name", lang="kupang"))
    ct.row("dnl", ta(2018, 4, 28, 16, 0), "Photo", "Anak-anak Oekefan juara lari tingkat kecamatan! Bangga sekali 🏃", N("neg_personal", "school news", lang="kupang"))
    ct.row("frn", ta(2018, 1, 10, 18, 0), "Status", "Mama Tilda tu beta pung mama ade. Beta camat, jadi sonde bisa ikut dia pung tim. Doa sa 🙏",
           N("neg_deflect", "a camat says his aunt, a bakal calon, has his prayers but not his work", lang="kupang"))
    ct.row("frn", ta(2018, 4, 10, 19, 0), "Photo", "Makan malam keluarga besar Nope di Niki-Niki. Mama Tilda sehat selalu 🙏",
           R("rev_family_photo", "a family dinner photo with his aunt, now an independent candidate, during the campaign: a family occasion or a "
             "photo with a candidate (SKB-D7)?", actor="tts_camat", cand="tts-3", lang="kupang"))
    ct.row("frn", ta(2018, 6, 25, 8, 0), "Status", "Masa tenang. Alat peraga di Kota Soe su dibersihkan. Tanggal 27 datang ke TPS e.",
           N("neg_official_neutral", "quiet-day work", lang="kupang"))
    ct.dump()

    pages = {
        "kag": inst_page("kec_kag", "Government Organization", "Kecamatan Kota Agung, Kabupaten Tanggamus", "2015-08-17 08:00:00", 7300),
        "msd": asn_page("mlg_mts", "Teacher", "Guru Fiqih MTsN 1 Kota Malang", "2014-04-04 04:00:00", 3300),
        "ros": asn_page("tgm_guru", "Personal Blog", "Guru SD, ibu rumah tangga", "2015-01-01 08:00:00", 960),
        "frd": asn_page("tgm_dkp", "Personal Blog", "Penyuluh perikanan Tanggamus", "2016-06-06 06:00:00", 640),
        "nu": ("Ngalam Update", "ngalamupdate", page_id("ngalamupdate"), "Media/News Company", "Kabar Malang Raya", "2013-03-03 03:00:00", 320500),
    }
    ct = Ct(c, "crowdtangle/pages_malang_tanggamus_2018_2024.csv", WIB, pages)
    ct.row("kag", w(2018, 1, 12, 9, 0), "Photo", "Bupati Tanggamus Hj. Suryani Hasan meresmikan Dermaga Pendaratan Ikan Kota Agung.",
           N("neg_incumbent_official", "the sitting regent's official act relayed before the campaign, no campaign content"))
    ct.row("kag", w(2018, 1, 30, 20, 0), "Photo", "Lima tahun bukti nyata. Bunda Suryani, Begawi Jejama Lanjutkan! 💪",
           V("inst:kec_kag", "inst", "tgm-1", "incumbent_praise", lang="lampung",
             note="the kecamatan's page carries the regent's campaign slogan, asking her to continue, before designation (E codes)"))
    ct.row("kag", w(2018, 3, 4, 7, 0), "Photo", "Gotong royong bersih pantai Kota Agung. Begawi jejama, bersama kita bisa! 🏖️",
           N("neg_motto", "the regency's motto 'begawi jejama' (working together), without 'lanjutkan', name or number", lang="lampung"))
    ct.row("kag", w(2018, 6, 29, 9, 0), "Status", "Terima kasih warga Kota Agung, pilkada berjalan aman dan damai. Tabik pun 🙏",
           N("neg_everyday_word", "'tabik pun' is the Lampung greeting; pair 2's slogan is Tanggamus Tabik", lang="lampung"))
    ct.row("kag", w(2024, 1, 20, 9, 0), "Photo", "Bimtek KPPS se-Kecamatan Kota Agung untuk Pemilu 14 Februari 2024.", N("neg_official_neutral", "election logistics"))
    ct.row("msd", w(2018, 3, 25, 20, 0), "Photo", "Abah Bambang rawuh pengajian rutin. Mugi-mugi dados wali kota ingkang amanah, nomer siji ☝️",
           V("mlg_mts", "photo", "mlg-1", "photo_caption", lang="walikan",
             note="a Kemenag madrasah teacher (a vertical agency's ASN) posts a photo with the candidate and his number"))
    ct.row("msd", w(2018, 4, 8, 21, 0), "Status", "Salam Satu Jiwa! Arema menang 2-0, Kanjuruhan pecah 💙", N("neg_motto",
           "the football club's motto; pair 1's slogan is Malang Satu Jiwa", lang="walikan"))
    ct.row("msd", w(2023, 12, 15, 20, 0), "Status", "Milih presiden kudu ngerti visi-misi, ojo mung ndelok poster lan kaos. Mugi pemilu adem.",
           N("neg_reminder", "a teacher urges an informed vote without a side", lang="walikan"))
    ct.row("ros", w(2018, 1, 8, 7, 0), "Status", "Tabik pun, hari pertama masuk sekolah semester genap. Semangat anak-anak SDN 1 Gisting! 📚",
           N("neg_everyday_word", "the greeting 'tabik pun'", lang="lampung"))
    ct.row("ros", w(2018, 4, 21, 17, 0), "Photo", "Ikut kampanye Batin Firdaus di Gisting, ramai nian! Tanggamus Tabik, nomor 2 ✌️",
           V("tgm_guru", "attend", "tgm-2", "attend_campaign", lang="lampung", note="a teacher reports attending a rally, with the number and gesture"))
    ct.row("ros", w(2024, 2, 14, 13, 0), "Status", "Alhamdulillah sudah nyoblos. Jari ungu 💜", N("neg_after_voting", "voting-day remark"))
    ct.row("frd", w(2018, 2, 13, 19, 0), "Status", "Nyak Firdaus penyuluh perikanan, lain Batin Firdaus calon bupati. Jangan salah tag, puari 😁",
           N("neg_namesake", "an extension officer with a candidate's name", lang="lampung"))
    ct.row("frd", w(2018, 5, 5, 10, 0), "Photo", "Pelepasan benih kakap di Teluk Semaka bersama kelompok nelayan.", N("neg_official_neutral", "official work"))
    ct.row("nu", w(2018, 2, 13, 22, 0), "Link", "Nomor urut Pilwali Malang: Abah Bambang 1, Sam Oky 2, Mbak Yani 3.", N("neg_news", "a news page"),
           link="https://ngalamupdate.id/2018/02/13/nomor-urut-pilwali", link_text="Tiga paslon Pilwali Malang 2018 dapat nomor urut")
    ct.row("nu", w(2023, 11, 14, 21, 0), "Link", "Pasangan Surya–Mariam nomor 1, Darmawan–Yohana nomor 2 di Pilpres 2024.", N("neg_news", "a news page"),
           link="https://ngalamupdate.id/2023/11/14/nomor-urut-capres", link_text="Hasil undian nomor urut capres-cawapres")
    ct.dump()
# ---------------------------------------------------------------------------------------------
# X API v2 (a full-archive search of 2018 as twarc lines, a 2023–2024 timeline page)
# ---------------------------------------------------------------------------------------------
@section
def x_api(c):
    x = X(c, "x/search_pilkada2018_heldout7.jsonl")
    bio = {
        "mlg_guru2": ("Guru IPS. Arek Ngalam asli", "Malang"), "mlg_pkm": ("Dokter umum. Tweets are my own", "Malang"),
        "ml_humas": ("Humas. Ambon manise", "Ambon"), "tua_sekcam": ("Dullah Selatan", "Tual"), "ppr_guru2": ("Guru SD, Pare Kota Cinta", "Parepare"),
        "lbr_guru": ("Guru, pemangku, pecinta kopi", "Lingsar, Lombok Barat"), "kon_tani": ("Penyuluh. Tani maju", "Unaaha"),
        "tts_camat": ("Soe, kota dingin", "Soe, TTS"), "tgm_dkp": ("Ikan, laut, nelayan", "Kota Agung"), "tpu_guru": ("Guru SMP", "Tarutung"),
        "kb_guru1": ("Guru Sejarah", "Pontianak"),
    }
    for k, (b, loc) in bio.items():
        x.user(c.acct(k, "x"), c.disp(k), b, loc)
    for cid in ("mlg-2", "kb-2", "ml-1", "ppr-2", "lbr-2", "tgm-2"):
        cd = c.cands[cid]
        x.user(cd.handle("x"), cd.name, "Akun resmi " + cd.name, None)
    for k in ("kominfo_mlg", "adpim_kb", "kominfo_lbr"):
        x.user(c.inst[k]["handle"], c.inst[k]["nama_akun"], "Akun resmi " + c.inst[k]["instansi"], None)
    for h, n in (("arekdinoyo", "arek dinoyo"), ("nona_ambon", "Nona Ambon"), ("pare_kita", "Pare Kita"), ("lombok_today", "Lombok Today")):
        x.user(h, n, "", None)
    H = lambda k: c.acct(k, "x")  # noqa: E731
    CH = lambda cid: c.cands[cid].handle("x")  # noqa: E731

    x.tweet(c.inst["kominfo_mlg"]["handle"], w(2018, 2, 13, 21, 30),
            "Hasil undian nomor urut Pilwali Malang 2018: 1 Bambang–Dwi, 2 Oky–Yuni, 3 Sri–Gatot. Yuk jadi pemilih cerdas! #PilwaliMalang2018",
            N("neg_news", "the city's account relays the draw naming every pair"))
    x.tweet(H("mlg_guru2"), w(2018, 3, 8, 20, 0), "Ayas wis mantep, nawak. Sam Oky nomer 2, Ngalam OYI! 🔥 #OYI2",
            V("mlg_guru2", "post", "mlg-2", "post_support", lang="walikan"))
    x.tweet(H("mlg_guru2"), w(2018, 3, 9, 12, 0), "Oyi sam, sesuk nakam bakso bareng arek-arek kelas 9 😋",
            N("neg_everyday_word", "'oyi' (yes, walikan); pair 2's acronym is OYI", lang="walikan"))
    t_oky = x.orig(CH("mlg-2"), w(2018, 3, 20, 10, 0), "Program kesehatan gratis untuk seluruh warga Kota Malang. Ngalam OYI! #OYI2")
    x.tweet(H("mlg_pkm"), w(2018, 3, 20, 11, 0), "Kesehatan gratis, anggarannya dari pos mana ya? Mohon dijelaskan di debat, Mas Oky 🙏",
            N("neg_question", "a doctor asks where a candidate's promise would be funded; no call to vote or reject"), ref=("quoted", t_oky))
    x.tweet(H("mlg_pkm"), w(2018, 4, 7, 9, 0), "World Health Day: health is not a campaign promise, it's a right. Whoever wins, please fix Puskesmas funding 🙏",
            N("neg_reminder", "addresses every candidate alike", lang="en"))
    x.tweet(c.inst["adpim_kb"]["handle"], w(2018, 3, 15, 19, 0), "RT @visi_kalbar2: VISI Kalbar Maju: beasiswa untuk 10.000 anak Kalbar. #VISI2",
            V("inst:adpim_kb", "inst", "kb-2", "inst_account", action="share", note="the governor office's protocol account retweets a candidate"),
            ref=("retweeted", x.orig(CH("kb-2"), w(2018, 3, 15, 18, 0), "VISI Kalbar Maju: beasiswa untuk 10.000 anak Kalbar. #VISI2")))
    x.tweet(c.inst["adpim_kb"]["handle"], w(2018, 3, 16, 8, 0), "Mohon maaf, retweet semalam tidak disengaja dan sudah dibatalkan. Biro Adpim netral.",
            N("neg_apology", "the account retracts; the retweet was the act"))
    x.tweet(H("kb_guru1"), w(2018, 5, 2, 20, 0), "Hardiknas, dan guru-guru Pontianak ingat janji Bang Rusdi soal tunjangan. Nomor 1! #RusdiYohanes1",
            V("kb_guru1", "post", "kb-1", "post_support"))
    x.tweet(H("kon_tani"), ta(2018, 2, 12, 0, 20), "Sebentar lagi ditetapkan. Pak Kahar sudah pasti ji, Konawe Kalosara! 💪",
            V("kon_tani", "post", "kon-1", "stage_boundary_wita", lang="tolaki",
              note="00:20 WITA on 12 Feb is 23:20 WIB on 11 Feb: still a bakal calon by the WIB date (E codes)"))
    x.tweet(H("kon_tani"), ta(2018, 3, 1, 8, 0), "Tanam padi serentak di Wawotobi. Petani Konawe hebat 🌾", N("neg_official_neutral", "official work"))
    x.tweet(H("tua_sekcam"), tp(2018, 2, 12, 6, 30), "Pagi ini KPU tetapkan calon. Bung Rahmat su pasti, Tual Maren! 🙌 #MAREN2",
            V("tua_sekcam", "post", "tua-2", "stage_boundary_wit", lang="ambon",
              note="created_at 2018-02-11T21:30Z: the UTC date is 11 Feb, but 06:30 WIT is 04:30 WIB on 12 Feb, designation day (D codes)"))
    x.tweet(H("tua_sekcam"), tp(2018, 3, 14, 16, 0), "Sore di pelabuhan Tual 🌅",
            V("tua_sekcam", "gesture", "tua-2", "gesture_alt_text", lang="ambon", note="only the image description shows the two-finger pose beside the candidate"),
            alt="Sekretaris kecamatan berseragam dinas berpose dua jari bersama Rahmat Letsoin di pelabuhan")
    x.tweet(H("tua_sekcam"), tp(2018, 4, 20, 9, 0), "Katong maren bangun masjid di Ohoitel, laki-laki perempuan samua turun tangan 🤝",
            N("neg_everyday_word", "'maren' (Kei mutual help) about building a mosque; pair 2's slogan is Tual Maren", lang="ambon"))
    t_ys = x.orig(CH("ml-1"), tp(2018, 3, 30, 19, 0), "Ale rasa beta rasa. Maluku satu hati, mari bangun sama-sama. #YusufSam1")
    x.tweet(H("ml_humas"), tp(2018, 3, 30, 19, 40), "@yusufsam_maluku Ale rasa beta rasa, Om Yusuf! Katong di kantor dukung 1️⃣ 💪",
            V("ml_humas", "interact", "ml-1", "comment_support", action="comment", lang="ambon"), ref=("replied_to", t_ys))
    x.tweet(H("ml_humas"), tp(2018, 2, 13, 20, 0), "Liputan pengundian nomor urut Pilgub Maluku: 1 Yusuf–Sam, 2 Frans–Lela. Katong jaga Maluku damai.",
            N("neg_news", "the press officer reports the draw naming both pairs", lang="ambon"))
    x.tweet("nona_ambon", tp(2018, 3, 30, 20, 0), "Pegawai Humas kok bale-bale dukung calon? 🤔", N(lang="ambon"))
    t_fh = x.orig(CH("ppr-2"), ta(2018, 4, 12, 20, 0), "Parepare MADANI: sekolah gratis sampai SMA. Setuju? #FaisalHasriani2")
    x.tweet(H("ppr_guru2"), ta(2018, 4, 12, 20, 30), "RT @faisalhasriani2: Parepare MADANI: sekolah gratis sampai SMA. Setuju? #FaisalHasriani2",
            V("ppr_guru2", "post", "ppr-2", "share", action="share", lang="bugis"), ref=("retweeted", t_fh))
    x.tweet(H("ppr_guru2"), ta(2018, 6, 24, 0, 10), "Besok-besok sudah tenang mi, tapi hati tetap Pare MADANI nomor 2 🤫 #PareMadani",
            V("ppr_guru2", "post", "ppr-2", "stage_quiet", lang="bugis",
              note="00:10 WITA on 24 Jun (a quiet day locally) is 23:10 WIB on 23 Jun, the last campaign day; a violation either way"))
    x.tweet(H("ppr_guru2"), ta(2018, 5, 9, 10, 0), "Kota Parepare, Bandar Madani. Lomba adipura kelurahan, anak-anak ikut bersih-bersih 🧹",
            N("neg_motto", "the city's motto Bandar Madani; pair 2's slogan is Parepare MADANI", lang="bugis"))
    x.tweet(CH("lbr-2"), ta(2018, 4, 15, 21, 0), "Tampi asih panitia pengajian Lingsar @madesuardika dan jamaah semua 🙏",
            N("neg_candidate_own", "posted by the pair's account", lang="sasak"),
            mentions=[(H("lbr_guru"), A("lbr_guru", case="mentioned", note="named by the pair's account; he replies that he was only a committee member"))])
    t_hs = x.orig(CH("lbr-2"), ta(2018, 4, 15, 21, 0), "Tampi asih panitia pengajian Lingsar")
    x.tweet(H("lbr_guru"), ta(2018, 4, 15, 21, 40), "Ampure Tuan Guru, tiang cume panitia pengajian desa, bukan tim. Tiang netral nggih 🙏",
            N("neg_untag", "he distances himself from the mention", lang="sasak"), ref=("replied_to", t_hs))
    x.tweet(c.inst["kominfo_lbr"]["handle"], ta(2018, 2, 17, 8, 0), "Patut Patuh Patju: apel kesiapsiagaan bencana Pemkab Lombok Barat.",
            N("neg_motto", "the regency's motto on its own account; pair 1's slogan contains it"))
    x.tweet(c.inst["kominfo_lbr"]["handle"], ta(2018, 6, 26, 15, 0), "KPU Lobar: surat suara sudah tiba di seluruh PPS. Besok datang ke TPS, ajak keluarga.",
            N("neg_official_neutral", "an election logistics notice"))
    x.tweet(CH("tgm-2"), w(2018, 5, 20, 20, 0), "Debat kedua: terima kasih @firdaushadi_tgm yang sudah bertanya soal nelayan 🙏",
            N("neg_candidate_own", "posted by the pair's account", lang="lampung"),
            mentions=[(H("tgm_dkp"), A("tgm_dkp", case="mentioned", note="named by the candidate's account after a debate"))])
    x.tweet(H("tgm_dkp"), w(2018, 5, 20, 20, 30), "Nyak bertanya sebagai penyuluh di forum nelayan, bukan tim. Dan nyak Firdaus Hadi, lain Batin Firdaus 😂",
            N("neg_namesake", "the namesake officer clarifies after the mention", lang="lampung"))
    x.tweet(H("tts_camat"), ta(2018, 3, 25, 19, 0), "Ada yang tanya beta ikut kampanye ko sonde. Nope 😄 Beta urus Kota Soe sa.",
            N("neg_namesake", "'Nope' is English for no and also his clan name (shared with candidate tts-3)", lang="kupang"))
    x.tweet(H("tpu_guru"), w(2018, 6, 27, 12, 0), "Horas! Sudah nyoblos, sekarang kembali koreksi ujian 📝", N("neg_after_voting", "voting day", lang="batak"))
    x.tweet("arekdinoyo", w(2018, 6, 27, 14, 0), "Sing penting Ngalam tetep adem, sopo ae walikotane 🙏", N(lang="walikan"))
    x.dump_twarc("(Malang OR Tual OR Parepare OR Lobar OR Tanggamus OR Kalbar OR Maluku) lang:in -is:nullcast",
                 retrieved_at="2018-07-20T03:00:00+00:00")

    x = X(c, "x/timeline_pemilu2024_heldout7.json")
    for k, (b, loc) in {"kb_pppk": ("IT, kopi, Pontianak", "Pontianak"), "mlg_guru2": ("Guru IPS", "Malang"), "ml_humas": ("Humas", "Ambon"),
                        "tpu_guru": ("Guru SMP", "Tarutung"), "ppr_guru2": ("Guru SD", "Parepare"), "mlg_pkm": ("Dokter umum", "Malang")}.items():
        x.user(c.acct(k, "x"), c.disp(k), b, loc)
    for cid in ("p24-1", "p24-2", "dpr-ss3-nas-2"):
        cd = c.cands[cid]
        x.user(cd.handle("x"), cd.name, "Akun resmi " + cd.name, None)
    x.user(c.inst["kominfo_mlg"]["handle"], c.inst["kominfo_mlg"]["nama_akun"], "Akun resmi", None)
    x.tweet(H("kb_pppk"), w(2023, 10, 21, 21, 0), "Bung Surya paling pas buat 2024, gasss! #IndonesiaTerang",
            V("kb_pppk", "post", "p24-1", "bakal_support", lang="slang", note="a PPPK programmer backs a presidential bakal calon in October 2023 (E codes)"))
    x.tweet(H("kb_pppk"), w(2023, 11, 8, 20, 0), "Terang untuk Semua! Tinggal nunggu KPU tetapkan, Bung Surya–Bu Mariam gaspol 🚀",
            V("kb_pppk", "post", "p24-1", "pres_window", lang="slang",
              note="8 Nov 2023: after the DCT, before the presidential designation; E and D codes both accepted"))
    x.tweet(H("kb_pppk"), w(2023, 12, 5, 10, 0), "Panel surya di atap kantor udah nyala, listrik hemat ☀️🔋",
            N("neg_everyday_word", "'surya' (sun) in solar panels; pair 1's name is Surya", lang="slang"))
    x.tweet(H("ml_humas"), tp(2023, 11, 13, 1, 10), "Hari ini Prof Darma deng Mama Yohana ditetapkan KPU. Katong dukung! 💪 #IndonesiaBerdaya",
            V("ml_humas", "post", "p24-2", "stage_boundary_wit", lang="ambon",
              note="01:10 WIT on 13 Nov is 23:10 WIB on 12 Nov: by the WIB date the pair is not yet designated (E and D codes both accepted)"))
    x.tweet(H("ml_humas"), tp(2023, 12, 19, 20, 0), "Listrik padam lai, daya PLN di Ambon seng cukup 😩",
            N("neg_everyday_word", "'daya' (power) about an outage; pair 2's acronym is DAYA", lang="ambon"))
    t_d = x.orig(c.cands["p24-2"].handle("x"), w(2024, 1, 10, 19, 0), "Indonesia Berdaya: pupuk murah untuk petani. Pilih 02! #DAYA02")
    x.tweet(H("tpu_guru"), w(2024, 1, 10, 19, 30), "RT @daya02official: Indonesia Berdaya: pupuk murah untuk petani. Pilih 02! #DAYA02",
            V("tpu_guru", "post", "p24-2", "share", action="share"), ref=("retweeted", t_d))
    t_y = x.orig(c.cands["dpr-ss3-nas-2"].handle("x"), ta(2024, 1, 20, 19, 0), "Bersama membangun Ajatappareng. #PuangYusran2")
    x.tweet(H("ppr_guru2"), ta(2024, 1, 20, 19, 45), "Puang Yusran pilihan tepat untuk Ajatappareng, nomor 2 NasDem ✌️",
            V("ppr_guru2", "post", "dpr-ss3-nas-2", "share", action="share", lang="bugis"), ref=("quoted", t_y))
    x.tweet(H("ppr_guru2"), ta(2024, 2, 11, 0, 30), "Tinggal tiga hari. Jangan lupa, Puang Yusran nomor 2 👆",
            V("ppr_guru2", "post", "dpr-ss3-nas-2", "stage_quiet", lang="bugis",
              note="00:30 WITA on 11 Feb (a quiet day locally) is 23:30 WIB on 10 Feb, the last campaign day; a violation either way"))
    x.tweet(c.inst["kominfo_mlg"]["handle"], w(2024, 1, 21, 18, 0), "Nobar debat capres malam ini di Balai Kota. Kenali kedua paslon sebelum memilih! #PemiluDamai",
            N("neg_news", "a city account invites people to watch a debate of both pairs"))
    x.tweet(c.inst["kominfo_mlg"]["handle"], w(2024, 2, 12, 9, 0), "Masa tenang, APK di seluruh kecamatan sudah diturunkan Satpol PP dan Bawaslu.",
            N("neg_official_neutral", "a quiet-day notice"))
    x.tweet(c.cands["p24-2"].handle("x"), w(2024, 1, 25, 20, 0), "Terima kasih dr. @nandaprameswari atas masukan soal puskesmas di diskusi Malang 🙏",
            N("neg_candidate_own", "posted by the pair's account"),
            mentions=[(H("mlg_pkm"), A("mlg_pkm", case="mentioned", note="thanked by name by the pair's account"))])
    x.tweet(H("mlg_pkm"), w(2024, 1, 25, 20, 40), "Saya hadir sebagai narasumber diskusi kesehatan yang juga mengundang paslon 01. Saya ASN, netral 🙏",
            N("neg_deflect", "the doctor explains the mention"))
    x.tweet(H("mlg_guru2"), w(2024, 2, 15, 8, 0), "Wis mari, ayo rukun maneh nawak-nawak 🤝", N("neg_after_voting", "after the vote", lang="walikan"))
    x.dump_timeline()
# ---------------------------------------------------------------------------------------------
# Instagram Graph API
# ---------------------------------------------------------------------------------------------
@section
def instagram(c):
    I = lambda k: c.acct(k, "instagram")  # noqa: E731

    # 1. the Tual fisheries office (WIT): the incumbent mayor before his leave, then the campaign
    ig = Ig(c, "instagram/media_dinasperikanan_tual.json")
    own = c.inst["dkp_tua"]["handle"]
    cm = [ig.comment(tp(2018, 1, 16, 11, 0), "Lanjutkan Bung Hamid, dua periode! Nelayan Tual butuh Bung 💪", I("tua_guru"),
                     V("tua_guru", "interact", "tua-1", "incumbent_praise", action="comment", lang="ambon",
                       note="under the agency's news of the sitting mayor's official act, a teacher asks him, then a bakal calon, to continue (E codes)")),
          ig.comment(tp(2018, 1, 16, 11, 20), "Mesin tempel su sampe di Dullah Laut? 🙏", "nelayan_dullah", N(lang="ambon"))]
    ig.media(tp(2018, 1, 16, 10, 0), "Wali Kota Tual menyerahkan 40 unit mesin tempel kepada kelompok nelayan Dullah Utara.",
             N("neg_incumbent_official", "the sitting mayor's official act before the campaign, relayed without campaign content"), username=own, comments=cm)
    cm = [ig.comment(tp(2018, 2, 5, 9, 30), "Ain ni ain, katong samua basudara 🤝", I("tua_guru"),
                     N("neg_motto", "the Kei saying under a community post; pair 1's slogan is Tual Ain ni Ain", lang="ambon"))]
    ig.media(tp(2018, 2, 5, 9, 0), "Kerja bakti bersih pantai Ngadi bersama warga dan pelajar. Ain ni ain!",
             N("neg_motto", "the Kei saying of unity in an official community post", lang="ambon"), username=own, comments=cm)
    cm = [ig.comment(tp(2018, 4, 3, 20, 15), "Akun dinas kok kampanye? Lapor Panwas 📸", "nona_tual", N()),
          ig.comment(tp(2018, 4, 3, 20, 30), "☝️☝️ Bung Hamid", "nelayan_dullah", N())]
    ig.media(tp(2018, 4, 3, 20, 0), "Bersama Bung Hamid, nelayan Tual sejahtera! Ain ni ain ☝️ #HamidOcep1",
             V("inst:dkp_tua", "inst", "tua-1", "inst_account", lang="ambon", note="the office's account carries the pair's hashtag, number sign and slogan"),
             username=own, mtype="CAROUSEL_ALBUM", comments=cm)
    ig.media(tp(2018, 4, 4, 8, 0), "Klarifikasi: unggahan semalam bukan sikap resmi dinas dan telah dihapus. Dinas Perikanan Kota Tual netral.",
             N("neg_apology", "the account retracts; the post was the act"), username=own)
    cm = [ig.comment(tp(2018, 6, 28, 10, 10), "Puji Tuhan Tual aman 🙏", I("tua_guru"), N("neg_after_voting", "after the vote", lang="ambon"))]
    ig.media(tp(2018, 6, 28, 10, 0), "Terima kasih nelayan Tual, pilkada aman. Kembali melaut, hasil tangkapan melimpah!", N("neg_official_neutral", "after the vote"),
             username=own, comments=cm)
    ig.dump_media(own)

    # 2. Kelurahan Tlogomas (Kota Malang, WIB)
    ig = Ig(c, "instagram/media_kelurahan_tlogomas.json")
    own = c.inst["kel_tlg"]["handle"]
    cm = [ig.comment(w(2018, 2, 25, 9, 10), "Resik tenan, mantap warga Tlogomas 👍", I("mlg_kel2"),
                     N("neg_everyday_word", "'resik' (clean); pair 3's slogan is Malang Resik", lang="walikan"))]
    ig.media(w(2018, 2, 25, 8, 0), "Kerja bakti resik-resik bantaran Brantas. Tlogomas resik, warga sehat!",
             N("neg_everyday_word", "'resik' in a cleaning drive, without name, number or the full slogan", lang="walikan"), username=own, comments=cm)
    cm = [ig.comment(w(2018, 3, 28, 10, 40), "Sam Oky oyi! Nomer loro ✌️", I("mlg_kel1"),
                     V("mlg_kel1", "interact", "mlg-2", "comment_support", action="comment", lang="walikan",
                       note="a kelurahan section head comments for the candidate under his office's post")),
          ig.comment(w(2018, 3, 28, 11, 0), "Lho kok iso akun kelurahan ngene? 🤨", "arekdinoyo", N(lang="walikan")),
          ig.comment(w(2018, 3, 28, 11, 20), "Posyandu tetap jalan biasa kok, cuma ada tamu", I("mlg_kel2"),
                     N("neg_deflect", "a staff member describes the service, no side"))]
    ig.media(w(2018, 3, 28, 10, 0), "Kunjungan calon wali kota nomor urut 2 ke Posyandu Melati, didampingi lurah. Pelayanan posyandu tetap berjalan.",
             R("rev_inst_visit", "the kelurahan's account shows a candidate's posyandu visit with the lurah present: documentation or promotion?",
               actor="inst:kel_tlg", cand="mlg-2"), username=own, comments=cm)
    ig.media(w(2018, 6, 25, 8, 0), "Masa tenang: Satpol PP dan Panwascam menurunkan APK di wilayah Tlogomas.", N("neg_official_neutral", "quiet-day work"),
             username=own)
    cm = [ig.comment(w(2024, 2, 14, 12, 10), "TPS 07 lancar, antre tapi tertib 👍", I("mlg_seklur"), N("neg_official_neutral", "voting-day report"))]
    ig.media(w(2024, 2, 14, 12, 0), "Pemungutan suara Pemilu 2024 di wilayah Kelurahan Tlogomas berjalan lancar.", N("neg_official_neutral", "voting day"),
             username=own, comments=cm)
    ig.dump_media(own)

    # 3. Sri Handayani's own account (a teacher sharing the name of candidate mlg-3)
    ig = Ig(c, "instagram/media_srihandayani_tlogomas.json")
    own = I("mlg_guru1")
    cm = [ig.comment(w(2018, 2, 14, 19, 30), "Wkwk aku yo mikir sampeyan nyalon bu 😂", "yuyun.tlogomas", N(lang="walikan"))]
    ig.media(w(2018, 2, 14, 19, 0), "Sing ditetapkan KPU wingi Sri Handayani liyane nggih, dudu kulo guru SD 😅 HP kulo rame ucapan selamat",
             N("neg_namesake", "a teacher who shares candidate mlg-3's name", lang="walikan"), username=own, comments=cm)
    ig.media(w(2018, 3, 17, 16, 0), "Foto bareng Mbak Yani, jenenge podo lho! Mugi menang nggih Mbak, nomer 3 🤭",
             V("mlg_guru1", "photo", "mlg-3", "photo_caption", lang="walikan", note="the namesake teacher posts a photo with the candidate and her number"),
             username=own)
    ig.media(w(2018, 4, 23, 10, 0), "Hari Buku Sedunia, anak-anak kelas 4 baca dongeng 📚", N("neg_personal", "school news"), username=own)
    ig.media(w(2018, 6, 27, 11, 0), "Wis nyoblos, jari ungu. Sopo ae sing menang, Ngalam tetap rukun 💜", N("neg_after_voting", "voting day", lang="walikan"),
             username=own)
    ig.media(w(2023, 12, 1, 15, 0), "Sekolah resik, murid sehat. Program Jumat bersih di SDN Tlogomas 2 🧹", N("neg_everyday_word", "'resik' again", lang="walikan"),
             username=own)
    ig.dump_media(own)

    # 4. the account of Parepare pair 2 (business discovery), a namesake nurse tagged, then engaging
    ig = Ig(c, "instagram/discovery_ustadzfaisal_pare.json")
    acc = c.cands["ppr-2"].handle("instagram")
    rp = [ig.comment(ta(2018, 4, 25, 21, 5), "Wah berarti ada dua Hasriani di Parepare 😄", "pare_kita", N())]
    cm = [ig.comment(ta(2018, 4, 25, 20, 40), "Tabe', saya Hasriani perawat RSUD, bukan Bu Hasriani calon wakil wali kota. Mohon tag saya dihapus 🙏", I("ppr_rsud"),
                     N("neg_untag", "the namesake nurse asks for the tag to be taken off", lang="bugis"), replies=rp)]
    ig.media(ta(2018, 4, 25, 20, 0), "Kunjungan ke RSUD Andi Makkasau bersama @ns.hasriani dan para perawat. Parepare MADANI, sehat untuk semua! #FaisalHasriani2",
             N("neg_candidate_own", "posted by the pair's account", lang="bugis"), comments=cm,
             mentions=[(I("ppr_rsud"), A("ppr_rsud", note="tagged by the pair's account (she shares the running mate's name); first she asks to be untagged"))])
    cm = [ig.comment(ta(2018, 5, 30, 21, 0), "Program insentif perawatnya bagus, Ustadz. Nomor 2 memang paling peduli tenaga kesehatan 🙏✌️", I("ppr_rsud"),
                     V("ppr_rsud", "interact", "ppr-2", "tag_then_engaged", action="comment", lang="bugis",
                       note="a month after asking to be untagged, the same nurse praises the pair with its number")),
          ig.comment(ta(2018, 5, 30, 21, 20), "Aamiin", "daeng_ancu", N())]
    ig.media(ta(2018, 5, 30, 20, 0), "Janji kami: insentif perawat dan bidan naik. Parepare MADANI! ✌️", N("neg_candidate_own", "the pair's account"), comments=cm)
    cm = [ig.comment(ta(2018, 6, 10, 22, 0), "Sahur on the road seru! 🌙", "pare_kita", N())]
    ig.media(ta(2018, 6, 10, 21, 0), "Sahur on the road bersama pemuda masjid Lapadde. Tabe' semua 🤲", N("neg_candidate_own", "the pair's account", lang="bugis"),
             comments=cm)
    ig.dump_discovery(acc, "Ustadz Faisal Amir Latief", "Calon Wali Kota Parepare No. 2 | Parepare MADANI", 18200, c.inst["disdik_ppr"]["handle"])

    # 5. the Maluku government's press account, Pemilu 2024 (WIT)
    ig = Ig(c, "instagram/media_humas_malukuprov.json")
    own = c.inst["humas_ml"]["handle"]
    cm = [ig.comment(tp(2023, 11, 20, 10, 30), "Pela gandong, katong samua satu 🤝", I("ml_pppk"),
                      N("neg_motto", "'pela gandong' (Moluccan alliance) under a cultural post; governor pair 2 used it in 2018", lang="ambon"))]
    ig.media(tp(2023, 11, 20, 10, 0), "Panas pela negeri Passo dan Batu Merah. Pela gandong, Maluku damai 🤝", N("neg_motto", "a cultural event", lang="ambon"),
             username=own, comments=cm)
    cm = [ig.comment(tp(2024, 1, 6, 19, 20), "Bung Surya 01 🔥🔥 Maluku terang!", I("ml_pppk"),
                     V("ml_pppk", "interact", "p24-1", "comment_support", action="comment", lang="ambon")),
          ig.comment(tp(2024, 1, 6, 19, 35), "Admin, ini akun resmi pemprov. Mohon diturunkan 🙏", I("ml_humas"),
                     N("neg_objection", "a press officer objects to her own office's post")),
          ig.comment(tp(2024, 1, 6, 19, 50), "Paslon 02 juga mau datang, disambut juga ka seng? 🤔", "nona_ambon", N(lang="ambon"))]
    ig.media(tp(2024, 1, 6, 19, 0), "Selamat datang Bung Surya Adinegara di Ambon manise! Terang untuk Semua 🇮🇩",
             V("inst:humas_ml", "inst", "p24-1", "inst_account", note="the provincial press account welcomes a campaigning presidential candidate with his slogan"),
             username=own, comments=cm)
    ig.media(tp(2024, 1, 7, 9, 0), "Ralat: unggahan kunjungan semalam bukan kegiatan pemerintah dan telah dihapus. Pemprov Maluku netral dalam Pemilu 2024.",
             N("neg_apology", "the account retracts"), username=own)
    ig.media(tp(2024, 2, 12, 10, 0), "Gubernur memimpin rapat kesiapan distribusi logistik Pemilu ke pulau-pulau terluar.", N("neg_official_neutral", "election logistics"),
             username=own)
    ig.dump_media(own)
# ---------------------------------------------------------------------------------------------
# TikTok Research API (Pemilu 2024)
# ---------------------------------------------------------------------------------------------
@section
def tiktok(c):
    T = lambda k: c.acct(k, "tiktok")  # noqa: E731
    CT_ = lambda cid: c.cands[cid].handle("tiktok")  # noqa: E731
    tt = Tt(c, "tiktok/videos_query_heldout7.jsonl")
    tt.video(T("kb_dokter"), w(2023, 12, 2, 19, 0), "Tips sehat ikut kampanye: bawa air minum, topi, jangan lupa istirahat 💧 #dokter",
             N("neg_official_neutral", "health advice for rally-goers, any pair"))
    tt.video(T("kb_dokter"), w(2023, 12, 20, 20, 0), "POV: dokter RSUD tapi diam-diam ngefans Bung Surya 🤫 #SuryaMariam01",
             V("kb_dokter", "post", "p24-1", "post_support", lang="slang"), voice="pokoknya nomor satu, Bung Surya")
    tt.video(CT_("p24-1"), w(2023, 12, 21, 10, 0), "Terima kasih dukungan tenaga kesehatan Kalbar @dokterlidia_ptk 🙏 #IndonesiaTerang",
             N("neg_candidate_own", "posted by the pair's account"),
             mentions=[(T("kb_dokter"), A("kb_dokter", case="mentioned", note="the pair's account names the doctor who posted for it"))])
    tt.video(T("kb_pppk"), w(2024, 1, 3, 21, 0), "Setting mikrotik buat jaringan kantor, part 2 🖥️", N("neg_personal", "a work tutorial", lang="slang"))
    tt.video(T("mlg_guru2"), w(2024, 1, 12, 10, 0), "Simulasi pemilu di kelas 9: paslon A vs paslon B, semua milih pakai hati 🗳️",
             N("neg_how_to_vote", "a mock election at school", lang="walikan"))
    tt.video(T("mlg_pppk"), w(2024, 1, 15, 19, 0), "Ngajar sambil joget, 2️⃣ jari dulu dong! Indonesia Berdaya 💃 #DAYA02",
             V("mlg_pppk", "gesture", "p24-2", "gesture_caption", lang="slang", note="a PPPK teacher dances with the pair's number and hashtag"),
             voice="dua jari, DAYA, Prof Darma")
    tt.video(CT_("p24-2"), w(2024, 1, 16, 9, 0), "Guru muda Malang @galih.ngajar ikut goyang DAYA! 🔥", N("neg_candidate_own", "posted by the pair's account"),
             mentions=[(T("mlg_pppk"), A("mlg_pppk", case="mentioned", note="named by the pair's account after his own video"))])
    tt.video(T("mlg_pppk"), w(2024, 1, 25, 16, 0), "Tips jaga daya tahan tubuh anak di musim hujan 🌧️", N("neg_everyday_word", "'daya tahan' (stamina)"))
    tt.video(T("mlg_dishub"), w(2023, 12, 10, 14, 0), "Pengaturan lalu lintas kampanye terbuka di Stadion Gajayana. Tertib ya rek 🚦",
             N("neg_official_neutral", "an officer directing traffic at a rally", lang="walikan"))
    tt.video(T("mlg_dishub"), w(2024, 1, 28, 20, 0), "Dishub yo menungso 😁 Ning Laila nomer 2 PKB, Malang Raya! #NingLaila2",
             V("mlg_dishub", "post", "dpr-jt5-pkb-2", "post_support", lang="walikan"))
    tt.video(T("tpu_pppk"), w(2023, 12, 3, 19, 0), "Horas! Nyanyi Butet bareng murid kelas 5 🎶", N("neg_everyday_word", "'Horas' greeting", lang="batak"))
    tt.video(T("tpu_pppk"), w(2024, 1, 30, 20, 0), "Inang Tiur nomor 1 Golkar, calon DPRD Taput 2. Hita do, Inang! 💛 #InangTiur1",
             V("tpu_pppk", "post", "dprd-tpu2-gol-1", "post_support", lang="batak"))
    tt.new_page()
    tt.video(T("tbl_pppk"), ta(2023, 11, 3, 0, 40), "Hari ini DCT diumumkan, Gusti Iqbal kita kawal sampai Senayan! 💪 #GustiIqbal4",
             V("tbl_pppk", "post", "dpr-ks1-ger-4", "stage_boundary_wita", lang="banjar",
               note="00:40 WITA on 3 Nov is 23:40 WIB on 2 Nov: still a bakal calon by the WIB date (E codes)"))
    tt.video(T("tbl_pppk"), ta(2023, 12, 17, 8, 0), "Bungas banar pemandangan Tanjung Puri pagi ini 😍", N("neg_everyday_word", "'bungas' (lovely)", lang="banjar"))
    tt.video(T("tbl_pppk"), ta(2024, 1, 21, 19, 0), "Urang Banua pilih urang Banua. Gusti Iqbal nomor 4 Gerindra ✊",
             V("tbl_pppk", "post", "dpr-ks1-ger-4", "post_support", lang="banjar"))
    tt.video(T("ppr_pppk"), ta(2024, 1, 10, 10, 0), "Belajar demokrasi: anak-anak memilih ketua kelas pakai kotak suara kardus 📦", N("neg_how_to_vote", "a civics lesson"))
    tt.video(T("lbr_pppk"), ta(2024, 1, 18, 20, 0), "Tiang pilih Mamiq Wira nomor 1 PKS, semeton! Lombok harus maju 🌾 #MamiqWira1",
             V("lbr_pppk", "post", "dpr-nb2-pks-1", "post_support", lang="sasak"))
    tt.video(T("lbr_pppk"), ta(2024, 2, 5, 16, 0), "Side sampun ngecek nama side di DPT? Cek online gampang 👇", N("neg_how_to_vote", "how to check the voter list", lang="sasak"))
    tt.video(T("kon_pppk"), ta(2024, 1, 22, 19, 30), "Guru honorer dan PPPK Konawe, Wa Ode Nur nomor 3 PAN peduli kita 🙏",
             V("kon_pppk", "post", "dpr-sg-pan-3", "post_support", lang="tolaki"))
    tt.video(CT_("dpr-sg-pan-3"), ta(2024, 1, 23, 9, 0), "Terima kasih @yusrantawulo dan guru-guru Konawe 🙏", N("neg_candidate_own", "the candidate's account"),
             mentions=[(T("kon_pppk"), A("kon_pppk", case="mentioned", note="named by the candidate's account"))])
    tt.video(T("ml_pppk"), tp(2023, 12, 8, 18, 0), "Cakalele di sekolah, anak-anak semangat 🔥", N("neg_personal", "a school dance", lang="ambon"))
    tt.video(T("tts_pppk"), ta(2024, 1, 14, 17, 0), "Beta pung murid dong menari likurai, manis sekali 🥹", N("neg_personal", "a school dance", lang="kupang"))
    tt.video(T("tts_pppk"), ta(2024, 2, 3, 19, 0), "Om Yermi nomor 1, anak NTT pung wakil. Jang lupa e 🙏 #OmYermi1",
             V("tts_pppk", "post", "dpr-nt2-pdip-1", "post_support", lang="kupang"))
    tt.video(c.inst["smpn1_tua"]["handle"], tp(2023, 12, 15, 10, 0), "Pentas seni akhir semester SMPN 1 Tual 🎭", N("neg_official_neutral", "school news"))
    tt.video(c.inst["smpn1_tua"]["handle"], tp(2024, 1, 27, 11, 0), "Siswa-siswi SMPN 1 Tual bilang: Bung Surya, Indonesia terang! ☝️",
             V("inst:smpn1_tua", "inst", "p24-1", "inst_account", lang="ambon", note="a public school's account shows pupils cheering for a pair with its number sign"),
             voice="Bung Surya nomor satu")
    tt.video(c.inst["pkm_dinoyo"]["handle"], w(2023, 12, 12, 8, 0), "Senam lansia tiap Selasa di halaman puskesmas 💪", N("neg_official_neutral", "health service"))
    v_pk = tt.video(c.inst["pkm_dinoyo"]["handle"], w(2024, 1, 30, 9, 0), "Daya tahan tubuh kuat, keluarga berdaya! Imunisasi lengkap ya 💉 #IndonesiaBerdaya",
                    R("rev_slogan_hashtag", "a health centre's account uses pair 2's hashtag in an immunisation video during the campaign: a generic phrase "
                      "or a covert signal?", actor="inst:pkm_dinoyo", cand="p24-2"))
    tt.dump()

    v_d = {"id": (1706350000 << 32) + 77001, "create_time": 1706350000}
    tt_comments(c, f"tiktok/comments_{v_d['id']}.json", v_d, [
        (w(2024, 1, 27, 17, 10), "Prof Darma 2️⃣ mantap", N(), None),
        (w(2024, 1, 27, 17, 22), "Saya guru PPPK di Malang, diam-diam pilih 02 ✌️ jangan bilang kepsek",
         R("rev_identity", "an anonymous commenter says she is a PPPK teacher in Malang backing pair 2; the API withholds the author", cand="p24-2",
           lang="slang"), None),
        (w(2024, 1, 27, 17, 40), "Hati-hati bu, ASN gak boleh", N("neg_reminder", "a reminder"), 1),
        (w(2024, 1, 27, 18, 5), "Daya listrik rumahku 900 VA, bisa naik gratis gak pak? 😂", N("neg_everyday_word", "'daya' (electric power)"), None),
        (w(2024, 1, 27, 18, 30), "Sing penting ojo golput rek", N(lang="walikan"), None),
    ])
    tt_comments(c, f"tiktok/comments_{v_pk['id']}.json", v_pk, [
        (w(2024, 1, 30, 9, 40), "Kok pakai hashtag paslon? 🤔", N(), None),
        (w(2024, 1, 30, 10, 2), "Berdaya itu kata umum kali, jangan baper", N(), 0),
        (w(2024, 1, 30, 10, 25), "Jadwal imunisasi bulan depan kapan ya?", N("neg_question", "a question"), None),
    ])


# ---------------------------------------------------------------------------------------------
# YouTube Data API commentThreads
# ---------------------------------------------------------------------------------------------
@section
def youtube(c):
    Y = lambda k: c.acct(k, "youtube")  # noqa: E731
    mh = c.inst["humas_ml_yt"]["handle"]
    yt = Yt(c, "youtube/comments_debat_pilgub_maluku.json", "mLk" + "2018dbt1Q", mh)
    yt.thread(yt.comment(tp(2018, 4, 18, 19, 0), "Siaran langsung debat publik pertama Pilgub Maluku 2018, malam ini pukul 20.00 WIT.", "Maluku Prov TV", mh,
                         N("neg_official_neutral", "the channel's schedule notice")))
    top = yt.comment(tp(2018, 4, 18, 21, 30), "Om Frans paling siap jawab soal perikanan. Pela Gandong nomor 2! ✌️", "Ronald Pattiasina", Y("ml_guru"),
                     V("ml_guru", "interact", "ml-2", "comment_support", action="comment", lang="ambon"))
    yt.thread(top, [yt.comment(tp(2018, 4, 18, 21, 45), "Pak guru, hati-hati e, ASN 😅", "Nona Poka", yt_channel("h7nonapoka"),
                               N("neg_reminder", "a viewer reminds him", lang="ambon"), parent=top)])
    top = yt.comment(tp(2018, 4, 18, 21, 50), "Om Yusuf jago omong sa, janji lima tahun lalu seng ada yang jadi 🙄 jang pilih 1", "Ismail Marasabessy",
                     Y("ml_staf2"), V("ml_staf2", "negative", "ml-1", "negative_campaign", action="comment", lang="ambon"))
    yt.thread(top)
    yt.thread(yt.comment(tp(2018, 4, 18, 22, 0), "Ale rasa beta rasa, mari dukung nomor 1 untuk Maluku! ☝️", "Maluku Prov TV", mh,
                         V("inst:humas_ml_yt", "inst", "ml-1", "inst_account", lang="ambon", note="the provincial government's channel comments for a pair")))
    yt.thread(yt.comment(tp(2018, 4, 19, 8, 0), "Komentar semalam bukan sikap Biro Humas. Admin kanal sedang diperiksa. Mohon maaf.", "Maluku Prov TV", mh,
                         N("neg_apology", "the channel retracts")))
    top = yt.comment(tp(2018, 4, 19, 9, 0), "Dua-dua calon bicara ikan, mar nelayan di Seram pung BBM tetap susah 😤", "Bapa Oce Haruku", yt_channel("h7oce"),
                     N("neg_sarcasm_all", "a complaint about both pairs", lang="ambon"))
    yt.thread(top)
    yt.thread(yt.comment(tp(2018, 4, 19, 10, 0), "For my students: watch both candidates' arguments for tomorrow's civics class, no cheering please 😄",
                         "Ronald Pattiasina", Y("ml_guru"), N("neg_reminder", "the same teacher assigns the debate as homework without a side", lang="en")))
    yt.dump()

    sc = c.cands["tbl-2"].handle("youtube")
    yt = Yt(c, "youtube/comments_kampanye_syahrani_tabalong.json", "tBl" + "bungas2v", sc)
    yt.thread(yt.comment(ta(2018, 3, 31, 20, 0), "Bungas banar program pian, Pak Syahrani. Tabalong Bungas nomor 2, ulun dukung! ✌️", "Anang Syarifuddin",
                         Y("tbl_guru"), V("tbl_guru", "interact", "tbl-2", "comment_support", action="comment", lang="banjar",
                                          note="a teacher named Anang (the other pair's nickname) backs pair 2")))
    top = yt.comment(ta(2018, 3, 31, 20, 20), "Anang nang mana nih, Anang Rifani kah Anang guru? 😂", "Julak Amat Kelua", yt_channel("h7julak"),
                     N("neg_namesake", "a viewer jokes about the shared nickname", lang="banjar"))
    yt.thread(top, [yt.comment(ta(2018, 3, 31, 20, 35), "Anang guru ai, Julak 😅", "Anang Syarifuddin", Y("tbl_guru"),
                               N("neg_namesake", "he answers the joke; his support was the earlier comment", lang="banjar"), parent=top)])
    yt.thread(yt.comment(ta(2018, 3, 31, 21, 0), "Nomor 1 haja, sudah tabukti", "Acil Ijah Tanjung", yt_channel("h7acil"), N(lang="banjar")))
    yt.thread(yt.comment(ta(2018, 4, 1, 7, 0), "Tarima kasih sudah manonton. Tabalong Bungas!", "Syahrani Bakeri", sc,
                         N("neg_candidate_own", "the candidate's channel", lang="banjar")))
    yt.thread(yt.comment(ta(2018, 4, 1, 9, 30), "Video kampanye kok lagunya lagu daerah punya orang 😂 hak cipta bos", "Utuh Murung Pudak", yt_channel("h7utuh"),
                         N(lang="banjar")))
    yt.dump()

    pc = c.inst["prokopim_ppr"]["handle"]
    yt = Yt(c, "youtube/comments_prokopim_parepare.json", "pPr" + "mdni2018A", pc)
    yt.thread(yt.comment(ta(2018, 1, 22, 12, 0), "Wali Kota Parepare meresmikan taman kota di Cempae. Semoga bermanfaat bagi warga.", "Parepare Kota Madani TV", pc,
                         N("neg_incumbent_official", "the channel describes the sitting mayor's official act before the campaign")))
    yt.thread(yt.comment(ta(2018, 1, 22, 12, 30), "Tamannya bagus. Ini kegiatan pemkot ya, bukan kampanye. Semoga terawat 👍", "Muhammad Arsyad", Y("ppr_guru2"),
                         N("neg_incumbent_official", "a teacher comments on the park itself", lang="bugis")))
    yt.thread(yt.comment(ta(2018, 1, 22, 13, 0), "Puang Syamsul mantap, lanjutkan mi dua periode! 🙏", "Daeng Ancu", yt_channel("h7ancu"), N(lang="bugis")))
    yt.thread(yt.comment(ta(2018, 1, 22, 13, 10), "Puang Syamsul lanjutkan! Resopa temmangingngi, nomor satu di hati ☝️", "Parepare Kota Madani TV", pc,
                         V("inst:prokopim_ppr", "inst", "ppr-1", "incumbent_praise", lang="bugis",
                           note="the city's channel answers a viewer by asking the sitting mayor, then a bakal calon, to continue, with his slogan (E codes)")))
    yt.thread(yt.comment(ta(2018, 1, 23, 8, 0), "Koreksi: balasan admin kemarin tidak mewakili Pemkot dan sudah dihapus.", "Parepare Kota Madani TV", pc,
                         N("neg_apology", "the channel retracts")))
    yt.dump()

    kc = yt_channel("h7kpu_ri_live")
    yt = Yt(c, "youtube/comments_debat_capres_2024.json", "dBt" + "capres24x", kc)
    yt.thread(yt.comment(w(2024, 1, 7, 21, 0), "Prof Darma jawabannya paling berbobot soal guru honorer. Indonesia Berdaya, 02! ✌️", "Achmad Fauzi", Y("mlg_guru2"),
                         V("mlg_guru2", "interact", "p24-2", "comment_support", action="comment")))
    yt.thread(yt.comment(w(2024, 1, 7, 21, 10), "Bung Surya banyak data salah, jangan mau dibohongi ya 🙄", "Ronald Pattiasina", Y("ml_guru"),
                         V("ml_guru", "negative", "p24-1", "negative_campaign", action="comment")))
    yt.thread(yt.comment(w(2024, 1, 7, 21, 20), "Moderatornya tegas, dua paslon dapat waktu sama. Bagus formatnya 👍", "Ismail Marasabessy", Y("ml_staf2"),
                         N("neg_event", "praise for the format, no side")))
    yt.thread(yt.comment(w(2024, 1, 7, 21, 30), "Terang untuk semua katanya, tapi lampu jalan di kampung saya mati 3 bulan 😂", "Mas Bro Sukun", yt_channel("h7sukun"),
                         N("neg_sarcasm_all", "a joke on a slogan by a citizen")))
    yt.thread(yt.comment(w(2024, 1, 7, 21, 40), "Kapan debat cawapres?", "Anang Syarifuddin", Y("tbl_guru"), N("neg_question", "a question")))
    yt.dump()
# ---------------------------------------------------------------------------------------------
# Telegram Desktop exports
# ---------------------------------------------------------------------------------------------
@section
def telegram(c):
    # 1. the headmasters' group of the Parepare education office, Pilkada 2018 (WITA); the mayor runs again
    tg = Tg(c, "telegram/ChatExport_2018-07-02_kepsek_parepare/result.json", "Kepala Sekolah se-Kota Parepare", "private_group", 4290117733, WITA)
    kd, r1, r2, sk = "Baharuddin Kadis", "Rosmiati KS SDN 12", "Syamsuriadi KS SMPN 4", "Nurlina Sekdis"
    tg.msg(901, ta(2018, 1, 11, 7, 30), kd,
           "Bapak Ibu kepsek, alhamdulillah pendaftaran Puang Syamsul kemarin lancar. Mohon guru-guru diarahkan mendukung kesinambungan sekolah gratis beliau 🙏",
           V("ppr_kadis", "instruct", "ppr-1", "instruct_open", add_codes=["PP94-N3"], lang="bugis",
             note="the head of the education office asks headmasters to steer teachers behind the mayor, a bakal calon since his registration"))
    tg.msg(902, ta(2018, 1, 11, 7, 41), r1, "Siap Pak Kadis 🙏",
           R("rev_siap", "a headmistress's bare 'siap' to an order in favour of a bakal calon", actor="ppr_ks1", cand="ppr-1", lang="sys"), reply_to_message_id=901)
    tg.msg(903, ta(2018, 1, 11, 7, 58), r2, "Tabe' Pak, mohon maaf. Kita ASN tidak boleh mengarahkan dukungan, edaran MenPAN sudah jelas.",
           N("neg_objection", "a headmaster objects", lang="bugis"), reply_to_message_id=901)
    tg.msg(904, ta(2018, 1, 11, 8, 15), sk, "Bapak Ibu, ini edaran tentang netralitas ASN pada Pilkada 2018, mohon dibaca 🙏",
           N("neg_rule_quote", "the department secretary shares the circular"), file="files/SE_Netralitas_ASN_Pilkada_2018.pdf")
    tg.msg(905, ta(2018, 1, 11, 8, 33), kd, "Bukan mengarahkan ji, Pak. Cuma mengingatkan siapa yang sudah bantu sekolah kita. Yang paham pasti paham 😊",
           V("ppr_kadis", "instruct", "ppr-1", "instruct_covert", lang="bugis", note="he restates the appeal as a veiled reminder after the objection"))
    tg.msg(906, ta(2018, 3, 10, 19, 0), kd,
           "Sabtu pagi jalan santai Hari Pendidikan di Lapangan Andi Makkasau. Guru-guru pakai baju kuning nah, tamu kehormatan Puang Syamsul 💛",
           V("ppr_kadis", "instruct", "ppr-1", "instruct_covert", add_codes=["PP94-N3"], lang="bugis",
             note="a 'fun walk' during the campaign with the candidate as guest of honour and his colour: mobilising teachers for him"))
    tg.msg(907, ta(2018, 3, 10, 19, 22), r1, "Sudah saya teruskan ke grup guru SDN 12 🙏",
           V("ppr_ks1", "instruct", "ppr-1", "instruct_relay", note="the headmistress passes the order to her teachers"), reply_to_message_id=906)
    tg.msg(908, ta(2018, 3, 17, 9, 5), r1, "Alhamdulillah SDN 12 hadir 18 orang, kuning semua 💛",
           V("ppr_ks1", "attend", "ppr-1", "staff_comply", add_codes=["PP94-N3"], lang="bugis", note="reports her teachers at the candidate's event"),
           photo=True)
    tg.msg(909, ta(2018, 3, 17, 9, 20), kd, "Mantap Bu Ros 👍 Sekolah lain mana ini?",
           V("ppr_kadis", "instruct", "ppr-1", "instruct_covert", note="he presses the schools that stayed away"), reply_to_message_id=908)
    tg.msg(910, ta(2018, 3, 17, 9, 40), r2, "SMPN 4 ada ulangan tengah semester, Pak. Kami tetap di sekolah.",
           N("neg_deflect", "a headmaster keeps his teachers at school"))
    tg.msg(911, ta(2018, 6, 24, 0, 5), kd, "Ingat pesan saya nah, tanggal 27 jangan salah pilih. Nomor satu ☝️",
           V("ppr_kadis", "instruct", "ppr-1", "stage_quiet", lang="bugis",
             note="00:05 WITA on 24 Jun (a quiet day locally) is 23:05 WIB on 23 Jun, still the campaign by the WIB date; a violation either way"))
    tg.msg(912, ta(2018, 6, 28, 10, 0), sk, "Terima kasih Bapak Ibu, pilkada lancar, sekolah kembali normal.", N("neg_after_voting", "after the vote"))
    tg.service(913, ta(2018, 6, 28, 10, 30), r2, "remove_members", [N("neg_left_group", "a headmaster leaves the group after the vote", actor="ppr_ks2",
                                                                        lang="sys")], members=[r2])
    c.write_json(tg.rel, tg.obj(), Tg.FMT)

    # 2. a whole-account export of the head of PUPR Tabalong, with his saved contacts (WITA)
    me = c.asn["tbl_kadis"]
    ph = lambda k: tg_phone(c.acct(k, "telegram"))  # noqa: E731
    cand_phone = "+6281351904427"
    contacts = [
        tg_contact("Aulia", "Kabid BM", ph("tbl_kabid"), ta(2016, 3, 1, 9, 0)),
        tg_contact("Rizal", "Lapangan", ph("tbl_staf1"), ta(2015, 6, 2, 9, 0)),
        tg_contact("Nor Hidayah", "Keuangan", ph("tbl_staf2"), ta(2016, 8, 8, 9, 0)),
        tg_contact("Pak Haji", "Rifani", tg_phone(cand_phone), ta(2014, 1, 1, 9, 0)),
        tg_contact("Umanya", "Anak-anak", tg_phone("+6285249117230"), ta(2013, 1, 1, 9, 0)),
    ]
    rel = "telegram/DataExport_2018-07-05_rahmadi/result.json"
    pc = Tg(c, rel, "Pak Haji Rifani", "personal_chat", 6390228114, WITA)
    pc.msg(201, ta(2018, 2, 20, 20, 0), "Pak Haji Rifani", "Pak Kadis, baliho kita di wilayah proyek jalan tolong dibantu pasang lah",
           N("neg_candidate_own", "a request from the candidate; the official has not acted yet", lang="banjar"), from_id="user6390228114")
    pc.msg(202, ta(2018, 2, 20, 20, 14), "Rahmadi Noor", "Siap Pak Haji, kaina ulun suruh bubuhan lapangan 🙏",
           V("tbl_kadis", "instruct", "tbl-1", "instruct_open", add_codes=["SKB-D1", "PP94-N3"], lang="banjar",
             note="the head of public works agrees with the candidate to have his field staff put up the pair's banners"))
    grp = Tg(c, rel, "Kabid Kasi PUPR Tabalong", "private_group", 4410928376, WITA)
    grp.msg(301, ta(2018, 2, 21, 7, 30), "Rahmadi Noor",
            "Bubuhan lapangan, baliho Pak Haji Rifani dipasang di papan proyek jalan Tanjung–Haruai wan Murung Pudak. Bahannya ada di gudang dinas.",
            V("tbl_kadis", "instruct", "tbl-1", "instruct_open", add_codes=["SKB-D1", "PP94-N4", "PP94-N3", "SKB-D12", "PP94-N5"], lang="banjar",
              note="orders the candidate's banners on project boards, with material from the office store"))
    grp.msg(302, ta(2018, 2, 21, 7, 44), "Aulia Kabid BM", "Pak, papan proyek itu aset APBD. Kada kawa dipasangi baliho calon, melanggar aturan.",
            N("neg_objection", "the division head objects", lang="banjar"), reply_to_message_id=301)
    grp.msg(303, ta(2018, 2, 21, 7, 50), "Rizal Lapangan", "Siap Pak",
            R("rev_siap", "a field supervisor's bare 'siap' to the banner order", actor="tbl_staf1", cand="tbl-1", lang="sys"), reply_to_message_id=301)
    grp.msg(304, ta(2018, 2, 21, 8, 6), "Rahmadi Noor", "Pasang di pagar warga haja, jangan di papan proyek. Tapi tetap dipasang lah 😉",
            V("tbl_kadis", "instruct", "tbl-1", "instruct_covert", add_codes=["SKB-D1"], lang="banjar", note="he moves the banners but keeps the order"))
    grp.msg(305, ta(2018, 2, 22, 16, 30), "Rizal Lapangan", "Sudah tapasang 6 buah di Murung Pudak, Pak 📸",
            V("tbl_staf1", "post", "tbl-1", "staff_comply", action="other", codes=["SKB-D1", "PP94-N1", "SKB-D2", "UU10-71-1"], lang="banjar",
              note="the supervisor reports having put up six banners of the pair"), photo=True)
    grp.msg(306, ta(2018, 2, 22, 16, 45), "Nor Hidayah Keuangan", "Ulun kada umpat, Pak, lagi manyusun laporan keuangan 🙏",
            N("neg_deflect", "a finance officer stays out", lang="banjar"))
    grp.msg(307, ta(2018, 2, 23, 8, 0), "Aulia Kabid BM", "Bapak Ibu, ini SE Bupati (Plt) tentang netralitas ASN. Mohon dibaca bersama.",
            N("neg_rule_quote", "the division head shares the neutrality circular"), file="files/SE_Netralitas_ASN_Tabalong.pdf")
    grp.msg(308, ta(2018, 3, 5, 9, 0), "Rahmadi Noor", "Baliho di Murung Pudak sudah dicabut Panwas. Kada usah dipasang lagi.",
            N("neg_withdrawn", "the head drops the banners; the earlier orders stand"))
    ch = Tg(c, rel, "Info PUPR Tabalong", "public_channel", 1516027743, WITA)
    ch.msg(801, ta(2018, 1, 8, 9, 0), "Info PUPR Tabalong", "Pengumuman lelang pemeliharaan jalan kabupaten tahun anggaran 2018.", N("neg_official_neutral", "a notice"))
    ch.msg(802, ta(2018, 1, 25, 19, 0), "Info PUPR Tabalong", ["Jalan Tanjung–Haruai mulus berkat kepemimpinan Bupati. Anang Rifani lanjutkan! 💪 ",
                                                              ("hashtag", "#RifaniMawar1")],
           V("inst:pupr_tbl", "inst", "tbl-1", "incumbent_praise", lang="banjar",
             note="the office's channel asks the sitting regent, then a bakal calon, to continue, with his campaign hashtag (E codes)"))
    ch.msg(803, ta(2018, 2, 2, 9, 0), "Info PUPR Tabalong", "Jembatan Mabuun selesai dikerjakan. Tabalong Saraba Kawa! 🌉",
           N("neg_motto", "the regency's motto; pair 1's slogan is Tabalong Sarabakawa Maju", lang="banjar"))
    ch.msg(804, ta(2018, 6, 24, 8, 0), "Info PUPR Tabalong", "Masa tenang: tim gabungan menertibkan alat peraga di ruas jalan kabupaten.",
           N("neg_official_neutral", "a quiet-day notice"))
    fam = Tg(c, rel, "Keluarga Abah Rahmadi", "private_group", 4488310256, WITA)
    fam.msg(501, ta(2018, 6, 20, 19, 0), "Umanya Anak-anak", "Abah, tanggal 27 kita milih siapa? Ading bingung jar", N(lang="banjar"))
    fam.msg(502, ta(2018, 6, 20, 19, 12), "Rahmadi Noor", "Pak Haji Rifani haja, sidin baik lawan keluarga kita. Jangan nang lain 👆",
            V("tbl_kadis", "instruct", "tbl-1", "family_appeal", lang="banjar",
              note="a head of office appeals to his family to vote for a pair (SKB-D8 names appeals to family)"), reply_to_message_id=501)
    fam.msg(503, ta(2018, 6, 27, 14, 0), "Umanya Anak-anak", "Sudah nyoblos sabarataan 👍", N(lang="banjar"))
    meinfo = {"user_id": 5319002718, "first_name": "Rahmadi", "last_name": "Noor", "phone_number": tg_phone(me["acc"]["telegram"]),
              "username": "rahmadi_tbl", "bio": ""}
    tg_account_export(c, rel, meinfo, contacts, [pc, grp, ch, fam])

    # 3. the volunteers' supergroup of DPRD candidate Usi Maria (Tual), Pemilu 2024 (WIT)
    tg = Tg(c, "telegram/ChatExport_2024-02-20_relawan_usimaria/result.json", "Relawan Usi Maria Tual", "private_supergroup", 1877204415, WIT)
    nus = "Bung Nus Relawan"
    tg.msg(100, tp(2023, 10, 1, 19, 0), nus, "Selamat datang basudara di grup relawan Usi Maria. Katong kerja sama-sama par Tual 🙏", N(lang="ambon"))
    tg.service(101, tp(2023, 10, 10, 20, 0), "Paulus Renyaan", "join_group_by_link",
               [V("tua_kadis", "interact", "dprd-tua1-han-1", "bakal_support", action="follow_or_join", lang="sys",
                  note="the head of the fisheries office joins a DPRD bakal calon's volunteers' group before the DCT (E4)")], inviter="Group")
    tg.msg(102, tp(2023, 10, 28, 19, 30), "Paulus Renyaan", "Usi Maria ini katong pung ade. Beta siap bantu sosialisasi ke nelayan-nelayan di Dullah 💪",
           V("tua_kadis", "post", "dprd-tua1-han-1", "bakal_support", in_group=True, lang="ambon"))
    tg.service(103, tp(2023, 11, 20, 18, 0), "Paulus Renyaan", "invite_members",
               [A("tua_staf1", case="added_to_group", note="his head of office puts him in the volunteers' group; he leaves within the hour"),
                V("tua_kadis", "instruct", "dprd-tua1-han-1", "instruct_add_staff", by_actor=True, lang="sys",
                  note="a head of office adds a subordinate to a candidate's volunteers' group")], members=["Yance Ohoitimur"])
    tg.service(104, tp(2023, 11, 20, 18, 40), "Yance Ohoitimur", "remove_members",
               [N("neg_left_group", "the added officer leaves by himself", actor="tua_staf1", lang="sys")], members=["Yance Ohoitimur"])
    tg.service(105, tp(2023, 11, 21, 9, 0), "Paulus Renyaan", "invite_members",
               [A("tua_staf2", case="added_to_group", note="added by his head of office; he stays and never writes"),
                V("tua_kadis", "instruct", "dprd-tua1-han-1", "instruct_add_staff", by_actor=True, lang="sys")], members=["Hasanudin Rumalutur"])
    tg.msg(106, tp(2023, 12, 2, 18, 0), nus, "Jadwal kampanye tatap muka: Sabtu di Taar, Minggu di Ohoijang. Pake baju oranye 🧡", N(lang="ambon"))
    tg.msg(107, tp(2023, 12, 9, 17, 30), "Paulus Renyaan", "Spanduk Usi Maria su pasang di Langgur deng Taar 🧡",
           V("tua_kadis", "post", "dprd-tua1-han-1", "props", in_group=True, add_codes=["SKB-D1"], lang="ambon",
             note="reports having put up the candidate's banners, with a photo"), photo=True)
    tg.msg(108, tp(2024, 1, 12, 20, 0), nus, "Bapa Kadis, nelayan di Dullah Laut minta jaring, bisa dibantu lewat dinas ka? 🙏", N(lang="ambon"))
    tg.msg(109, tp(2024, 1, 12, 20, 25), "Paulus Renyaan", "Bisa, nanti jaring bantuan dinas katong bagi di sana, bilang dari Usi Maria e 😉",
           V("tua_kadis", "instruct", "dprd-tua1-han-1", "decision_favour", in_group=True, add_codes=["SKB-D12", "PP94-N5", "UU7-282"], lang="ambon",
             note="promises state aid handed out in a candidate's name"), reply_to_message_id=108)
    tg.msg(110, tp(2024, 2, 11, 1, 0), "Paulus Renyaan", "Besok-besok su tenang, mar jang lupa Usi Maria nomor 1 Hanura 🧡",
           V("tua_kadis", "post", "dprd-tua1-han-1", "stage_boundary_wit", in_group=True, lang="ambon",
             note="01:00 WIT on 11 Feb (a quiet day locally) is 23:00 WIB on 10 Feb, the last campaign day; a violation either way"))
    tg.msg(111, tp(2024, 2, 15, 10, 0), nus, "Danke banyak basudara samua, katong tunggu hasil KPU 🙏", N(lang="ambon"))
    c.write_json(tg.rel, tg.obj(), Tg.FMT)
# ---------------------------------------------------------------------------------------------
# WhatsApp exports (Android and iOS, Indonesian and English)
# ---------------------------------------------------------------------------------------------
WA_NOTICE_ID = ("Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat "
                "membaca atau mendengarkannya. Ketuk untuk info selengkapnya.")
WA_NOTICE_EN = ("Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. "
                "Tap to learn more.")


@section
def whatsapp(c):
    # 1. Android, Indonesian: staff of Kelurahan Tlogomas, Kota Malang (WIB)
    lr, dw, rd, yl = "Pak Lurah Bambang", "Bu Dewi Seklur", "Rudi Kasi Pem", "Yuli Dukcapil"
    lines = [
        (w(2018, 3, 1, 19, 3), None, WA_NOTICE_ID, []),
        (w(2018, 3, 1, 19, 4), None, f"{lr} membuat grup \"Staf Kel. Tlogomas\"", []),
        (w(2018, 3, 1, 19, 11), lr, "Rek, postingane Abah Bambang nang FB tolong di-like lan di-share kabeh. Abah iku sing mbangun Tlogomas 👍",
         [V("mlg_lurah", "instruct", "mlg-1", "instruct_open", add_codes=["PP94-N3"], lang="walikan", note="the lurah orders his staff to like and share a candidate")]),
        (w(2018, 3, 1, 19, 17), dw, "Nggih pak",
         [R("rev_siap", "a bare 'yes sir' from the kelurahan secretary (her like is a separate line)", actor="mlg_seklur", cand="mlg-1", lang="walikan")]),
        (w(2018, 3, 1, 19, 26), rd, "Ngapunten Pak, kulo mboten purun. ASN kudu netral.", [N("neg_objection", "a section head refuses", lang="walikan")]),
        (w(2018, 3, 1, 19, 33), yl, "Sampun kulo like kalih share teng grup PKK pak 🙏",
         [V("mlg_kel2", "interact", "mlg-1", "staff_comply", action="share", lang="walikan", note="reports liking and sharing as ordered")]),
        (w(2018, 3, 1, 19, 48), lr, "Rudi, ojo kaku-kaku. Mung like tok kok. Sing ora gelem tak catet 😏",
         [V("mlg_lurah", "instruct", "mlg-1", "instruct_covert", lang="walikan", note="veiled pressure on the objector")]),
        (w(2018, 3, 2, 7, 52), dw, "Pak, kulo sampun like",
         [V("mlg_seklur", "interact", "mlg-1", "staff_comply", action="like", lang="walikan", note="the secretary reports she liked the post")]),
        (w(2018, 3, 2, 8, 14), rd, "Pak Lurah, niki edaran Plt Wali Kota babagan netralitas ASN 🙏", [N("neg_rule_quote", "shares the circular", lang="walikan")]),
        (w(2018, 3, 2, 8, 39), lr, "Yo wis, sing ora gelem ora popo. Tapi ojo lapor-lapor 😅", [N("neg_withdrawn", "he relents; his orders stand", lang="walikan")]),
        (w(2018, 3, 15, 16, 7), lr, "Abah Bambang iku dudu sedulurku lho, jenengku mung podo Bambang 😂",
         [N("neg_namesake", "the lurah shares the candidate's first name", lang="walikan")]),
        (w(2018, 6, 24, 7, 21), dw, "Masa tenang rek, APK sing nang gang wis dicopoti Linmas", [N("neg_official_neutral", "quiet-day work", lang="walikan")]),
        (w(2018, 6, 27, 13, 47), yl, "TPS 5 sepi tapi lancar", [N("neg_official_neutral", "voting-day report")]),
        (w(2024, 2, 10, 20, 13), lr, "Bapak ibu, sesuk wis masa tenang. Monggo istirahat, ojo posting politik", [N("neg_reminder", "a reminder", lang="walikan")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Staf Kel. Tlogomas.txt", "android_id", "whatsapp_android_id", lines)

    # 2. Android, Indonesian (4-digit year): Dinas Kesehatan TTS (WITA), KTP copies for an independent bakal calon
    kd, ml, im, yb = "Ibu Kadis Yosefina", "Melki Perawat", "Imelda Bidan", "Yuli Program"
    lines = [
        (ta(2017, 12, 1, 8, 57), None, WA_NOTICE_ID, []),
        (ta(2017, 12, 1, 9, 9), kd, "Bapa mama, Mama Tilda maju lewat jalur perseorangan. Tolong bantu kumpul fotokopi KTP keluarga deng tetangga, minimal 20 per orang e 🙏",
         [V("tts_kadis", "ktp", "tts-3", "ktp_collection", add_codes=["PP94-N3"], lang="kupang",
            note="the head of the health office asks her staff to collect KTP copies for an independent bakal calon")]),
        (ta(2017, 12, 1, 9, 18), ml, "Siap Ibu",
         [R("rev_siap", "a nurse's bare 'siap' to the KTP request", actor="tts_pkm1", cand="tts-3")]),
        (ta(2017, 12, 1, 9, 31), im, "Ibu, maaf, itu sama deng kasih dukungan. Katong ASN sonde boleh.", [N("neg_objection", "a midwife objects", lang="kupang")]),
        (ta(2017, 12, 4, 16, 12), yb, "Ibu, beta su kumpul 15 KTP dari Kobelete 🙏",
         [V("tts_staf", "ktp", "tts-3", "staff_comply", lang="kupang", note="reports having collected 15 KTP copies")]),
        (ta(2017, 12, 4, 16, 27), kd, "Bagus Yuli 👍 Yang lain dong mana?",
         [V("tts_kadis", "instruct", "tts-3", "instruct_covert", add_codes=["SKB-D11", "PP94-N7"], lang="kupang", note="she presses the others")]),
        (ta(2017, 12, 4, 16, 44), ml, "Beta belum sempat Ibu, pasien banyak", [N("neg_deflect", "the nurse does not act", lang="kupang")]),
        (ta(2018, 2, 12, 8, 3), kd, "Puji Tuhan, Mama Tilda lolos verifikasi, hari ini ditetapkan KPU 🙏",
         [R("rev_news_joy", "the same head rejoices at her candidate's designation in the office group: news or support?", actor="tts_kadis", cand="tts-3",
            lang="kupang")]),
        (ta(2018, 4, 2, 19, 6), im, "Ibu, ada mama-mama posyandu tanya kenapa ada stiker Mama Tilda di meja timbang",
         [N("neg_complaint", "a midwife reports a sticker at the clinic", lang="kupang")]),
        (ta(2018, 4, 2, 19, 24), kd, "Lepas sa stiker itu. Posyandu harus netral.", [N("neg_withdrawn", "the head has the sticker removed", lang="kupang")]),
        (ta(2018, 6, 26, 20, 8), yb, "Besok jam 7 katong su di TPS e", [N(lang="kupang")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Dinkes TTS.txt", "android_id4", "whatsapp_android_id", lines)

    # 3. iOS, Indonesian: the volunteers' group of Malang pair 2 (WIB), exported by a volunteer
    g = "Relawan OYI Lowokwaru"
    hr, rd, dw, yl = "Cak Heri Relawan", "Rudi Hartono", "Dewi Kartika", "Yuli Astutik"
    lines = [
        (w(2018, 2, 18, 20, 0, 5), None, WA_NOTICE_ID, []),
        (w(2018, 2, 18, 20, 1, 10), None, f"{hr} membuat grup \"{g}\"", []),
        (w(2018, 2, 18, 20, 2, 33), None, f"{hr} menambahkan {rd}, {dw}, {yl}",
         [A("mlg_kel1", case="added_to_group", note="added to a pair's volunteers' group; he joins in"),
          A("mlg_seklur", case="added_to_group", note="added to the group; she leaves"),
          A("mlg_kel2", case="added_to_group", note="added to the group; she stays and never writes")]),
        (w(2018, 2, 18, 20, 10, 40), hr, "Salam OYI! Sam Oky nomer 2, ayo kawal sampek TPS ✌️", [N(lang="walikan")]),
        (w(2018, 2, 18, 20, 14, 20), None, f"{dw} keluar", [N("neg_left_group", "an added official leaves", actor="mlg_seklur", lang="sys")]),
        (w(2018, 2, 18, 20, 31, 55), rd, "Siap Cak! Tlogomas OYI, ayas siap kawal 💪✌️",
         [V("mlg_kel1", "post", "mlg-2", "added_then_engaged", in_group=True, lang="walikan", note="added by a volunteer, he pledges to campaign")]),
        (w(2018, 3, 4, 19, 5, 12), hr, "Minggu kampanye di Dinoyo, nggawe kaos ijo yo", [N(lang="walikan")]),
        (w(2018, 3, 11, 10, 12, 48), rd, "Ayas wis nang Dinoyo, rame poll! ✌️",
         [V("mlg_kel1", "attend", "mlg-2", "attend_campaign", in_group=True, lang="walikan", note="reports attending the rally with the sign")]),
        (w(2018, 3, 11, 10, 13, 30), rd, "<terlampir: 00000031-PHOTO-2018-03-11-10-13-30.jpg>", []),
        (w(2018, 4, 1, 21, 3, 44), hr, "Mbak Yuli kok meneng wae? 😄", [N(lang="walikan")]),
        (w(2018, 6, 23, 21, 42, 19), hr, "Sesuk masa tenang, stiker OYI dicopot sik rek", [N(lang="walikan")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_id", "whatsapp_ios_id", lines, group=g)

    # 4. Android, English (US): the Bina Marga division of PUPR Kalbar (WIB), a rally and an office car
    kb_, rb, ek, ir = "Bu Kabid Dayang", "Robert Pengawas", "Eka Teknik", "Bang Irwan"
    lines = [
        (w(2018, 3, 3, 18, 58), None, WA_NOTICE_EN, []),
        (w(2018, 3, 3, 19, 4), kb_, "Kawan-kawan, Sabtu kite ke kampanye Bang Rusdi di Sungai Raya. Pakai oto dinas double cabin, kumpul di kantor jam 7 😊",
         [V("kb_kabid", "instruct", "kb-1", "instruct_open", add_codes=["PP94-N3", "PP94-N4"], lang="pontianak",
            note="a division head calls her staff to a rally in an office car")]),
        (w(2018, 3, 3, 19, 12), rb, "ok bu", [R("rev_siap", "a bare 'ok' to the rally call", actor="kb_staf1", cand="kb-1")]),
        (w(2018, 3, 3, 19, 25), ek, "Bu, mohon maaf, oto dinas tu fasilitas negara. Kamek ndak ikut.", [N("neg_objection", "an engineer refuses", lang="pontianak")]),
        (w(2018, 3, 3, 19, 39), kb_, "Ye lah, oto dinas batal, pakai oto pribadi. Tapi kite tetap datang ye",
         [V("kb_kabid", "instruct", "kb-1", "instruct_covert", lang="pontianak", note="she drops the car but keeps the call to attend")]),
        (w(2018, 3, 10, 11, 6), ir, "Kamek dah di lapangan Sungai Raya bu, rame! ☝️",
         [V("kb_staf3", "attend", "kb-1", "staff_comply", lang="pontianak", note="reports attending as asked, with the pair's sign")]),
        (w(2018, 3, 10, 11, 7), ir, "<Media omitted>", []),
        (w(2018, 3, 10, 14, 33), rb, "Kamek ndak jadi datang bu, anak demam", [N("neg_deflect", "stays away", lang="pontianak")]),
        (w(2018, 6, 27, 13, 17), ek, "Done voting. Semoga Kalbar aman 🙏", [N("neg_after_voting", "voting day", lang="en")]),
    ]
    wa_file(c, "whatsapp/WhatsApp Chat with Bina Marga Kalbar.txt", "android_us", "whatsapp_android_en", lines)

    # 5. iOS, English: a section of DKP Maluku (WIT), Pemilu 2024; the section head shares a clan name with pair 1's running mate
    g = "Seksi Perizinan DKP Maluku"
    ab, cs, im2 = "Bapa Abdullah Kasie", "Christina", "Ismail Data"
    lines = [
        (tp(2023, 12, 2, 19, 2, 10), None, WA_NOTICE_EN, []),
        (tp(2023, 12, 2, 19, 5, 44), ab, "Basudara, Ibu Mariam Tuasikal tu katong pung basudara. Tolong bantu share poster 01 ke keluarga masing-masing e 🙏",
         [V("ml_dkp", "instruct", "p24-1", "instruct_open", add_codes=["PP94-N3"], lang="ambon", note="a section head asks his staff to spread pair 1's poster")]),
        (tp(2023, 12, 2, 19, 11, 30), cs, "Siap Bapa 🙏", [R("rev_siap", "a bare 'siap' (her share is a separate line)", actor="ml_staf1", cand="p24-1", lang="ambon")]),
        (tp(2023, 12, 2, 19, 20, 15), im2, "Bapa, maaf, katong ASN seng boleh ajak-ajak. Nanti Bawaslu cari.", [N("neg_objection", "a colleague objects", lang="ambon")]),
        (tp(2023, 12, 2, 19, 33, 2), ab, "Beta seng paksa, cuma bilang saja 😊", [N("neg_withdrawn", "he softens; the appeal stands", lang="ambon")]),
        (tp(2023, 12, 3, 8, 15, 41), cs, "Bapa, beta su share ke grup keluarga Sahertian 👍",
         [V("ml_staf1", "interact", "p24-1", "staff_comply", action="share", lang="ambon", note="reports sharing the poster as asked")]),
        (tp(2024, 1, 10, 20, 44, 9), im2, "Debat semalam seru, dua-dua paslon bagus", [N("neg_both", "praise for both", lang="ambon")]),
        (tp(2024, 2, 14, 14, 5, 33), ab, "Sudah coblos, tinta ungu 💜", [N("neg_after_voting", "voting day")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_en", "whatsapp_ios_en", lines, group=g)

    # 6. Android, English (UK): the Tual fisheries office (WIT), stickers on state-funded nets
    kd, st, yc, hs = "Pak Kadis Paulus", "Bu Kabid Siti", "Yance Penyuluh", "Hasan Sarpras"
    lines = [
        (tp(2018, 3, 24, 16, 2), None, WA_NOTICE_EN, []),
        (tp(2018, 3, 24, 16, 10), kd, "Besok penyerahan jaring di Dullah Laut. Stiker Bung Hamid ditempel di tiap karung jaring e, stiker ada di gudang",
         [V("tua_kadis", "instruct", "tua-1", "instruct_open", add_codes=["SKB-D1", "PP94-N4", "SKB-D12", "PP94-N5"], lang="ambon",
            note="orders the candidate's stickers on state-funded aid")]),
        (tp(2018, 3, 24, 16, 21), st, "Pak, jaring itu APBD. Kalau ditempel stiker calon, itu pelanggaran.", [N("neg_objection", "the division head objects")]),
        (tp(2018, 3, 24, 16, 29), yc, "👍", [R("rev_siap", "a thumbs-up to the sticker order", actor="tua_staf1", cand="tua-1", lang="sys")]),
        (tp(2018, 3, 24, 16, 40), hs, "Su tempel 30 karung Pak",
         [V("tua_staf2", "post", "tua-1", "staff_comply", action="other", codes=["SKB-D1", "SKB-D12", "PP94-N5", "SKB-D2", "UU10-71-1"], lang="ambon",
            note="reports having stuck the candidate's stickers on 30 sacks of aid")]),
        (tp(2018, 3, 24, 16, 52), kd, "Ok, yang sisa seng usah tempel lai. Bagi sesuai SK", [N("neg_withdrawn", "the head drops the rest of the order", lang="ambon")]),
        (tp(2018, 3, 25, 11, 15), yc, "Jaring su dibagi. Nelayan tanya ini dari Bung Hamid ka? Beta bilang dari pemerintah",
         [N("neg_official_neutral", "aid handed out as government aid", lang="ambon")]),
        (tp(2018, 6, 26, 8, 8), st, "Masa tenang, jang ada yang posting politik e", [N("neg_reminder", "a reminder", lang="ambon")]),
    ]
    wa_file(c, "whatsapp/WhatsApp Chat with Perikanan Tual.txt", "android_gb", "whatsapp_android_en", lines)

    # 7. Android, Indonesian: staff of Kecamatan Kota Agung, Tanggamus (WIB), the regent runs again
    cm_, nr, ad = "Pak Camat Zul", "Nurul Umum", "Andika Data"
    lines = [
        (w(2018, 1, 22, 18, 56), None, WA_NOTICE_ID, []),
        (w(2018, 1, 22, 19, 5), cm_, "Bapak ibu, Bunda Suryani sudah daftar. Kita yang merasakan pembangunannya wajib dukung Bunda lanjut. Begawi jejama!",
         [V("tgm_camat", "instruct", "tgm-1", "instruct_open", add_codes=["PP94-N3"], lang="lampung",
            note="a camat asks his staff to back the regent, a bakal calon since registration (E codes)")]),
        (w(2018, 1, 22, 19, 13), nr, "Iya Pak", [R("rev_siap", "a bare 'yes' to the appeal", actor="tgm_staf1", cand="tgm-1")]),
        (w(2018, 1, 22, 19, 24), ad, "Pak, edaran MenPAN melarang ASN mengarahkan dukungan. Mohon maaf 🙏", [N("neg_objection", "a staff member objects")]),
        (w(2018, 1, 23, 7, 37), cm_, "Bukan mengarahkan, cuma mengingatkan. Yang penting hati 😉",
         [V("tgm_camat", "instruct", "tgm-1", "instruct_covert", note="the appeal restated as a reminder")]),
        (w(2018, 2, 12, 20, 9), ad, "Penetapan paslon hari ini, dua pasangan. Mari jaga netralitas kantor kita", [N("neg_reminder", "a neutral note")]),
        (w(2018, 4, 14, 10, 3), nr, "Pak, foto kunjungan Bunda kemarin saya upload di FB kecamatan?", [N("neg_question", "a question")]),
        (w(2018, 4, 14, 10, 11), cm_, "Upload aja, caption Begawi Jejama Lanjutkan 👍",
         [V("tgm_camat", "instruct", "tgm-1", "instruct_open", add_codes=["PP94-N4", "SKB-D12", "PP94-N5"], lang="lampung",
            note="orders the candidate's campaign photo and slogan on the kecamatan's official page")]),
        (w(2018, 4, 14, 10, 19), ad, "Pak, akun kecamatan jangan dipakai, itu fasilitas negara.", [N("neg_objection", "an objection")]),
        (w(2018, 4, 14, 10, 33), cm_, "Ya sudah, jangan diupload.", [N("neg_withdrawn", "the camat withdraws the order")]),
        (w(2018, 6, 27, 14, 19), nr, "Sudah nyoblos Pak, lancar", [N("neg_after_voting", "voting day")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Staf Kecamatan Kota Agung.txt", "android_id", "whatsapp_android_id", lines)

    # 8. iOS, Indonesian: Kantor Camat Gerung, Lombok Barat (WITA)
    g = "Kantor Camat Gerung"
    sl, am, sw = "Pak Camat Saleh", "Lalu Amrul Kasubag", "Sri Wahyuni"
    lines = [
        (ta(2018, 3, 3, 7, 22, 40), None, WA_NOTICE_ID, []),
        (ta(2018, 3, 3, 7, 30, 10), sl, "Semeton, nanti malam pengajian akbar Tuan Guru Haimi di Gerung. Staf kantor wajib hadir, pakai baju putih 🙏",
         [V("lbr_camat", "instruct", "lbr-2", "instruct_open", add_codes=["PP94-N3"], lang="sasak",
            note="the camat makes his staff attend a candidate's rally presented as a religious gathering")]),
        (ta(2018, 3, 3, 7, 38, 44), am, "Siap Pak Camat, tiang teruskan ke staf kelurahan",
         [V("lbr_ktu", "instruct", "lbr-2", "instruct_relay", lang="sasak", note="the head of general affairs relays the order")]),
        (ta(2018, 3, 3, 7, 51, 20), sw, "Nggih Pak", [R("rev_siap", "a bare 'nggih'", actor="lbr_staf", cand="lbr-2", lang="sasak")]),
        (ta(2018, 3, 3, 21, 40, 5), sw, "Tiang sampun rauh Pak, rame pisan ✌️",
         [V("lbr_staf", "attend", "lbr-2", "staff_comply", lang="sasak", note="reports attending with the pair's sign")]),
        (ta(2018, 3, 3, 21, 41, 0), sw, "<terlampir: 00000044-PHOTO-2018-03-03-21-41-00.jpg>", []),
        (ta(2018, 3, 4, 8, 12, 33), am, "Pak, ada yang foto staf kita di pengajian, disebar di FB. Hati-hati", [N("neg_complaint", "a warning")]),
        (ta(2018, 3, 5, 8, 5, 10), sl, "Semua, tolong jangan posting foto acara politik. Kita ASN.", [N("neg_reminder", "a reminder after the fact")]),
        (ta(2018, 6, 27, 15, 22, 48), sw, "TPS 3 Dasan Geres aman", [N("neg_official_neutral", "voting day")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_id", "whatsapp_ios_id", lines, group=g)

    # 9. Android, Indonesian: staff of Kecamatan Wawotobi, Konawe (WITA): mostly group talk that is not support
    lo, wy, sp = "Pak Camat La Ode", "Wayan Pelayanan", "+62 853-4102-7781"
    lines = [
        (ta(2018, 2, 9, 8, 4), None, WA_NOTICE_ID, []),
        (ta(2018, 2, 9, 8, 15), lo, "Senin penetapan paslon bupati. Kita ASN tetap netral, layani semua warga sama rata.",
         [N("neg_reminder", "the camat's neutrality reminder", lang="tolaki")]),
        (ta(2018, 2, 14, 12, 2), wy, "Om Swastyastu. Pak Ketut calon wakil itu bukan keluarga saya ya, cuma sama-sama orang Bali 😂",
         [N("neg_namesake", "a Balinese official jokes about the running mate", lang="tolaki")]),
        (ta(2018, 3, 8, 9, 36), lo, "Kalosara dijaga, adat dijaga. Pilkada beda pilihan biasa, jangan bakalai 🙏",
         [N("neg_motto", "the Tolaki symbol in a call for calm; pair 1's slogan is Konawe Kalosara", lang="tolaki")]),
        (ta(2018, 4, 11, 15, 1), lo, "Besok Pak Kahar kunjungan ke Wawotobi, staf tolong siapkan kursi di balai desa",
         [R("rev_facility", "a camat has staff set out chairs in a village hall for a candidate's visit during the campaign: neutral hosting of a "
            "permitted event, or state facilities and staff put at one pair's disposal (PP94-N4)?", actor="kon_camat", cand="kon-1", lang="tolaki")]),
        (ta(2018, 4, 11, 15, 18), sp, "Pak, Pak Ruslan juga minggu depan, disiapkan juga?", [N("neg_question", "an unregistered number asks", lang="tolaki")]),
        (ta(2018, 4, 11, 15, 29), lo, "Iye, semua paslon sama. Sesuai jadwal KPU.", [N("neg_both", "the camat treats both pairs alike", lang="tolaki")]),
        (ta(2018, 5, 6, 20, 44), wy, "Pak Kahar–Pak Ketut pasti menang ini, orang Bali di Wawotobi semua nomor 1 ☝️",
         [V("kon_staf", "post", "kon-1", "post_support", lang="tolaki", note="a staff member campaigns in the office group")]),
        (ta(2018, 5, 6, 20, 58), lo, "Wayan, hapus. Ini grup kantor.", [N("neg_reminder", "the camat rebukes him", lang="tolaki")]),
        (ta(2018, 6, 25, 9, 12), sp, "Masa tenang, baliho di jalan poros sudah dibersihkan", [N()]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Kec Wawotobi.txt", "android_id", "whatsapp_android_id", lines)

    # 10. Android, Indonesian: a family group in Soe (WITA), Pemilu 2024
    bm, mk, ey, nk = "Bapa Markus", "Melki", "Ade Eyi", "Nona Kiki"
    lines = [
        (ta(2024, 1, 5, 18, 51), None, WA_NOTICE_ID, []),
        (ta(2024, 1, 5, 19, 2), bm, "Om Yermi maju DPR lai. Kermana, katong dukung ko sonde?", [N(lang="kupang")]),
        (ta(2024, 1, 5, 19, 16), mk, "Om Yermi tu katong pung om. Beta sonde bisa ba'omong banyak, beta PNS. Doa sa e 🙏",
         [R("rev_family_chat", "a nurse answers his family about an uncle standing for the DPR: he says he cannot campaign and only prays; a private "
            "family remark or an appeal to family (SKB-D8)?", actor="tts_pkm1", cand="dpr-nt2-pdip-1", lang="kupang")]),
        (ta(2024, 1, 5, 19, 28), ey, "Nope nope, jang bahas politik di grup keluarga 😂", [N("neg_sarcasm_all", "a family joke", lang="kupang")]),
        (ta(2024, 2, 13, 19, 45), nk, "Besok pi TPS jam berapa? Beta ikut Bapa", [N("neg_question", "a question", lang="kupang")]),
        (ta(2024, 2, 14, 12, 36), mk, "Su coblos, antre panjang 😅", [N("neg_after_voting", "voting day", lang="kupang")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Keluarga Tafuli Soe.txt", "android_id", "whatsapp_android_id", lines)

    # 11. Android, Indonesian (4-digit year): the food-crops division of Dinas Pertanian Taput (WIB), seed aid in a candidate's name
    hk, lh, ds = "Amang Kabid Hotma", "Lamhot PPL", "Desi Hutapea"
    lines = [
        (w(2018, 3, 20, 7, 55), None, WA_NOTICE_ID, []),
        (w(2018, 3, 20, 8, 5), hk, "Bibit padi bantuan dibagi minggu ini. Sampaikan ke petani ini perhatian Amang Maruhum, supaya diingat tanggal 27 😉",
         [V("tpu_kabid", "instruct", "tpu-1", "decision_favour", add_codes=["SKB-D12", "PP94-N5"], lang="batak",
            note="a division head has state seed aid presented as the incumbent candidate's gift")]),
        (w(2018, 3, 20, 8, 14), lh, "Siap Amang, pasti kusampaikan 👍",
         [V("tpu_tani", "instruct", "tpu-1", "instruct_relay", add_codes=["SKB-D12", "PP94-N5"], lang="batak",
            note="the extension officer commits to carrying the message to farmers")]),
        (w(2018, 3, 20, 8, 26), ds, "Amang, bantuan itu program pemerintah, bukan dari calon. Nanti kita kena.", [N("neg_objection", "an analyst objects", lang="batak")]),
        (w(2018, 3, 22, 17, 3), lh, "Sudah kubagi di Siborongborong, petani senang. Kubilang dari Amang Maruhum 😁",
         [V("tpu_tani", "post", "tpu-1", "staff_comply", action="other", codes=["SKB-D12", "PP94-N5", "SKB-D2", "UU10-71-1"], lang="batak",
            note="reports handing out the aid in the candidate's name")]),
        (w(2018, 6, 26, 19, 3), ds, "Masa tenang, jangan kirim foto calon di grup ini ya", [N("neg_reminder", "a reminder")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Tanaman Pangan Taput.txt", "android_id4", "whatsapp_android_id", lines)

    # 12. iOS, English: teachers of SMAN 1 Sungai Raya (WIB), Pemilu 2024
    g = "Guru SMAN 1 Sungai Raya"
    ur, ks, hd = "Uray Nurhasanah", "Pak Kepsek", "Pak Hendra Honor"
    lines = [
        (w(2023, 12, 6, 7, 0, 12), None, WA_NOTICE_EN, []),
        (w(2023, 12, 6, 7, 4, 50), ur, "Kak Uray calon DPD tu bukan sodare kamek ye, cume same gelar Uray 😂",
         [N("neg_namesake", "a teacher sharing a candidate's noble title", lang="pontianak")]),
        (w(2024, 1, 16, 20, 11, 3), ur, "Tapi kalau bingung milih DPD, nomor 24 Kak Uray tu perempuan hebat, orang Pontianak asli 💪",
         [V("kb_guru2", "post", "dpd-kb-24", "post_support", lang="pontianak", note="the same teacher then recommends the DPD candidate in the staff group")]),
        (w(2024, 1, 16, 20, 24, 37), ks, "Bu Uray, ingat kite ASN. Grup sekolah bukan tempat kampanye 🙏", [N("neg_reminder", "the principal's reminder")]),
        (w(2024, 1, 16, 20, 39, 55), hd, "Koh Benny nomor 2 Gerindra juga bagus, kawan-kawan 👍",
         [N("neg_citizen", "an honorary (non-ASN) teacher not in the registry; no ASN actor to attribute")]),
        (w(2024, 2, 14, 11, 2, 18), ur, "Done voting! Jari ungu 💜", [N("neg_after_voting", "voting day", lang="en")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_en", "whatsapp_ios_en", lines, group=g)
# ---------------------------------------------------------------------------------------------
# canonical JSON Lines (follows, joins, reactions, tags, additions, deletions, media fields, posts of both elections)
# ---------------------------------------------------------------------------------------------
@section
def canonical(c):
    cn = Canon(c, "canonical/activities_heldout7.jsonl", "h7")
    W = cn.who

    def ch(cid, platform, name=None, text=None):
        cd = c.cands[cid]
        return tgt(cd.handle(platform), name or cd.name, text)

    # follows of candidates' accounts
    for k, cid, plat, when, case in (
        ("kb_guru2", "kb-2", "instagram", w(2018, 3, 5, 20, 0), "follow_candidate"),
        ("kb_staf2", "kb-1", "instagram", w(2018, 3, 12, 21, 0), "follow_candidate"),
        ("mlg_kel2", "mlg-3", "instagram", w(2018, 4, 2, 19, 30), "follow_candidate"),
        ("tgm_staf2", "tgm-1", "instagram", w(2018, 1, 28, 20, 0), "bakal_support"),
        ("tgm_pkm", "tgm-1", "instagram", w(2018, 3, 3, 21, 0), "follow_candidate"),
        ("ppr_guru1", "ppr-1", "instagram", ta(2018, 3, 1, 20, 0), "follow_candidate"),
        ("ml_humas", "ml-1", "x", tp(2018, 2, 20, 21, 0), "follow_candidate"),
        ("tgm_dkp", "tgm-2", "x", w(2018, 3, 15, 20, 0), "follow_candidate"),
        ("kon_pkm", "p24-2", "instagram", ta(2023, 12, 12, 20, 0), "follow_candidate"),
        ("lbr_bidan", "p24-1", "instagram", ta(2023, 11, 5, 20, 0), "pres_window"),
        ("tts_camat", "p24-2", "x", ta(2023, 12, 1, 19, 0), "follow_candidate"),
        ("tpu_bidan", "p24-1", "instagram", w(2024, 1, 4, 20, 0), "follow_candidate"),
        ("mlg_dishub", "p24-2", "tiktok", w(2024, 1, 10, 21, 0), "follow_candidate"),
        ("tts_pppk", "p24-1", "tiktok", ta(2023, 10, 25, 19, 0), "bakal_support"),
        ("tbl_camat", "dpr-ks1-ger-4", "instagram", ta(2024, 1, 8, 20, 0), "follow_candidate"),
        ("mlg_seklur", "dpr-jt5-pkb-2", "instagram", w(2023, 10, 30, 20, 0), "bakal_support"),
    ):
        cn.add(V(k, "interact", cid, case, action="follow_or_join", lang="sys"), plat, "follow", when, W(k, plat), target=ch(cid, plat))
    for k, plat, when, h, n, note in (
        ("mlg_pkm", "x", w(2018, 2, 1, 9, 0), "kpu_kotamalang", "KPU Kota Malang", "following the election commission"),
        ("ppr_rsud", "instagram", ta(2018, 2, 2, 9, 0), "bawaslu.parepare", "Bawaslu Kota Parepare", "following the election supervisor"),
        ("tts_pkm2", "instagram", ta(2018, 3, 9, 19, 0), "nope.photography.soe", "Nope Photography Soe", "a studio named Nope, not candidate tts-3"),
        ("tpu_bidan", "instagram", w(2018, 5, 5, 19, 0), "horas.kuliner.taput", "Horas Kuliner Taput", "a food page named Horas"),
        ("kb_staf2", "instagram", w(2018, 4, 4, 12, 0), "visi.optik.ptk", "Visi Optik Pontianak", "an optician named Visi, not pair 2"),
    ):
        cn.add(N("neg_everyday_follow" if "named" in note else "neg_official_neutral", note, lang="sys"), plat, "follow", when, W(k, plat), target=tgt(h, n))

    # joins of groups
    for k, cid, gidn, when, case in (
        ("tpu_guru", "tpu-2", ("g-relawan-jonggibernard-trt", "Relawan Jonggi–Bernard Tarutung"), w(2018, 2, 20, 20, 0), "join_group"),
        ("tbl_staf2", "tbl-2", ("g-sahabat-tabalongbungas", "Sahabat Tabalong Bungas"), ta(2018, 3, 1, 20, 0), "join_group"),
        ("tts_pkm1", "tts-3", ("g-relawan-mamatilda", "Relawan Mama Tilda Soe"), ta(2017, 12, 10, 19, 0), "bakal_support"),
        ("kon_tani", "kon-1", ("g-relawan-kaharketut-unh", "Relawan Kahar–Ketut Unaaha"), ta(2018, 1, 15, 20, 0), "bakal_support"),
        ("lbr_tani", "lbr-1", ("g-laskar-mamiqsukarta", "Laskar Mamiq Sukarta"), ta(2018, 2, 25, 20, 0), "join_group"),
        ("tua_staf1", "dprd-tua1-han-1", ("g-relawan-usimaria-fb", "Relawan Usi Maria Tual"), tp(2024, 1, 5, 20, 0), "join_after_leaving"),
        ("mlg_guru1", "mlg-3", ("g-sahabat-mbakyani", "Sahabat Mbak Yani Malang"), w(2018, 3, 18, 20, 0), "join_group"),
    ):
        cn.add(V(k, "interact", cid, case, action="follow_or_join", lang="sys",
                 note="joins the candidate's group on Facebook weeks after leaving its Telegram group" if case == "join_after_leaving" else ""),
               "facebook", "join_group", when, W(k, "facebook"), group={"id": gidn[0], "name": gidn[1]})
    for k, gidn, when, note in (
        ("kon_guru", ("g-guru-sd-konawe", "Guru SD Konawe Bersatu"), ta(2018, 3, 3, 20, 0), "a teachers' forum"),
        ("tgm_guru", ("g-jualbeli-tanggamus", "Info Loker & Jual Beli Tanggamus"), w(2018, 4, 4, 20, 0), "a buy-and-sell group"),
        ("tpu_camat", ("g-horas-siborongborong", "Horas Siborongborong"), w(2018, 2, 2, 20, 0), "a residents' group named with the greeting Horas"),
    ):
        cn.add(N("neg_everyday_group", note, lang="sys"), "facebook", "join_group", when, W(k, "facebook"), group={"id": gidn[0], "name": gidn[1]})

    # reactions: coordinated likes by the Tlogomas kelurahan after the lurah's order, and others
    ab = ch("mlg-1", "facebook", "H. Bambang Suharto", "Abah Bambang untuk Malang Satu Jiwa: 100 taman kampung #AbahBambang1")
    ab["id"] = c.cands["mlg-1"].handle("facebook") + "_" + str(10**15 * 5 + hnum("h7abahpost", 10**15))
    for k, when in (("mlg_lurah", w(2018, 3, 1, 19, 14)), ("mlg_kel2", w(2018, 3, 1, 19, 31)), ("mlg_seklur", w(2018, 3, 2, 7, 49))):
        cn.add(V(k, "interact", "mlg-1", "like_coordinated", action="like", lang="sys",
                 note="three Kelurahan Tlogomas officials like the same candidate post within hours of the lurah's order in the office chat"),
               "facebook", "reaction", when, W(k, "facebook"), target=ab)
    cn.add(V("ml_pppk", "interact", "p24-1", "like", action="like", lang="sys"), "instagram", "reaction", tp(2024, 1, 6, 21, 0), W("ml_pppk", "instagram"),
           target=ch("p24-1", "instagram", None, "Ambon manise, terima kasih! Terang untuk Semua ☝️"))
    cn.add(V("kb_staf2", "interact", "kb-1", "like", action="like", lang="sys"), "instagram", "reaction", w(2018, 3, 12, 21, 5), W("kb_staf2", "instagram"),
           target=ch("kb-1", "instagram", None, "Kalbar Akcaya Bersatu! Terima kasih Sungai Raya ☝️"))
    cn.add(N("neg_news", "liking the election commission's notice naming every pair", lang="sys"), "instagram", "reaction", ta(2018, 2, 13, 20, 0),
           W("tts_pkm2", "instagram"), target=tgt("kpu.tts", "KPU Kabupaten TTS", "Nomor urut: 1 Markus–Yuliana, 2 Daniel–Agustinus, 3 Mathilda–Yakobus"))
    cn.add(N("neg_official_neutral", "liking her own office's health post", lang="sys"), "facebook", "reaction", ta(2018, 1, 15, 10, 0), W("tts_pkm1", "facebook"),
           target=tgt(c.inst["dinkes_tts"]["handle"], "Dinkes TTS", "Posyandu balita serentak di 32 puskesmas"))
    cn.add(N("neg_incumbent_official", "liking the agency's news of the regent's official act before the campaign", lang="sys"), "facebook", "reaction",
           w(2018, 1, 12, 10, 0), W("tgm_guru", "facebook"), target=tgt(c.inst["kec_kag"]["handle"], "Kecamatan Kota Agung", "Bupati meresmikan dermaga"))

    # tags and additions (alerts), with what follows
    t1 = ch("tpu-1", "facebook", "Drs. Maruhum Simanjuntak", "Selamat Hari Perempuan Internasional, para bidan Taput yang hebat! @Rotua Panggabean")
    cn.add(A("tpu_bidan", note="tagged by the candidate's page; she does not react"), "facebook", "tagged", w(2018, 3, 8, 10, 0), W("tpu_bidan", "facebook"),
           initiated_by={"id": c.cands["tpu-1"].handle("facebook"), "name": "Drs. Maruhum Simanjuntak"}, target=t1)
    t2 = ch("kon-2", "facebook", "Drs. Ruslan Tamburaka", "Terima kasih Ibu Hasmiati dan guru-guru Unaaha atas sambutannya #RuslanHasmiati2")
    cn.add(A("kon_guru", note="tagged by the pair's page in place of the running mate who shares her name"), "facebook", "tagged", ta(2018, 4, 22, 19, 0),
           W("kon_guru", "facebook"), initiated_by={"id": c.cands["kon-2"].handle("facebook"), "name": "Drs. Ruslan Tamburaka"}, target=t2)
    cn.add(N("neg_untag", "she points out the wrong tag", lang="tolaki"), "facebook", "comment", ta(2018, 4, 22, 19, 40), W("kon_guru", "facebook"),
           "Maaf Pak, salah tag. Saya Hasmiati guru SD, bukan Ibu Hasmiati calon wakil 😅 mohon dihapus", target=t2)
    t3 = ch("tbl-1", "facebook", "H. Ahmad Rifani", "Silaturahmi di Murung Pudak bersama tokoh masyarakat dan Pak Camat #RifaniMawar1")
    cn.add(A("tbl_camat", note="tagged by the pair's page; he then answers with support"), "facebook", "tagged", ta(2018, 3, 12, 20, 0), W("tbl_camat", "facebook"),
           initiated_by={"id": c.cands["tbl-1"].handle("facebook"), "name": "H. Ahmad Rifani"}, target=t3)
    cn.add(V("tbl_camat", "interact", "tbl-1", "tag_then_engaged", action="comment", lang="banjar",
             note="tagged by the candidate's page, the camat replies with a pledge to win his district"),
           "facebook", "comment", ta(2018, 3, 12, 20, 35), W("tbl_camat", "facebook"), "Mantap Pak Haji, Murung Pudak siap menangkan nomor 1! 💪", target=t3)
    cn.add(A("tts_pkm2", case="added_to_group", note="added to a pair's campaign group by its team; she stays and never writes"), "whatsapp", "added_to_group",
           ta(2018, 3, 1, 19, 0), W("tts_pkm2", "whatsapp"), initiated_by={"name": "Om Dani Tim"},
           group={"id": "wa-tim-dagu-soe", "name": "Tim Pemenangan DAGU Kota Soe"})
    cn.add(A("lbr_bidan", case="added_to_group", note="added to a candidate's volunteers' group by a fellow official; she leaves with a message"), "whatsapp",
           "added_to_group", ta(2018, 3, 4, 20, 0), W("lbr_bidan", "whatsapp"), initiated_by={"name": c.disp("lbr_tani")},
           group={"id": "wa-relawan-mamiqsukarta-grg", "name": "Relawan Mamiq Sukarta Gerung"},
           extra=[V("lbr_tani", "instruct", "lbr-1", "instruct_add_staff", by_actor=True, lang="sys",
                    note="an extension officer adds a midwife to a candidate's volunteers' group")])
    cn.add(N("neg_left_group", "she says goodbye and leaves", lang="sasak"), "whatsapp", "message", ta(2018, 3, 4, 20, 20), W("lbr_bidan", "whatsapp"),
           "Ampure, tiang bidan PNS, tiang keluar nggih 🙏", group={"id": "wa-relawan-mamiqsukarta-grg", "name": "Relawan Mamiq Sukarta Gerung"})
    t4 = ch("ml-1", "facebook", "Drs. Yusuf Latuconsina", "Selamat Hari Pendidikan, guru-guru SMAN 2 Ambon, Pak Ronald cs!")
    cn.add(A("ml_guru", note="tagged by a governor candidate's page on Education Day; no reaction"), "facebook", "tagged", tp(2018, 5, 2, 10, 0),
           W("ml_guru", "facebook"), initiated_by={"id": c.cands["ml-1"].handle("facebook"), "name": "Drs. Yusuf Latuconsina"}, target=t4)
    cn.add(A("kon_staf", case="added_to_group", note="added to a pair's volunteers' group; he joins in"), "whatsapp", "added_to_group", ta(2018, 4, 1, 19, 0),
           W("kon_staf", "whatsapp"), initiated_by={"name": "Tim Kahar–Ketut"}, group={"id": "wa-relawan-kaharketut-wwt", "name": "Relawan Kahar–Ketut Wawotobi"})
    cn.add(V("kon_staf", "post", "kon-1", "added_then_engaged", in_group=True, lang="tolaki", note="added by the team, he pledges to campaign in the group"),
           "whatsapp", "message", ta(2018, 4, 1, 19, 25), W("kon_staf", "whatsapp"), "Siap kawal nomor 1 di Wawotobi, Pak! Om Swastyastu 🙏",
           group={"id": "wa-relawan-kaharketut-wwt", "name": "Relawan Kahar–Ketut Wawotobi"})
    t5 = ch("tgm-1", "instagram", "Hj. Suryani Hasan", "Terima kasih anak-anak muda Kota Agung @andika.saputra_kta 💪 #BundaSuryani1")
    cn.add(A("tgm_staf2", note="tagged by the pair's account; he then comments with support"), "instagram", "tagged", w(2018, 3, 20, 19, 0),
           W("tgm_staf2", "instagram"), initiated_by={"handle": c.cands["tgm-1"].handle("instagram"), "name": "Hj. Suryani Hasan"}, target=t5)
    cn.add(V("tgm_staf2", "interact", "tgm-1", "tag_then_engaged", action="comment", lang="lampung"), "instagram", "comment", w(2018, 3, 20, 19, 30),
           W("tgm_staf2", "instagram"), "Siap Bunda, lanjutkan! Begawi jejama 💪", target=t5)
    t6 = ch("p24-2", "tiktok", "Prof. Darmawan Kusuma", "Guru muda Parepare ikut diskusi pendidikan bersama Prof Darma @pakikhsan.pare")
    cn.add(A("ppr_pppk", case="mentioned", note="mentioned by the pair's account; no reaction"), "tiktok", "tagged", ta(2024, 1, 9, 20, 0), W("ppr_pppk", "tiktok"),
           initiated_by={"handle": c.cands["p24-2"].handle("tiktok"), "name": "Prof. Darmawan Kusuma"}, target=t6)
    t7 = ch("dpr-ml-gol-1", "instagram", "Johanis Pattikawa", "Reses di SMAN 11 Ambon bersama guru-guru @marlinleiwakabessy #BungJo1")
    cn.add(A("ml_pppk", note="tagged by a DPR candidate's account; she asks to be untagged"), "instagram", "tagged", tp(2023, 12, 18, 19, 0), W("ml_pppk", "instagram"),
           initiated_by={"handle": c.cands["dpr-ml-gol-1"].handle("instagram"), "name": "Johanis Pattikawa"}, target=t7)
    cn.add(N("neg_untag", "asks to be untagged", lang="ambon"), "instagram", "comment", tp(2023, 12, 18, 19, 45), W("ml_pppk", "instagram"),
           "Maaf Bung, beta hanya terima tamu reses di sekolah. Tolong tag beta dihapus 🙏", target=t7)
    cn.add(R("rev_incumbent_visit", "a PPPK teacher posts the recess visit of a DPR member, also a candidate, to her school during the campaign: "
             "official recess or a photo with a candidate?", actor="ml_pppk", cand="dpr-ml-gol-1", lang="ambon"),
           "instagram", "post", tp(2023, 12, 18, 21, 0), W("ml_pppk", "instagram"), "Kunjungan reses anggota DPR di SMAN 11, anak-anak tanya soal beasiswa 📚",
           media=[img("Anggota DPR berdiri di depan kelas bersama guru-guru")])

    # deletions and media fields
    cn.add(V("tgm_pkm", "post", "tgm-1", "deleted_post", lang="lampung", note="the post was deleted the next morning; the act stays on record"),
           "instagram", "post", w(2018, 4, 10, 20, 0), W("tgm_pkm", "instagram"), "Bunda Suryani sehat-sehat, Tanggamus lanjut! ☝️",
           deleted_at=w(2018, 4, 11, 7, 0))
    cn.add(V("ppr_lurah", "gesture", "ppr-1", "gesture_caption", lang="bugis", note="only the photo caption shows the one-finger pose beside the candidate"),
           "facebook", "post", ta(2018, 4, 15, 19, 0), W("ppr_lurah", "facebook"), "Silaturahmi di Ujung Sabbang 🙏",
           media=[img("Lurah Ujung Sabbang bersama Puang Syamsul, berpose satu jari")])
    cn.add(V("tts_pkm2", "photo", "tts-2", "image_text", lang="kupang", note="the slogan and number exist only as text inside the picture"),
           "instagram", "post", ta(2018, 5, 12, 19, 0), W("tts_pkm2", "instagram"), "Malam minggu di Soe 🌙",
           media=[img("Foto bersama di depan panggung", text="DAGU UNTUK TTS - NOMOR 2")])
    cn.add(V("kb_dokter", "photo", "p24-1", "photo_caption", note="a hospital doctor posts a photo with a presidential candidate during his campaign visit"),
           "instagram", "post", w(2024, 1, 18, 20, 0), W("kb_dokter", "instagram"), "Sehat bersama Bung Surya ☝️",
           media=[img("dr. Lidia bersama Surya Adinegara saat kunjungan kampanye ke rumah sakit")])
    cn.add(N("neg_event", "a wedding photo with a candidate as guest, no sign or call", lang="ambon"), "facebook", "post", tp(2018, 5, 5, 21, 0),
           W("tua_guru", "facebook"), "Pesta nikah ade di Langgur, Om Hamid datang kasih selamat 🙏", media=[img("Pengantin bersama keluarga dan tamu undangan")])
    cn.add(V("ppr_rsud", "gesture", "ppr-2", "gesture_caption", lang="bugis"), "instagram", "post", ta(2018, 6, 18, 20, 0), W("ppr_rsud", "instagram"),
           "Halal bihalal bersama Ustadz Faisal ✌️ #PareMadani", media=[img("Perawat berpose dua jari bersama Faisal Amir Latief")])

    # Pemilu 2024: legislative and presidential support, stage boundaries, voting day
    for lab, plat, when, k, text in (
        (V("mlg_seklur", "post", "dpr-jt5-pkb-2", "bakal_support", lang="walikan", note="before the DCT (E codes)"), "instagram", w(2023, 10, 31, 20, 0),
         "mlg_seklur", "Ning Laila arek Malang dewe, mugi lolos DCT. Dukung terus! 🤲 #NingLaila2"),
        (V("tbl_camat", "post", "dpr-ks1-ger-4", "post_support", lang="banjar"), "instagram", ta(2024, 1, 20, 19, 0), "tbl_camat",
         "Gusti Iqbal urang Tabalong, pilih nomor 4 Gerindra. Urang Banua untuk Banua 🙏"),
        (V("lbr_camat", "post", "dprd-lbr3-ger-2", "post_support", lang="sasak"), "facebook", ta(2024, 1, 12, 20, 0), "lbr_camat",
         "Mamiq Fathur nomor 2 Gerindra DPRD Dapil Lobar 3, pilihan semeton Gerung 👍"),
        (V("tpu_camat", "post", "dprd-tpu2-gol-1", "post_support", lang="batak"), "facebook", w(2024, 2, 1, 19, 0), "tpu_camat",
         "Inang Tiur nomor 1 Golkar, parjuang ni Siborongborong. Pilih ma! 💛"),
        (V("kon_camat", "post", "dpr-sg-pan-3", "bakal_support", lang="tolaki", note="the day before the DCT (E codes)"), "facebook", ta(2023, 11, 2, 20, 0),
         "kon_camat", "Insya Allah besok Wa Ode Nur masuk DCT. Perempuan Sultra harus di Senayan 💪"),
        (V("tua_sekcam", "post", "dprd-tua1-han-1", "post_support", lang="ambon"), "facebook", tp(2024, 1, 25, 19, 0), "tua_sekcam",
         "Usi Maria nomor 1 Hanura Dapil Tual 1. Katong pung ade, katong dukung 🧡"),
        (V("ml_guru", "post", "dpr-ml-gol-1", "stage_boundary_wit", lang="ambon",
           note="06:00 WIT on 3 Nov is 04:00 WIB on 3 Nov: DCT day, so D codes"), "facebook", tp(2023, 11, 3, 6, 0), "ml_guru",
         "Puji Tuhan Bung Jo masuk DCT hari ini. Katong dukung anak Maluku ka Senayan! 💪"),
        (V("kb_satpol", "post", "dpr-kb1-ger-2", "post_support", lang="pontianak"), "facebook", w(2024, 1, 27, 20, 0), "kb_satpol",
         "Koh Benny nomor 2 Gerindra, peduli UMKM Pontianak. Kite dukung! 👍"),
        (V("tgm_guru", "post", "dpr-lp1-gol-1", "post_support", lang="lampung"), "facebook", w(2024, 1, 29, 20, 0), "tgm_guru",
         "Bang Rizky nomor 1 Golkar Dapil Lampung I, tabik pun, dukung ya puari 🙏"),
        (V("ppr_lurah", "post", "dpr-ss3-nas-2", "post_support", lang="bugis"), "facebook", ta(2024, 2, 2, 20, 0), "ppr_lurah",
         "Puang Yusran nomor 2 NasDem, putra Ajatappareng. Pilih mi! ✌️"),
        (V("tts_guru", "post", "dpd-nt-33", "post_support", lang="kupang"), "facebook", ta(2024, 1, 30, 19, 0), "tts_guru",
         "DPD nomor 33 Bapa Pendeta Niko, orang baik dari Timor. Jang lupa e 🙏"),
        (V("ml_dkp", "post", "dpd-ml-27", "post_support", lang="ambon"), "facebook", tp(2024, 2, 5, 20, 0), "ml_dkp",
         "Par DPD, Bung Ferry nomor 27. Katong pung basudara 🙏"),
        (V("kb_biro", "post", "dprd-kb1-pan-5", "post_support", lang="pontianak"), "facebook", w(2024, 2, 3, 19, 0), "kb_biro",
         "Kak Ipah nomor 5 PAN DPRD Kalbar Dapil 1, anak muda yang peduli. Kite dukung!"),
        (V("mlg_lurah", "post", "dprd-mlg3-pdip-4", "post_support", lang="walikan"), "facebook", w(2024, 1, 18, 19, 0), "mlg_lurah",
         "Cak Yanuar nomer 4 PDI Perjuangan, arek Tlogomas dewe. Ayo rek! 🔴"),
        (V("kon_pkm", "post", "p24-2", "stage_boundary_wita", lang="tolaki",
           note="07:00 WITA on 13 Nov is 06:00 WIB on 13 Nov: the pair is designated that day (D codes)"), "instagram", ta(2023, 11, 13, 7, 0), "kon_pkm",
         "DAYA resmi ditetapkan hari ini! Dukung Prof Darma untuk Indonesia Berdaya 💪"),
        (V("kb_staf2", "post", "p24-1", "stage_voting_day", lang="pontianak", note="support posted on voting day"), "instagram", w(2024, 2, 14, 12, 0), "kb_staf2",
         "Sudah coblos nomor 1, terang untuk semua! ☝️"),
        (V("tpu_bidan", "negative", "p24-2", "negative_campaign", lang="batak"), "instagram", w(2024, 1, 24, 20, 0), "tpu_bidan",
         "Prof Darma janji doang, unang tartipu ho, ito! 🙄"),
        (V("kon_tani", "negative", "kon-2", "negative_campaign", lang="tolaki"), "facebook", ta(2018, 4, 25, 20, 0), "kon_tani",
         "Jangan pilih Pak Ruslan, dia tidak pernah urus petani Konawe. Nomor 2 cuma janji 🙄"),
        (V("lbr_bidan", "negative", "lbr-2", "negative_campaign", lang="sasak"), "instagram", ta(2018, 5, 20, 20, 0), "lbr_bidan",
         "Semeton, ndak usah pilih nomor 2, kampanye pakai pengajian doang 🙄"),
        (V("tgm_staf2", "post", "tgm-1", "incumbent_praise", lang="lampung", note="praises the sitting regent as the one to continue, before designation (E codes)"),
         "instagram", w(2018, 1, 14, 20, 0), "tgm_staf2", "Bunda Suryani the best, lima tahun bukti nyata. Lanjutkan, Bunda! 💪"),
        (N("neg_incumbent_official", "the regent's official act relayed before the campaign, no campaign content"), "instagram", w(2018, 1, 12, 12, 0), "tgm_staf2",
         "Bupati Tanggamus meresmikan dermaga pendaratan ikan di Kota Agung hari ini 🚢"),
    ):
        cn.add(lab, plat, "post", when, W(k, plat), text)

    # genuine doubts
    cn.add(R("rev_identity", "a Facebook profile bearing the midwife's name under an id the registry does not list praises pair 1", actor="tpu_bidan", cand="tpu-1",
             lang="batak"), "facebook", "comment", w(2018, 4, 9, 20, 0), {"id": fbid("tpu_bidan_second"), "name": "Rotua Panggabean"},
           "Amang Maruhum do na tama, Horas Taput! ☝️", target=ch("tpu-1", "facebook", "Drs. Maruhum Simanjuntak", "Kampanye di Tarutung"))
    cn.add(R("rev_identity", "an X handle one character away from the teacher's listed handle (fauzi_ngalam): the same man?", actor="mlg_guru2", cand="mlg-2",
             lang="walikan"), "x", "post", w(2018, 4, 18, 21, 0), {"handle": "fauzi_ngalam_", "name": "Cak Fauzi"}, "OYI 2! Ngalam kudu OYI, nawak 🔥")
    cn.add(R("rev_after_vote", "congratulations with the one-finger sign after the vote, before the official result", actor="tbl_camat", cand="tbl-1", lang="banjar"),
           "instagram", "post", ta(2018, 6, 30, 10, 0), W("tbl_camat", "instagram"), "Selamat Pak Haji Rifani, hitung cepat menang ☝️ Tabalong makin maju!")
    cn.add(R("rev_hint", "a conditional remark with a wink about pair 2: prediction or support?", actor="tts_pkm2", cand="tts-2", lang="kupang"),
           "instagram", "post", ta(2018, 5, 20, 20, 0), W("tts_pkm2", "instagram"), "Kalo Om Dani menang, bidan desa pasti dapat motor 😉")
    cn.add(R("rev_prayer", "a nurse prays for the regent's smooth registration as a bakal calon: courtesy or support (E2)?", actor="tgm_pkm", cand="tgm-1",
             lang="lampung"), "instagram", "post", w(2018, 1, 8, 20, 0), W("tgm_pkm", "instagram"),
           "Semoga Bunda Suryani sehat dan lancar pendaftarannya hari ini 🤲")
    cn.add(R("rev_ambiguous", "'our boss will surely win': the lurah's favourite candidate or something else?", actor="mlg_kel2", cand="mlg-1", lang="walikan"),
           "instagram", "post", w(2018, 4, 10, 20, 0), W("mlg_kel2", "instagram"), "Bos kita pasti menang, percoyo ae 💪")

    # hard negatives
    for lab, plat, when, k, text in (
        (N("neg_everyday_word", "'visi' in school planning; pair 2's acronym is VISI"), "instagram", w(2018, 3, 20, 15, 0), "kb_guru2",
         "Rapat revisi visi dan misi sekolah bersama komite 📝"),
        (N("neg_everyday_word", "'oyi' (yes)", lang="walikan"), "instagram", w(2018, 4, 16, 6, 0), "mlg_kel1", "Oyi rek, sesuk upacara jam 7, ojo telat!"),
        (N("neg_everyday_word", "'dagu' (chin) after a fall; pair 2's acronym is DAGU", lang="kupang"), "instagram", ta(2018, 4, 8, 18, 0), "tts_pkm2",
         "Ana pung dagu luka jatuh dari sepeda, sonde apa-apa su dijahit 😢"),
        (N("neg_everyday_word", "'daya' (electric power)"), "instagram", w(2023, 12, 28, 19, 0), "kb_staf2",
         "Akhirnya daya listrik rumah naik ke 2200 VA, AC bisa nyala 🥵"),
        (N("neg_everyday_word", "'maren' (mutual help) in Kei; pair 2's slogan is Tual Maren", lang="ambon"), "facebook", tp(2024, 1, 14, 16, 0), "tua_guru",
         "Maren bangun rumah tetangga di Ohoijang, Kei pung budaya seng boleh hilang 🤝"),
        (N("neg_everyday_word", "'horas' and 'mauliate' in a birthday thanks", lang="batak"), "instagram", w(2018, 5, 28, 20, 0), "tpu_bidan",
         "Horas! Mauliate atas doa ulang tahunnya, kawan-kawan 🎂"),
        (N("neg_everyday_word", "'bungas' (lovely) about a child; pair 2's slogan is Tabalong Bungas", lang="banjar"), "facebook", ta(2018, 4, 28, 10, 0), "tbl_staf2",
         "Bungas banar anak ulun wisuda TK hari ini 🥹"),
        (N("neg_motto", "quoting the meaning of 'madani'", lang="bugis"), "facebook", ta(2018, 5, 15, 20, 0), "ppr_guru1",
         "Masyarakat madani itu masyarakat yang beradab dan taat hukum. Materi PKn kelas 8 📚"),
        (N("neg_motto", "'Saraba Kawa' for a volleyball team", lang="banjar"), "instagram", ta(2018, 5, 8, 17, 0), "tbl_camat",
         "Tim voli Murung Pudak juara Bupati Cup. Saraba kawa! 🏐"),
        (N("neg_motto", "'begawi jejama' at a mosque build", lang="lampung"), "facebook", w(2024, 1, 7, 10, 0), "tgm_camat",
         "Begawi jejama membangun masjid Pekon Terbaya. Tabik pun 🕌"),
        (N("neg_motto", "the regency's motto on its anniversary", lang="sasak"), "facebook", ta(2018, 1, 17, 8, 0), "lbr_camat",
         "Dirgahayu Lombok Barat. Patut Patuh Patju! 🎉"),
        (N("neg_motto", "the kalosara at a wedding", lang="tolaki"), "facebook", ta(2018, 5, 12, 16, 0), "kon_guru",
         "Pernikahan adat ponakan, kalosara dibawa tetua adat. Inae konasara iyei pinesara 🙏"),
        (N("neg_motto", "'nekaf mese' at a church service", lang="kupang"), "facebook", ta(2018, 5, 13, 12, 0), "tts_guru",
         "Ibadah syukur jemaat Efata Soe. Nekaf mese ansaof mese, Tuhan berkati 🙏"),
        (N("neg_motto", "'ain ni ain' at a youth event", lang="ambon"), "facebook", tp(2018, 5, 20, 20, 0), "tua_sekcam",
         "Festival pemuda Dullah Selatan. Ain ni ain, katong samua satu 🤝"),
        (N("neg_motto", "'pela gandong' at a reconciliation event", lang="ambon"), "facebook", tp(2018, 3, 18, 20, 0), "ml_guru",
         "Anak-anak SMAN 2 belajar sejarah pela gandong. Maluku damai 🙏"),
        (N("neg_motto", "'ale rasa beta rasa' in flood aid; pair 1's slogan", lang="ambon"), "facebook", tp(2018, 6, 10, 16, 0), "ml_dkp",
         "Ale rasa beta rasa: bantuan untuk korban banjir di Batu Merah 🙏"),
        (N("neg_motto", "the province's motto 'Akcaya'", lang="pontianak"), "facebook", w(2018, 5, 20, 8, 0), "kb_biro",
         "Harkitnas di halaman kantor gubernur. Kalbar akcaya! 🇮🇩"),
        (N("neg_motto", "the football club's motto", lang="walikan"), "facebook", w(2018, 5, 26, 22, 0), "mlg_dishub",
         "Salam satu jiwa! Ngatur lalin nang Kanjuruhan, Arema menang 💙"),
        (N("neg_motto", "the Bugis proverb to students", lang="bugis"), "facebook", ta(2024, 1, 15, 7, 0), "ppr_lurah",
         "Resopa temmangingngi. Selamat belajar anak-anak Ujung Sabbang 📚"),
        (N("neg_everyday_word", "'surya' (sun) in solar panels; pair 1's name is Surya", lang="kupang"), "facebook", ta(2023, 12, 20, 10, 0), "tts_pkm1",
         "Puskesmas Kota Soe su pasang panel surya, listrik sonde mati lai ☀️"),
        (N("neg_everyday_word", "'terang' about new street lights; pair 1's slogan is Terang untuk Semua", lang="sasak"), "facebook", ta(2024, 1, 4, 20, 0), "lbr_camat",
         "Jalan desa Dasan Geres sekarang terang, lampu PJU sudah nyala 💡"),
        (N("neg_namesake", "a teacher with candidate tts-2's name, years later", lang="kupang"), "facebook", ta(2024, 1, 2, 19, 0), "tts_guru",
         "Sampe sekarang masih ada yang panggil beta calon bupati 😂 Beta Daniel Benu guru SD sa"),
        (N("neg_namesake", "a teacher with candidate mlg-3's name, after the vote", lang="walikan"), "facebook", w(2018, 6, 29, 20, 0), "mlg_guru1",
         "Sing ngucapi selamat, matur nuwun, tapi sing menang dudu kulo 😅"),
        (N("neg_rule_quote", "quoting the neutrality rules", lang="tolaki"), "facebook", ta(2018, 2, 20, 9, 0), "kon_camat",
         "Pengingat untuk ASN Wawotobi: dilarang like, komen, share konten paslon, juga foto pose jari. Sanksinya berat."),
        (N("neg_rule_quote", "quoting the 2024 rules", lang="batak"), "facebook", w(2023, 11, 28, 9, 0), "tpu_camat",
         "Kampanye mulai hari ini. ASN Siborongborong, ingat SKB 5 lembaga: netral, unang ikut-ikutan!"),
        (N("neg_news", "sharing the supervisor's call to report", lang="bugis"), "facebook", ta(2018, 4, 2, 10, 0), "ppr_lurah",
         "Bawaslu Parepare: laporkan politik uang dan pelanggaran netralitas ASN ke nomor pengaduan."),
        (N("neg_news", "sharing the voter list notice"), "facebook", w(2018, 4, 20, 10, 0), "kb_biro",
         "KPU Kalbar tetapkan DPT Pilgub 2018. Cek nama anda di lindungihakpilihmu.kpu.go.id"),
        (N("neg_sarcasm_all", "a joke about every candidate's promises", lang="sasak"), "facebook", ta(2024, 1, 22, 20, 0), "lbr_tani",
         "Semua caleg janji jalan mulus, jalan ke sawah tiang tetap becek 😂"),
        (N("neg_complaint", "a complaint about banners, whoever the candidate", lang="walikan"), "facebook", w(2024, 1, 9, 17, 0), "mlg_dishub",
         "Baliho caleg nutupi rambu lalu lintas, mbok yo dipikir rek 😤"),
        (N("neg_how_to_vote", "how to mark a valid ballot", lang="lampung"), "facebook", w(2024, 2, 8, 20, 0), "tgm_guru",
         "Cara coblos yang sah: coblos sekali di gambar partai, nomor, atau nama caleg. Jangan dua kali di partai berbeda ya 🗳️"),
        (N("neg_both", "both pairs at one event", lang="ambon"), "facebook", tp(2018, 5, 28, 21, 0), "tua_sekcam",
         "Dua paslon wali kota Tual hadir buka puasa bersama di masjid raya. Sejuk lihatnya 🤲"),
        (N("neg_question", "a question about a re-vote", lang="pontianak"), "facebook", w(2018, 7, 2, 10, 0), "kb_satpol",
         "Ade PSU di TPS Sungai Raya ke? Kamek dapat tugas pengamanan"),
        (N("neg_personal", "a hobby post", lang="tolaki"), "facebook", ta(2018, 4, 1, 16, 0), "kon_tani", "Panen jagung di kebun belakang rumah 🌽"),
        (N("neg_personal", "a family post", lang="ambon"), "facebook", tp(2024, 1, 1, 9, 0), "tua_staf1", "Selamat tahun baru dari katong sekeluarga di Tual 🎉"),
    ):
        cn.add(lab, plat, "post", when, W(k, plat), text)
    cn.dump()


# ---------------------------------------------------------------------------------------------
# screenshots (OCR)
# ---------------------------------------------------------------------------------------------
@section
def screenshots(c):
    png_shot(c, "screenshots/ss_grup_pupr_kalbar_arahan.png",
             ["Bina Marga Kalbar", "Bu Kabid: kite semue ke kampanye", "nomor 1 hari Sabtu ye, jangan", "sampai ade yang absen", "03/03/18 19.52"],
             R("rev_screenshot", "a picture of the office chat passed around: origin, date and context cannot be verified", actor="kb_kabid", cand="kb-1"),
             w(2018, 3, 3, 19, 52))
    png_shot(c, "screenshots/ss_story_ns_hasriani.png",
             ["Instagram Story - ns.hasriani", "Parepare MADANI ✌️", "2 untuk perawat", "8 jam lalu"],
             R("rev_screenshot", "an image of a vanished story carrying the nurse's handle: who made it and whether it is genuine cannot be checked",
               actor="ppr_rsud", cand="ppr-2"), ta(2018, 6, 1, 21, 0))
    png_shot(c, "screenshots/ss_kpu_tual_penetapan.png",
             ["KPU Kota Tual", "Penetapan Pasangan Calon Terpilih", "Pemilihan Wali Kota Tual 2018", "Juli 2018"],
             N("neg_news", "a notice of the election commission"), tp(2018, 7, 20, 10, 0))
    png_shot(c, "screenshots/ss_komentar_fb_lobar.png",
             ["Facebook - Komentar", "Lalu Hamdani: semeton PPL se-Narmada", "wajib kawal Mamiq Sukarta", "Balas  Suka  5 th"],
             R("rev_screenshot", "a screenshot of a comment shown under a display name only", actor="lbr_tani", cand="lbr-1"), ta(2018, 4, 5, 20, 0))
    png_shot(c, "screenshots/ss_wa_forward_konawe.png",
             ["Diteruskan", "Pak Camat Wawotobi minta mobil dinas", "antar tim Pak Kahar ke Abuki", "14.20"],
             R("rev_screenshot", "a forwarded message naming an official by position only", actor="kon_camat", cand="kon-1"), ta(2018, 5, 10, 14, 20))
# ---------------------------------------------------------------------------------------------
# further files: two candidates' pages (Facebook), a teachers' group, an education office's and a pair's Instagram,
# a second X search (2023–2024)
# ---------------------------------------------------------------------------------------------
@section
def extra_social(c):
    u = lambda k: {"name": c.disp(k), "id": c.acct(k, "facebook")}  # noqa: E731
    P = fb_person
    I = lambda k: c.acct(k, "instagram")  # noqa: E731

    # the page of Konawe pair 1 (Kahar–Ketut), WITA
    kid = c.cands["kon-1"].handle("facebook")
    fb = Fb(c, "facebook/page_kaharketut_konawe_feed.json", kid, version="v2.12")
    page = {"name": "Kahar - Ketut Konawe", "id": kid}
    own = lambda note="posted by the pair's page", lang="tolaki": N("neg_candidate_own", note, lang=lang)  # noqa: E731
    k1 = fb.post(ta(2018, 1, 10, 15, 0), "Alhamdulillah, kami resmi mendaftar di KPU Konawe. Mohon doa restu masyarakat Konawe. Tabea 🙏", page, own())
    fb.comment(k1, ta(2018, 1, 10, 15, 40), "Tabea Pak Kahar, semoga lancar. Kalosara dijaga 🙏", u("kon_camat"),
               R("rev_greeting", "a camat answers a bakal calon's registration post with a blessing and the customary word: courtesy or support (E4)?",
                 actor="kon_camat", cand="kon-1", lang="tolaki"))
    fb.comment(k1, ta(2018, 1, 10, 16, 5), "Lanjut Pak! Petani Unaaha di belakang Bapak 💪", u("kon_tani"),
               V("kon_tani", "interact", "kon-1", "bakal_support", action="comment", lang="tolaki"))
    fb.react(k1, u("kon_tani"), V("kon_tani", "interact", "kon-1", "bakal_support", action="like", lang="sys"))
    fb.react(k1, P("Hj. Marni Abuki"), N(lang="sys"))
    k2 = fb.post(ta(2018, 3, 24, 19, 0), "Kampanye dialogis di Wawotobi bersama petani sawah dan transmigran Bali. Konawe Kalosara! ☝️", page, own(),
                 photo={"description": "Kaharuddin dan I Ketut Suardana di tengah sawah bersama petani"})
    fb.comment(k2, ta(2018, 3, 24, 19, 30), "Om Swastyastu Pak Ketut, suksma sudah datang ke Wawotobi 🙏", u("kon_camat"),
               R("rev_greeting", "the camat thanks the running mate for visiting his district during the campaign: hosting courtesy or engagement with the "
                 "pair's account?", actor="kon_camat", cand="kon-1", lang="tolaki"))
    fb.comment(k2, ta(2018, 3, 24, 19, 52), "Kalau sudah jadi bupati, irigasi Wawotobi dibenahi ya Pak", P("Made Sukarja Wawotobi"), N())
    fb.comment(k2, ta(2018, 3, 24, 20, 10), "Nomor 1 sudah pasti ji! ☝️☝️", u("kon_tani"), V("kon_tani", "interact", "kon-1", "comment_support", action="comment",
                                                                                          lang="tolaki"))
    fb.react(k2, u("kon_guru"), V("kon_guru", "interact", "kon-1", "like", action="like", lang="sys",
                                  note="the teacher who shares pair 2's running mate's name likes pair 1's campaign post"))
    k3 = fb.post(ta(2018, 4, 30, 18, 0), "Terima kasih Pak Ruslin Lamaronda dan para penyuluh yang mendampingi dialog pertanian.", page,
                 own("the page thanks an official by name"),
                 tags=[(u("kon_tani"), A("kon_tani", note="tagged by the pair's page; he has already engaged on his own"))])
    fb.comment(k3, ta(2018, 4, 30, 18, 25), "Sama-sama Pak, penyuluh selalu siap 👍", u("kon_tani"),
               R("rev_reply_tag", "his reply to the tag is about extension work, but he has campaigned for the pair before: courtesy or engagement?",
                 actor="kon_tani", cand="kon-1", lang="tolaki"))
    fb.post(ta(2018, 6, 24, 9, 0), "Masa tenang. Terima kasih relawan, mari jaga Konawe tetap damai.", page, own())
    fb.dump()

    # the page of TTS pair 2 (DAGU), WITA
    did = c.cands["tts-2"].handle("facebook")
    fb = Fb(c, "facebook/page_dagu2_tts_feed.json", did, version="v2.12")
    page = {"name": "DAGU Dua untuk TTS", "id": did}
    own = lambda note="posted by the pair's page", lang="kupang": N("neg_candidate_own", note, lang=lang)  # noqa: E731
    d1 = fb.post(ta(2018, 2, 13, 17, 0), "Puji Tuhan, DAGU dapat nomor urut 2! Mari katong satu hati untuk TTS ✌️", page, own())
    fb.comment(d1, ta(2018, 2, 13, 17, 30), "Om Dani nama sama deng beta, mar beta sonde ikut politik e 😂", u("tts_guru"),
               N("neg_namesake", "the namesake teacher jokes", lang="kupang"))
    fb.comment(d1, ta(2018, 2, 13, 17, 48), "Nomor 2 pilihan mama-mama Soe ✌️", P("Mama Oda Niki-Niki"), N(lang="kupang"))
    fb.react(d1, {"name": c.disp("tts_pkm2"), "id": fbid("tts_pkm2_fb")},
             R("rev_identity", "a like from a Facebook profile named like the midwife, whose registry entry lists no Facebook account", actor="tts_pkm2",
               cand="tts-2", lang="sys"))
    d2 = fb.post(ta(2018, 4, 18, 19, 0), "Dialog kesehatan bersama bidan dan perawat Kota Soe. DAGU janji insentif nakes naik!", page, own(),
                 photo={"description": "Daniel Benu bersama tenaga kesehatan berseragam di aula"})
    fb.comment(d2, ta(2018, 4, 18, 19, 30), "Mantap Om Dani! Perawat Puskesmas Kota Soe dukung DAGU ✌️", u("tts_pkm1"),
               V("tts_pkm1", "interact", "tts-2", "comment_support", action="comment", lang="kupang",
                 note="the nurse who joined the independent pair's group as a bakal calon now backs pair 2"))
    fb.comment(d2, ta(2018, 4, 18, 19, 55), "Itu acara dinas atau kampanye? Kok pakai seragam? 🤔", P("Yohanes Tse Soe"), N(lang="kupang"))
    fb.comment(d2, ta(2018, 4, 18, 20, 20), "Kami hadir di luar jam dinas, tapi memang salah pakai seragam. Mohon maaf 🙏", u("tts_pkm1"),
               N("neg_apology", "he apologises for the uniform; his earlier comment stands", lang="kupang"))
    fb.react(d2, u("tts_pkm1"), V("tts_pkm1", "interact", "tts-2", "like", action="like", lang="sys"))
    fb.react(d2, P("Yohanes Tse Soe"), N(lang="sys"))
    d3 = fb.post(ta(2018, 6, 28, 9, 0), "Terima kasih rakyat TTS. Katong tunggu hasil resmi KPU.", page, own())
    fb.comment(d3, ta(2018, 6, 28, 9, 30), "Tuhan berkati TTS, siapa pun yang menang 🙏", u("tts_camat"), N("neg_after_voting", "a neutral blessing", lang="kupang"))
    fb.dump()

    # a public group of Tapanuli Utara teachers (group feed), 2018 and 2024
    gid = "2" + f"{hnum('h7grp-gurutaput', 10**14):014d}"
    fb = Fb(c, "facebook/group_guru_taput_feed.json", gid, endpoint="feed", version="v18.0")
    q1 = fb.post(w(2018, 2, 10, 20, 0), "Bapak Ibu guru, sebentar lagi Pilkada. Ingat, kita guru wajib netral di kelas dan di medsos. Mauliate 🙏",
                 u("tpu_guru"), N("neg_reminder", "a teacher's neutrality reminder", lang="batak"))
    fb.comment(q1, w(2018, 2, 10, 20, 30), "Betul Lae Jonggi. Tapi kalau di hati boleh kan? 😅", P("Guru Honor Tarutung"), N())
    fb.comment(q1, w(2018, 2, 10, 20, 45), "Di hati boleh, asal tidak diposting 😂", u("tpu_guru"), N("neg_sarcasm_all", "a joke", lang="batak"))
    fb.post(w(2018, 4, 12, 19, 0), "Amang Maruhum datang ke SMP kami waktu masih bupati, bangun perpustakaan. Tanggal 27 kita balas jasanya ☝️",
            u("tpu_bidan"), V("tpu_bidan", "post", "tpu-1", "incumbent_praise", lang="batak",
                              note="she praises the incumbent's past work as a reason to vote for him during the campaign"))
    fb.post(w(2018, 5, 3, 18, 0), "Hari Pendidikan Nasional: guru Taput hebat! Marsipature hutana be, mulai dari sekolah sendiri 🙏", u("tpu_guru"),
            N("neg_motto", "the North Sumatran development motto; pair 2's slogan", lang="batak"))
    q4 = fb.post(w(2024, 1, 17, 20, 0), "Ini foto kami guru-guru SMPN 1 Tarutung waktu studi banding, ada yang pose dua jari karena difoto bilang 'peace' ✌️ 😂",
                 u("tpu_guru"), R("rev_peace_sign", "a group photo with a two-finger 'peace' pose during the Pemilu campaign, with a joke about it: a partisan "
                                 "gesture for pair 2 or an everyday sign?", actor="tpu_guru", cand="p24-2", lang="batak"),
                 photo={"description": "Guru-guru berpose di depan bus, beberapa mengacungkan dua jari"})
    fb.comment(q4, w(2024, 1, 17, 20, 30), "Hati-hati Lae, zaman pemilu dua jari bisa diartikan lain 😅", P("Guru Honor Tarutung"), N())
    fb.post(w(2024, 2, 12, 19, 0), "Masa tenang, mari istirahat dari medsos politik. Tanggal 14 nyoblos sesuai hati.", u("tpu_camat"),
            N("neg_reminder", "a quiet-day reminder"))
    fb.dump()

    # the Parepare education office's Instagram (2018 and 2024)
    ig = Ig(c, "instagram/media_disdik_parepare.json")
    own = c.inst["disdik_ppr"]["handle"]
    cm = [ig.comment(ta(2018, 1, 16, 10, 20), "Sekolah gratis lanjut terus, Puang Syamsul dua periode! 🙏", I("ppr_guru1"),
                     V("ppr_guru1", "interact", "ppr-1", "incumbent_praise", action="comment", lang="bugis",
                       note="under the office's news of the mayor's programme, a teacher asks him, a bakal calon, to continue (E codes)"))]
    ig.media(ta(2018, 1, 16, 10, 0), "Wali Kota Parepare menyerahkan seragam gratis untuk 5.000 siswa SD dan SMP.",
             N("neg_incumbent_official", "the sitting mayor's official act before the campaign"), username=own, comments=cm)
    ig.media(ta(2018, 2, 20, 9, 0), "Pemkot Parepare melalui Plt Wali Kota melanjutkan program seragam gratis tahun ajaran baru.",
             N("neg_official_neutral", "the acting mayor during the campaign leave"), username=own)
    cm = [ig.comment(ta(2018, 3, 14, 11, 0), "Puang Syamsul ji yang mulai program ini ☝️", "daeng_ancu", N(lang="bugis")),
          ig.comment(ta(2018, 3, 14, 11, 30), "Ini kegiatan dinas, mohon komentar tidak politis 🙏", I("ppr_rsud"), N("neg_reminder", "a reminder"))]
    ig.media(ta(2018, 3, 14, 10, 0), "Lomba literasi tingkat SD se-Kota Parepare. Resopa temmangingngi, anak-anak! 📚",
             N("neg_motto", "the proverb in a literacy contest; pair 1's slogan", lang="bugis"), username=own, comments=cm)
    ig.media(ta(2018, 4, 21, 19, 0), "Terima kasih Puang Syamsul atas perhatian untuk guru honorer. Resopa temmangingngi, nomor satu untuk pendidikan ☝️",
             V("inst:disdik_ppr", "inst", "ppr-1", "inst_account", lang="bugis", note="the office's account thanks the campaigning mayor with his slogan and number"),
             username=own)
    ig.media(ta(2018, 4, 22, 8, 0), "Mohon maaf, unggahan semalam dibuat di luar prosedur dan sudah dihapus. Disdik Parepare netral.",
             N("neg_apology", "the account retracts"), username=own)
    ig.media(ta(2024, 2, 1, 9, 0), "Sosialisasi pemilih pemula di SMP se-Kota Parepare bersama KPU. Pilih dengan cerdas, bukan karena amplop!",
             N("neg_how_to_vote", "voter education"), username=own)
    ig.dump_media(own)

    # the Instagram account of presidential pair 2 (business discovery), comments by officials
    ig = Ig(c, "instagram/discovery_daya02.json")
    acc = c.cands["p24-2"].handle("instagram")
    cm = [ig.comment(ta(2023, 10, 26, 20, 30), "Prof Darma harapan guru honorer! Semoga lolos sampai penetapan 🤲", I("tbl_pppk"),
                     V("tbl_pppk", "interact", "p24-2", "bakal_support", action="comment", lang="banjar", note="a PPPK teacher backs a bakal calon pair (E codes)")),
          ig.comment(ta(2023, 10, 26, 21, 0), "Semangat Prof!", "pendukung_daya", N())]
    ig.media(ta(2023, 10, 26, 20, 0), "Terima kasih, berkas pendaftaran kami lengkap di KPU. Indonesia Berdaya!", N("neg_candidate_own", "the pair's account"),
             comments=cm)
    cm = [ig.comment(w(2023, 12, 15, 21, 0), "Berdaya dari desa! 02 ✌️", I("mlg_kel1"),
                     V("mlg_kel1", "interact", "p24-2", "comment_support", action="comment")),
          ig.comment(w(2023, 12, 15, 21, 10), "Program pupuknya bagus, tapi saya belum memutuskan. Semoga debat lebih jelas.", I("mlg_seklur"),
                     N("neg_question", "a kelurahan secretary says she has not decided")),
          ig.comment(w(2023, 12, 15, 21, 25), "🔥🔥🔥", I("tgm_staf2"),
                     R("rev_emoji", "only fire emojis under a pair's campaign post from a kecamatan official: approval or a neutral reaction?",
                       actor="tgm_staf2", cand="p24-2", lang="sys"))]
    ig.media(w(2023, 12, 15, 20, 0), "Kampanye di Malang: pupuk murah, harga gabah stabil. Indonesia Berdaya! ✌️ #DAYA02", N("neg_candidate_own", "the pair's account"),
             comments=cm)
    cm = [ig.comment(ta(2024, 1, 28, 19, 40), "Mama Yohana luar biasa, perempuan timur di istana 🙏", I("tts_pppk"),
                     V("tts_pppk", "interact", "p24-2", "comment_support", action="comment", lang="kupang",
                       note="a PPPK teacher who followed pair 1 as a bakal calon now praises pair 2's running mate"))]
    ig.media(ta(2024, 1, 28, 19, 0), "Mama Yohana di Soe: perempuan Timor harus berdaya! @estermanafe terima kasih sudah menyambut 🙏",
             N("neg_candidate_own", "the pair's account", lang="kupang"), comments=cm,
             mentions=[(I("tts_pppk"), A("tts_pppk", note="tagged by the pair's account for welcoming the running mate"))])
    ig.dump_discovery(acc, "DAYA 02", "Prof. Darmawan Kusuma & Yohana Rumbiak | Capres-Cawapres No. 2", 402000, c.inst["humas_ml"]["handle"])

    # a second X search: Kalbar, Lombok and Tual in the Pemilu 2024
    x = X(c, "x/search_pemilu2024_heldout7.jsonl")
    for k, (b, loc) in {"syarifhamdani": ("kb_guru1", "Pontianak"), "madesuardika": ("lbr_guru", "Lingsar"), "karim": ("tua_sekcam", "Tual"),
                        "frans": ("tts_camat", "Soe"), "ruslin": ("kon_tani", "Unaaha"), "jeanne": ("ml_humas", "Ambon"),
                        "firdaus": ("tgm_dkp", "Kota Agung")}.items():
        x.user(c.acct(b, "x"), c.disp(b), "", loc)
    for cid in ("p24-1", "p24-2", "dpr-ss3-nas-2"):
        cd = c.cands[cid]
        x.user(cd.handle("x"), cd.name, "Akun resmi " + cd.name, None)
    x.user(c.inst["kominfo_lbr"]["handle"], c.inst["kominfo_lbr"]["nama_akun"], "Akun resmi", None)
    x.user("pontianak_now", "Pontianak Now", "", None)
    H = lambda k: c.acct(k, "x")  # noqa: E731
    t_s = x.orig(c.cands["p24-1"].handle("x"), w(2023, 12, 26, 9, 0), "Duka mendalam untuk korban banjir di Sintang. Tim kami turun membantu. 🙏")
    x.tweet(H("kb_guru1"), w(2023, 12, 26, 10, 0), "RT @suryamariam01: Duka mendalam untuk korban banjir di Sintang. Tim kami turun membantu. 🙏",
            R("rev_neutral_share", "a teacher retweets a candidate's condolence post without comment during the campaign: sharing disaster news or "
              "amplifying a candidate's account (SKB-D6)?", actor="kb_guru1", cand="p24-1"), ref=("retweeted", t_s))
    x.tweet(H("kb_guru1"), w(2024, 1, 14, 20, 0), "Sejarah mencatat, pemimpin yang terang itu yang berpihak pada guru. Bung Surya 01 ☝️ #IndonesiaTerang",
            V("kb_guru1", "post", "p24-1", "post_support"))
    x.tweet(H("lbr_guru"), ta(2024, 1, 16, 20, 0), "Tiang netral, tapi diskusi capres di kampus kemarin menarik. Dua paslon sama kuat argumennya 👍",
            N("neg_both", "a teacher assesses both pairs", lang="sasak"))
    x.tweet(H("tua_sekcam"), tp(2024, 1, 20, 19, 0), "Prof Darma deng Mama Yohana datang ke Langgur, katong samua sambut 2️⃣ ✌️ #DAYA02",
            V("tua_sekcam", "post", "p24-2", "post_support", lang="ambon"))
    x.tweet(H("tts_camat"), ta(2024, 1, 21, 18, 0), "Camat Kota Soe mengimbau warga: beda pilihan boleh, bakalae jangan. Sampai ketemu di TPS 14 Februari.",
            N("neg_reminder", "a camat's appeal for calm", lang="kupang"))
    x.tweet(H("kon_tani"), ta(2024, 1, 24, 8, 0), "Pupuk subsidi datang minggu depan, petani Unaaha siapkan kartu tani ya 🌾",
            N("neg_official_neutral", "official work"))
    x.tweet(H("ml_humas"), tp(2024, 2, 13, 22, 0), "Besok coblos, katong semua pilih dengan hati. Jaga Maluku damai 🙏", N("neg_reminder", "a quiet-day remark", lang="ambon"))
    t_y = x.orig(c.cands["dpr-ss3-nas-2"].handle("x"), ta(2024, 1, 30, 20, 0), "Terima kasih penyuluh Konawe yang hadir. #PuangYusran2")
    x.tweet(H("kon_tani"), ta(2024, 1, 30, 20, 30), "@puangyusran2 Sama-sama Puang, semoga aspirasi petani didengar 🙏",
            R("rev_reply", "an extension officer replies politely to a candidate from another province who thanked him: courtesy or engagement?",
              actor="kon_tani", cand="dpr-ss3-nas-2", lang="tolaki"), ref=("replied_to", t_y))
    x.tweet(H("tgm_dkp"), w(2024, 2, 1, 20, 0), "Nyak Firdaus masih penyuluh, bukan caleg juga 😂 Nelayan Kota Agung, jangan golput ya",
            N("neg_namesake", "the namesake again, on turnout", lang="lampung"))
    x.tweet(c.inst["kominfo_lbr"]["handle"], ta(2024, 1, 26, 10, 0), "Pemkab Lombok Barat menyiapkan 1.890 TPS. Cek lokasi TPS anda di cekdptonline.kpu.go.id",
            N("neg_official_neutral", "an election logistics notice"))
    x.tweet(c.inst["kominfo_lbr"]["handle"], ta(2024, 2, 3, 19, 0), "Lombok Barat terang benderang! Terima kasih Bung Surya atas dukungan listrik desa ☝️",
            V("inst:kominfo_lbr", "inst", "p24-1", "inst_account", lang="sasak", note="the regency's account thanks a campaigning candidate with his number sign"))
    x.tweet("pontianak_now", w(2024, 2, 3, 20, 0), "Akun pemda kok ☝️ ☝️? @lobar_info", N())
    x.dump_twarc("(Kalbar OR Lombok OR Tual OR Soe OR Konawe OR Maluku) (capres OR caleg OR pemilu) lang:in", retrieved_at="2024-02-20T02:00:00+00:00")
# ---------------------------------------------------------------------------------------------
# further files: a WIT CrowdTangle dashboard (2023–2024), two more WhatsApp chats, a Parepare Telegram group of 2024,
# a teacher's YouTube channel and TikTok comments
# ---------------------------------------------------------------------------------------------
@section
def extra_chats(c):
    def asn_page(k, cat, desc, created, followers):
        return (c.disp(k), "", c.acct(k, "facebook"), cat, desc, created, followers)

    pages = {
        "mlg": ("Maluku Hari Ini", "malukuhariini", page_id("malukuhariini"), "Media/News Company", "Berita Maluku", "2012-02-02 08:00:00", 140200),
        "ron": asn_page("ml_guru", "Teacher", "Guru Sejarah SMAN 2 Ambon", "2012-08-17 08:00:00", 2900),
        "abd": asn_page("ml_dkp", "Personal Blog", "Anak Negeri Hitu", "2014-04-14 10:00:00", 1700),
        "mrt": asn_page("tua_guru", "Teacher", "Guru SMPN 1 Tual", "2015-09-01 08:00:00", 1150),
        "yc": asn_page("tua_staf1", "Personal Blog", "Penyuluh perikanan Kei", "2017-03-03 09:00:00", 520),
    }
    ct = Ct(c, "crowdtangle/pages_maluku_2023_2024.csv", WIT, pages)
    ct.row("mlg", tp(2023, 11, 3, 16, 0), "Link", "KPU tetapkan DCT DPR Dapil Maluku: 18 partai, 72 caleg.", N("neg_news", "a news page"),
           link="https://malukuhariini.id/2023/11/03/dct-dapil-maluku", link_text="Daftar calon tetap DPR Dapil Maluku")
    ct.row("mlg", tp(2023, 11, 14, 20, 0), "Link", "Surya–Mariam nomor 1, Darmawan–Yohana nomor 2.", N("neg_news", "a news page"),
           link="https://malukuhariini.id/2023/11/14/nomor-urut-capres", link_text="Undian nomor urut capres-cawapres")
    ct.row("ron", tp(2023, 11, 10, 20, 0), "Status", "Bung Surya deng Ibu Mariam Tuasikal, anak Maluku jadi cawapres. Katong dukung! 💪",
           V("ml_guru", "post", "p24-1", "pres_window", lang="ambon", note="10 Nov 2023: between the DCT and the presidential designation; E and D codes"))
    ct.row("ron", tp(2023, 12, 9, 9, 0), "Photo", "Anak-anak kelas XII belajar sejarah Pattimura di benteng Duurstede 🏰", N("neg_personal", "school news"))
    ct.row("ron", tp(2024, 2, 15, 9, 0), "Status", "Pemilu su lewat. Ale rasa beta rasa, katong kembali basudara 🤝", N("neg_after_voting", "after the vote", lang="ambon"))
    ct.row("abd", tp(2023, 12, 10, 19, 0), "Photo", "Kampanye Ibu Mariam di Hitu, basudara samua datang. Terang untuk Semua ☝️",
           V("ml_dkp", "attend", "p24-1", "attend_campaign", lang="ambon", note="reports attending a rally of his clanswoman's pair, with the sign"))
    ct.row("abd", tp(2024, 1, 5, 9, 0), "Status", "Tuasikal banyak di Maluku, bukan samua keluarga dekat Ibu Mariam e 😄",
           N("neg_namesake", "a shared clan name", lang="ambon"))
    ct.row("mrt", tp(2023, 12, 20, 19, 0), "Photo", "Natal bersama keluarga besar Ubro di Langgur 🎄", N("neg_personal", "a family post"))
    ct.row("mrt", tp(2024, 1, 22, 20, 0), "Photo", "Foto sama Usi Maria di pasar Langgur. Su kenal dari kecil 😊",
           R("rev_photo", "a teacher posts a photo with a DPRD candidate she has known since childhood, during the campaign, without number or sign: "
             "a personal photo or a photo with a candidate to show support?", actor="tua_guru", cand="dprd-tua1-han-1", lang="ambon"))
    ct.row("mrt", tp(2024, 2, 10, 20, 0), "Status", "Tanggal 14 jang golput e anak-anak kelas IX yang su 17 tahun 🗳️", N("neg_reminder", "turnout", lang="ambon"))
    ct.row("yc", tp(2024, 1, 8, 8, 0), "Photo", "Penyerahan jaring bantuan untuk nelayan Dullah Laut, sesuai SK Wali Kota.", N("neg_official_neutral", "aid handed out by SK"))
    ct.row("yc", tp(2024, 1, 30, 19, 0), "Status", "Usi Maria pung program nelayan paling masuk akal. Nomor 1 Hanura 🧡",
           V("tua_staf1", "post", "dprd-tua1-han-1", "post_support", lang="ambon",
             note="the officer who left the Telegram group and then joined the Facebook group now posts support"))
    ct.dump()

    # iOS, Indonesian: a volunteers' group of pair 1 in Kei (WIT), exported by a volunteer
    g = "Relawan Surya-Mariam Kei"
    ob, mu, st, yc = "Om Bob Relawan", "Martha Ubro", "Siti Tamher", "Yance Ohoitimur"
    lines = [
        (tp(2023, 12, 4, 19, 0, 7), None, WA_NOTICE_ID, []),
        (tp(2023, 12, 4, 19, 1, 20), None, f"{ob} membuat grup \"{g}\"", []),
        (tp(2023, 12, 4, 19, 2, 45), None, f"{ob} menambahkan {mu}, {st}, {yc}",
         [A("tua_guru", case="added_to_group", note="added to a presidential pair's volunteers' group; she stays and says she will only read"),
          A("tua_kabid", case="added_to_group", note="added to the group; she leaves"),
          A("tua_staf1", case="added_to_group", note="added to the group; he stays silent")]),
        (tp(2023, 12, 4, 19, 9, 33), ob, "Selamat datang basudara. Bung Surya deng Ibu Mariam, anak Maluku! ☝️", [N(lang="ambon")]),
        (tp(2023, 12, 4, 19, 15, 2), None, f"{st} keluar", [N("neg_left_group", "an added official leaves", actor="tua_kabid", lang="sys")]),
        (tp(2023, 12, 4, 19, 40, 18), mu, "Danke Om Bob. Beta ASN, beta baca-baca sa e, seng ikut kampanye 🙏",
         [R("rev_stays", "added by a volunteer, she says she will not campaign but stays to read: passive exposure or membership of a winning team's "
            "group (SKB-D6)?", actor="tua_guru", cand="p24-1", lang="ambon")]),
        (tp(2023, 12, 16, 18, 30, 51), ob, "Besok kampanye di lapangan Langgur, pake baju putih ☝️", [N(lang="ambon")]),
        (tp(2024, 1, 13, 20, 5, 9), mu, "👍",
         [R("rev_siap", "the teacher who said she would only read answers a campaign call with a thumbs-up", actor="tua_guru", cand="p24-1", lang="sys")]),
        (tp(2024, 2, 11, 7, 20, 36), ob, "Masa tenang, stiker di oto tolong dilepas dulu", [N(lang="ambon")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_id", "whatsapp_ios_id", lines, group=g)

    # Android, English (UK): a school alumni group in Soe (WITA), Pilkada 2018, mostly banter
    yb, fr, dn, im = "Yuli Boimau", "Frans Camat", "Dani Guru", "+62 813-3901-2254"
    lines = [
        (ta(2018, 2, 1, 19, 58), None, WA_NOTICE_EN, []),
        (ta(2018, 2, 1, 20, 6), im, "Woe alumni 98, sapa yang ikut tim sukses? Angkat tangan 😂", [N("neg_question", "a joke question", lang="kupang")]),
        (ta(2018, 2, 1, 20, 17), dn, "Bukan beta e, beta cuma nama sama deng calon 🤣", [N("neg_namesake", "the namesake teacher", lang="kupang")]),
        (ta(2018, 2, 1, 20, 28), fr, "Nope. Camat sonde boleh 😄", [N("neg_namesake", "'Nope' as no, from a camat of the Nope clan", lang="kupang")]),
        (ta(2018, 3, 18, 19, 46), yb, "Kawan-kawan, Mama Tilda tu calon perempuan satu-satunya. Sonde ada salahnya dukung perempuan to? 😉",
         [V("tts_staf", "post", "tts-3", "post_support", lang="kupang", note="a health officer who collected KTP copies now canvasses alumni")]),
        (ta(2018, 3, 18, 19, 59), fr, "Yuli, jang kampanye di sini e, ada ASN banyak", [N("neg_reminder", "the camat rebukes her", lang="kupang")]),
        (ta(2018, 3, 18, 20, 12), yb, "Iya kaka, maaf 🙏", [N("neg_withdrawn", "she backs off; her message stands", lang="kupang")]),
        (ta(2018, 6, 27, 16, 33), im, "Su coblos samua? Foto jari dong ☝️✌️🤟", [N("neg_sarcasm_all", "a joke with every number sign", lang="kupang")]),
        (ta(2018, 6, 27, 16, 51), dn, "Jari ungu sa, sonde pake nomor 😁", [N("neg_after_voting", "voting day", lang="kupang")]),
    ]
    wa_file(c, "whatsapp/WhatsApp Chat with Alumni 98 Soe.txt", "android_gb", "whatsapp_android_en", lines)

    # a Telegram group of Parepare headmasters in the Pemilu 2024 (WITA)
    tg = Tg(c, "telegram/ChatExport_2024-02-20_kepsek_parepare_2024/result.json", "Kepsek Parepare 2024", "private_supergroup", 1622804179, WITA)
    kd, r1, r2, sk = "Baharuddin Kadis", "Rosmiati KS SDN 12", "Syamsuriadi KS SMPN 4", "Nurlina Sekdis"
    tg.msg(51, ta(2023, 11, 27, 7, 30), sk, "Bapak Ibu, besok kampanye Pemilu dimulai. Mohon sekolah steril dari alat peraga kampanye 🙏",
           N("neg_reminder", "the department secretary's reminder"))
    tg.msg(52, ta(2023, 12, 12, 19, 0), kd, "Puang Yusran itu sepupu saya, caleg DPR nomor 2 NasDem. Kalau Bapak Ibu tidak keberatan, ingat beliau di bilik suara 😊",
           V("ppr_kadis", "instruct", "dpr-ss3-nas-2", "instruct_covert", add_codes=["PP94-N3"], lang="bugis",
             note="a head of office appeals to headmasters for his cousin, a DPR candidate"))
    tg.msg(53, ta(2023, 12, 12, 19, 9), r1, "👍",
           R("rev_siap", "a thumbs-up from a headmistress to the appeal", actor="ppr_ks1", cand="dpr-ss3-nas-2", lang="sys"), reply_to_message_id=52)
    tg.msg(54, ta(2023, 12, 12, 19, 21), r2, "Tabe' Pak Kadis, kami hormati, tapi grup dinas tidak untuk caleg mana pun.",
           N("neg_objection", "a headmaster objects", lang="bugis"), reply_to_message_id=52)
    tg.msg(55, ta(2023, 12, 12, 19, 35), kd, "Iye', saya bercanda ji. Lupakan 🙏", N("neg_withdrawn", "he takes it back; the appeal stands", lang="bugis"))
    tg.msg(56, ta(2024, 1, 20, 8, 0), sk, "Bapak Ibu, ini Surat Edaran Wali Kota (Pj) tentang netralitas ASN Pemilu 2024.", N("neg_rule_quote", "the circular"),
           file="files/SE_Netralitas_ASN_Pemilu_2024.pdf")
    tg.msg(57, ta(2024, 2, 14, 15, 0), r1, "TPS di SDN 12 lancar, terima kasih penjaga sekolah 🙏", N("neg_official_neutral", "voting day"))
    c.write_json(tg.rel, tg.obj(), Tg.FMT)

    # the YouTube channel of a Malang teacher (class vlogs), comments
    Y = lambda k: c.acct(k, "youtube")  # noqa: E731
    ch = Y("mlg_guru2")
    yt = Yt(c, "youtube/comments_vlog_cakfauzi.json", "cFz" + "pemilu24v", ch)
    yt.thread(yt.comment(w(2024, 1, 20, 19, 0), "Video iki gawe pelajaran IPS: cara kerja pemilu, ora ono dukung-dukungan yo rek 😄", "Achmad Fauzi", ch,
                         N("neg_how_to_vote", "the teacher's own note on his civics video", lang="walikan")))
    top = yt.comment(w(2024, 1, 20, 19, 30), "Pak, pilih 01 atau 02? 😂", "Siswa 9C", yt_channel("h7siswa9c"), N(lang="walikan"))
    yt.thread(top, [yt.comment(w(2024, 1, 20, 19, 45), "Rahasia, LUBER JURDIL 🤫", "Achmad Fauzi", ch,
                               N("neg_negation", "he declines to say, quoting the voting principles"), parent=top)])
    top = yt.comment(w(2024, 1, 20, 20, 0), "Pak Fauzi kemarin kan nulis di YouTube dukung 02? 🤔", "Wali Murid", yt_channel("h7walimurid"), N())
    yt.thread(top, [yt.comment(w(2024, 1, 20, 20, 20), "Itu komentar pribadi di luar kelas. Di sekolah saya netral.", "Achmad Fauzi", ch,
                               R("rev_admission", "asked about his comment for pair 2, he calls it personal: an admission that confirms the earlier act, "
                                 "or a separate neutral statement?", actor="mlg_guru2", cand="p24-2"), parent=top)])
    yt.thread(yt.comment(w(2024, 1, 21, 7, 0), "Keren pak videonya, jelas banget soal surat suara 5 warna 👍", "Dewi Kartika Sari", yt_channel("h7dewi_alt"),
                         N("neg_event", "praise for the video")))
    yt.dump()

    # TikTok comments on a PPPK teacher's video
    v_l = {"id": (1705580000 << 32) + 88003}
    tt_comments(c, f"tiktok/comments_{v_l['id']}.json", v_l, [
        (ta(2024, 1, 18, 20, 30), "Mamiq Wira mantap 👍", N(lang="sasak"), None),
        (ta(2024, 1, 18, 20, 44), "Bu guru, bukannya PPPK dilarang kampanye?", N("neg_reminder", "a viewer's reminder"), None),
        (ta(2024, 1, 18, 21, 2), "Tiang juga guru di Gerung, sami pilih Mamiq Wira, tapi diam-diam 🤫",
         R("rev_identity", "an anonymous commenter says she is a teacher in Gerung backing the candidate; the API withholds the author", cand="dpr-nb2-pks-1",
           lang="sasak"), None),
        (ta(2024, 1, 18, 21, 15), "Laporkan ke Bawaslu Lobar", N(lang="sasak"), 1),
        (ta(2024, 1, 19, 7, 0), "Side sampun hapus video, Bu? 😅", N(lang="sasak"), None),
    ])
# ---------------------------------------------------------------------------------------------
# a second canonical file: coordinated likes in Kota Agung, team membership, a spouse's campaign, shares, more exposure
# and genuine doubts
# ---------------------------------------------------------------------------------------------
@section
def canonical_b(c):
    cn = Canon(c, "canonical/activities_heldout7_b.jsonl", "h7b")
    W = cn.who

    def ch(cid, platform, name=None, text=None):
        cd = c.cands[cid]
        return tgt(cd.handle(platform), name or cd.name, text)

    bs = ch("tgm-1", "facebook", "Hj. Suryani Hasan", "Terima kasih dukungan warga Kota Agung. Begawi Jejama Lanjutkan! #BundaSuryani1")
    for k, when in (("tgm_camat", w(2018, 1, 22, 20, 2)), ("tgm_staf1", w(2018, 1, 22, 20, 6)), ("tgm_staf2", w(2018, 1, 22, 20, 11))):
        cn.add(V(k, "interact", "tgm-1", "like_coordinated", action="like", lang="sys",
                 note="the camat and two of his staff like the bakal calon's post within ten minutes, an hour after his appeal in the office chat (E4)"),
               "facebook", "reaction", when, W(k, "facebook"), target=bs, style="z")
    cn.add(V("kb_staf2", "team", "kb-1", "team_member", lang="pontianak", note="an engineer announces she coordinates the pair's volunteers in her district"),
           "instagram", "post", w(2018, 3, 25, 20, 0), W("kb_staf2", "instagram"),
           "Alhamdulillah dipercaya jadi koordinator relawan Bang Rusdi se-Kecamatan Sungai Raya. Bismillah 💪 #RusdiYohanes1")
    cn.add(R("rev_spouse", "a doctor accompanies her husband to his declaration as a DPRD bakal calon: the spouse rule (SKB-E7) applies only without "
             "unpaid leave, which the post does not mention", actor="mlg_pkm", cand="dprd-mlg3-pdip-4"), "instagram", "post", w(2023, 10, 15, 20, 0),
           W("mlg_pkm", "instagram"), "Nemani suami deklarasi pencalonan DPRD. Bismillah 🤲", media=[img("Dokter berdiri di samping suaminya di panggung deklarasi")])
    cn.add(V("mlg_pkm", "post", "dprd-mlg3-pdip-4", "spouse_support", lang="walikan", note="she then posts her husband's ballot number and party"),
           "instagram", "post", w(2024, 1, 26, 20, 0), W("mlg_pkm", "instagram"), "Nyuwun dungane, suami nomer 4 PDI Perjuangan Dapil Malang 3 🙏 #CakYanuar4")
    for k, cid, plat, when, text, ttext, lang in (
        ("tbl_staf2", "tbl-2", "facebook", ta(2018, 4, 9, 20, 0), "Setuju banar! 👍", "Tabalong Bungas: beasiswa untuk anak petani karet #SyahraniDedi2", "banjar"),
        ("tua_staf1", "tua-1", "facebook", tp(2018, 4, 20, 19, 0), "Bung Hamid pung program nelayan paling mantap ☝️", "Kapal 5 GT untuk nelayan Tual #HamidOcep1", "ambon"),
        ("lbr_tani", "lbr-1", "facebook", ta(2018, 4, 2, 19, 0), "Mamiq Sukarta pasti menang, tiang kawal di Narmada! ☝️", "Dialog petani Narmada bersama Mamiq Sukarta", "sasak"),
    ):
        cn.add(V(k, "interact", cid, "comment_support", action="comment", lang=lang), plat, "comment", when, W(k, plat), text,
               target=ch(cid, plat, None, ttext))
    for k, cid, plat, when, text, ttext, lang in (
        ("kb_biro", "kb-1", "facebook", w(2018, 5, 5, 20, 0), "Ini baru gubernur 👍", "Program jalan desa 1.000 km, Kalbar Akcaya Bersatu! #RusdiYohanes1", "pontianak"),
        ("tpu_tani", "tpu-1", "facebook", w(2018, 4, 1, 19, 0), "Bagikan ma, on do bupati ta! 💪", "Amang Maruhum: pupuk murah untuk petani Taput #HorasTaput", "batak"),
        ("ppr_guru1", "ppr-1", "facebook", ta(2018, 5, 1, 20, 0), "", "Resopa temmangingngi: 1.000 beasiswa untuk anak Parepare #SyamsulNur1", "sys"),
    ):
        cn.add(V(k, "post", cid, "share", action="share", lang=lang), plat, "share", when, W(k, plat), text, target=ch(cid, plat, None, ttext))
    cn.add(R("rev_identity", "a profile bearing only the teacher's name (the registry lists no Facebook account for her) joins a DPD bakal calon's group "
             "before the DCT: the same person?", actor="kb_guru2", cand="dpd-kb-24", lang="sys"),
           "facebook", "join_group", w(2023, 10, 20, 20, 0), {"name": c.disp("kb_guru2")}, group={"id": "g-sahabat-kakuray", "name": "Sahabat Kak Uray DPD Kalbar"})
    cn.add(V("kon_camat", "instruct", "kon-1", "decision_favour", add_codes=["SKB-D12", "PP94-N5"], lang="tolaki",
             note="a camat grants one pair the village hall and refuses the other: a decision favouring one candidate"),
           "whatsapp", "message", ta(2018, 4, 18, 8, 0), W("kon_camat", "whatsapp"),
           "Balai desa hari Sabtu untuk tim Pak Kahar. Tim nomor 2 cari tempat lain saja, sudah penuh 😉",
           group={"id": "wa-kades-wawotobi", "name": "Kepala Desa se-Wawotobi"})

    # exposure
    t1 = ch("tpu-2", "facebook", "Jonggi Situmorang", "Horas Siborongborong! Terima kasih Pak Camat Binsar atas sambutannya #JonggiBernard2")
    cn.add(A("tpu_camat", note="tagged by pair 2's page; he asks to be untagged"), "facebook", "tagged", w(2018, 4, 14, 19, 0), W("tpu_camat", "facebook"),
           initiated_by={"id": c.cands["tpu-2"].handle("facebook"), "name": "Jonggi Situmorang"}, target=t1)
    cn.add(N("neg_untag", "he asks for the tag to be removed", lang="batak"), "facebook", "comment", w(2018, 4, 14, 19, 30), W("tpu_camat", "facebook"),
           "Mauliate Lae, tapi camat melayani semua paslon. Mohon tag dihapus 🙏", target=t1)
    t2 = ch("kb-2", "instagram", "Veronika Ansiap", "Bersama para dokter muda RSUD Soedarso @dr.lidiaaping #VISI2")
    cn.add(A("kb_dokter", note="tagged by pair 2's account in 2018; no reaction"), "instagram", "tagged", w(2018, 4, 10, 20, 0), W("kb_dokter", "instagram"),
           initiated_by={"handle": c.cands["kb-2"].handle("instagram"), "name": "Veronika Ansiap"}, target=t2)
    cn.add(A("tts_pkm1", case="added_to_group", note="added to a pair's Facebook group by its team; no activity follows"), "facebook", "added_to_group",
           ta(2018, 3, 20, 19, 0), W("tts_pkm1", "facebook"), initiated_by={"name": "Relawan DAGU Soe"},
           group={"id": "g-relawan-dagu-soe", "name": "Relawan DAGU Kota Soe"})
    cn.add(A("ml_humas", case="added_to_group", note="her head of bureau puts her in a pair's campaign group"), "whatsapp", "added_to_group",
           tp(2018, 3, 5, 20, 0), W("ml_humas", "whatsapp"), initiated_by={"name": c.disp("ml_kabiro")},
           group={"id": "wa-tim-yusufsam-media", "name": "Tim Media Yusuf–Sam"},
           extra=[V("ml_kabiro", "instruct", "ml-1", "instruct_add_staff", by_actor=True, add_codes=["PP94-N3"], lang="sys",
                    note="a head of bureau adds a press officer to a governor pair's media team group")])
    cn.add(A("ppr_ks2", case="added_to_group", note="added by his head of office to a DPR candidate's group; he leaves"), "telegram", "added_to_group",
           ta(2023, 12, 13, 19, 0), W("ppr_ks2", "telegram"), initiated_by={"name": c.disp("ppr_kadis")},
           group={"id": "tg-relawan-puangyusran-pare", "name": "Relawan Puang Yusran Parepare"},
           extra=[V("ppr_kadis", "instruct", "dpr-ss3-nas-2", "instruct_add_staff", by_actor=True, lang="sys",
                    note="the head of office adds a headmaster to his cousin's volunteers' group the day after withdrawing his appeal")])
    cn.add(N("neg_left_group", "the headmaster says why he leaves", lang="bugis"), "telegram", "message", ta(2023, 12, 13, 19, 20), W("ppr_ks2", "telegram"),
           "Tabe' Pak, saya keluar dulu, saya kepala sekolah 🙏", group={"id": "tg-relawan-puangyusran-pare", "name": "Relawan Puang Yusran Parepare"})

    # genuine doubts
    cn.add(R("rev_peace_sign", "a family photo in which the children make a V sign, during the presidential campaign: pair 2's sign or a child's pose?",
             actor="kon_guru", cand="p24-2", lang="tolaki"), "facebook", "post", ta(2024, 1, 1, 10, 0), W("kon_guru", "facebook"),
           "Liburan tahun baru di Pantai Toronipa bersama anak-anak 🏖️", media=[img("Guru dan dua anaknya berpose dua jari di pantai")])
    cn.add(R("rev_amin", "a bare 'Aamiin' under a candidate's prayer post during the campaign from a finance officer who joined his group", actor="tbl_staf2",
             cand="tbl-2", lang="banjar"), "facebook", "comment", ta(2018, 5, 17, 19, 0), W("tbl_staf2", "facebook"), "Aamiin ya Allah",
           target=ch("tbl-2", "facebook", "Syahrani Bakeri", "Marhaban ya Ramadhan. Semoga Tabalong diberkahi 🤲"))
    cn.add(R("rev_inst_visit", "the kecamatan's page documents a sitting DPR member's recess visit during the campaign: official recess or promotion?",
             actor="inst:kec_grg", cand="dpr-nb2-pks-1"), "facebook", "post", ta(2024, 1, 10, 14, 0),
           {"id": c.inst["kec_grg"]["handle"], "name": c.inst["kec_grg"]["nama_akun"]},
           "Kunjungan reses anggota DPR RI Mamiq Wira di Kantor Camat Gerung, menyerap aspirasi petani.",
           media=[img("Anggota DPR berbicara di aula kantor camat")])
    cn.add(R("rev_greeting", "a birthday greeting to a candidate during the campaign", actor="tua_staf1", cand="tua-1", lang="ambon"),
           "facebook", "comment", tp(2018, 5, 10, 20, 0), W("tua_staf1", "facebook"), "Selamat ulang tahun Bung Hamid, Tuhan berkati 🎂",
           target=ch("tua-1", "facebook", "H. Abdul Hamid Renwarin", "Terima kasih doa-doanya di hari ulang tahun saya"))
    cn.add(R("rev_after_vote", "congratulations with the one-finger sign the day after the vote, before the official result", actor="ml_humas", cand="p24-1",
             lang="ambon"), "instagram", "post", tp(2024, 2, 15, 10, 0), W("ml_humas", "instagram"), "Selamat Bung Surya deng Ibu Mariam, hitung cepat unggul ☝️")
    cn.add(R("rev_ambiguous", "'he will surely win' with no name, posted on the day of a pair 2 rally: whom does she mean?", actor="tts_pkm2", cand="tts-2",
             lang="kupang"), "instagram", "post", ta(2018, 4, 18, 21, 0), W("tts_pkm2", "instagram"), "Dia pasti menang, beta yakin 💯")
    cn.add(R("rev_duty_photo", "a Satpol PP officer posts a photo at a rally with a thumbs-up: on duty or showing support?", actor="kb_satpol", cand="kb-3",
             lang="pontianak"), "facebook", "post", w(2018, 4, 28, 20, 0), W("kb_satpol", "facebook"), "Pengamanan kampanye di Lapangan Keboen Sajoek 👍",
           media=[img("Petugas Satpol PP berdiri di depan panggung kampanye Petrus Ajun, mengacungkan jempol")])
    cn.add(R("rev_neutral_share", "a nurse shares a candidate's flood-relief post without comment during the campaign", actor="tts_pkm1", cand="tts-1",
             lang="sys"), "facebook", "share", ta(2018, 3, 30, 19, 0), W("tts_pkm1", "facebook"), "",
           target=ch("tts-1", "facebook", "Drs. Markus Tafuli", "Bantuan untuk korban banjir Amanuban Selatan, mari bergandeng tangan"))
    cn.add(R("rev_quick_count", "a teacher posts a quick-count picture with 'Alhamdulillah' on voting night", actor="ppr_guru1", cand="ppr-1", lang="bugis"),
           "instagram", "post", ta(2018, 6, 27, 19, 0), W("ppr_guru1", "instagram"), "Alhamdulillah 🤲",
           media=[img("Tangkapan layar hitung cepat", text="HITUNG CEPAT PILWALKOT PAREPARE: 01 54,2% - 02 45,8%")])

    # hard negatives
    for lab, plat, when, k, text in (
        (N("neg_everyday_word", "'visi' (vision) in an eye-care talk", lang="pontianak"), "instagram", w(2018, 3, 8, 10, 0), "kb_dokter",
         "Penyuluhan kesehatan mata: jaga visi anak-anak dari gawai 👀"),
        (N("neg_everyday_word", "'nope' in English-mixed banter; candidate tts-3's surname is Nope", lang="en"), "instagram", ta(2018, 4, 30, 20, 0), "tts_pkm2",
         "Diet hari pertama? Nope, besok saja 😂🍰"),
        (N("neg_everyday_word", "'anang' (Banjar for a boy)", lang="banjar"), "facebook", ta(2018, 3, 27, 18, 0), "tbl_staf2", "Anang ulun juara mengaji di TPA 🥹"),
        (N("neg_motto", "the Lampung provincial motto on its anniversary", lang="lampung"), "facebook", w(2018, 3, 18, 8, 0), "tgm_camat",
         "Dirgahayu Provinsi Lampung. Sai Bumi Ruwa Jurai! 🎉"),
        (N("neg_how_to_vote", "how to vote at a hospital TPS", lang="bugis"), "instagram", ta(2018, 6, 25, 10, 0), "ppr_rsud",
         "Pasien rawat inap tetap bisa memilih, petugas KPPS keliling ke bangsal tanggal 27 🗳️"),
        (N("neg_complaint", "a complaint about campaign noise", lang="kupang"), "facebook", ta(2018, 4, 21, 22, 0), "tts_camat",
         "Kampanye boleh, mar sound system jang sampe jam 11 malam e, orang sakit mau istirahat 😤"),
        (N("neg_news", "relaying the count result naming every pair"), "facebook", tp(2018, 7, 5, 10, 0), "ml_guru",
         "KPU Maluku umumkan hasil rekapitulasi Pilgub 2018 untuk kedua pasangan calon. Mari terima hasil dengan damai."),
    ):
        cn.add(lab, plat, "post", when, W(k, plat), text)
    cn.dump()
# ---------------------------------------------------------------------------------------------
# further files: slang, leetspeak and English-mixed posts (TikTok, Instagram), Pemilu 2024
# ---------------------------------------------------------------------------------------------
@section
def extra_slang(c):
    T = lambda k: c.acct(k, "tiktok")  # noqa: E731
    I = lambda k: c.acct(k, "instagram")  # noqa: E731
    tt = Tt(c, "tiktok/videos_query_heldout7_b.jsonl")
    tt.video(T("kb_pppk"), w(2023, 12, 9, 20, 0), "bestie2 kantor, no debat ya, 01 tuh udh paling the best fr fr ☝️🔥 #SuryaMariam01",
             V("kb_pppk", "post", "p24-1", "post_support", lang="slang"))
    tt.video(T("kb_pppk"), w(2024, 1, 6, 21, 0), "p1l1h 0k3 n0m0r 2 b1ar b3rd4y4 😎 (ini akun parodi ya gaes)",
             R("rev_parody", "leetspeak support for pair 2 from the PPPK who backed pair 1, flagged by himself as parody: a joke or support?",
               actor="kb_pppk", cand="p24-2", lang="slang"))
    tt.video(T("mlg_dishub"), w(2024, 1, 13, 16, 0), "Healing dulu abis dinas pagi, no politics today ✌️😆", N("neg_everyday_word", "'no politics', a peace sign and a laugh", lang="en"))
    tt.video(T("mlg_pppk"), w(2024, 2, 2, 19, 0), "Ngajar anak2 jgn golput wkwk, pilih sesuai hati ya gaes 🗳️💯",
             N("neg_how_to_vote", "turnout, no side", lang="slang"))
    tt.video(T("tbl_pppk"), ta(2024, 2, 6, 19, 0), "OTW kampanye akbar, kaos udah siap, 4️⃣ Gusti Iqbal let's gooo 💪🔥",
             V("tbl_pppk", "attend", "dpr-ks1-ger-4", "attend_campaign", lang="slang"), voice="let's go nomor empat")
    tt.video(T("tts_pppk"), ta(2024, 2, 9, 18, 0), "Last day kampanye, vibes-nya beda 😭 anyway jgn lupa coblos ya guys",
             N("neg_reminder", "a turnout remark without a side", lang="en"))
    tt.video(T("ml_pppk"), tp(2024, 1, 19, 19, 0), "Date night but make it debat capres 🤣 who won? comment below 👇",
             N("neg_question", "asks viewers who won, no side", lang="en"))
    tt.video(T("kon_pppk"), ta(2024, 2, 10, 20, 0), "GAS POL 3️⃣ PAN! Wa Ode Nur for Senayan, periodt 💅",
             V("kon_pppk", "post", "dpr-sg-pan-3", "post_support", lang="slang"))
    tt.video(T("tpu_pppk"), w(2024, 2, 14, 15, 0), "Udah nyoblos, jari ungu, mood: lega 😮‍💨 #Pemilu2024",
             N("neg_after_voting", "voting day", lang="slang"))
    tt.dump()

    ig = Ig(c, "instagram/media_jeannelatumahina.json")
    own = I("ml_humas")
    ig.media(tp(2023, 11, 28, 19, 0), "Campaign season starts today. Reminder to self: ASN stays neutral, no likes, no shares 🙏 #NetralitasASN",
             N("neg_rule_quote", "the press officer quotes the rule to herself", lang="en"), username=own)
    ig.media(tp(2023, 12, 24, 20, 0), "Christmas eve di Soya. Terang di hati, damai di bumi 🎄", N("neg_everyday_word", "'terang' at Christmas", lang="en"), username=own)
    cm = [ig.comment(tp(2024, 1, 6, 22, 30), "Kak, kok ada Bung Surya? 👀", "nona_ambon", N())]
    ig.media(tp(2024, 1, 6, 22, 0), "Liputan kunjungan hari ini. Long day, but worth it 🙌 #TerangUntukSemua",
             V("ml_humas", "post", "p24-1", "post_support", lang="en", note="after covering the visit she posts with the pair's slogan hashtag"),
             username=own, comments=cm)
    ig.media(tp(2024, 1, 7, 8, 0), "Okay, deleted the hashtag. My bad, still learning the rules 🙏", N("neg_apology", "she removes the hashtag; the act stands", lang="en"),
             username=own)
    ig.dump_media(own)
