"""dev workspace: Jawa Tengah (Kabupaten Banyumas, Kota Semarang), Sumatera Barat (Kota Padang) and
Sulawesi Utara (Kota Manado). WIB and WITA. Every person, account, post, phone number and id is fictional;
regions (Kemendagri codes 33, 33.02, 33.74, 13, 13.71, 71, 71.71), parties and calendars are real."""

from __future__ import annotations

from datetime import date

from _corpus import (
    WIB,
    WITA,
    A,
    Canon,
    Cand,
    Contest,
    Ct,
    Election,
    Fb,
    Ig,
    N,
    R,
    Tg,
    Tt,
    V,
    X,
    Yt,
    at,
    fb_person,
    img,
    png_shot,
    tg_account_export,
    tg_contact,
    tg_phone,
    tg_uid,
    tgt,
    tt_comments,
    wa_file,
    wa_phone,
    yt_channel,
    PILKADA_DESIGNATION,
)
from _corpus import wib, wita




JATENG = "Pemerintah Provinsi Jawa Tengah"
BMS = "Pemerintah Kabupaten Banyumas"
SMG = "Pemerintah Kota Semarang"
PDG = "Pemerintah Kota Padang"
SUMBAR = "Pemerintah Provinsi Sumatera Barat"
KEMENAG_PDG = "Kantor Kementerian Agama Kota Padang"
MDO = "Pemerintah Kota Manado"
SULUT = "Pemerintah Provinsi Sulawesi Utara"

YT = {
    k: yt_channel("dev" + k)
    for k in (
        "J03",
        "J04",
        "P06",
        "P09",
        "kpujateng",
        "zulfitri",
        "kominfomdo",
        "hadisusilo",
        "c1",
        "c2",
        "c3",
        "c4",
        "c5",
        "c6",
        "c7",
        "c8",
        "c9",
        "c10",
        "c11",
        "c12",
        "bram",
    )
}


def registry(c):
    A_ = c.add_asn
    # ---- Pemerintah Provinsi Jawa Tengah -----------------------------------------------------
    A_(
        "J01",
        "19700314",
        "199703",
        2,
        4,
        "Dra. Sri Rahayu Wulandari, M.Pd.",
        "Kepala Cabang Dinas Pendidikan Wilayah X",
        JATENG,
        "Cabang Dinas Pendidikan Wilayah X, Dinas Pendidikan dan Kebudayaan",
        "Kabupaten Banyumas",
        "PNS",
        {"whatsapp": "+6281327110401"},
    )
    A_(
        "J02",
        "19880921",
        "201403",
        1,
        7,
        "Agung Prasetyo, S.Kom.",
        "Pranata Komputer Ahli Muda",
        JATENG,
        "Dinas Komunikasi dan Informatika",
        "Kota Semarang",
        "PNS",
        {"x": "agung_prasetyo", "facebook": "100081230000211"},
    )
    A_(
        "J03",
        "19850602",
        "201001",
        2,
        15,
        "Dwi Hartanti, S.Pd.",
        "Guru Ahli Muda",
        JATENG,
        "SMA Negeri 2 Purwokerto",
        "Kabupaten Banyumas",
        "PNS",
        {"facebook": "100081230000212", "instagram": "dwi.hartanti", "youtube": YT["J03"]},
    )
    A_(
        "J04",
        "19790118",
        "200501",
        1,
        9,
        "Eko Budiyanto, S.T.",
        "Teknik Jalan dan Jembatan Ahli Muda",
        JATENG,
        "Dinas Pekerjaan Umum Bina Marga dan Cipta Karya",
        "Kota Semarang",
        "PNS",
        {"youtube": YT["J04"], "facebook": "100081230000213"},
    )
    A_(
        "J05",
        "19900707",
        "201712",
        2,
        21,
        "dr. Ratih Kusumaningrum",
        "Dokter Ahli Pertama",
        JATENG,
        "RSUD Prof. Dr. Margono Soekarjo",
        "Kabupaten Banyumas",
        "PNS",
        {"facebook": "100081230000214", "instagram": "dr.ratihkusuma"},
    )
    A_(
        "J06",
        "19920304",
        "201903",
        1,
        3,
        "Yohanes Bayu Aji, S.Sos.",
        "Analis Kebijakan Ahli Pertama",
        JATENG,
        "Biro Umum Sekretariat Daerah",
        "Kota Semarang",
        "PNS",
        {"facebook": "100081230000215"},
        disp="Bayu Aji",
    )
    A_(
        "J07",
        "19931111",
        "202310",
        2,
        44,
        "Nur Khasanah, S.Pd.",
        "Guru Ahli Pertama",
        JATENG,
        "SMK Negeri 2 Purwokerto",
        "Kabupaten Banyumas",
        "PPPK",
        {"facebook": "100081230000216", "whatsapp": "+6285726330407"},
    )
    A_(
        "J08",
        "19810525",
        "200604",
        1,
        12,
        "Hadi Susilo, S.H.",
        "Kepala Seksi Penegakan Peraturan Daerah",
        JATENG,
        "Satuan Polisi Pamong Praja",
        "Kota Semarang",
        "PNS",
        {"x": "hadisusilo_smg"},
    )
    A_(
        "J09",
        "19760909",
        "200212",
        1,
        5,
        "Drs. Sugiyanto",
        "Kepala Sekolah",
        JATENG,
        "SMA Negeri 4 Purwokerto",
        "Kabupaten Banyumas",
        "PNS",
        {"whatsapp": "+6281327110409"},
    )
    A_(
        "J10",
        "19840412",
        "201101",
        2,
        9,
        "Lestari Handayani, S.Pd., M.Pd.",
        "Kepala Sekolah",
        JATENG,
        "SMA Negeri 5 Purwokerto",
        "Kabupaten Banyumas",
        "PNS",
        {"whatsapp": "+6281327110410"},
    )
    # ---- Pemerintah Kabupaten Banyumas -------------------------------------------------------
    A_(
        "B01",
        "19720815",
        "199803",
        1,
        6,
        "Drs. Bambang Irawan, M.Si.",
        "Camat Sokaraja",
        BMS,
        "Kecamatan Sokaraja",
        "Kabupaten Banyumas",
        "PNS",
        {"whatsapp": "+6281226510501", "facebook": "100064771200501"},
    )
    A_(
        "B02",
        "19860228",
        "201101",
        2,
        11,
        "Siti Maryam, S.E.",
        "Kepala Seksi Pemerintahan",
        BMS,
        "Kecamatan Sokaraja",
        "Kabupaten Banyumas",
        "PNS",
        {"whatsapp": "+6281226510502", "instagram": "sitimaryam.skj"},
    )
    A_(
        "B03",
        "19950630",
        "202210",
        1,
        31,
        "Tri Wahyono",
        "Pengadministrasi Perkantoran",
        BMS,
        "Kecamatan Sokaraja",
        "Kabupaten Banyumas",
        "PPPK",
        {"whatsapp": "+6285640510503"},
    )
    A_(
        "B04",
        "19800120",
        "200501",
        1,
        14,
        "Rudi Hartanto, S.Pd.",
        "Kepala Sekolah",
        BMS,
        "SD Negeri 1 Kembaran",
        "Kabupaten Banyumas",
        "PNS",
        {"facebook": "100081230000504", "tiktok": "rudihartanto.kepsek"},
    )
    A_(
        "B05",
        "19870817",
        "201001",
        2,
        23,
        "Sri Wahyuni, S.Pd.SD",
        "Guru Ahli Muda",
        BMS,
        "SD Negeri 3 Kembaran",
        "Kabupaten Banyumas",
        "PNS",
        {"facebook": "100081230000505"},
    )
    A_(
        "B06",
        "19910203",
        "201503",
        1,
        19,
        "Wahyu Nugroho, S.Kep., Ns.",
        "Perawat Ahli Pertama",
        BMS,
        "RSUD Banyumas",
        "Kabupaten Banyumas",
        "PNS",
        {"tiktok": "wahyunugroho_ns", "facebook": "100081230000506"},
    )
    A_(
        "B07",
        "19890909",
        "201403",
        2,
        27,
        "Endang Susilowati, A.Md.Keb.",
        "Bidan Terampil",
        BMS,
        "UPTD Puskesmas Sokaraja I",
        "Kabupaten Banyumas",
        "PNS",
        {"facebook": "100081230000507", "instagram": "endangsusilo.bidan"},
    )
    A_(
        "B08",
        "19780404",
        "200312",
        1,
        8,
        "Agus Setiawan, S.P.",
        "Penyuluh Pertanian Ahli Muda",
        BMS,
        "BPP Sumbang, Dinas Pertanian dan Ketahanan Pangan",
        "Kabupaten Banyumas",
        "PNS",
        {"whatsapp": "+6281327510508"},
    )
    A_(
        "B09",
        "19750611",
        "200003",
        1,
        4,
        "Joko Purnomo, S.Sos., M.Si.",
        "Kepala Bidang Informasi dan Komunikasi Publik",
        BMS,
        "Dinas Komunikasi dan Informatika",
        "Kabupaten Banyumas",
        "PNS",
        {"whatsapp": "+6281128510509"},
    )
    A_(
        "B10",
        "19940505",
        "202212",
        2,
        35,
        "Ika Pratiwi, S.I.Kom.",
        "Pranata Hubungan Masyarakat Ahli Pertama",
        BMS,
        "Dinas Komunikasi dan Informatika",
        "Kabupaten Banyumas",
        "PPPK",
        {"whatsapp": "+6285712510510", "facebook": "100081230000510"},
    )
    A_(
        "B11",
        "19930801",
        "201909",
        1,
        41,
        "Slamet Riyadi",
        "Polisi Pamong Praja Terampil",
        BMS,
        "Satuan Polisi Pamong Praja",
        "Kabupaten Banyumas",
        "PNS",
        {"tiktok": "slametriyadi_pp", "facebook": "100081230000511"},
    )
    A_(
        "B12",
        "19690303",
        "199403",
        2,
        2,
        "Dra. Heni Kuswanti, M.Pd.",
        "Sekretaris Dinas",
        BMS,
        "Dinas Pendidikan",
        "Kabupaten Banyumas",
        "PNS",
        {"facebook": "100081230000512", "whatsapp": "+6281391510512"},
    )
    A_(
        "B13",
        "19900110",
        "201403",
        1,
        28,
        "Anggit Prasetya, S.Kom.",
        "Pranata Komputer Ahli Pertama",
        BMS,
        "Dinas Pendidikan",
        "Kabupaten Banyumas",
        "PNS",
        {"facebook": "100081230000513"},
    )
    A_(
        "B14",
        "19920818",
        "201903",
        1,
        44,
        "Fajar Nugraha, S.E.",
        "Analis Keuangan",
        BMS,
        "Dinas Pendidikan",
        "Kabupaten Banyumas",
        "PNS",
        {"facebook": "100081230000514"},
    )
    A_(
        "B15",
        "19880214",
        "201212",
        2,
        17,
        "Lina Marlina, S.Pd.",
        "Pengembang Teknologi Pembelajaran Ahli Muda",
        BMS,
        "Dinas Pendidikan",
        "Kabupaten Banyumas",
        "PNS",
        {"facebook": "100081230000515"},
    )
    A_(
        "B16",
        "19950927",
        "202210",
        1,
        52,
        "Yuda Kurniawan, A.Md.",
        "Pengelola Data",
        BMS,
        "Dinas Pendidikan",
        "Kabupaten Banyumas",
        "PPPK",
        {"facebook": "100081230000516"},
    )
    A_(
        "B17",
        "19900322",
        "202303",
        1,
        61,
        "Kusnadi, S.Pd.",
        "Guru Ahli Pertama",
        BMS,
        "SD Negeri 2 Sumbang",
        "Kabupaten Banyumas",
        "PPPK",
        {"facebook": "100081230000517"},
    )
    A_(
        "B18",
        "19830707",
        "200901",
        2,
        13,
        "Suparmi",
        "Pengadministrasi Umum",
        BMS,
        "Kelurahan Bancarkembar",
        "Kabupaten Banyumas",
        "PNS",
        {"facebook": "100081230000518"},
    )
    A_(
        "B19",
        "19860101",
        "201001",
        1,
        30,
        "Tarsono, S.Pd.",
        "Guru Ahli Muda",
        BMS,
        "SMP Negeri 1 Kembaran",
        "Kabupaten Banyumas",
        "PNS",
        {"tiktok": "pak.tarsono"},
    )
    A_(
        "B20",
        "19910416",
        "201712",
        2,
        36,
        "Rina Febrianti, S.Farm., Apt.",
        "Apoteker Ahli Pertama",
        BMS,
        "UPTD Puskesmas Kembaran I",
        "Kabupaten Banyumas",
        "PNS",
        {"instagram": "rinafebri.apt"},
    )
    # ---- Pemerintah Kota Semarang ------------------------------------------------------------
    A_(
        "S01",
        "19770619",
        "200312",
        1,
        10,
        "Ir. Budi Santoso, M.T.",
        "Kepala Bidang Jalan",
        SMG,
        "Dinas Pekerjaan Umum",
        "Kota Semarang",
        "PNS",
        {"x": "budisantoso_pu", "facebook": "100081230000601"},
    )
    A_(
        "S02",
        "19820202",
        "200801",
        2,
        18,
        "Anita Damayanti, S.Sos.",
        "Lurah Tembalang",
        SMG,
        "Kelurahan Tembalang, Kecamatan Tembalang",
        "Kota Semarang",
        "PNS",
        {"facebook": "100081230000602"},
    )
    A_(
        "S03",
        "19960515",
        "202002",
        1,
        7,
        "Galih Pamungkas, S.Kom.",
        "Pranata Komputer Ahli Pertama",
        SMG,
        "Kecamatan Tembalang",
        "Kota Semarang",
        "PNS",
        {"x": "galihpmgks"},
    )
    A_(
        "S04",
        "19890730",
        "201403",
        2,
        31,
        "Maria Ulfa, S.Pd.",
        "Guru Ahli Muda",
        SMG,
        "SD Negeri Sendangmulyo 02",
        "Kota Semarang",
        "PNS",
        {"instagram": "mariaulfa.guru"},
    )
    A_(
        "S05",
        "19840909",
        "201001",
        1,
        26,
        "Hendro Wibisono, S.H., M.H.",
        "Analis Hukum Ahli Muda",
        SMG,
        "Bagian Hukum Sekretariat Daerah",
        "Kota Semarang",
        "PNS",
        {"x": "hendro_wbs"},
    )
    A_(
        "S06",
        "19970121",
        "202308",
        2,
        16,
        "Puji Lestari, A.Md.Kep.",
        "Perawat Terampil",
        SMG,
        "UPTD Puskesmas Kedungmundu",
        "Kota Semarang",
        "PPPK",
        {"whatsapp": "+6289512660506"},
    )
    A_(
        "S07",
        "19850305",
        "201101",
        1,
        22,
        "Yosef Kristanto",
        "Pengatur Lalu Lintas",
        SMG,
        "Dinas Perhubungan",
        "Kota Semarang",
        "PNS",
        {"x": "yosef_kris"},
    )
    A_(
        "S08",
        "19810811",
        "200701",
        2,
        19,
        "Rahmawati, S.E.",
        "Bendahara Pengeluaran",
        SMG,
        "Kecamatan Banyumanik",
        "Kota Semarang",
        "PNS",
        {"facebook": "100081230000608"},
    )
    # ---- Kota Padang, Provinsi Sumatera Barat, Kemenag Kota Padang ---------------------------
    A_(
        "P01",
        "19710707",
        "199803",
        1,
        5,
        "Drs. Syafrizal, M.M.",
        "Camat Kuranji",
        PDG,
        "Kecamatan Kuranji",
        "Kota Padang",
        "PNS",
        {"telegram": "+6281266330601"},
    )
    A_(
        "P02",
        "19830412",
        "200901",
        2,
        14,
        "Yuliarni, S.E.",
        "Kepala Seksi Kesejahteraan Sosial",
        PDG,
        "Kecamatan Kuranji",
        "Kota Padang",
        "PNS",
        {"telegram": "+6281374330602"},
    )
    A_(
        "P03",
        "19960912",
        "202212",
        1,
        29,
        "Rio Saputra, S.Kom.",
        "Pranata Komputer Ahli Pertama",
        PDG,
        "Kecamatan Kuranji",
        "Kota Padang",
        "PPPK",
        {"telegram": "+6282284330603"},
    )
    A_(
        "P04",
        "19880525",
        "201403",
        2,
        20,
        "Nofrita Sari, S.Pd.",
        "Guru Ahli Muda",
        PDG,
        "SMP Negeri 12 Padang",
        "Kota Padang",
        "PNS",
        {"instagram": "nofritasari.pdg", "facebook": "100081230000704"},
    )
    A_(
        "P05",
        "19940102",
        "201903",
        1,
        37,
        "Andre Kurniawan, S.H.",
        "Polisi Pamong Praja Ahli Pertama",
        PDG,
        "Satuan Polisi Pamong Praja",
        "Kota Padang",
        "PNS",
        {"tiktok": "andre.kurniawan_pp"},
    )
    A_(
        "P06",
        "19750315",
        "200212",
        2,
        6,
        "Hj. Rosmaniar, S.Ag.",
        "Penyuluh Agama Islam Ahli Muda",
        KEMENAG_PDG,
        "KUA Kecamatan Padang Utara",
        "Kota Padang",
        "PNS",
        {"youtube": YT["P06"]},
    )
    A_(
        "P07",
        "19870808",
        "201212",
        1,
        24,
        "Ilham Maulana, S.Pd.I.",
        "Guru Ahli Muda",
        KEMENAG_PDG,
        "MAN 2 Kota Padang",
        "Kota Padang",
        "PNS",
        {"x": "ilhammaulana_pdg", "whatsapp": "+6281363770707"},
    )
    A_(
        "P08",
        "19910220",
        "201712",
        2,
        33,
        "dr. Fadhilah Rahmi",
        "Dokter Ahli Pertama",
        PDG,
        "UPTD Puskesmas Lubuk Buaya",
        "Kota Padang",
        "PNS",
        {"instagram": "fadhilah.rahmi"},
    )
    A_(
        "P09",
        "19930303",
        "201909",
        1,
        45,
        "Roni Putra Chaniago, S.Kom.",
        "Pranata Komputer Ahli Pertama",
        PDG,
        "Dinas Komunikasi dan Informatika",
        "Kota Padang",
        "PNS",
        {"youtube": YT["P09"]},
        disp="Roni Chaniago",
    )
    A_(
        "P10",
        "19860619",
        "201101",
        2,
        32,
        "Elvi Susanti, S.Pd.",
        "Guru Ahli Muda",
        SUMBAR,
        "SMA Negeri 3 Padang",
        "Kota Padang",
        "PNS",
        {"instagram": "elvi.susanti", "whatsapp": "+6281363770710", "facebook": "100081230000710"},
    )
    A_(
        "P11",
        "19740927",
        "200003",
        1,
        11,
        "Dasril, S.Sos.",
        "Lurah Lubuk Buaya",
        PDG,
        "Kelurahan Lubuk Buaya, Kecamatan Koto Tangah",
        "Kota Padang",
        "PNS",
        {"facebook": "100081230000711"},
    )
    A_(
        "P12",
        "19800130",
        "200604",
        1,
        17,
        "Afrizal, S.Pd., M.Pd.",
        "Kepala Seksi Kurikulum SMA",
        SUMBAR,
        "Dinas Pendidikan",
        "Kota Padang",
        "PNS",
        {"telegram": "+6281266330612"},
    )
    A_(
        "P13",
        "19920711",
        "202109",
        2,
        48,
        "Mega Oktaviani",
        "Pengadministrasi Umum",
        PDG,
        "Kecamatan Kuranji",
        "Kota Padang",
        "PPPK",
        {"telegram": "+6282384330613"},
    )
    # ---- Kota Manado, Provinsi Sulawesi Utara ------------------------------------------------
    A_(
        "M01",
        "19730518",
        "199903",
        1,
        8,
        "Jantje Rumondor, S.E., M.Si.",
        "Camat Wanea",
        MDO,
        "Kecamatan Wanea",
        "Kota Manado",
        "PNS",
        {"whatsapp": "+6281340770701"},
    )
    A_(
        "M02",
        "19880406",
        "201101",
        2,
        25,
        "Grace Wowor, S.Kep., Ns.",
        "Perawat Ahli Muda",
        MDO,
        "UPTD Puskesmas Bahu",
        "Kota Manado",
        "PNS",
        {"telegram": "+6285240770702"},
    )
    A_(
        "M03",
        "19850914",
        "201001",
        1,
        31,
        "Stevanus Lumintang, S.Pd.",
        "Guru Ahli Muda",
        MDO,
        "SD Negeri 12 Manado",
        "Kota Manado",
        "PNS",
        {"facebook": "100081230000803", "whatsapp": "+6281356770703"},
    )
    A_(
        "M04",
        "19970228",
        "202210",
        2,
        57,
        "Novita Rantung, S.Sos.",
        "Pengadministrasi Perkantoran",
        MDO,
        "Kecamatan Malalayang",
        "Kota Manado",
        "PPPK",
        {"whatsapp": "+6282190770704", "instagram": "novitarantung", "x": "novi_rantung"},
    )
    A_(
        "M05",
        "19820819",
        "200804",
        1,
        16,
        "Denny Mamahit, S.H.",
        "Kepala Subbagian Umum",
        MDO,
        "Dinas Kesehatan",
        "Kota Manado",
        "PNS",
        {"facebook": "100081230000805", "x": "dennymamahit"},
    )
    A_(
        "M06",
        "19790101",
        "200501",
        2,
        12,
        "Meity Sumual, S.Pd.",
        "Guru Ahli Madya",
        SULUT,
        "SMA Negeri 1 Manado",
        "Kota Manado",
        "PNS",
        {"telegram": "+6281244770706"},
    )
    A_(
        "M07",
        "19720707",
        "199803",
        1,
        9,
        "Drs. Hanny Rompas, M.Pd.",
        "Kepala Sekolah",
        SULUT,
        "SMA Negeri 1 Manado",
        "Kota Manado",
        "PNS",
        {"telegram": "+6281143770707"},
    )
    A_(
        "M08",
        "19900512",
        "201403",
        2,
        38,
        "Olga Pangkey, S.Pd.",
        "Guru Ahli Pertama",
        SULUT,
        "SMA Negeri 1 Manado",
        "Kota Manado",
        "PNS",
        {"telegram": "+6285256770708"},
    )
    A_(
        "M09",
        "19940909",
        "201909",
        1,
        50,
        "Rivaldo Tumewu, S.Kom.",
        "Pranata Komputer Ahli Pertama",
        MDO,
        "Dinas Komunikasi dan Informatika",
        "Kota Manado",
        "PNS",
        {"instagram": "rivaldotumewu"},
    )
    # ---- background rows: everyday posts only, or never seen ---------------------------------
    for k, birth, tmt, sex, seq, nama, jab, ins, unit, wil, st, acc in [
        (
            "Z01",
            "19680214",
            "199303",
            1,
            1,
            "Drs. Margono Slamet, M.Pd.",
            "Kepala Dinas",
            BMS,
            "Dinas Pendidikan",
            "Kabupaten Banyumas",
            "PNS",
            {},
        ),
        (
            "Z02",
            "19840606",
            "200901",
            2,
            40,
            "Wiwik Sulistyowati, S.Pd.SD",
            "Guru Ahli Muda",
            BMS,
            "SD Negeri 1 Sokaraja Kulon",
            "Kabupaten Banyumas",
            "PNS",
            {"facebook": "100081230000902"},
        ),
        (
            "Z03",
            "19900919",
            "201503",
            1,
            47,
            "Ahmad Fauzi, S.E.",
            "Perencana Ahli Pertama",
            BMS,
            "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
            "Kabupaten Banyumas",
            "PNS",
            {},
        ),
        (
            "Z04",
            "19950301",
            "201909",
            1,
            58,
            "Rizky Ramadhan, S.Kom.",
            "Pranata Komputer Ahli Pertama",
            PDG,
            "Dinas Komunikasi dan Informatika",
            "Kota Padang",
            "PNS",
            {},
        ),
        (
            "Z05",
            "19870411",
            "201212",
            2,
            49,
            "Yeni Marlina, A.Md.Keb.",
            "Bidan Terampil",
            PDG,
            "UPTD Puskesmas Andalas",
            "Kota Padang",
            "PNS",
            {"instagram": "yeni.bidan"},
        ),
        (
            "Z06",
            "19780808",
            "200501",
            1,
            27,
            "Efendi Tanjung, S.Sos.",
            "Kepala Seksi Ketenteraman dan Ketertiban",
            PDG,
            "Kecamatan Koto Tangah",
            "Kota Padang",
            "PNS",
            {},
        ),
        (
            "Z07",
            "19890202",
            "201403",
            2,
            54,
            "Vonny Kaunang, S.Kep.",
            "Perawat Ahli Pertama",
            MDO,
            "UPTD Puskesmas Tikala Baru",
            "Kota Manado",
            "PNS",
            {},
        ),
        (
            "Z08",
            "19801212",
            "200604",
            1,
            33,
            "Herry Wuisan, S.E.",
            "Kepala Subbagian Umum dan Kepegawaian",
            MDO,
            "Kecamatan Wanea",
            "Kota Manado",
            "PNS",
            {},
        ),
        (
            "Z09",
            "19930615",
            "201909",
            2,
            61,
            "Ani Rahayu, S.Pd.",
            "Guru Ahli Pertama",
            SMG,
            "SD Negeri Tembalang 01",
            "Kota Semarang",
            "PNS",
            {},
        ),
        (
            "Z10",
            "19830520",
            "200912",
            1,
            35,
            "Teguh Santoso, S.T.",
            "Penata Kelola Sistem dan Teknologi Informasi",
            JATENG,
            "Badan Kepegawaian Daerah",
            "Kota Semarang",
            "PNS",
            {"x": "teguhsantoso_bkd"},
        ),
        (
            "Z11",
            "19880110",
            "201212",
            2,
            51,
            "Nurul Hidayah, S.Psi.",
            "Analis Sumber Daya Manusia Aparatur Ahli Muda",
            JATENG,
            "Badan Kepegawaian Daerah",
            "Kota Semarang",
            "PNS",
            {},
        ),
        (
            "Z12",
            "19760404",
            "200312",
            1,
            19,
            "Imam Syafi'i, S.Ag.",
            "Penyuluh Agama Islam Ahli Madya",
            KEMENAG_PDG,
            "KUA Kecamatan Padang Timur",
            "Kota Padang",
            "PNS",
            {},
        ),
        (
            "Z13",
            "19960808",
            "202310",
            2,
            63,
            "Desi Wulandari, S.Pd.",
            "Guru Ahli Pertama",
            SUMBAR,
            "SMA Negeri 2 Padang",
            "Kota Padang",
            "PPPK",
            {},
        ),
        (
            "Z14",
            "19910121",
            "201712",
            1,
            42,
            "Michael Tangkudung",
            "Pengatur Lalu Lintas",
            MDO,
            "Dinas Perhubungan",
            "Kota Manado",
            "PNS",
            {},
        ),
        (
            "Z15",
            "19940303",
            "202210",
            2,
            66,
            "Ratna Dewi Lestari",
            "Pengadministrasi Perkantoran",
            BMS,
            "Kecamatan Sokaraja",
            "Kabupaten Banyumas",
            "PPPK",
            {"whatsapp": "+6285640510515"},
        ),
        (
            "Z16",
            "19870905",
            "201101",
            1,
            38,
            "Bagus Wicaksono, S.Kom.",
            "Pranata Komputer Ahli Muda",
            JATENG,
            "Dinas Komunikasi dan Informatika",
            "Kota Semarang",
            "PNS",
            {},
        ),
        (
            "Z17",
            "19850707",
            "201001",
            2,
            43,
            "Sri Wahyuningsih, S.Pd.",
            "Guru Ahli Muda",
            BMS,
            "SD Negeri 2 Kembaran",
            "Kabupaten Banyumas",
            "PNS",
            {},
        ),
    ]:
        A_(k, birth, tmt, sex, seq, nama, jab, ins, unit, wil, st, acc)

    I_ = c.add_inst
    I_(
        "kominfo_bms",
        "Dinas Komunikasi dan Informatika Kabupaten Banyumas",
        "Kabupaten Banyumas",
        "facebook",
        "100064771200101",
        "Diskominfo Banyumas",
    )
    I_(
        "prokopim_bms",
        "Bagian Protokol dan Komunikasi Pimpinan Sekretariat Daerah Kabupaten Banyumas",
        "Kabupaten Banyumas",
        "facebook",
        "100064771200102",
        "Prokopim Banyumas",
    )
    I_(
        "kec_sokaraja",
        "Kecamatan Sokaraja",
        "Kabupaten Banyumas",
        "instagram",
        "kecamatan.sokaraja",
        "Kecamatan Sokaraja",
    )
    I_(
        "pkm_kembaran",
        "UPTD Puskesmas Kembaran I",
        "Kabupaten Banyumas",
        "facebook",
        "100064771200104",
        "Puskesmas Kembaran I",
    )
    I_(
        "sdn1_kembaran",
        "SD Negeri 1 Kembaran",
        "Kabupaten Banyumas",
        "tiktok",
        "sdn1kembaran",
        "SD Negeri 1 Kembaran",
    )
    I_(
        "bpbd_bms",
        "Badan Penanggulangan Bencana Daerah Kabupaten Banyumas",
        "Kabupaten Banyumas",
        "facebook",
        "100064771200106",
        "BPBD Banyumas",
    )
    I_(
        "disdik_jateng",
        "Dinas Pendidikan dan Kebudayaan Provinsi Jawa Tengah",
        "Provinsi Jawa Tengah",
        "x",
        "disdikbudjateng_info",
        "Disdikbud Jateng",
    )
    I_(
        "kec_tembalang",
        "Kecamatan Tembalang",
        "Kota Semarang",
        "facebook",
        "100064771200108",
        "Kecamatan Tembalang",
    )
    I_(
        "kominfo_pdg_tg",
        "Dinas Komunikasi dan Informatika Kota Padang",
        "Kota Padang",
        "telegram",
        "kominfopadang_info",
        "Kominfo Kota Padang",
    )
    I_(
        "kominfo_pdg_fb",
        "Dinas Komunikasi dan Informatika Kota Padang",
        "Kota Padang",
        "facebook",
        "100064771200110",
        "Diskominfo Kota Padang",
    )
    I_(
        "satpol_pdg",
        "Satuan Polisi Pamong Praja Kota Padang",
        "Kota Padang",
        "tiktok",
        "satpolpp.kotapadang",
        "Satpol PP Kota Padang",
    )
    I_(
        "kominfo_mdo_yt",
        "Dinas Komunikasi dan Informatika Kota Manado",
        "Kota Manado",
        "youtube",
        YT["kominfomdo"],
        "Diskominfo Manado",
    )
    I_(
        "kominfo_mdo_fb",
        "Dinas Komunikasi dan Informatika Kota Manado",
        "Kota Manado",
        "facebook",
        "100064771200113",
        "Diskominfo Kota Manado",
    )
    I_("kec_wanea", "Kecamatan Wanea", "Kota Manado", "facebook", "100064771200114", "Kecamatan Wanea")
    I_("pkm_bahu", "UPTD Puskesmas Bahu", "Kota Manado", "facebook", "100064771200115", "Puskesmas Bahu")


def extra_accounts(c):
    for key, acc in {"B19": {"facebook": "100081230000519"}, "B05": {"whatsapp": "+6281390510505"}, "J10": {"instagram": "lestari.kepsek5"},
                     "S06": {"tiktok": "pujilestari.nakes"}, "P06": {"facebook": "100081230000906"}, "P09": {"facebook": "100081230000909"},
                     "P13": {"facebook": "100081230000913"}, "P02": {"instagram": "yuliarni.kessos"}, "M06": {"instagram": "meity.sumual"},
                     "P12": {"facebook": "100081230000912"}, "P01": {"facebook": "100081230000901"}, "M01": {"facebook": "100081230000811"},
                     "M07": {"facebook": "100081230000817"}, "S07": {"instagram": "yosef.kris"}}.items():
        c.asn[key]["acc"].update(acc)


def elections(c):
    # ---- Pilkada 2024 ------------------------------------------------------------------------
    jt1 = Cand(
        "jateng-1",
        "Ir. Haryo Wicaksono, M.M.",
        aliases=["Mas Haryo", "Pak Haryo", "HARUM", "Haryo-Nurjanah", "Haryo for Jateng", "Paslon 1 Jateng"],
        mate="Hj. Siti Nurjanah, S.Ag.",
        mate_aliases=["Mbak Nur", "Ning Nur", "Bu Nurjanah"],
        ballot=1,
        parties=["PDIP", "PKB", "PPP"],
        slogans=["Jateng Harum, Rakyat Makmur"],
        hashtags=["#JatengHarum", "#HaryoNurjanah"],
        accounts=[
            ("facebook", "100089340000101"),
            ("instagram", "haryo.nurjanah"),
            ("x", "haryowicaksono"),
            ("tiktok", "masharyo.official"),
        ],
    )
    jt2 = Cand(
        "jateng-2",
        "Dr. Teguh Prasetyo Adi, S.H., M.H.",
        aliases=["Pak Teguh", "Mas Teguh", "TEGAR", "Teguh-Ratna", "Paslon 2 Jateng"],
        mate="Ratna Kusumawardani, S.E.",
        mate_aliases=["Mbak Ratna", "Bu Ratna"],
        ballot=2,
        parties=["GERINDRA", "GOLKAR", "PKS", "DEMOKRAT", "NASDEM"],
        slogans=["Jateng Tegar Bareng Rakyat"],
        hashtags=["#TegarJateng", "#TeguhRatna2024"],
        accounts=[("facebook", "100089340000102"), ("x", "teguhratna_jtg"), ("youtube", YT["c1"])],
    )
    b1 = Cand(
        "bms-1",
        "Sigit Wahyu Pramono, S.T.",
        aliases=["Kang Sigit", "Mas Sigit", "SIGAP", "Sigit-Endah", "Paslon 1 Banyumas"],
        mate="Endah Puspitasari, S.Psi.",
        mate_aliases=["Mbak Endah", "Bu Endah"],
        ballot=1,
        parties=["PDIP", "NASDEM"],
        slogans=["Banyumas SIGAP", "Sigap Ngladeni Rakyat"],
        hashtags=["#BanyumasSIGAP", "#SigitEndah"],
        accounts=[
            ("facebook", "100089340000111"),
            ("instagram", "sigit.endah"),
            ("tiktok", "kangsigit.official"),
        ],
    )
    b2 = Cand(
        "bms-2",
        "H. Yusuf Mardiyanto, S.H., M.Si.",
        aliases=["Kang Yusuf", "Pak Yusuf", "Yusuf-Ani", "Paslon 2 Banyumas"],
        mate="Ani Setyowati, S.E.",
        mate_aliases=["Bu Ani", "Mbak Ani"],
        ballot=2,
        parties=["GERINDRA", "GOLKAR", "PKB", "PKS"],
        slogans=["Banyumas Maju Bareng"],
        hashtags=["#KangYusuf", "#YusufAni2024"],
        accounts=[("facebook", "100089340000112"), ("instagram", "kangyusuf.bms")],
    )
    b3 = Cand(
        "bms-3",
        "Darsono",
        aliases=["Kang Darso", "Darso-Tri", "Paslon 3 Banyumas"],
        mate="Tri Lestari",
        mate_aliases=["Mbak Tri"],
        ballot=3,
        parties=[],
        independent=True,
        slogans=["Wong Cilik Munggah"],
        hashtags=["#DarsoTri"],
        accounts=[("facebook", "100089340000113")],
    )
    p1 = Cand(
        "pdg-1",
        "Ir. Ferdian Syafri, M.T.",
        aliases=["Uda Ferdi", "Da Ferdi", "FAJAR", "Ferdian-Januar", "Ferdian for Padang", "Paslon 1 Padang"],
        mate="Januar Rahmat, S.E.",
        mate_aliases=["Pak Januar", "Ajo Januar"],
        ballot=1,
        parties=["PAN", "PKS", "DEMOKRAT"],
        slogans=["Padang Bangkit Jo FAJAR"],
        hashtags=["#FAJARuntukPadang", "#FerdianJanuar"],
        accounts=[
            ("facebook", "100089340000121"),
            ("instagram", "fajar.padang"),
            ("telegram", "ferdiansyafri_official"),
        ],
    )
    p2 = Cand(
        "pdg-2",
        "Zulkarnain Datuak Rajo Basa, S.H.",
        aliases=["Datuak Zul", "Pak Zul", "Ajo Zul", "Zul-Fitri", "Paslon 2 Padang"],
        mate="Fitri Handayani, S.Pd.",
        mate_aliases=["Uni Fitri", "Bundo Fitri"],
        ballot=2,
        parties=["GERINDRA", "GOLKAR", "NASDEM"],
        slogans=["Padang Sakato"],
        hashtags=["#ZulFitri2024", "#PadangSakato"],
        accounts=[
            ("youtube", YT["zulfitri"]),
            ("instagram", "datuakzul.fitri"),
            ("tiktok", "zulfitri.padang"),
        ],
    )
    m1 = Cand(
        "mdo-1",
        "Ronald Pangemanan, S.E., M.M.",
        aliases=["Om Ronald", "Bung Ronald", "BERKAT", "Ronald-Meiske", "Paslon 1 Manado"],
        mate="Meiske Kalalo, S.H.",
        mate_aliases=["Tante Meis", "Ibu Meiske"],
        ballot=1,
        parties=["PDIP", "PSI", "PERINDO"],
        slogans=["Manado BERKAT"],
        hashtags=["#ManadoBerkat", "#RonaldMeiske"],
        accounts=[("facebook", "100089340000131"), ("instagram", "ronaldmeiske.berkat")],
    )
    m2 = Cand(
        "mdo-2",
        "Frangky Wenas, S.T.",
        aliases=["Om Frangky", "Ko Frangky", "Frangky-Tony", "Paslon 2 Manado"],
        mate="Anthony Rumengan, S.Sos.",
        mate_aliases=["Pak Tony", "Om Tony"],
        ballot=2,
        parties=["GOLKAR", "GERINDRA", "NASDEM"],
        slogans=["Manado Bangkit Torang Bisa"],
        hashtags=["#FrangkyTony", "#ManadoBangkit"],
        accounts=[("facebook", "100089340000132"), ("x", "frangkytony")],
    )
    pilkada = Election(
        "pilkada-2024-dev",
        "Pemilihan Serentak 2024 (Jawa Tengah, Banyumas, Padang, Manado)",
        date(2024, 11, 27),
        "pilkada",
        [
            Contest("jateng-gubernur", "gubernur", "Provinsi Jawa Tengah", [jt1, jt2], PILKADA_DESIGNATION),
            Contest("banyumas-bupati", "bupati", "Kabupaten Banyumas", [b1, b2, b3], PILKADA_DESIGNATION),
            Contest("padang-walikota", "walikota", "Kota Padang", [p1, p2], PILKADA_DESIGNATION),
            Contest("manado-walikota", "walikota", "Kota Manado", [m1, m2], PILKADA_DESIGNATION),
        ],
        """Pilkada 2024 on the real KPU calendar (PKPU 2/2024): registration 27-29 Aug, designation 22 Sep, number draw
23 Sep, campaign 25 Sep - 23 Nov, quiet days 24-26 Nov, voting 27 Nov 2024. Independent pairs handed in their KTP
support 8-12 May 2024. Regions are real (Kemendagri 33, 33.02, 13.71, 71.71); every candidate is fictional.
Time zones: Jawa Tengah and Padang WIB, Manado WITA.""",
    )
    c.add_election("election-pilkada-2024-dev.yaml", pilkada)

    # ---- Pemilu 2024 -------------------------------------------------------------------------
    r1 = Cand(
        "pres-1",
        "Dr. H. Rahmat Hidayatullah, M.A.",
        aliases=["Pak Rahmat", "Abah Rahmat", "RAGA", "Rahmat-Gunawan", "Paslon 01"],
        mate="Gunawan Setiadi, S.E., M.B.A.",
        mate_aliases=["Mas Gun", "Mas Gunawan"],
        ballot=1,
        parties=["NASDEM", "PKB", "PKS"],
        slogans=["Satu Jiwa Satu Raga"],
        hashtags=["#RAGA01", "#RahmatGunawan"],
        accounts=[("x", "rahmat_hidayatullah"), ("instagram", "rahmathidayatullah")],
    )
    r2 = Cand(
        "pres-2",
        "Letjen TNI (Purn.) Bramantyo Sasongko",
        aliases=["Pak Bram", "Mas Bram", "BERANI", "Bram-Dewi", "Paslon 02"],
        mate="Dr. Dewi Anggraini, M.Sc.",
        mate_aliases=["Bu Dewi", "Mbak Dewi"],
        ballot=2,
        parties=["GERINDRA", "GOLKAR", "PAN", "DEMOKRAT"],
        slogans=["Indonesia Berani Maju"],
        hashtags=["#BERANI02", "#BramDewi"],
        accounts=[("x", "bramantyo_s"), ("facebook", "100089340000202"), ("youtube", YT["bram"])],
    )
    r3 = Cand(
        "pres-3",
        "Prof. Dr. Ahmad Malik Sutan Sati",
        aliases=["Buya Malik", "Pak Malik", "AMAN", "Malik-Andreas", "Paslon 03"],
        mate="Andreas Nainggolan, S.H., M.H.",
        mate_aliases=["Bang Andreas", "Lae Andreas"],
        ballot=3,
        parties=["PDIP", "PPP", "HANURA", "PERINDO"],
        slogans=["Indonesia Aman Sejahtera"],
        hashtags=["#AMAN03", "#MalikAndreas"],
        accounts=[("x", "buyamalik"), ("instagram", "buyamalik.official"), ("facebook", "100089340000203")],
    )
    d1 = Cand(
        "dpr-jt1-budi",
        "Budi Santoso, S.E.",
        aliases=["Mas Budi DPR", "Budi Santoso Nasdem"],
        ballot=3,
        parties=["NASDEM"],
        slogans=["Budi Santoso Kerja Nyata"],
        hashtags=["#BudiSantosoDPR"],
        accounts=[("facebook", "100089340000301"), ("x", "budisantoso_dpr")],
    )
    d2 = Cand(
        "dpr-jt1-laila",
        "Hj. Laila Fitriani, S.Sos.",
        aliases=["Mbak Laila", "Bu Laila"],
        ballot=2,
        parties=["GOLKAR"],
        slogans=["Laila untuk Semarang"],
        hashtags=["#MbakLaila2"],
        accounts=[("instagram", "lailafitriani.dpr")],
    )
    d3 = Cand(
        "dpr-sb1-irwan",
        "Irwan Kurniadi Chaniago, S.T.",
        aliases=["Da Irwan", "Uda Irwan"],
        ballot=1,
        parties=["PAN"],
        slogans=["Urang Awak ka Senayan"],
        hashtags=["#DaIrwan1"],
        accounts=[("facebook", "100089340000311")],
    )
    d4 = Cand(
        "dprdprov-sb1-yendri",
        "Yendri Nofriadi, S.E.",
        aliases=["Da Yendri", "Ajo Yendri"],
        ballot=4,
        parties=["GERINDRA"],
        slogans=["Yendri Manjago Padang"],
        hashtags=["#DaYendri4"],
        accounts=[("instagram", "yendri.nofriadi")],
    )
    d5 = Cand(
        "dprdprov-jt1-wulan",
        "Wulan Maharani, S.I.Kom.",
        aliases=["Mbak Wulan", "Wulan PSI"],
        ballot=1,
        parties=["PSI"],
        slogans=["Semarang Muda Bergerak"],
        hashtags=["#MbakWulan1"],
        accounts=[("tiktok", "wulanmaharani.psi")],
    )
    d6 = Cand(
        "dprd-bms2-tarno",
        "Sutarno, S.Pd.I.",
        aliases=["Kang Tarno", "Pak Tarno"],
        ballot=5,
        parties=["PKB"],
        slogans=["Kang Tarno Ngayomi"],
        hashtags=["#KangTarno5"],
        accounts=[("facebook", "100089340000331")],
    )
    d7 = Cand(
        "dprd-mdo1-jefry",
        "Jefry Tumbelaka, S.E.",
        aliases=["Om Jefry", "Bung Jefry"],
        ballot=7,
        parties=["NASDEM"],
        slogans=["Jefry For Wanea"],
        hashtags=["#OmJefry7"],
        accounts=[("facebook", "100089340000341")],
    )
    pemilu = Election(
        "pemilu-2024-dev",
        "Pemilihan Umum 2024 (Presiden, DPR dan DPRD)",
        date(2024, 2, 14),
        "pemilu",
        [
            Contest("presiden", "presiden", "Indonesia", [r1, r2, r3], date(2023, 11, 13)),
            Contest("dpr-jateng-1", "dpr", "Dapil Jawa Tengah I", [d1, d2], date(2023, 11, 3)),
            Contest("dpr-sumbar-1", "dpr", "Dapil Sumatera Barat I", [d3], date(2023, 11, 3)),
            Contest(
                "dprdprov-sumbar-1",
                "dprd_provinsi",
                "Dapil Sumatera Barat 1 (Kota Padang)",
                [d4],
                date(2023, 11, 3),
            ),
            Contest(
                "dprdprov-jateng-1",
                "dprd_provinsi",
                "Dapil Jawa Tengah 1 (Kota Semarang)",
                [d5],
                date(2023, 11, 3),
            ),
            Contest("dprd-banyumas-2", "dprd_kabkota", "Dapil Banyumas 2", [d6], date(2023, 11, 3)),
            Contest("dprd-manado-1", "dprd_kabkota", "Dapil Manado 1", [d7], date(2023, 11, 3)),
        ],
        """Pemilu 2024 on the real KPU calendar (PKPU 3/2022 as amended): legislative lists registered May 2023,
presidential pairs registered 19-25 Oct 2023, DCT designated 3 Nov 2023, presidential pairs designated 13 Nov 2023
(ballot numbers drawn 14 Nov), campaign 28 Nov 2023 - 10 Feb 2024, quiet days 11-13 Feb, voting 14 Feb 2024.
The presidential pairs, the DPR and DPRD candidates are fictional; parties and dapil regions are real.
A presidential pair is a bakal calon until 13 Nov 2023 although penetapan_calon (the DCT) is 3 Nov.""",
    )
    c.add_election("election-pemilu-2024-dev.yaml", pemilu)


# =============================================================================================
# Facebook Graph API
# =============================================================================================
def build_facebook(c):
    cand = c.cands
    # ---- 1. page of jateng-1 (Haryo Wicaksono) -----------------------------------------------
    HP = {"name": "Haryo Wicaksono", "id": cand["jateng-1"].handle("facebook")}
    f = Fb(c, "facebook/graph_feed_page_haryo.wicaksono.json", HP["id"])
    t = wib(2024, 8, 27, 10, 5)
    p = f.post(t, "Bismillah. Dinten punika kula lan Mbak Nur resmi ndaftar dhateng KPU Provinsi Jawa Tengah. Nyuwun donga pangestunipun "
                  "sedaya warga Jateng 🙏 #HaryoNurjanah #JatengHarum", HP,
               N("neg_candidate_own", "the bakal calon's own registration post"),
               photo={"description": "Haryo Wicaksono dan Siti Nurjanah menyerahkan berkas pendaftaran di kantor KPU Provinsi Jawa Tengah"})
    f.comment(p, wib(2024, 8, 27, 10, 41), "Aamiin, lancar sedaya Mas 🤲", fb_person("Waginah Sumpiuh"), N())
    f.comment(p, wib(2024, 8, 27, 11, 2), "Semoga lancar sampai penetapan ya Mas Haryo, Jateng butuh pemimpin kaya panjenengan 🙏💪",
              f.user("J03"), V("J03", "interact", "jateng-1", "pre_designation", action="comment",
                               note="teacher (listed Facebook id) wishes the bakal calon luck under his registration post on 27 Aug, before designation: SKB-E4"))
    f.comment(p, wib(2024, 8, 27, 11, 30), "Pak, nek dadi gubernur petani tembakau Temanggung dipikirke nggih", fb_person("Darto Parakan"), N())
    f.react(p, f.user("J03"), V("J03", "interact", "jateng-1", "pre_designation", action="like",
                                note="the same teacher likes the registration post (a reaction carries no time: the post's is used)"))
    f.react(p, fb_person("Waginah Sumpiuh"), N())
    f.react(p, fb_person("Slamet Kaliwiro"), N())
    t = wib(2024, 9, 23, 14, 10)
    p = f.post(t, "Alhamdulillah, nomer urut 1️⃣! Siji tekad, siji tujuan: Jateng Harum, Rakyat Makmur ☝️ #JatengHarum", HP,
               N("neg_candidate_own"))
    f.comment(p, wib(2024, 9, 23, 14, 31), "Siji wae, ra sah mikir 😁☝️", fb_person("Kang Pardi Ajibarang"), N())
    f.comment(p, wib(2024, 9, 23, 14, 52), "mantap 👍", f.user("J05"),
              V("J05", "interact", "jateng-1", "comment_support", action="comment",
                note="a short 'mantap' under the candidate's number-draw post (after designation): support from the thread's context"))
    f.comment(p, wib(2024, 9, 23, 15, 5), "Nomer 1 kuwi nomer antrian apa nomer calon? 🤭", fb_person("Yuni Sokaraja"), N())
    f.react(p, f.user("B06"), V("B06", "interact", "jateng-1", "like", action="like", note="nurse's listed account likes the candidate's number post"))
    f.react(p, fb_person("Kang Pardi Ajibarang"), N())
    t = wib(2024, 10, 12, 16, 20)
    p = f.post(t, "Matur nuwun Purwokerto! Alun-alun kebak sedulur. Bareng Bayu Aji lan kanca-kanca nom, Jateng Harum kudu "
                  "kelakon. 27 November coblos nomer siji ☝️ #HaryoNurjanah", HP, N("neg_candidate_own"),
               photo={"description": "Haryo Wicaksono berorasi di panggung kampanye Alun-alun Purwokerto"},
               tags=[(f.user("J06"), A("J06", "tagged", "the candidate tags a provincial civil servant in his rally post"))])
    f.comment(p, wib(2024, 10, 12, 16, 44), "Setuju!", f.user("J07"),
              V("J07", "interact", "jateng-1", "comment_support", action="comment",
                note="one-word 'Setuju!' under the candidate's rally post calling to vote 1: agreement with the campaign call (PPPK teacher)"))
    f.comment(p, wib(2024, 10, 12, 17, 3), "Siap Mas, dukung terus sampai menang 💪☝️", f.user("J06"),
              V("J06", "interact", "jateng-1", "exposed_then_engaged", action="comment",
                note="tagged in the post (alert) and then comments his support: engagement after exposure"))
    f.comment(p, wib(2024, 10, 12, 17, 15), "Jalane Purwokerto-Banyumas rusak parah, janji thok 🙄", fb_person("Bowo Karanglewas"), N())
    f.comment(p, wib(2024, 10, 12, 18, 2), "Semoga menang Mas Haryo, kami dukung dari Tembalang", fb_person("Anita Damayanti", "x2"),
              R("identity_uncertain", "display name equals the Lurah of Tembalang in the registry, but this Facebook id is not her listed one and nothing else ties it to her",
                actor="S02", cand="jateng-1"))
    f.react(p, f.user("J06"), V("J06", "interact", "jateng-1", "exposed_then_engaged", action="like",
                                note="the tagged civil servant also likes the rally post"))
    f.react(p, f.user("S02"), V("S02", "interact", "jateng-1", "like", action="like",
                                note="the Lurah's listed account likes the rally post calling to vote 1"))
    f.react(p, fb_person("Bowo Karanglewas"), N(), kind="ANGRY")
    t = wib(2024, 10, 30, 19, 45)
    p = f.post(t, "Guru PPPK paruh waktu bakal kami perjuangkan dadi penuh waktu. Iki janji, dudu omon-omon. #JatengHarum", HP,
               N("neg_candidate_own"))
    f.comment(p, wib(2024, 10, 30, 20, 10), "Pak Haryo, nyuwun pirsa: menawi panjenengan kapilih, guru PPPK paruh waktu "
                                            "dipun angkat penuh waktu wiwit taun pinten? Matur nuwun 🙏", f.user("J07"),
              R("unsettled_law", "a PPPK teacher asks the candidate a policy question on his page: no support expressed; whether "
                                 "interacting with a calon's post is itself 'commenting' under SKB-D6 is unsettled", actor="J07", cand="jateng-1"))
    f.comment(p, wib(2024, 10, 30, 20, 33), "Wis tau dijanjeni karo sing liyane, mbuh kiye", fb_person("Mbah Karto Kemranjen"), N())
    t = wib(2024, 11, 24, 6, 0)
    p = f.post(t, "Masa tenang. Matur nuwun kanggo kabeh relawan. Ayo jaga Jateng tetep adem lan guyub 🙏", HP, N("neg_candidate_own"))
    f.comment(p, wib(2024, 11, 24, 7, 12), "Adem ayem, sing penting tanggal 27 nyoblos", fb_person("Yuni Sokaraja"), N())
    f.dump()

    # ---- 2. page of Diskominfo Banyumas (institutional account) ------------------------------
    KP = {"name": "Diskominfo Banyumas", "id": c.inst["kominfo_bms"]["handle"]}
    YP = {"name": "Yusuf Mardiyanto", "id": cand["bms-2"].handle("facebook")}
    f = Fb(c, "facebook/graph_feed_page_diskominfo.banyumas.json", KP["id"])
    t = wib(2024, 6, 10, 9, 30)
    f.post(t, "Wakil Bupati Banyumas H. Yusuf Mardiyanto membuka Festival Gethuk Goreng Sokaraja 2024. UMKM harus naik kelas!", KP,
           N("neg_official_duty", "the incumbent deputy regent's official duty in June, months before registration"),
           photo={"description": "Wakil Bupati membuka festival kuliner di Sokaraja"})
    t = wib(2024, 7, 15, 10, 0)
    f.post(t, "Wabup Yusuf Mardiyanto meresmikan saluran irigasi Desa Karangrau. Semoga panen petani makin melimpah.", KP,
           N("neg_official_duty"))
    orig = {"id": f"{YP['id']}_7000000000081234", "permalink_url": f"https://www.facebook.com/{YP['id']}/posts/7000000000081234"}
    t = wib(2024, 9, 30, 13, 15)
    p = f.post(t, "Bersama Kang Yusuf, Banyumas makin maju! Program beasiswa anak petani sudah terbukti 2️⃣ #KangYusuf", KP,
               V("inst:kominfo_bms", "inst", "bms-2", "institutional_account", action="official_account_use",
                 note="the agency's official page shares the incumbent candidate's campaign post with a ballot number"),
               share={"post": orig, "title": "Yusuf Mardiyanto", "description": "Kampanye dialogis Kang Yusuf di Kecamatan Patikraja"})
    f.react(p, f.user("B12"), V("B12", "interact", "bms-2", "like", action="like",
                                note="the education office's secretary likes the institutional share of the candidate's post"))
    f.react(p, fb_person("Sarwono Patikraja"), N())
    f.comment(p, wib(2024, 9, 30, 13, 50), "Lho kok akun dinas malah kampanye? Bawaslu tolong dicek", fb_person("Rini Purwokerto"), N())
    t = wib(2024, 10, 20, 8, 0)
    p = f.post(t, "Jadwal Debat Publik Pilbup Banyumas 2024 (KPU Kab. Banyumas): Debat I 26 Oktober di Hotel Aston Purwokerto, "
                  "Debat II 9 November. Paslon 1 Sigit Wahyu Pramono–Endah Puspitasari, Paslon 2 Yusuf Mardiyanto–Ani Setyowati, "
                  "Paslon 3 Darsono–Tri Lestari. Saksikan langsung di kanal KPU.", KP,
               N("neg_neutral_info", "a government page relays the KPU debate schedule naming all three pairs evenly"))
    f.comment(p, wib(2024, 10, 20, 8, 20), "Siap nonton, matur nuwun infone", f.user("B10"), N("neg_asn_neutral"))
    f.comment(p, wib(2024, 10, 20, 8, 42), "Nomer loro menang telak! ✌️", fb_person("Kang Darmin Kebasen"), N())
    f.comment(p, wib(2024, 10, 20, 9, 5), "Semoga debate lancar dan adem", fb_person("Tuti Kembaran"), N())
    t = wib(2024, 11, 20, 7, 30)
    p = f.post(t, "Pengingat untuk ASN Pemkab Banyumas: dilarang like, komen, share postingan paslon mana pun, dilarang foto "
                  "dengan gaya jari, dilarang ikut kampanye. Netral itu wajib. #ASNNetral", KP,
               N("neg_neutrality_reminder", "prohibition wording ('dilarang like, komen, share') without any candidate"))
    f.comment(p, wib(2024, 11, 20, 7, 58), "Siap, netral 🙏", f.user("B05"), N("neg_asn_neutral"))
    f.comment(p, wib(2024, 11, 20, 8, 15), "Aku ora ndukung sapa-sapa, sing penting Banyumas aman", f.user("B18"),
              N("neg_negation", "a civil servant says she supports nobody"))
    t = wib(2024, 11, 27, 6, 30)
    f.post(t, "Sugeng nyoblos, sedulur Banyumas! TPS buka jam 07.00–13.00. Gunakan hak pilih dengan jujur.", KP, N("neg_neutral_info"))
    f.dump()

    # ---- 3. public group of bms-1 supporters -------------------------------------------------
    GID = "1047200300110"
    f = Fb(c, "facebook/graph_feed_group_sedulur_sigap_banyumas.json", GID)
    SP = {"name": "Sigit Wahyu Pramono", "id": cand["bms-1"].handle("facebook")}
    t = wib(2024, 8, 28, 20, 0)
    f.post(t, "Grup iki kanggo sedulur sing nyengkuyung Kang Sigit lan Mbak Endah. Wingi wis resmi ndaftar nang KPU Banyumas. "
              "Ayuh dijaga bareng-bareng! 💪", fb_person("Darmo Sokaraja"), N())
    t = wib(2024, 9, 5, 19, 30)
    f.post(t, "Inyong siap nyengkuyung bacabup Kang Sigit dadi Bupati! Banyumas kudu SIGAP, aja nganti ketinggalan maning 💪 #BanyumasSIGAP",
           f.user("B17"), V("B17", "post", "bms-1", "pre_designation", in_group=True,
                            note="PPPK teacher posts support for the bakal calon (5 Sep, before designation) in his supporters' group: SKB-E2/E4"))
    t = wib(2024, 10, 3, 10, 15)
    p = f.post(t, "Alhamdulillah posyandu balita bareng Mbak Endah, jebule grapyak pisan 😍☝️ #SigitEndah", f.user("B07"),
               V("B07", "photo", "bms-1", "photo_with_candidate",
                 note="midwife in Puskesmas uniform posts a photo with the running mate, one finger raised (attachment description)"),
               photo={"description": "Bidan berseragam Puskesmas berfoto bersama Endah Puspitasari sambil mengacungkan satu jari"})
    f.comment(p, wib(2024, 10, 3, 10, 40), "Gaspol Kang Sigit ☝️☝️", f.user("B06"),
              V("B06", "interact", "bms-1", "comment_support", action="comment", in_group=True))
    f.comment(p, wib(2024, 10, 3, 11, 2), "Mbak Endah ayu tenan 😍", fb_person("Warsini Sumbang"), N())
    f.react(p, fb_person("Warsini Sumbang"), N())
    f.react(p, f.user("B18"), V("B18", "interact", "bms-1", "like", action="like",
                                note="kelurahan staff likes the midwife's photo with the running mate in the supporters' group"))
    t = wib(2024, 10, 14, 8, 0)
    f.post(t, "Coblos nomer siji! ☝️ Kang Sigit sing wis mbuktekake, ora mung janji", fb_person("Kang Tarjo Kalibagor"), N())
    t = wib(2024, 10, 25, 21, 10)
    f.post(t, "Aja gelem dibodoni petahana. Limang taun dadi wakil bupati ngapa bae? Dalan Ajibarang rusak kabeh, pasar Wage "
              "kumuh. Pokoke aja nomer loro, ngrugekke Banyumas!", f.user("B11"),
           V("B11", "negative", "bms-2", "negative_campaign", note="Satpol PP officer attacks the incumbent pair (no. 2) in a rival's group: harming a candidate"))
    t = wib(2024, 11, 2, 16, 45)
    f.post(t, "Matur nuwun Bu Suparmi wis mampir nang posko relawan Bancarkembar, tambah semangat! ☝️", fb_person("Darmo Sokaraja"),
           N(), tags=[(f.user("B18"), A("B18", "tagged", "a volunteer tags a kelurahan staff member as having visited the post"))])
    t = wib(2024, 11, 23, 20, 0)
    f.post(t, "Sesuk wis masa tenang, grup iki tak kunci disit. Matur nuwun sedulur kabeh 🙏", fb_person("Darmo Sokaraja"), N())
    f.dump()

    # ---- 4. page of pdg-1 (Ferdian Syafri, FAJAR) --------------------------------------------
    FP = {"name": "Ferdian Syafri", "id": cand["pdg-1"].handle("facebook")}
    f = Fb(c, "facebook/graph_feed_page_uda.ferdian.json", FP["id"])
    t = wib(2024, 8, 29, 14, 0)
    p = f.post(t, "Alhamdulillah, ambo jo Pak Januar alah mandaftar ka KPU Kota Padang. Mohon doa dunsanak sadonyo 🙏 #FAJARuntukPadang",
               FP, N("neg_candidate_own"))
    f.comment(p, wib(2024, 8, 29, 14, 35), "Samoga lanca, Da! Kami urang Lubuak Buayo siap mandukuang 🙏💪", f.user("P11"),
              V("P11", "interact", "pdg-1", "pre_designation", action="comment",
                note="the Lurah of Lubuk Buaya promises support under the registration post (29 Aug, bakal calon): SKB-E4 (Minang)"))
    f.comment(p, wib(2024, 8, 29, 15, 0), "Aamiin, sukses Uda", fb_person("Rajo Ameh Nanggalo"), N())
    f.react(p, f.user("P11"), V("P11", "interact", "pdg-1", "pre_designation", action="like"))
    f.react(p, fb_person("Rajo Ameh Nanggalo"), N())
    t = wib(2024, 10, 18, 17, 30)
    p = f.post(t, "Kampanye dialogis di Pasar Raya. Padang harus bangkit, pedagang harus sejahtera! Ferdian for Padang ☝️", FP,
               N("neg_candidate_own"), photo={"description": "Ferdian Syafri berdialog dengan pedagang di Pasar Raya Padang"})
    f.comment(p, wib(2024, 10, 18, 18, 5), "Ancak bana programnyo Da, nomor ciek! ☝️", fb_person("Fadhilah Rahmi", "fb2"),
              R("identity_uncertain", "the name equals a Puskesmas doctor in the registry, whose only listed account is on Instagram; this Facebook id is unknown",
                actor="P08", cand="pdg-1"))
    f.comment(p, wib(2024, 10, 18, 18, 40), "FAJAR pasti manang! Subuah tibo, fajar manyingsiang 🌅", fb_person("Buyuang Pauh"), N())
    f.comment(p, wib(2024, 10, 18, 19, 2), "Pasar Raya banjir tiok hujan, itu dulu diurus Da", fb_person("Amak Ros Kuranji"), N())
    f.react(p, f.user("P10"), V("P10", "interact", "pdg-1", "like", action="like", note="provincial SMA teacher likes the campaign post"))
    f.react(p, fb_person("Buyuang Pauh"), N())
    t = wib(2024, 11, 5, 10, 0)
    p = f.post(t, "Tarimo kasih guru-guru SMP 12 nan alah manyambuik kami jo hangat. Pendidikan nomor ciek! Salam untuak Nofrita Sari "
                  "dan kawan-kawan.", FP, N("neg_candidate_own"),
               tags=[(f.user("P04"), A("P04", "tagged", "the candidate tags a teacher in his school-visit post; she never engages (she posts for the rival pair elsewhere)"))])
    f.comment(p, wib(2024, 11, 5, 10, 30), "Pendidikan memang nomor ciek, Da", fb_person("Rajo Ameh Nanggalo"), N())
    f.dump()

    # ---- 5. community news page in Manado ----------------------------------------------------
    MP = {"name": "Manado Hari Ini", "id": "104577700000771"}
    f = Fb(c, "facebook/graph_feed_page_manadohariini.json", MP["id"])
    t = wita(2024, 10, 15, 18, 0)
    p = f.post(t, "Ribuan warga padati kampanye akbar paslon nomor 1 Ronald Pangemanan–Meiske Kalalo di Lapangan Sparta Tikala.", MP,
               N("neg_news"), photo={"description": "Suasana kampanye akbar di Lapangan Sparta Tikala"})
    f.comment(p, wita(2024, 10, 15, 18, 20), "Torang samua dukung Om Ronald, nomor satu jo! ☝️ Manado BERKAT", f.user("M03"),
              V("M03", "interact", "mdo-1", "comment_support", action="comment", note="teacher's listed account, Manado Malay"))
    f.comment(p, wita(2024, 10, 15, 18, 45), "Dulu jadi anggota dewan nyanda ada hasil, skarang mo jadi walikota? Rugi Manado kalo dia menang.",
              f.user("M05"), V("M05", "negative", "mdo-1", "negative_campaign", action="comment",
                               note="health-office official attacks candidate no. 1 under a news post: harming a pair (merugikan)"))
    f.comment(p, wita(2024, 10, 15, 19, 5), "Ngana dua kalah debat kong baku marah di sini 😂", fb_person("Ko Alfian Paal Dua"), N())
    f.comment(p, wita(2024, 10, 15, 19, 30), "Macet skali tadi di Tikala, tolong dishub atur akang", fb_person("Tante Ivon Sario"), N())
    t = wita(2024, 1, 20, 9, 0)
    p = f.post(t, "KPU Manado tetapkan 3.1 ribu TPS untuk Pemilu 14 Februari 2024. Cek DPT di cekdptonline.kpu.go.id.", MP, N("neg_news"))
    f.comment(p, wita(2024, 1, 20, 9, 30), "Informasi bagus, so cek tadi, terdaftar", f.user("M05"), N("neg_asn_neutral"))
    t = wita(2024, 11, 3, 20, 0)
    p = f.post(t, "Frangky–Tony janji bangun pasar Bersehati jadi pasar modern. Apa kata warga?", MP, N("neg_news"))
    f.comment(p, wita(2024, 11, 3, 20, 25), "Om Frangky jo! Pasar Bersehati so lama kumuh", fb_person("Oma Nel Bunaken"), N())
    f.comment(p, wita(2024, 11, 3, 20, 50), "Kita nda dukung sapa-sapa, cuma mo tanya: dana dari mana?", f.user("M03"),
              N("neg_negation", "the same teacher, under the rival's news, says he supports nobody and asks a question: no support here"))
    f.dump()


# =============================================================================================
# CrowdTangle
# =============================================================================================
def build_crowdtangle(c):
    cand = c.cands
    pages = {
        "prokopim": ("Prokopim Banyumas", "prokopim.banyumas", c.inst["prokopim_bms"]["handle"], "GOVERNMENT_ORGANIZATION",
                     "Bagian Protokol dan Komunikasi Pimpinan Setda Kabupaten Banyumas", "2016-02-11 08:30:00", 48200),
        "pkm": ("Puskesmas Kembaran I", "puskesmaskembaran1", c.inst["pkm_kembaran"]["handle"], "MEDICAL_AND_HEALTH",
                "UPTD Puskesmas Kembaran I, Kabupaten Banyumas", "2017-05-20 10:00:00", 6100),
        "bpbd": ("BPBD Banyumas", "bpbd.banyumas", c.inst["bpbd_bms"]["handle"], "GOVERNMENT_ORGANIZATION",
                 "Badan Penanggulangan Bencana Daerah Kabupaten Banyumas", "2015-12-01 09:00:00", 22300),
        "tembalang": ("Kecamatan Tembalang", "kec.tembalang", c.inst["kec_tembalang"]["handle"], "GOVERNMENT_ORGANIZATION",
                      "Akun resmi Kecamatan Tembalang Kota Semarang", "2018-03-03 12:00:00", 9400),
        "suara": ("Suara Banyumas Raya", "suarabanyumasraya", "104577700000701", "MEDIA_NEWS_COMPANY",
                  "Kabar Banyumas, Purbalingga, Cilacap", "2014-04-04 04:04:04", 211000),
        "kabarsmg": ("Kabar Semarang Kini", "kabarsemarangkini", "104577700000702", "MEDIA_NEWS_COMPANY",
                     "Berita Kota Semarang", "2013-09-09 09:09:09", 356000),
        "yusuf": ("Yusuf Mardiyanto", "kangyusuf.official", cand["bms-2"].handle("facebook"), "POLITICIAN",
                  "Calon Bupati Banyumas 2024 nomor urut 2", "2019-06-06 06:06:06", 57000),
        "camat": ("Bambang Irawan", "bambangirawan.sokaraja", c.asn["B01"]["acc"]["facebook"], "PUBLIC_FIGURE",
                  "Abdi masyarakat. Sokaraja guyub rukun.", "2020-01-15 19:00:00", 3900),
        "disdikjateng": ("Info Pendidikan Jateng", "infopendidikanjateng", "104577700000703", "EDUCATION",
                         "Komunitas guru Jawa Tengah (bukan akun resmi)", "2016-08-08 08:08:08", 88000),
        "tarno": ("Kang Tarno", "kangtarno.pkb", cand["dprd-bms2-tarno"].handle("facebook"), "POLITICIAN",
                  "Caleg DPRD Kabupaten Banyumas Dapil 2 nomor 5 PKB", "2021-01-01 08:00:00", 4100),
    }
    f = Ct(c, "crowdtangle/historical_data_2023-11-01_2024-12-15_bawaslu_jateng.csv", WIB, pages)
    f.row("prokopim", wib(2024, 8, 5, 9, 0), "Photo", "Wakil Bupati Yusuf Mardiyanto memimpin rakor percepatan penurunan stunting di Pendopo Si Panji.",
          N("neg_official_duty"), image_text="RAKOR PERCEPATAN PENURUNAN STUNTING KABUPATEN BANYUMAS")
    f.row("prokopim", wib(2024, 8, 26, 15, 30), "Photo",
          "Mohon doa restu masyarakat Banyumas, besok Kang Yusuf berangkat mendaftar ke KPU. Banyumas Maju Bareng! 🙏",
          V("inst:prokopim_bms", "inst", "bms-2", "institutional_account", action="official_account_use",
            note="the regency's protocol page promotes the deputy regent's registration as a bakal calon (26 Aug): institution before designation"),
          image_text="BISMILLAH\nKANG YUSUF\nBANYUMAS MAJU BARENG")
    f.row("prokopim", wib(2024, 10, 10, 17, 5), "Photo",
          "Kampanye akbar paslon nomor 2 Yusuf–Ani di GOR Satria dipadati ribuan sedulur. ✌️",
          V("inst:prokopim_bms", "inst", "bms-2", "institutional_account", action="official_account_use",
            note="campaign coverage with a V sign on the regency's official page; banner text in Image Text"),
          image_text="YUSUF-ANI\nNOMOR 2\nBANYUMAS MAJU BARENG")
    f.row("prokopim", wib(2024, 12, 5, 10, 0), "Photo", "Pj. Bupati Banyumas menyerahkan bantuan alat tangkap kepada nelayan Waduk Sempor.",
          N("neg_official_duty"))
    f.row("prokopim", wib(2024, 2, 5, 8, 0), "Photo", "Pj. Bupati mengajak seluruh ASN Banyumas menjaga netralitas pada Pemilu 14 Februari 2024.",
          N("neg_neutrality_reminder"), image_text="ASN NETRAL\nPEMILU DAMAI 2024")
    f.row("pkm", wib(2024, 9, 10, 8, 30), "Photo", "Layanan imunisasi anak sekolah (BIAS) di SD wilayah Kembaran, jadwal lengkap di IG kami.",
          N("neg_everyday_inst", "the health centre's routine information"))
    f.row("pkm", wib(2024, 10, 22, 11, 0), "Photo",
          "Posyandu lansia Desa Ledug bareng Mbak Endah Puspitasari (cawabup nomor 1). Sehat terus simbah-simbah! ☝️",
          V("inst:pkm_kembaran", "inst", "bms-1", "institutional_account", action="official_account_use",
            note="the health centre's page presents the running mate with her ballot number"),
          image_text="SIGAP NOMOR 1\nSIGIT - ENDAH")
    f.row("bpbd", wib(2024, 11, 8, 16, 0), "Video", "Tim reaksi cepat BPBD sigap evakuasi warga terdampak longsor di Desa Gununglurah, Cilongok.",
          N("neg_word_collision", "'sigap' (alert, quick) is also bms-1's acronym SIGAP; here a disaster agency's routine report"))
    f.row("bpbd", wib(2024, 12, 2, 7, 0), "Photo", "Siaga banjir: warga bantaran Kali Serayu diimbau tetap waspada dan sigap.",
          N("neg_word_collision"))
    f.row("suara", wib(2024, 5, 9, 19, 0), "Link", "Paslon perseorangan Darsono–Tri Lestari serahkan 96.410 dukungan KTP ke KPU Banyumas.",
          N("neg_news"), link="https://suarabanyumasraya.example.id/2024/05/09/dukungan-perseorangan", link_text="Darso-Tri serahkan dukungan KTP")
    f.row("suara", wib(2024, 9, 23, 20, 0), "Link", "Hasil pengundian nomor urut Pilbup Banyumas: 1 Sigit–Endah, 2 Yusuf–Ani, 3 Darso–Tri.",
          N("neg_news"), link="https://suarabanyumasraya.example.id/2024/09/23/nomor-urut", link_text="Nomor urut paslon Pilbup Banyumas")
    f.row("suara", wib(2024, 10, 10, 21, 0), "Link", "Akun resmi Prokopim unggah foto kampanye paslon, Bawaslu Banyumas lakukan penelusuran.",
          N("neg_news"), link="https://suarabanyumasraya.example.id/2024/10/10/bawaslu-telusuri", link_text="Bawaslu telusuri unggahan Prokopim")
    f.row("yusuf", wib(2024, 10, 28, 18, 0), "Photo", "Sumpah Pemuda: nom-noman Banyumas kudu wani maju! Coblos nomer loro ✌️ #KangYusuf",
          N("neg_candidate_own"))
    f.row("camat", wib(2024, 10, 5, 20, 30), "Photo",
          "Sokaraja SIGAP! Ayo bareng-bareng menangke nomer siji, Kang Sigit–Mbak Endah ☝️ #BanyumasSIGAP",
          V("B01", "post", "bms-1", "support_post", note="the Camat's own public-figure page (Facebook id in his registry row) calls to vote no. 1"),
          image_text="SIGIT-ENDAH\nNOMER 1")
    f.row("camat", wib(2024, 7, 20, 7, 0), "Photo", "Jalan sehat HUT Bhayangkara bareng Forkopimcam Sokaraja. Sehat terus sedulur!",
          N("neg_everyday_asn"))
    f.row("tembalang", wib(2024, 10, 28, 10, 0), "Photo",
          "Upacara Hari Sumpah Pemuda di halaman Kecamatan Tembalang, dihadiri Forkopimcam, tokoh pemuda dan tamu undangan antara lain "
          "Haryo Wicaksono dan Ratna Kusumawardani.",
          R("unsettled_law", "an official ceremony post that names candidates of both pairs among the guests: reporting or exposure?",
            actor="inst:kec_tembalang", cand="jateng-1"))
    f.row("tembalang", wib(2024, 1, 25, 9, 0), "Photo",
          "Kerja bakti bersama warga Kelurahan Tembalang, bersama caleg DPR RI Budi Santoso yang turut membagikan kaos #BudiSantosoDPR.",
          V("inst:kec_tembalang", "inst", "dpr-jt1-budi", "institutional_account", action="official_account_use",
            note="the kecamatan's official page shows a DPR candidate handing out his campaign shirts with his hashtag (Pemilu campaign)"),
          image_text="BUDI SANTOSO\nCALEG DPR RI NO 3\nNASDEM")
    f.row("kabarsmg", wib(2024, 2, 1, 12, 0), "Link", "Bawaslu Kota Semarang tertibkan 1.200 APK di jalan protokol jelang masa tenang.",
          N("neg_news"), link="https://kabarsemarangkini.example.id/apk")
    f.row("kabarsmg", wib(2024, 11, 12, 19, 0), "Link", "Debat kedua Pilgub Jateng: Haryo dan Teguh adu gagasan soal tol dan pertanian.",
          N("neg_news"), link="https://kabarsemarangkini.example.id/debat2")
    f.row("disdikjateng", wib(2024, 11, 14, 20, 0), "Status",
          "Bapak ibu guru, Pilgub tinggal 2 minggu. Ingat: ASN netral, jangan ikut grup relawan, jangan like postingan paslon 1 maupun 2.",
          N("neg_neutrality_reminder", "community page of teachers (not official): a reminder naming both ballot numbers evenly"))
    f.row("tarno", wib(2024, 1, 10, 19, 30), "Photo", "Ngaji bareng warga Desa Karangsari. Kang Tarno nomer 5 PKB, ngayomi wong cilik.",
          N("neg_candidate_own"))
    f.dump()

    # ---- Sulawesi Utara dashboard, WITA ------------------------------------------------------
    pages = {
        "kominfo": ("Diskominfo Kota Manado", "diskominfo.manado", c.inst["kominfo_mdo_fb"]["handle"], "GOVERNMENT_ORGANIZATION",
                    "Dinas Komunikasi dan Informatika Kota Manado", "2015-05-05 10:00:00", 61000),
        "wanea": ("Kecamatan Wanea", "kecamatan.wanea", c.inst["kec_wanea"]["handle"], "GOVERNMENT_ORGANIZATION",
                  "Kantor Camat Wanea, Kota Manado", "2019-09-09 09:00:00", 5200),
        "bahu": ("Puskesmas Bahu", "puskesmas.bahu", c.inst["pkm_bahu"]["handle"], "MEDICAL_AND_HEALTH",
                 "UPTD Puskesmas Bahu, Kecamatan Malalayang", "2018-02-02 08:00:00", 3300),
        "tribun": ("Sulut Terkini", "sulutterkini", "104577700000791", "MEDIA_NEWS_COMPANY", "Berita Sulawesi Utara", "2015-01-01 08:00:00", 402000),
        "frangky": ("Frangky Wenas", "frangkywenas.official", cand["mdo-2"].handle("facebook"), "POLITICIAN",
                    "Calon Walikota Manado 2024 nomor urut 2", "2017-07-07 07:07:07", 28000),
        "sobat": ("Sobat Om Ronald", "sobatomronald", "104577700000792", "COMMUNITY", "Relawan Ronald-Meiske", "2024-06-01 10:00:00", 7300),
    }
    f = Ct(c, "crowdtangle/historical_data_2024-06-01_2024-12-31_bawaslu_sulut.csv", WITA, pages)
    f.row("kominfo", wita(2024, 10, 8, 10, 0), "Photo",
          "Debat publik Pilwako Manado 2024 digelar KPU Manado Rabu 16 Oktober pukul 19.00 WITA di Hotel Four Points. Paslon 1 "
          "Ronald–Meiske, paslon 2 Frangky–Tony. Saksikan di TVRI Sulut.", N("neg_neutral_info"),
          image_text="DEBAT PUBLIK PILWAKO MANADO 2024\n1 RONALD-MEISKE  2 FRANGKY-TONY")
    f.row("kominfo", wita(2024, 12, 25, 8, 0), "Photo", "Selamat Hari Natal 2024. Tuhan memberkati, kiranya berkat-Nya melimpah bagi warga Manado.",
          N("neg_word_collision", "'berkat' (blessing) is also mdo-1's slogan word; here a Christmas greeting after the election"))
    f.row("wanea", wita(2024, 11, 10, 19, 0), "Photo",
          "Camat Wanea bersama warga hadiri kampanye dialogis Om Ronald di Kelurahan Ranotana. Manado BERKAT! ☝️",
          V("inst:kec_wanea", "inst", "mdo-1", "institutional_account", action="official_account_use",
            note="the kecamatan's official page reports its Camat at the candidate's campaign with the slogan and number"),
          image_text="MANADO BERKAT\nRONALD-MEISKE NO 1")
    f.row("wanea", wita(2024, 8, 17, 8, 0), "Photo", "Upacara HUT RI ke-79 di halaman Kantor Camat Wanea. Merdeka!", N("neg_everyday_inst"))
    f.row("bahu", wita(2024, 10, 2, 9, 0), "Photo", "Pemeriksaan kesehatan gratis lansia di Kelurahan Bahu, Sabtu ini.", N("neg_everyday_inst"))
    f.row("tribun", wita(2024, 10, 16, 22, 30), "Link", "Debat Pilwako Manado: Ronald dan Frangky saling sindir soal banjir.", N("neg_news"),
          link="https://sulutterkini.example.id/debat-pilwako")
    f.row("tribun", wita(2024, 11, 28, 9, 0), "Link", "Hasil hitung cepat Pilwako Manado, selisih tipis.", N("neg_news"),
          link="https://sulutterkini.example.id/hitung-cepat")
    f.row("frangky", wita(2024, 10, 20, 17, 0), "Photo", "Torang bangkit sama-sama! Nomor 2 Frangky–Tony ✌️ #ManadoBangkit", N("neg_candidate_own"))
    f.row("sobat", wita(2024, 10, 30, 20, 0), "Photo", "Relawan Om Ronald turun ke pasar Bersehati, bagi stiker nomor 1 ☝️", N("neg_citizen"),
          image_text="OM RONALD NOMOR 1")
    f.row("sobat", wita(2024, 9, 21, 23, 30), "Status",
          "Besok penetapan, Om Ronald pasti lolos! Torang samua siap kawal.", N("neg_citizen", "volunteers' page (not ASN)"))
    f.dump()


# =============================================================================================
# X API v2
# =============================================================================================
def build_x(c):
    x = X(c, "x/twarc2_search_pilkada_jateng_padang_manado.jsonl")
    for h, n, d, loc in [
        ("haryowicaksono", "Haryo Wicaksono", "Calon Gubernur Jawa Tengah nomor urut 1. Jateng Harum, Rakyat Makmur.", "Semarang"),
        ("teguhratna_jtg", "Teguh–Ratna", "Akun resmi pasangan calon Gubernur-Wakil Gubernur Jateng nomor 2 #TegarJateng", "Semarang"),
        ("frangkytony", "Frangky Wenas", "Calon Walikota Manado no. 2. Manado Bangkit Torang Bisa.", "Manado"),
        ("agung_prasetyo", "Agung Prasetyo", "ngoding, ngopi, Semarang", "Semarang"),
        ("agungprasetyo_", "Agung P.", "akun kedua | Semarang", "Semarang"),
        ("hadisusilo_smg", "Hadi Susilo", "Semarang | motor tua", "Semarang"),
        ("galihpmgks", "Galih Pamungkas", "Tembalang | IT | wibu dikit", "Semarang"),
        ("yosef_kris", "Yosef Kristanto", "Dishub | lalu lintas | Semarang", "Semarang"),
        ("teguhsantoso_bkd", "Teguh Santoso", "Kepegawaian | Semarang", "Semarang"),
        ("budisantoso_pu", "Budi Santoso", "PU Kota Semarang | jalan dan jembatan | BUKAN caleg", "Semarang"),
        ("ilhammaulana_pdg", "Ilham Maulana", "Guru madrasah | Padang", "Padang"),
        ("novi_rantung", "Novi Rantung", "Malalayang | kopi | sunset", "Manado"),
        ("dennymamahit", "Denny Mamahit", "Manado | bola | opini pribadi", "Manado"),
        ("disdikbudjateng_info", "Disdikbud Jateng", "Akun resmi Dinas Pendidikan dan Kebudayaan Provinsi Jawa Tengah", "Semarang"),
        ("kpu_jateng", "KPU Provinsi Jawa Tengah", "Akun resmi KPU Provinsi Jawa Tengah", "Semarang"),
        ("kabarsmg", "Kabar Semarang Kini", "Berita Kota Semarang dan sekitarnya", "Semarang"),
        ("relawantegar_smg", "Relawan TEGAR Semarang", "Relawan pemenangan Teguh-Ratna", "Semarang"),
        ("sriwahyuni_batik", "Sri Wahyuni", "Juragan batik tulis Pekalongan | bukan PNS ya 😊", "Pekalongan"),
        ("cahbanyumas", "Cah Banyumas", "ngapak is my life", "Purwokerto"),
        ("mbakrara_", "Rara", "", "Semarang"), ("urangawak_pdg", "Urang Awak", "Padang Panjang - Padang", "Padang"),
        ("ko_alfin", "Alfin", "Manado 🌊", "Manado"), ("lik_jarwo", "Lik Jarwo", "tukang cukur | Banyumanik", None),
    ]:
        x.user(h, n, d, loc)
    t = wib(2024, 10, 1, 10, 0)
    h1 = x.tweet("haryowicaksono", t, "Guru PPPK paruh waktu harus jadi penuh waktu. Itu janji kami. Jateng Harum, Rakyat Makmur ☝️ #JatengHarum",
                 N("neg_candidate_own"))
    x.tweet("agung_prasetyo", wib(2024, 10, 1, 10, 21), "RT @haryowicaksono: Guru PPPK paruh waktu harus jadi penuh waktu. Itu janji kami. Jateng Harum, Rakyat Makmur ☝️ #JatengHarum",
            V("J02", "post", "jateng-1", "share", action="share", note="provincial IT officer retweets the candidate's campaign promise"),
            ref=("retweeted", h1))
    x.tweet("disdikbudjateng_info", wib(2024, 10, 14, 9, 5), "RT @haryowicaksono: Guru PPPK paruh waktu harus jadi penuh waktu. Itu janji kami. Jateng Harum, Rakyat Makmur ☝️ #JatengHarum",
            V("inst:disdik_jateng", "inst", "jateng-1", "institutional_account", action="official_account_use",
              note="the provincial education office's official account retweets a candidate's campaign promise"),
            ref=("retweeted", h1))
    t2 = x.tweet("teguhratna_jtg", wib(2024, 10, 3, 19, 0), "Tol dalam kota gratis untuk warga Jateng! Berani? Kami siap. ✌️ #TegarJateng",
                 N("neg_candidate_own"))
    x.tweet("agung_prasetyo", wib(2024, 10, 3, 20, 12), "Tol gratis? Ngimpi lur. Mending sing programe nyata, nomer siji wae ☝️",
            V("J02", "post", "jateng-1", "support_post", add_codes=["SKB-D12", "PP94-N5"],
              note="quote of the rival's tweet: mocks pair 2 and calls to vote 1"), ref=("quoted", t2))
    x.tweet("hadisusilo_smg", at(WIB, 2024, 9, 22, 0, 30), "Dina penetapan! Mas Teguh kudu dadi gubernur, Jateng Tegar ✌️ #TegarJateng",
            V("J08", "post", "jateng-2", "support_post",
              note="stage boundary: 2024-09-21T17:30Z is 22 Sep 00:30 WIB, designation day: SKB-D codes although the UTC date is 21 Sep"))
    x.tweet("novi_rantung", at(WITA, 2024, 9, 22, 0, 30), "So tengah malam, besok penetapan. Om Frangky pasti lolos, torang kawal! ✌️ #FrangkyTony",
            V("M04", "post", "mdo-2", "pre_designation",
              note="stage boundary: 22 Sep 00:30 WITA is 21 Sep 23:30 WIB, still before designation: SKB-E codes although the local date is 22 Sep"))
    x.tweet("cahbanyumas", wib(2024, 10, 5, 12, 0), "K4ng S1g1t p4st1 m3n4ng, S1G4P! ☝️ vote wisely guys", N())
    x.tweet("teguhsantoso_bkd", wib(2024, 10, 7, 6, 45), "Tetap teguh, tetap semangat. Senin maning, kerja maning 💪",
            N("neg_word_collision", "a civil servant named Teguh; 'teguh' is also the first name of candidate jateng-2"))
    x.tweet("mbakrara_", wib(2024, 10, 8, 22, 0), "Tegar ya aku, skripsi revisi kaping lima 😭", N("neg_word_collision", "'tegar' = TEGAR acronym"))
    x.new_page()
    rel = x.tweet("relawantegar_smg", wib(2024, 10, 19, 16, 0), "Terima kasih @galihpmgks sudah mampir posko TEGAR Tembalang ✌️ #TegarJateng",
                  N(), mentions=[("galihpmgks", A("S03", "tagged", "a volunteers' account mentions the kecamatan IT officer as a visitor"))])
    x.tweet("galihpmgks", wib(2024, 10, 19, 16, 35), "@relawantegar_smg Sama-sama mas, semangat terus! Jateng Tegar ✌️",
            V("S03", "interact", "jateng-2", "exposed_then_engaged", action="comment",
              note="after being mentioned he replies with the pair's slogan and V sign: engagement after exposure"),
            ref=("replied_to", rel))
    x.tweet("yosef_kris", wib(2024, 10, 21, 7, 15), "Arus lalu lintas Simpang Lima pagi ini ramai lancar dan aman. Tetap tertib ya lur 🚦",
            N("neg_word_collision", "'aman' is also the AMAN pair acronym (Pemilu), here traffic news by a transport officer"))
    x.tweet("kpu_jateng", wib(2024, 10, 29, 10, 0), "Debat kedua Pilgub Jateng digelar 12 November 2024. Paslon 1 Haryo Wicaksono–Siti Nurjanah, "
            "Paslon 2 Teguh Prasetyo Adi–Ratna Kusumawardani. Saksikan di TV nasional.", N("neg_neutral_info"))
    x.tweet("kabarsmg", wib(2024, 10, 29, 11, 0), "Bawaslu Jateng temukan 14 dugaan pelanggaran netralitas ASN di media sosial selama kampanye.",
            N("neg_news"))
    x.tweet("agungprasetyo_", wib(2024, 10, 26, 21, 0), "Haryo for Jateng! Sing wis jelas programe ☝️ #HaryoNurjanah",
            R("identity_uncertain", "an unlisted second account resembling the listed handle agung_prasetyo", actor="J02", cand="jateng-1"))
    x.tweet("sriwahyuni_batik", wib(2024, 10, 27, 13, 0), "Mas Teguh pancen top, nomer loro ✌️ #TegarJateng",
            N("neg_namesake", "same name as a Banyumas teacher in the registry, but the profile says batik trader in Pekalongan, not a civil servant"))
    x.tweet("ilhammaulana_pdg", wib(2024, 10, 11, 20, 0), "Datuak Zul jo Uni Fitri, nan paliang paham jo urang ketek. Nomor duo! ✌️ #ZulFitri2024",
            V("P07", "post", "pdg-2", "support_post", note="madrasah teacher (Kemenag), Minang"))
    x.tweet("ilhammaulana_pdg", wib(2024, 11, 25, 8, 0), "Masa tenang. Ambo indak ka posting apo-apo soal pilkada, jago Padang tetap sajuak 🙏",
            N("neg_negation"))
    x.tweet("urangawak_pdg", wib(2024, 10, 12, 9, 0), "FAJAR atau Zul-Fitri, nan pantiang Padang indak banjir lai 😅", N())
    f1 = x.tweet("frangkytony", wita(2024, 11, 1, 18, 0), "Pasar Bersehati torang bangun jadi pasar modern. Manado Bangkit! ✌️ #ManadoBangkit",
                 N("neg_candidate_own"))
    x.tweet("dennymamahit", wita(2024, 11, 1, 18, 40), "RT @frangkytony: Pasar Bersehati torang bangun jadi pasar modern. Manado Bangkit! ✌️ #ManadoBangkit",
            V("M05", "post", "mdo-2", "share", action="share"), ref=("retweeted", f1))
    x.tweet("dennymamahit", wita(2024, 11, 12, 21, 10), "Paslon 1 cuma bisa janji. Lia jo dulu di DPRD apa dia beking? Jang pilih dia, rugi torang.",
            V("M05", "negative", "mdo-1", "negative_campaign"))
    x.tweet("ko_alfin", wita(2024, 11, 12, 21, 30), "Wah hebat, jalan depan rumah tiba-tiba diaspal pas musim kampanye. Kebetulan skali ya 🙃",
            N("neg_sarcasm"))
    x.tweet("lik_jarwo", wib(2024, 11, 13, 8, 0), "Sing cukur rambut pada takon pilih sapa. Tak jawab: pilih model cepak wae 😂", N("neg_sarcasm"))
    x.tweet("disdikbudjateng_info", wib(2024, 11, 22, 9, 0), "Guru dan tenaga kependidikan wajib netral di Pilkada 27 November 2024. "
            "Laporkan pelanggaran ke Bawaslu.", N("neg_neutrality_reminder"))
    x.tweet("budisantoso_pu", wib(2024, 10, 8, 15, 0), "Perbaikan Jalan Majapahit dikebut siang malam, mohon maaf atas ketidaknyamanannya 🙏",
            N("neg_everyday_asn"))
    x.tweet("hadisusilo_smg", wib(2024, 11, 2, 10, 0), "Penertiban APK yang dipaku di pohon sepanjang Jl. Pemuda. Semua paslon kena, tidak pilih-pilih.",
            N("neg_official_duty"))
    x.dump_twarc('("Haryo" OR "Teguh" OR #JatengHarum OR #TegarJateng OR #ZulFitri2024 OR #FrangkyTony) lang:in')

    # ---- Pemilu search ------------------------------------------------------------------------
    x = X(c, "x/twarc2_search_pilpres_2024_jateng_sumbar.jsonl")
    for h, n, d, loc in [
        ("buyamalik", "Buya Malik", "Calon Presiden RI 2024. Indonesia Aman Sejahtera.", "Jakarta"),
        ("rahmat_hidayatullah", "Rahmat Hidayatullah", "Capres 01 | Satu Jiwa Satu Raga", "Jakarta"),
        ("bramantyo_s", "Bramantyo Sasongko", "Capres 02. Indonesia Berani Maju.", "Jakarta"),
        ("budisantoso_dpr", "Budi Santoso", "Caleg DPR RI Dapil Jateng I nomor 3 NasDem", "Semarang"),
        ("hendro_wbs", "Hendro Wibisono", "hukum | Semarang | opini pribadi", "Semarang"),
        ("kpu_ri_info", "Info Pemilu", "Informasi kepemiluan", "Jakarta"),
        ("mas_danang", "Danang", "Semarang", "Semarang"), ("rinaa_sekar", "Rina Sekar", "", "Semarang"),
        ("lae_tigor", "Tigor", "Medan - Padang", "Padang"),
    ]:
        x.user(h, n, d, loc)
    x.tweet("buyamalik", wib(2023, 10, 19, 9, 0), "Bismillah, hari ini kami mendaftar ke KPU RI bersama Lae Andreas Nainggolan. Mohon doa. #MalikAndreas",
            N("neg_candidate_own"))
    x.tweet("ilhammaulana_pdg", wib(2023, 10, 19, 10, 30), "Bacapres Buya Malik resmi daftar ka KPU, urang awak! Samoga lolos verifikasi 🤲 #MalikAndreas",
            V("P07", "post", "pres-3", "pre_designation", note="support for a bakal calon presiden on registration day (19 Oct 2023): SKB-E2"))
    x.tweet("galihpmgks", wib(2023, 11, 8, 20, 0), "Mas Gun cawapres paling enom, RAGA mesti menang! #RahmatGunawan",
            V("S03", "post", "pres-1", "pre_designation",
              note="8 Nov 2023: after the DCT (3 Nov) but before the presidential pairs were designated (13 Nov): E and D codes both accepted"))
    x.tweet("galihpmgks", at(WIB, 2023, 11, 3, 0, 30), "Alhamdulillah Mbak Wulan masuk DCT! Semarang muda bergerak, coblos nomor 1 PSI 🔥 #MbakWulan1",
            V("S03", "post", "dprdprov-jt1-wulan", "support_post",
              note="stage boundary: 2023-11-02T17:30Z is 3 Nov 00:30 WIB, the DCT date: SKB-D codes although the UTC date is 2 Nov"))
    r1 = x.tweet("rahmat_hidayatullah", wib(2023, 12, 10, 8, 0), "Satu jiwa satu raga untuk Indonesia. Coblos 01 ☝️ #RAGA01", N("neg_candidate_own"))
    x.tweet("galihpmgks", wib(2023, 12, 10, 8, 25), "RT @rahmat_hidayatullah: Satu jiwa satu raga untuk Indonesia. Coblos 01 ☝️ #RAGA01",
            V("S03", "post", "pres-1", "share", action="share"), ref=("retweeted", r1))
    x.tweet("hendro_wbs", wib(2024, 1, 15, 21, 0), "Capres 02 itu rekam jejaknya gelap. Kalau menang, demokrasi kita yang dirugikan. Pikir lagi!",
            V("S05", "negative", "pres-2", "negative_campaign"))
    x.tweet("budisantoso_dpr", wib(2024, 1, 20, 16, 0), "Kerja nyata untuk Semarang. Coblos Budi Santoso nomor 3 NasDem 🙏 #BudiSantosoDPR",
            N("neg_candidate_own", "the DPR candidate's own account: his name equals a civil servant's (S01) in the registry — a namesake"))
    x.tweet("budisantoso_pu", wib(2024, 1, 21, 7, 30), "Banyak yang salah mention saya. Saya Budi Santoso PU Kota Semarang, bukan caleg ya 😅🙏",
            N("neg_namesake", "the civil servant clarifies he is not the namesake candidate"))
    x.tweet("mas_danang", wib(2024, 1, 7, 6, 0), "Olahraga pagi biar jiwa raga sehat 🏃‍♂️", N("neg_word_collision", "'raga' = pair acronym RAGA"))
    x.tweet("rinaa_sekar", wib(2024, 1, 9, 12, 0), "Berani jujur hebat! Kata guru PKn-ku dulu 😂", N("neg_word_collision", "'berani' = pair acronym BERANI"))
    x.tweet("kpu_ri_info", wib(2024, 1, 5, 10, 0), "Debat ketiga Pilpres 7 Januari 2024: Paslon 01 Rahmat–Gunawan, 02 Bramantyo–Dewi, 03 Malik–Andreas.",
            N("neg_neutral_info"))
    x.tweet("yosef_kris", wib(2024, 2, 14, 7, 20), "Nyoblos dulu baru dinas. TPS 12 Pleburan aman terkendali 👍", N("neg_word_collision"))
    x.tweet("agung_prasetyo", wib(2024, 1, 28, 19, 0), "☝️ ✌️ 🤟 — pilih sesuai hati, yang penting jangan golput lur 😄",
            N("neg_neutral_info", "a civil servant's joke listing all three finger signs evenly"))
    x.tweet("lae_tigor", wib(2024, 1, 30, 20, 0), "Horas! Lae Andreas itu orang kita, pilih nomor tolu lah 🤟", N())
    m = x.tweet("buyamalik", wib(2024, 1, 5, 15, 0), "Terima kasih guru-guru madrasah di Padang, @ilhammaulana_pdg dan kawan-kawan. Pendidikan agama untuk semua.",
                N("neg_candidate_own"), mentions=[("ilhammaulana_pdg", A("P07", "tagged", "the presidential candidate mentions the madrasah teacher"))])
    x.tweet("ilhammaulana_pdg", wib(2024, 1, 5, 15, 40), "@buyamalik Tarimo kasih Buya! AMAN untuak Indonesia 3️⃣🤟",
            V("P07", "interact", "pres-3", "exposed_then_engaged", action="comment"), ref=("replied_to", m))
    b3 = x.tweet("buyamalik", wib(2024, 2, 10, 20, 0), "Kampanye akbar terakhir. Indonesia Aman Sejahtera, coblos 03 🤟 #AMAN03", N("neg_candidate_own"))
    x.tweet("hendro_wbs", wib(2024, 2, 12, 6, 30), "RT @buyamalik: Kampanye akbar terakhir. Indonesia Aman Sejahtera, coblos 03 🤟 #AMAN03",
            V("S05", "post", "pres-3", "share", action="share", note="retweet during the quiet days (12 Feb 2024)"), ref=("retweeted", b3))
    x.tweet("mas_danang", wib(2024, 2, 2, 9, 0), "Pak Bram tegas, Indonesia butuh pemimpin berani ✌️ #BERANI02", N())
    x.dump_twarc('("Buya Malik" OR #AMAN03 OR #RAGA01 OR #BERANI02 OR #MbakWulan1 OR "Budi Santoso") lang:in')

    # ---- a user timeline ----------------------------------------------------------------------
    x = X(c, f"x/users_{c.xusers['hendro_wbs']['id']}_tweets.json")
    x.tweet("hendro_wbs", wib(2024, 9, 2, 7, 0), "Sidang praperadilan hari ini, semoga lancar. Kopi dulu ☕", N("neg_everyday_asn"))
    x.tweet("hendro_wbs", wib(2024, 9, 15, 16, 0), "Mancing di Marina, dapet kakap dua 🎣", N("neg_everyday_asn"))
    x.tweet("hendro_wbs", wib(2024, 10, 17, 21, 40), "Cagub nomor 2 itu dulu rektor, kampusnya malah turun akreditasi. Jangan sampai Jateng dirugikan.",
            V("S05", "negative", "jateng-2", "negative_campaign"))
    x.tweet("hendro_wbs", wib(2024, 11, 6, 12, 0), "Jangan tanya saya pilih siapa, saya ASN 😅", N("neg_negation"))
    x.tweet("hendro_wbs", wib(2024, 11, 27, 13, 30), "Jari ungu ✅ sudah nyoblos, balik kantor", N("neg_everyday_asn"))
    x.dump_timeline()


# =============================================================================================
# Instagram Graph API
# =============================================================================================
def build_instagram(c):
    # ---- 1. media of the Kecamatan Sokaraja account (institution) ----------------------------
    g = Ig(c, "instagram/media_kecamatan.sokaraja.json")
    own = "kecamatan.sokaraja"
    g.media(wib(2024, 7, 10, 10, 0), "Musrenbang tingkat kecamatan bersama seluruh kepala desa se-Kecamatan Sokaraja. #SokarajaGuyub", N("neg_everyday_inst"),
            username=own)
    cm = [g.comment(wib(2024, 10, 17, 12, 30), "Mantap pak camat ☝️🔥", "sitimaryam.skj",
                    V("B02", "interact", "bms-1", "comment_support", action="comment",
                      note="a kecamatan section head applauds the kecamatan's own post promoting candidate 1")),
          g.comment(wib(2024, 10, 17, 12, 44), "Akun kecamatan kok kampanye, ora netral iki", "warga.sokaraja", N()),
          g.comment(wib(2024, 10, 17, 13, 10), "Kang Sigit dadi bupati, Sokaraja tambah maju! ☝️", "lik_warsono", N())]
    g.media(wib(2024, 10, 17, 12, 0), "Kunjungan Kang Sigit lan Mbak Endah nang Pasar Sokaraja. Pedagang gethuk antusias banget! "
            "Banyumas SIGAP ☝️ #SigitEndah", V("inst:kec_sokaraja", "inst", "bms-1", "institutional_account", action="official_account_use",
                                                 note="the kecamatan's official Instagram promotes candidate 1's market visit with his slogan and number"),
            username=own, mtype="CAROUSEL_ALBUM", comments=cm)
    g.media(wib(2024, 11, 15, 8, 0), "Apel kesiapsiagaan bencana: personel Satpol PP, Linmas dan relawan sigap hadapi musim hujan. 🌧️",
            N("neg_word_collision", "'sigap' again, in a preparedness drill"), username=own)
    g.media(wib(2024, 11, 27, 7, 0), "Sugeng nyoblos! Datang ke TPS, gunakan hak pilih. Kecamatan Sokaraja netral dan siap melayani.",
            N("neg_neutral_info"), username=own)
    g.dump_media(own)

    # ---- 2. media of pdg-1 (FAJAR) -----------------------------------------------------------
    g = Ig(c, "instagram/media_fajar.padang.json")
    own = "fajar.padang"
    cm = [g.comment(wib(2024, 9, 24, 20, 20), "Barakallah Da, ciek untuak Padang ☝️", "fadhilah.rahmi",
                    V("P08", "interact", "pdg-1", "comment_support", action="comment", note="Puskesmas doctor, listed handle; Minang 'ciek' = one")),
          g.comment(wib(2024, 9, 24, 20, 41), "Semoga menang Uda 🤲", "elvi_susanti88",
                    R("identity_uncertain", "an unlisted account resembling the listed handle elvi.susanti", actor="P10", cand="pdg-1")),
          g.comment(wib(2024, 9, 24, 21, 0), "FAJAR! FAJAR! FAJAR! 🔥", "pemuda.nanggalo", N()),
          g.comment(wib(2024, 9, 24, 21, 15), "Nomor ciek harago mati 💯", "amak.kuranji", N())]
    g.media(wib(2024, 9, 24, 20, 0), "Alhamdulillah nomor urut 1! FAJAR untuk Padang ☝️ #FAJARuntukPadang", N("neg_candidate_own"),
            username=own, comments=cm)
    g.media(wib(2024, 10, 26, 11, 0), "Terima kasih guru-guru yang menyambut kami, @nofritasari.pdg dan kawan-kawan SMP 12. Pendidikan nomor ciek!",
            N("neg_candidate_own"), username=own,
            mentions=[("nofritasari.pdg", A("P04", "tagged", "caption @mention of a teacher; she never engages with this pair"))])
    cm = [g.comment(wib(2024, 11, 10, 16, 30), "Ferdian for Padang! 🔥☝️", "elvi.susanti",
                    V("P10", "interact", "pdg-1", "comment_support", action="comment", note="listed handle this time (compare the look-alike account above)")),
          g.comment(wib(2024, 11, 10, 16, 50), "Da, kapan ka Pauh? Jalan kami rusak", "urang.pauh", N())]
    g.media(wib(2024, 11, 10, 16, 0), "Kampanye di Lapangan Imam Bonjol. Ferdian for Padang, Padang Bangkit jo FAJAR! ☝️", N("neg_candidate_own"),
            username=own, comments=cm)
    g.dump_media(own)

    # ---- 3. Business Discovery of a teacher's account (ASN) ----------------------------------
    g = Ig(c, "instagram/business_discovery_nofritasari.pdg.json")
    g.media(wib(2024, 4, 11, 9, 0), "Lebaran Idul Fitri 1445 H bareng keluarga gadang di Bukittinggi ✌️😊 Mohon maaf lahir batin",
            N("neg_gesture_no_context", "V sign in a family Eid photo in April; 'Fitri' is also the pdg-2 running mate's name"))
    g.media(wib(2024, 10, 13, 19, 0), "Datuak Zul jo Uni Fitri, pilihan ambo nomor duo ✌️ Padang Sakato! #ZulFitri2024",
            V("P04", "post", "pdg-2", "support_post", note="teacher's own account (listed handle), Minang"))
    g.media(wib(2024, 10, 28, 8, 0), "Upacara Sumpah Pemuda bersama murid-murid SMP 12 🇮🇩", N("neg_everyday_asn"))
    g.media(wib(2024, 11, 18, 15, 0), "Belajar PKn: cara mencoblos yang sah. Coblos satu kali di foto paslon, nomor 1 FAJAR atau nomor 2 Zul-Fitri, "
            "jangan dicoblos keduanya ya nak!", N("neg_civics", "a civics lesson naming both pairs evenly"))
    g.dump_discovery("nofritasari.pdg", "Nofrita Sari", "Guru SMP | Padang | ibu 2 anak", 1240, "fajar.padang")

    # ---- 4. Business Discovery of a namesake ---------------------------------------------------
    g = Ig(c, "instagram/business_discovery_endang.susilowati.jamu.json")
    g.media(wib(2024, 10, 9, 7, 0), "Jamu kunyit asem seger, pesen saiki! Sekalian: Kang Sigit nomer siji ☝️ #SigitEndah",
            N("neg_namesake", "same name as the Sokaraja midwife, but a jamu seller in Cilacap by her bio: a citizen"))
    g.media(wib(2024, 11, 2, 7, 0), "Beras kencur ready, kirim sak Cilacap 🌿", N("neg_namesake"))
    g.dump_discovery("endang.susilowati.jamu", "Endang Susilowati", "Jamu gendong modern 🌿 | Cilacap | bukan bidan, bukan PNS 😄", 860, "fajar.padang")

    # ---- 5. Business Discovery of a Manado staff member (ASN) ---------------------------------
    g = Ig(c, "instagram/business_discovery_novitarantung.json")
    g.media(wita(2024, 9, 1, 17, 0), "Sunset di Malalayang, torang pe kampung paling cantik 🌅✌️", N("neg_gesture_no_context"))
    g.media(wita(2024, 10, 20, 19, 0), "Om Frangky jo! Manado Bangkit, nomor dua ✌️ #FrangkyTony",
            V("M04", "post", "mdo-2", "support_post", note="PPPK kecamatan staff, listed Instagram handle"))
    g.media(wita(2024, 11, 27, 12, 0), "So coblos! Jari ungu 💜", N("neg_everyday_asn"))
    g.dump_discovery("novitarantung", "Novita Rantung", "Malalayang | ASN | kopi", 640, "fajar.padang")


# =============================================================================================
# TikTok Research API
# =============================================================================================
def build_tiktok(c):
    t = Tt(c, "tiktok/research_video_query_banyumas_padang_2024.jsonl")
    v1 = t.video("wahyunugroho_ns", wib(2024, 10, 9, 20, 0), "Sedulur, Kang Sigit pancen sing paling peduli karo nakes 🫶 ☝️ #SIGAP #SigitEndah",
                 V("B06", "post", "bms-1", "support_post", note="nurse's listed TikTok; the call to vote is in the voice transcript"),
                 voice="ayuh sedulur tanggal pitulikur aja lali nyoblos nomer siji kang sigit")
    t.video("wahyu.nugroho.ns2", wib(2024, 10, 16, 21, 0), "Nakes Banyumas kompak! Kang Sigit nomer siji 💉☝️",
            R("identity_uncertain", "second account resembling the nurse's listed handle wahyunugroho_ns", actor="B06", cand="bms-1"))
    t.video("slametriyadi_pp", wib(2024, 10, 22, 10, 0), "Patroli pagi, tetep semangat! ☝️☝️ #SigitEndah",
            V("B11", "gesture", "bms-1", "gesture", note="Satpol PP officer in uniform raises one finger with the pair's hashtag"),
            voice="siji siji siji, wis jelas lah")
    t.video("sdn1kembaran", wib(2024, 10, 24, 11, 0), "Kunjungan Kang Yusuf ke sekolah kami, anak-anak seneng banget! 2️⃣ #KangYusuf",
            V("inst:sdn1_kembaran", "inst", "bms-2", "institutional_account", action="official_account_use",
              note="a state school's official TikTok shows candidate 2 with his number"))
    t.video("sdn1kembaran", wib(2024, 8, 17, 9, 0), "Lomba 17-an: balap karung, makan kerupuk. Merdeka! 🇮🇩", N("neg_everyday_inst"))
    t.video("pak.tarsono", wib(2024, 11, 20, 13, 0), "Kelas 9 belajar Pilkada: coblos salah siji, 1 Sigit–Endah, 2 Yusuf–Ani, 3 Darso–Tri. "
            "Nek dicoblos kabeh, ora sah! #PKn", N("neg_civics", "a teacher's civics video naming all three pairs evenly"),
            voice="anak-anak nyoblos kuwi mung siji ya, aja kabeh")
    t.video("rudihartanto.kepsek", wib(2024, 9, 10, 7, 30), "Senam pagi bareng guru-guru SD 1 Kembaran 💪", N("neg_everyday_asn"))
    t.video("ngapak.official", wib(2024, 10, 27, 19, 0), "Kang Yusuf mampir warung, ngobrol karo @rudihartanto.kepsek lan wali murid ✌️",
            N(), mentions=[("rudihartanto.kepsek", A("B04", "tagged", "the head teacher is mentioned in a citizen's video of candidate 2"))])
    t.video("kangsigit.official", wib(2024, 11, 1, 19, 0), "Matur nuwun Sumbang! Banyumas SIGAP ☝️", N("neg_candidate_own"))
    t.video("warga_cilongok", wib(2024, 11, 3, 18, 0), "Aja pilih nomer siji, janjine mung ngapusi! #Pilbup2024", N())
    t.new_page()
    t.video("andre.kurniawan_pp", wib(2024, 8, 14, 8, 0), "Selamat Hari Pramuka! Salam Pramuka 🤟", N("neg_gesture_no_context",
            "three-finger scout salute on Hari Pramuka (14 Aug): no election context"))
    t.video("andre.kurniawan_pp", wib(2024, 10, 30, 21, 0), "Datuak Zul untuak Padang ✌️ #ZulFitri2024",
            V("P05", "post", "pdg-2", "support_post", note="Satpol PP officer; the call is in the transcript (Minang)"),
            voice="ayo dunsanak, pilih nomor duo, datuak zul jo uni fitri")
    t.video("satpolpp.kotapadang", wib(2024, 10, 20, 17, 0), "Personel Satpol PP Kota Padang mengamankan kampanye terbuka di GOR H. Agus Salim. "
            "Tertib dan aman.", N("neg_official_duty", "securing a rally without slogans or signs is the unit's duty"))
    t.video("satpolpp.kotapadang", wib(2024, 11, 8, 9, 0), "Patroli malam bersama Linmas. FAJAR untuk Padang! ☝️ #FAJARuntukPadang",
            V("inst:satpol_pdg", "inst", "pdg-1", "institutional_account", action="official_account_use",
              note="the unit's official account adds candidate 1's slogan, finger sign and hashtag"))
    t.video("zulfitri.padang", wib(2024, 11, 9, 20, 0), "Padang Sakato! Nomor duo ✌️", N("neg_candidate_own"))
    t.video("subuh.padang", wib(2024, 10, 4, 5, 30), "Subuh berjamaah sebelum fajar menyingsing 🌄 Masjid Raya Sumbar",
            N("neg_word_collision", "'fajar' (dawn) = pair acronym FAJAR"))
    t.dump()
    tt_comments(c, "tiktok/research_video_comments_wahyunugroho_ns.json", v1, [
        (wib(2024, 10, 9, 20, 30), "Mas perawat kok kampanye? 🤔", N("neg_withheld_author", "the Research API returns no comment authors"), None),
        (wib(2024, 10, 9, 20, 41), "Nomer siji pokoke ☝️", N("neg_withheld_author"), None),
        (wib(2024, 10, 9, 21, 2), "Bener mas, nakes butuh diperhatikan", N("neg_withheld_author"), 1),
        (wib(2024, 10, 9, 21, 40), "Lapor Bawaslu ah", N("neg_withheld_author"), 0),
    ])


# =============================================================================================
# YouTube Data API commentThreads
# =============================================================================================
def build_youtube(c):
    y = Yt(c, "youtube/commentThreads_debat_kedua_pilgub_jateng.json", "Qm3vT8kLp2A", YT["kpujateng"])
    top = y.comment(wib(2024, 11, 12, 21, 15), "Pak Teguh janji tol gratis, mustahil. Kalau menang malah ngrugekke Jateng, utang numpuk.",
                    "@ekobudiyanto79", YT["J04"], V("J04", "negative", "jateng-2", "negative_campaign", action="comment",
                                                  note="public-works engineer attacks candidate 2 under the KPU debate video"))
    rep = [y.comment(wib(2024, 11, 12, 21, 30), "Lha sampeyan sapa? Tukang ngomong thok 😂", "@bowo.klg", YT["c1"], N(), parent=top),
           y.comment(wib(2024, 11, 12, 21, 42), "Setuju mas, realistis wae", "@dyah_ayu", YT["c2"], N(), parent=top)]
    y.thread(top, rep)
    top = y.comment(wib(2024, 11, 12, 21, 20), "Mas Haryo paling mantep jawabane, siji wae! ☝️", "@dwihartanti", YT["J03"],
                    V("J03", "interact", "jateng-1", "comment_support", action="comment"))
    y.thread(top)
    top = y.comment(wib(2024, 11, 12, 21, 25), "Debat e apik, loro-lorone duwe gagasan. Sing penting warga milih nganggo nalar.", "@guru.ngapak",
                    YT["c3"], N())
    y.thread(top)
    top = y.comment(wib(2024, 11, 12, 21, 33), "Teguh-Ratna menang debat! ✌️", "@hadisusilo", YT["hadisusilo"],
                    R("identity_uncertain", "the display name matches a Satpol PP official in the registry, but his listed account is on X, not this channel",
                      actor="J08", cand="jateng-2"))
    y.thread(top)
    top = y.comment(wib(2024, 11, 12, 21, 50), "Moderatornya keren, tegas tapi santai", "@wiwin.smg", YT["c4"], N())
    y.thread(top)
    top = y.comment(wib(2024, 11, 12, 22, 5), "Kapan bahas nasib honorer? 😔", "@honorer_jateng", YT["c5"], N())
    y.thread(top)
    y.dump()

    y = Yt(c, "youtube/commentThreads_kampanye_zulfitri_padang.json", "Zf8aQ1nR4tY", YT["zulfitri"])
    top = y.comment(wib(2024, 10, 25, 20, 10), "Datuak Zul urang nan taat, ambo mandukuang. Nomor duo untuak Padang 🤲✌️", "@rosmaniar.kua", YT["P06"],
                    V("P06", "interact", "pdg-2", "comment_support", action="comment", note="religious counsellor (Kemenag), Minang"))
    rep = [y.comment(wib(2024, 10, 25, 20, 30), "Amin, Padang Sakato!", "@zulfitri.padang", YT["zulfitri"], N("neg_candidate_own"), parent=top)]
    y.thread(top, rep)
    top = y.comment(wib(2024, 10, 25, 20, 15), "Uni Fitri mantap! ✌️", "@ronichaniago", YT["P09"],
                    V("P09", "interact", "pdg-2", "comment_support", action="comment", note="short praise under the pair's campaign video"))
    y.thread(top)
    top = y.comment(wib(2024, 10, 25, 20, 40), "Horas! Dari Simpang Haru pilih nomor dua, lae!", "@tigor.sihombing", YT["c6"], N())
    y.thread(top)
    top = y.comment(wib(2024, 10, 25, 21, 0), "Indak ado program untuak nelayan Bungus? 🤔", "@urang.bungus", YT["c7"], N())
    y.thread(top)
    top = y.comment(wib(2024, 10, 25, 21, 20), "Lah tau sia nan ka dipiliah, nomor duo!", "@amak.lubeg", YT["c8"], N())
    y.thread(top)
    y.dump()

    y = Yt(c, "youtube/commentThreads_diskominfo_manado_banjir.json", "Mn0bJr4Yt9w", YT["kominfomdo"])
    top = y.comment(wita(2024, 11, 18, 10, 0), "Video ini Diskominfo bikin bagus. Tapi kenapa cuma Om Ronald yang dapa tampil? Ini so kampanye.",
                    "@nona.tikala", YT["c9"], N())
    y.thread(top)
    top = y.comment(wita(2024, 11, 18, 10, 30), "Terima kasih atas masukannya. Video penanganan banjir ini dokumentasi kegiatan Pemkot.",
                    "@diskominfomanado", YT["kominfomdo"], N("neg_everyday_inst", "the agency answers a complaint; no candidate content"))
    y.thread(top)
    top = y.comment(wita(2024, 11, 18, 11, 0), "Banjir Tikala so tiap taon, sapa jo walikota nanti tolong urus", "@ko.ferry", YT["c10"], N())
    y.thread(top)
    y.dump()


# =============================================================================================
# Telegram Desktop exports
# =============================================================================================
def build_telegram(c):
    # ---- 1. account export of a PPPK staff member in Kuranji (informant), WIB ----------------
    rel = "telegram/DataExport_2024-11-29/result.json"
    CAMAT, YULI, MEGA, AFRI, RIZAL, PENDI, DES, RIO = ("Pak Camat Syafrizal", "Bu Yuli Kessos", "Mega Kuranji", "Afrizal Disdik Sumbar",
                                                       "Uda Rizal Relawan", "Ajo Pendi", "Uni Des Sekcam", "Rio Saputra")
    contacts = [tg_contact("Pak Camat", "Syafrizal", tg_phone(c.acct("P01", "telegram")), wib(2022, 12, 20, 8, 0)),
                tg_contact("Bu Yuli", "Kessos", tg_phone(c.acct("P02", "telegram")), wib(2022, 12, 20, 8, 5)),
                tg_contact("Mega", "Kuranji", tg_phone(c.acct("P13", "telegram")), wib(2023, 1, 3, 9, 0)),
                tg_contact("Afrizal", "Disdik Sumbar", tg_phone(c.acct("P12", "telegram")), wib(2023, 7, 14, 10, 0)),
                tg_contact("Uda Rizal", "Relawan", "+62 812 6790 4411", wib(2024, 9, 5, 19, 0)),
                tg_contact("Ajo", "Pendi", "+62 853 7400 1288", wib(2021, 4, 4, 12, 0)),
                tg_contact("Uni Des", "Sekcam", "+62 813 6300 7766", wib(2022, 12, 20, 8, 10))]
    me = {"user_id": 5390017733, "first_name": "Rio", "last_name": "Saputra", "phone_number": tg_phone(c.acct("P03", "telegram")),
          "username": "@riosaputra_pdg", "bio": "Kuranji | IT"}
    g = Tg(c, rel, "Relawan FAJAR Kuranji", "private_supergroup", 1900112233, WIB)
    g.service(1, wib(2024, 9, 5, 20, 0, 4), RIZAL, "create_group", [N()], title="Relawan FAJAR Kuranji", members=[RIZAL, CAMAT])
    g.service(2, wib(2024, 9, 6, 8, 15, 31), CAMAT, "invite_members", [
        V("P01", "team", "pdg-1", "instruct_staff", action="instruct_others", by_actor=True,
          action_any=["instruct_others", "follow_or_join", "other"],
          note="the Camat adds three of his staff to the bakal calon's volunteers' group (6 Sep, before designation)"),
        A("P02", "added_to_group"), A("P03", "added_to_group", "the exporter himself"), A("P13", "added_to_group")],
        members=[YULI, RIO, MEGA])
    g.msg(3, wib(2024, 9, 6, 8, 20, 10), CAMAT, "Dunsanak staf kecamatan, iko grup relawan Uda Ferdi. Tolong bantu sebar konten ka grup "
          "keluarga masiang-masiang yo. Sabalun penetapan kito lah harus bagerak 💪",
          V("P01", "instruct", "pdg-1", "instruct_staff", in_group=True, note="the Camat asks his staff to spread the bakal calon's content (Minang)"))
    g.msg(4, wib(2024, 9, 6, 8, 41, 2), YULI, "Siap Pak Camat, lah ambo sebar ka grup keluarga 🙏",
          V("P02", "post", "pdg-1", "exposed_then_engaged", action="share", in_group=True,
            action_any=["share", "post", "comment", "follow_or_join"], note="added by her superior, she reports having spread the content"))
    g.msg(5, wib(2024, 9, 6, 9, 2, 45), RIO, "Mohon maaf Pak, ambo PPPK, indak bisa ikuik. ASN harus netral 🙏",
          N("neg_asn_neutral", "the exporter declines (negation)"))
    g.service(6, wib(2024, 9, 6, 9, 30, 12), MEGA, "remove_members", [N("neg_leave_group", "the added staff member leaves the group")], members=[MEGA])
    g.msg(7, wib(2024, 9, 22, 10, 0, 0), RIZAL, "Alhamdulillah Uda Ferdi jo Pak Januar resmi ditetapkan KPU! FAJAR!", N())
    g.msg(8, wib(2024, 10, 19, 16, 2, 20), CAMAT, "Ambo jo staf Kuranji hadir di kampanye akbar Uda Ferdi tadi. Nomor ciek! ☝️",
          V("P01", "attend", "pdg-1", "attend_campaign", in_group=True), photo=True)
    g.msg(9, wib(2024, 10, 19, 16, 20, 41), YULI, "Rami bana tadi Pak, ambo dapek foto jo Uda Ferdi 😍☝️",
          V("P02", "photo", "pdg-1", "photo_with_candidate", in_group=True), photo=True, reply_to_message_id=8)
    g.service(10, wib(2024, 10, 20, 20, 0, 5), AFRI, "join_group_by_link", [
        V("P12", "interact", "pdg-1", "join_group", action="follow_or_join", by_actor=True,
          note="a provincial education official joins the candidate's volunteers' group by invite link")], inviter=RIZAL)
    g.msg(11, wib(2024, 10, 20, 20, 5, 33), AFRI, "Salam kenal dunsanak, ambo dari Disdik. Siap bantu menangkan FAJAR di sekolah-sekolah 💪",
          V("P12", "team", "pdg-1", "support_post", action="post", in_group=True,
            action_any=["post", "instruct_others", "comment", "other"], note="offers to campaign for the pair in schools"))
    g.msg(12, wib(2024, 10, 21, 7, 0, 0), PENDI, "Spanduak lah dipasang di simpang Ampang", N())
    g.msg(13, wib(2024, 11, 24, 8, 0, 0), RIZAL, "Masa tenang dunsanak, jan posting dulu yo", N())
    g.msg(14, wib(2024, 11, 26, 21, 0, 9), CAMAT, "Bisuak pagi ka TPS, ingek nomor ciek yo dunsanak ☝️",
          V("P01", "instruct", "pdg-1", "instruct_staff", in_group=True, note="a call to vote 1 on the last quiet day"))
    s = Tg(c, rel, "Staf Kantor Camat Kuranji", "private_group", 1900112244, WIB)
    s.msg(101, wib(2024, 10, 1, 7, 30, 0), CAMAT, "Apel pagi jam 07.30, harap hadir tapek waktu.", N("neg_everyday_asn"))
    s.msg(102, wib(2024, 10, 1, 8, 0, 0), DES, "Pengingat: ASN dilarang ikut kampanye, dilarang like dan share konten paslon mana pun.",
          N("neg_neutrality_reminder"))
    s.msg(103, wib(2024, 10, 1, 8, 10, 0), CAMAT, "Batua Uni. Tapi kalau ado warga nan batanyo, kito jawab se: piliah nan lah jaleh karajonyo 😉",
          R("insinuation", "the Camat hints at a pair without naming it, in his staff group; intent plausible (he backs pdg-1 elsewhere) but unnamed",
            actor="P01", cand="pdg-1"), reply_to_message_id=102)
    s.msg(104, wib(2024, 10, 2, 10, 0, 0), YULI, "Laporan bansos minggu ko alah ambo kirim ka dinas sosial.", N("neg_everyday_asn"))
    s.msg(105, wib(2024, 10, 2, 10, 5, 0), MEGA, "Siap Bu", N("neg_everyday_asn"))
    s.msg(106, wib(2024, 11, 28, 9, 0, 0), RIO, "Mohon maaf Bapak Ibu, grup relawan alah ambo laporkan ka Bawaslu.", N("neg_asn_neutral"))
    tg_account_export(c, rel, me, contacts, [g, s])

    # ---- 2. public channel of Kominfo Kota Padang (institution) -------------------------------
    rel = "telegram/ChatExport_2024-11-30/result.json"
    ch = Tg(c, rel, "Kominfo Kota Padang", "public_channel", 1700334455, WIB)
    K = "Kominfo Kota Padang"
    ch.msg(1001, wib(2024, 4, 10, 7, 0), K, "Selamat Hari Raya Idul Fitri 1445 H. Taqabbalallahu minna wa minkum. Mohon maaf lahir dan batin.",
           N("neg_word_collision", "'Fitri' (the pdg-2 running mate's name) in an Eid greeting"))
    ch.msg(1010, wib(2024, 9, 10, 9, 0), K, "Pengumuman seleksi administrasi CPNS Pemkot Padang 2024 dapat dilihat di laman BKPSDM.", N("neg_everyday_inst"))
    ch.msg(1022, wib(2024, 10, 2, 10, 0), K, ["Debat publik Pilwako Padang 2024, Kamis 10 Oktober, pukul 20.00 WIB. Paslon 1 Ferdian Syafri–Januar Rahmat, "
                                                "Paslon 2 Zulkarnain–Fitri Handayani. Tonton di kanal KPU Kota Padang. ", ("hashtag", "#PilkadaDamai")],
           N("neg_neutral_info"))
    ch.msg(1030, wib(2024, 10, 5, 5, 0), K, "Gerakan Subuh Berjamaah di Masjid Nurul Iman. Mari hadir sebelum fajar menyingsing.",
           N("neg_word_collision", "'fajar' = pair acronym FAJAR"))
    ch.msg(1041, wib(2024, 10, 22, 19, 30), K, ["Program FAJAR: beasiswa untuk 5.000 pelajar Padang, Padang Bangkit! ☝️ ", ("hashtag", "#FAJARuntukPadang")],
           V("inst:kominfo_pdg_tg", "inst", "pdg-1", "institutional_account", action="official_account_use",
             note="the city's official channel forwards a candidate's campaign message"), forwarded_from="Ferdian Syafri Official")
    ch.msg(1050, wib(2024, 11, 23, 16, 0), K, "Memasuki masa tenang 24–26 November, ASN Pemkot Padang diingatkan untuk netral.", N("neg_neutrality_reminder"))
    ch.msg(1061, wib(2024, 11, 27, 6, 0), K, "Selamat mencoblos warga Kota Padang. TPS buka pukul 07.00 WIB.", N("neg_neutral_info"))
    c.write_json(rel, ch.obj(), Tg.FMT)

    # ---- 3. account export of a Manado teacher (WITA, Pemilu) ---------------------------------
    rel = "telegram/DataExport_2024-02-20/result.json"
    KEPSEK, MEITY, GRACE, JEFRY, OMA, WAKA, OLGA = ("Pak Kepsek Hanny", "Ibu Meity Sumual", "Kak Grace", "Om Jefry", "Oma Tin",
                                                   "Wakasek Kurikulum", "Olga Pangkey")
    contacts = [tg_contact("Pak Kepsek", "Hanny", tg_phone(c.acct("M07", "telegram")), wita(2019, 7, 15, 8, 0)),
                tg_contact("Ibu Meity", "Sumual", tg_phone(c.acct("M06", "telegram")), wita(2019, 7, 15, 8, 2)),
                tg_contact("Kak", "Grace", tg_phone(c.acct("M02", "telegram")), wita(2017, 3, 3, 19, 0)),
                tg_contact("Om", "Jefry", "+62 813 4011 7007", wita(2017, 3, 3, 19, 5)),
                tg_contact("Oma", "Tin", "+62 852 4000 1212", wita(2016, 12, 24, 20, 0)),
                tg_contact("Wakasek", "Kurikulum", "+62 813 4022 3344", wita(2020, 1, 6, 7, 0))]
    me = {"user_id": 5230098811, "first_name": "Olga", "last_name": "Pangkey", "phone_number": tg_phone(c.acct("M08", "telegram")),
          "username": "@olgapangkey", "bio": "Guru Biologi 🌱"}
    g = Tg(c, rel, "Guru SMA Negeri 1 Manado", "private_supergroup", 1811009988, WITA)
    g.msg(10, wita(2024, 1, 8, 7, 0, 12), KEPSEK, "Bapak ibu guru, torang pe pilihan so jelas: nomor 3 AMAN. Tolong ajak murid kelas 12 yang so "
          "pemilih pemula, ya.", V("M07", "instruct", "pres-3", "instruct_staff",
                                  note="a head teacher tells his teachers whom to choose and to steer first-time voters (Pemilu)"))
    g.msg(11, wita(2024, 1, 8, 7, 20, 40), MEITY, "Siap Pak",
          R("intent_uncertain", "an acknowledgement of a partisan instruction: agreement or mere receipt?", actor="M06", cand="pres-3"),
          reply_to_message_id=10)
    g.msg(12, wita(2024, 1, 8, 7, 35, 3), OLGA, "Maaf Pak, torang ASN musti netral, nyanda boleh arahkan murid. Nanti Bawaslu tegur.",
          N("neg_neutrality_reminder"), reply_to_message_id=10)
    g.msg(13, wita(2024, 1, 8, 7, 50, 30), KEPSEK, "Cuma saran, bukan perintah 😊", N("neg_asn_neutral", "walks back; no candidate named"))
    g.msg(14, wita(2024, 1, 8, 9, 0, 0), WAKA, "Jadwal ujian praktik kelas 12 so dikirim di grup wali kelas.", N("neg_everyday_asn"))
    g.msg(15, wita(2024, 1, 15, 14, 0, 0), MEITY, "Info: rapat MGMP Biologi hari Sabtu di SMA 9.", N("neg_everyday_asn"))
    g.msg(16, wita(2024, 2, 12, 13, 0, 0), KEPSEK, "Lusa libur nasional, selamat mencoblos. Ingat pesan saya kemarin 😉",
          R("intent_uncertain", "quiet days: 'remember my message' points back to the earlier instruction to vote 3 without naming anyone",
            actor="M07", cand="pres-3"))
    k = Tg(c, rel, "Keluarga Pangkey-Wowor", "private_group", 1811009999, WITA)
    k.msg(201, wita(2024, 1, 26, 19, 0, 0), GRACE, "Besok kita temani Papi Jefry kampanye di Ranotana, doakan lancar ne 🙏",
          R("unsettled_law", "a nurse (ASN) accompanying her husband, a DPRD candidate, to his campaign: SKB-E7 asks for unpaid leave, whether "
                             "mere accompaniment counts is unsettled", actor="M02", cand="dprd-mdo1-jefry"))
    k.msg(202, wita(2024, 1, 26, 19, 10, 0), OMA, "Tuhan berkati, Om Jefry pasti jadi", N())
    k.msg(203, wita(2024, 1, 26, 19, 12, 0), OLGA, "Hati-hati di jalan kak", N("neg_everyday_asn"))
    k.msg(204, wita(2024, 1, 27, 20, 0, 0), GRACE, "Rame skali tadi 🙏", R("unsettled_law", "photo from the husband's campaign stage, no words of support",
                                                                       actor="M02", cand="dprd-mdo1-jefry"), photo=True)
    k.msg(205, wita(2024, 2, 10, 18, 0, 0), JEFRY, "Terima kasih keluarga, tinggal 4 hari. Nomor 7 NasDem!", N("neg_candidate_own"))
    tg_account_export(c, rel, me, contacts, [g, k])


# =============================================================================================
# WhatsApp exports
# =============================================================================================
def build_whatsapp(c):
    ph = lambda k: wa_phone(c.acct(k, "whatsapp"))  # noqa: E731
    KORLAP = "Kang Darmo Korlap"
    g = "Relawan SIGAP Sokaraja"
    wa_file(c, f"whatsapp/Chat WhatsApp dengan {g}.txt", "android_id", "whatsapp_android_id", [
        (wib(2024, 8, 28, 19, 0), None, "Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya. Ketuk untuk info selengkapnya.", [N("neg_media_only")]),
        (wib(2024, 8, 28, 19, 1), None, f'{KORLAP} membuat grup "{g}"', [N()]),
        (wib(2024, 8, 28, 19, 5), None, f"{KORLAP} menambahkan {ph('B01')}", [A("B01", "added_to_group")]),
        (wib(2024, 8, 28, 19, 12), None, f"{ph('B01')} menambahkan {ph('B02')} dan {ph('B03')}", [
            V("B01", "team", "bms-1", "instruct_staff", action="instruct_others", action_any=["instruct_others", "follow_or_join", "other"],
              note="the Camat adds two of his staff to the bakal calon's volunteers' group (28 Aug)"),
            A("B02", "added_to_group"), A("B03", "added_to_group")]),
        (wib(2024, 8, 28, 19, 20), ph("B01"), "Bapak ibu staf kecamatan, niki grup relawan Kang Sigit. Monggo dibantu share konten nang grup RT "
                                             "lan keluarga nggih. Sadurunge penetapan kudu wis obah 🙏",
         [V("B01", "instruct", "bms-1", "instruct_staff", in_group=True)]),
        (wib(2024, 8, 29, 7, 10), ph("B02"), "Siap Pak Camat, sampun kula share 🙏☝️",
         [V("B02", "post", "bms-1", "exposed_then_engaged", action="share", in_group=True, action_any=["share", "post", "comment"])]),
        (wib(2024, 8, 29, 7, 30), KORLAP, "<Media tidak disertakan>", [N("neg_media_only")]),
        (wib(2024, 8, 29, 8, 2), None, f"{ph('B03')} keluar", [N("neg_leave_group", "the PPPK staff member added by the Camat leaves")]),
        (wib(2024, 9, 15, 20, 0), ph("B01"), "Minggu deklarasi relawan SIGAP nang GOR Satria jam 3 sore. Staf sing ora piket wajib teka, "
                                            "nganggo kaos putih",
         [V("B01", "instruct", "bms-1", "instruct_staff", in_group=True, add_codes=["SKB-E6", "SKB-E3"],
            note="orders staff to attend the bakal calon's declaration (15 Sep)")]),
        (wib(2024, 9, 15, 20, 15), KORLAP, "Mantap Pak Camat 💪", [N()]),
        (wib(2024, 9, 18, 21, 4), None, f"{ph('J07')} bergabung menggunakan tautan undangan grup ini",
         [V("J07", "interact", "bms-1", "join_group", action="follow_or_join", note="a PPPK teacher joins the volunteers' group by link (18 Sep, bakal calon)")]),
        (wib(2024, 9, 22, 10, 30), KORLAP, "Alhamdulillah Kang Sigit lan Mbak Endah resmi ditetapke KPU! ☝️", [N()]),
        (wib(2024, 10, 10, 19, 45), "Mbak Ratna Kecamatan", "Nyuwun sewu, kula mboten saged ndherek, ASN kedah netral 🙏",
         [N("neg_negation", "a sender known only by a saved name declines: no support")]),
        (wib(2024, 10, 10, 20, 2), KORLAP, "Pesan ini telah dihapus", [N("neg_media_only")]),
        (wib(2024, 11, 24, 6, 0), KORLAP, "Masa tenang sedulur, ora usah posting apa-apa disit. Tanggal 27 nyoblos esuk-esuk!", [N()]),
    ])

    wa_file(c, "whatsapp/Chat WhatsApp dengan Gapoktan Sumbang Makmur.txt", "android_id4", "whatsapp_android_id", [
        (wib(2024, 5, 6, 19, 30), None, "Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya. Ketuk untuk info selengkapnya.", [N("neg_media_only")]),
        (wib(2024, 5, 6, 19, 32), ph("B08"), "Bapak-bapak anggota Gapoktan, sing arep nyengkuyung Kang Darso lewat jalur perseorangan, fotokopi "
                                            "KTP lan KK dikumpulke nang kantor BPP paling telat Rebo. Formulir dukungan wis tak siapke.",
         [V("B08", "ktp", "bms-3", "ktp_independent", add_codes=["PP94-N4"],
            note="an agricultural extension officer collects KTP copies for the independent bakal calon at the BPP office (state facility)")]),
        (wib(2024, 5, 6, 19, 40), "Pak Kirno Poktan", "Siap pak mantri 👍", [N()]),
        (wib(2024, 5, 6, 19, 52), "Pak Waluyo", "Pak, kuwi ora apa-apa? Jarene PNS ora entuk melu-melu calon", [N()]),
        (wib(2024, 5, 6, 20, 5), ph("B08"), "Ora papa, iki mung mbantu wong cilik. Sing penting cepet, Rebo dikumpulke.",
         [V("B08", "ktp", "bms-3", "ktp_independent")]),
        (wib(2024, 5, 8, 16, 10), ph("B08"), "<Media tidak disertakan>", [N("neg_media_only")]),
        (wib(2024, 5, 8, 16, 12), ph("B08"), "Alhamdulillah wis kumpul 214 KTP, matur nuwun sedulur. Kang Darso mesti lolos verifikasi 🙏",
         [V("B08", "ktp", "bms-3", "ktp_independent")]),
        (wib(2024, 8, 17, 7, 0), ph("B08"), "Dirgahayu RI ke-79! Tani maju, negara kuat 🇮🇩", [N("neg_everyday_asn")]),
        (wib(2024, 10, 12, 6, 30), ph("B08"), "Jadwal penyuluhan pupuk organik Setu esuk nang balai desa Karangcegak.", [N("neg_everyday_asn")]),
        (wib(2024, 10, 12, 6, 45), "Pak Kirno Poktan", "Pak, Kang Darso nomer telu ya? Tak coblos telu 🤟", [N()]),
        (wib(2024, 10, 12, 7, 2), ph("B08"), "Nggih pak, telu 🤟",
         [V("B08", "post", "bms-3", "ballot_number_call", action="comment", action_any=["comment", "post"],
            note="a two-word reply confirming the candidate's number 3 (Javanese 'telu'): support from the thread's context")]),
    ])

    G = "Media Center Diskominfo Banyumas"
    wa_file(c, f"whatsapp/WhatsApp Chat - {G}/_chat.txt", "ios_id", "whatsapp_ios_id", [
        (wib(2024, 10, 1, 8, 0, 5), None, "Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya. Ketuk untuk info selengkapnya.", [N("neg_media_only")]),
        (wib(2024, 10, 7, 9, 15, 22), ph("B09"), "Rekan-rekan media, minggu ini kegiatan Kang Yusuf mohon liputannya diperbanyak nggih. Rilis dari "
                                                "kami nanti dikirim Mbak Ika.",
         [V("B09", "instruct", "bms-2", "instruct_staff", note="a Diskominfo head of division asks journalists to cover the incumbent candidate")]),
        (wib(2024, 10, 7, 9, 18, 40), "Mas Anton Radar", "Lho pak, itu kan kegiatan kampanye, bukan kegiatan pemkab?", [N()]),
        (wib(2024, 10, 7, 9, 25, 3), ph("B09"), "Kang Yusuf kan masih wakil bupati, anggap saja liputan pembangunan 😁",
         [V("B09", "instruct", "bms-2", "instruct_staff")]),
        (wib(2024, 10, 7, 10, 2, 17), ph("B10"), "Draft rilisnya sudah saya kirim japri ke rekan-rekan ya",
         [R("intent_uncertain", "a PPPK PR officer carries out the instruction (press-release drafts), but their content is not visible", actor="B10", cand="bms-2")]),
        (wib(2024, 10, 7, 10, 5, 0), "Mbak Sinta Satelit", "Siap, nanti tak olah", [N()]),
        (wib(2024, 10, 9, 15, 39, 50), ph("B09"), "<terlampir: 00000031-PHOTO-2024-10-09-15-39-50.jpg>", [N("neg_media_only")]),
        (wib(2024, 10, 9, 15, 41, 2), ph("B09"), "Ini foto Kang Yusuf di Pasar Ajibarang tadi, pakai yang ini untuk berita. Captionnya: Kang Yusuf "
                                                "dekat dengan rakyat ✌️", [V("B09", "instruct", "bms-2", "instruct_staff")]),
        (wib(2024, 10, 9, 16, 0, 30), "Bu Heni Disdik", "Ayo sedulur, nomer loro wis pasti menang ✌️",
         [R("identity_uncertain", "a sender known only by the saved name 'Bu Heni Disdik' (resembles the education office's secretary); no phone number shown",
            actor="B12", cand="bms-2")]),
        (wib(2024, 11, 20, 8, 30, 0), "Mas Anton Radar", "Pak, Bawaslu lagi nelusuri grup-grup WA. Hati-hati.", [N()]),
        (wib(2024, 11, 20, 8, 31, 45), ph("B09"), "Pesan ini telah dihapus.", [N("neg_media_only")]),
        (wib(2024, 11, 24, 7, 0, 0), ph("B10"), "Selamat masa tenang rekan-rekan, mari jaga netralitas 🙏", [N("neg_asn_neutral")]),
    ], group=G)

    g = "Sahabat Ronald Wanea"
    LIN = "Tante Lin Relawan"
    wa_file(c, f"whatsapp/WhatsApp Chat with {g}.txt", "android_us", "whatsapp_android_en", [
        (wita(2024, 10, 4, 19, 0), None, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.", [N("neg_media_only")]),
        (wita(2024, 10, 4, 19, 1), None, f'{LIN} created group "{g}"', [N()]),
        (wita(2024, 10, 4, 19, 5), None, f"{LIN} added {ph('M04')}", [A("M04", "added_to_group", "a group named after the candidate's first name only")]),
        (wita(2024, 10, 4, 19, 6), None, f"{LIN} added {ph('M03')}", [A("M03", "added_to_group", "the same group ('Ronald')")]),
        (wita(2024, 10, 4, 19, 15), LIN, "Selamat datang basudara, mari torang kawal Om Ronald sampe menang ☝️", [N()]),
        (wita(2024, 10, 4, 19, 40), None, f"{ph('M04')} left", [N("neg_leave_group")]),
        (wita(2024, 10, 5, 8, 10), ph("M03"), "Kita so siap, nomor satu jo! Orang tua murid so kita kase tau ☝️",
         [V("M03", "post", "mdo-1", "exposed_then_engaged", in_group=True, add_codes=["SKB-D8", "PP94-N6"],
            note="added to the group, the teacher pledges support and says he has told his pupils' parents")]),
        (wita(2024, 10, 12, 18, 20), None, f"{LIN} added {ph('M01')}", [A("M01", "added_to_group")]),
        (wita(2024, 10, 12, 18, 30), ph("M01"), "Staf kantor camat Wanea, hari Sabtu kumpul di lapangan Ranotana jam 3, pake baju biru. Om Ronald mo datang.",
         [V("M01", "instruct", "mdo-1", "instruct_staff", in_group=True, add_codes=["SKB-D4"])]),
        (wita(2024, 10, 19, 16, 0), "Om Boy Ranotana", "<Media omitted>", [N("neg_media_only")]),
        (wita(2024, 10, 19, 16, 5), "Om Boy Ranotana", "Lapangan Ranotana so penuh! Manado BERKAT!", [N()]),
        (wita(2024, 10, 19, 16, 20), ph("M01"), "Terima kasih samua staf yang so datang 🙏☝️",
         [V("M01", "attend", "mdo-1", "attend_campaign", in_group=True,
            action_any=["attend_campaign", "instruct_others", "post", "comment"], note="the Camat at the rally thanks the staff he summoned")]),
        (wita(2024, 10, 25, 21, 0), "Ci Meiliana", "This message was deleted", [N("neg_media_only")]),
        (wita(2024, 11, 24, 8, 0), LIN, "So masa tenang, torang stop dulu posting-posting ne", [N()]),
        (wita(2024, 11, 27, 14, 0), LIN, "So coblos samua? 💪", [N()]),
    ])

    G = "Alumni SMAN 3 Padang 2004"
    wa_file(c, f"whatsapp/WhatsApp Chat - {G}/_chat.txt", "ios_id", "whatsapp_ios_id", [
        (wib(2023, 12, 2, 20, 0, 0), None, "Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya. Ketuk untuk info selengkapnya.", [N("neg_media_only")]),
        (wib(2023, 12, 22, 8, 0, 0), ph("P10"), "Amak tetap nomor 1 di hati ambo ❤️ Selamat Hari Ibu", [N("neg_number_no_context")]),
        (wib(2024, 1, 10, 19, 30, 12), ph("P10"), "Kawan-kawan, piliah nomor 3 AMAN yo, Buya Malik urang awak, pasti paham adat jo agamo 🤲🤟",
         [V("P10", "post", "pres-3", "ballot_number_call", note="a provincial SMA teacher urges her alumni group to vote 3 (Minang)")]),
        (wib(2024, 1, 10, 19, 35, 40), "Uda Hendra Bengkel", "Ambo nomor duo, Pak Bram tagas ✌️", [N()]),
        (wib(2024, 1, 10, 19, 41, 3), ph("P07"), "☝️ ✌️ 🤟 nan pantiang jan golput, kawan 😄", [N("neg_neutral_info", "all three signs, evenly")]),
        (wib(2024, 1, 10, 19, 50, 55), ph("P07"), "Ambo indak mandukuang sia-sia do, ASN harus netral 😅", [N("neg_negation")]),
        (wib(2024, 1, 15, 12, 10, 10), "Rini Apotek", "Wah ado nan sibuk kampanye, hebat bana, gaji dari negara tapi karajo untuak capres 🙃", [N("neg_sarcasm")]),
        (wib(2024, 1, 28, 9, 0, 0), ph("P10"), "<terlampir: 00000012-PHOTO-2024-01-28-09-00-00.jpg>", [N("neg_media_only")]),
        (wib(2024, 1, 28, 9, 0, 40), ph("P10"), "Libur ka Bukittinggi jo anak-anak ✌️😊", [N("neg_gesture_no_context")]),
        (wib(2024, 2, 5, 21, 15, 20), "Uda Hendra Bengkel", "https://padangkini.example.id/2024/02/05/kampanye-akbar-di-gor Kampanye akbar di GOR tadi malam", [N("neg_news")]),
        (wib(2024, 2, 12, 7, 0, 0), ph("P10"), "Masa tenang, ambo diam dulu 🤐", [N("neg_asn_neutral")]),
    ], group=G)

    wa_file(c, "whatsapp/Chat WhatsApp dengan Kepala SMA SMK Cabdin X.txt", "android_id", "whatsapp_android_id", [
        (wib(2024, 10, 1, 13, 0), ph("J01"), "Para kepala sekolah, guru-guru mohon diarahkan nggih. Mas Haryo niku sing jelas merjuangke "
                                            "guru PPPK. Tolong disampaikan pas rapat dinas ☝️",
         [V("J01", "instruct", "jateng-1", "instruct_staff", note="a branch head of the education office asks principals to steer their teachers to candidate 1")]),
        (wib(2024, 10, 1, 13, 8), ph("J09"), "Nyuwun sewu Bu Kacab, menawi wonten rapat dinas kados niku, kula kuatir dados temuan Bawaslu 🙏",
         [N("neg_neutrality_reminder")]),
        (wib(2024, 10, 1, 13, 15), ph("J10"), "Siap Bu",
         [R("intent_uncertain", "an acknowledgement of a partisan instruction by a head teacher", actor="J10", cand="jateng-1")]),
        (wib(2024, 10, 1, 13, 30), ph("J01"), "Nggih, cukup lisan mawon, mboten usah ditulis",
         [V("J01", "instruct", "jateng-1", "instruct_staff", note="keeps the instruction oral to avoid a trace")]),
        (wib(2024, 10, 5, 7, 0), ph("J01"), "Info: jadwal ANBK gelombang 2 minggu ngarep, mohon persiapan lab.", [N("neg_everyday_asn")]),
        (wib(2024, 11, 24, 8, 0), ph("J09"), "Tiga hari tenang, sekolah kita tetap netral nggih Bapak Ibu 🙏", [N("neg_asn_neutral")]),
    ])


# =============================================================================================
# canonical JSON Lines (Bawaslu cyber-patrol captures)
# =============================================================================================
def build_canonical(c):
    cand = c.cands
    k = Canon(c, "patroli/patroli_siber_bawaslu_banyumas_semarang.jsonl", "ptl-bms")
    yusuf_post = tgt("100089340000112", "Yusuf Mardiyanto", "Beasiswa anak petani lan buruh, wis mlaku 3 taun. Terusna bareng Kang Yusuf! 2️⃣ #KangYusuf",
                     tid="100089340000112_7000000000093311")
    for i, key in enumerate(["B13", "B14", "B15", "B16"]):
        k.add(V(key, "interact", "bms-2", "coordinated_engagement", action="like",
                note="four staff of the Banyumas education office like the same candidate post within four minutes"),
              "facebook", "reaction", wib(2024, 10, 16, 20, 1 + i + (1 if i == 3 else 0)), k.who(key, "facebook"), target=yusuf_post)
    for i, key in enumerate(["B13", "B15"]):
        k.add(V(key, "post", "bms-2", "coordinated_engagement", action="share",
                note="the same staff then share the post within minutes of each other"),
              "facebook", "share", wib(2024, 10, 16, 20, 10 + 3 * i), k.who(key, "facebook"), "✌️", target=yusuf_post)
    k.add(V("J05", "interact", "jateng-1", "pre_designation", action="follow_or_join", note="follows the bakal calon's Instagram (10 Sep)"),
          "instagram", "follow", wib(2024, 9, 10, 21, 14), k.who("J05", "instagram"), target=tgt("haryo.nurjanah", "Haryo Wicaksono"))
    k.add(V("B20", "interact", "bms-2", "follow", action="follow_or_join"), "instagram", "follow", wib(2024, 10, 2, 12, 40),
          k.who("B20", "instagram"), target=tgt("kangyusuf.bms", "Yusuf Mardiyanto"))
    k.add(V("S04", "interact", "pres-3", "follow", action="follow_or_join"), "instagram", "follow", wib(2023, 12, 1, 19, 5),
          k.who("S04", "instagram"), target=tgt("buyamalik.official", "Buya Malik"))
    k.add(N("neg_follow_neutral", "following the election commission's page"), "facebook", "follow", wib(2024, 9, 2, 10, 0),
          k.who("B05", "facebook"), target=tgt("100064771209999", "KPU Kabupaten Banyumas"))
    k.add(V("B04", "interact", "bms-2", "join_group", action="follow_or_join"), "facebook", "join_group", wib(2024, 10, 4, 21, 30),
          k.who("B04", "facebook"), group={"id": "1047200300120", "name": "Relawan Kang Yusuf Kembaran"})
    k.add(N("neg_join_neutral", "a job-vacancy group"), "facebook", "join_group", wib(2024, 10, 5, 9, 0), k.who("B18", "facebook"),
          group={"id": "1047200300199", "name": "Info Loker Purwokerto dan Sekitarnya"})
    k.add(A("B05", "tagged", "tagged in a citizen's campaign photo; she never reacts"), "facebook", "tagged", wib(2024, 10, 26, 19, 50),
          k.who("B05", "facebook"), initiated_by={"id": "100077700001234", "name": "Lik Sarmin Kembaran"},
          target=tgt(name="Lik Sarmin Kembaran", text="Kampanye Kang Yusuf nang Kembaran, ana Bu Sri Wahyuni barang ✌️"))
    k.add(A("B19", "added_to_group", "added to a group named after candidate 2's first name only"), "facebook", "added_to_group",
          wib(2024, 10, 6, 20, 0), k.who("B19", "facebook"), group={"id": "1047200300131", "name": "Barisan Yusuf Banyumas"},
          initiated_by={"id": "100077700004321", "name": "Bayu Relawan"})
    k.add(N("neg_added_neutral", "added to a neighbourhood savings group, not a campaign group"), "whatsapp", "added_to_group",
          wib(2024, 10, 8, 19, 0), k.who("B05", "whatsapp"),
          group={"id": "120363000000001", "name": "Arisan RT 03 Kembaran"}, initiated_by={"name": "Bu RT Sulastri"})
    k.add(V("J05", "photo", "jateng-1", "photo_with_candidate"), "instagram", "post", wib(2024, 10, 30, 13, 0), k.who("J05", "instagram"),
          "Alhamdulillah ketemu Mas Haryo pas kunjungan ke RSUD 😍 #JatengHarum",
          media=[img("Dokter berjas putih berfoto bersama Haryo Wicaksono, keduanya mengacungkan satu jari")])
    k.add(V("B04", "attend", "bms-2", "attend_campaign"), "facebook", "post", wib(2024, 10, 10, 19, 0), k.who("B04", "facebook"),
          "Melu kampanye akbar Kang Yusuf nang GOR Satria, rame pol ✌️", media=[img("Kerumunan kampanye di GOR Satria, spanduk YUSUF-ANI NOMOR 2")])
    k.add(V("B20", "post", "bms-2", "support_post", note="deleted 40 minutes later ('salah upload'): the deletion does not erase the act"),
          "instagram", "post", wib(2024, 11, 3, 19, 0), k.who("B20", "instagram"), "Nomer loro Kang Yusuf, apoteker Kembaran siap! ✌️",
          deleted_at=wib(2024, 11, 3, 19, 40))
    k.add(V("J03", "interact", "jateng-1", "like", action="like"), "instagram", "reaction", wib(2024, 11, 10, 20, 12), k.who("J03", "instagram"),
          target=tgt("haryo.nurjanah", "Haryo Wicaksono", "Kampanye akbar terakhir di Semarang. Jateng Harum! ☝️", tid="17900000000000555"))
    k.add(N("neg_like_neutral", "likes the KPU's debate announcement"), "facebook", "reaction", wib(2024, 10, 20, 9, 30), k.who("B05", "facebook"),
          target=tgt("100064771209999", "KPU Kabupaten Banyumas", "Debat publik paslon Bupati dan Wakil Bupati Banyumas 2024", tid="100064771209999_7100000000000021"))
    k.add(N("neg_like_neutral"), "facebook", "reaction", wib(2024, 11, 20, 9, 0), k.who("S02", "facebook"),
          target=tgt("100064771200101", "Diskominfo Banyumas", "Pengingat untuk ASN: dilarang like, komen, share postingan paslon", tid="100064771200101_7000000000000420"))
    k.add(V("S04", "interact", "pres-3", "comment_support", action="comment"), "instagram", "comment", wib(2024, 1, 12, 20, 40),
          k.who("S04", "instagram"), "Semoga amanah Buya 🤲🤟", target=tgt("buyamalik.official", "Buya Malik", "Bersama guru-guru se-Jawa Tengah"))
    k.add(V("S06", "post", "pres-1", "support_post", note="PPPK nurse; the call is in the video"), "tiktok", "post", wib(2024, 2, 3, 20, 0),
          k.who("S06", "tiktok"), "Nakes Semarang pilih 01 ☝️ #RAGA01",
          media=[img("Perawat berseragam mengacungkan satu jari", kind="video", text="nakes semarang satu jiwa satu raga coblos nomor satu")])
    k.add(V("S08", "post", "pres-2", "pre_designation", note="support for a bakal calon presiden on 25 Oct 2023, before designation"),
          "facebook", "post", wib(2023, 10, 25, 20, 0), k.who("S08", "facebook"),
          "Alhamdulillah bacapres Pak Bram sudah daftar ke KPU, Banyumanik siap menangkan! ✌️ #BramDewi")
    k.add(N("neg_everyday_asn"), "facebook", "post", wib(2024, 10, 15, 10, 0), k.who("Z02", "facebook"),
          "Anak-anak kelas 2 lomba mewarnai, pinter-pinter 🖍️")
    k.add(A("J10", "tagged", "the candidate's account tags a head teacher in a school-visit post"), "instagram", "tagged", wib(2024, 10, 25, 10, 0),
          k.who("J10", "instagram"), initiated_by={"handle": "haryo.nurjanah", "name": "Haryo Wicaksono"},
          target=tgt("haryo.nurjanah", "Haryo Wicaksono", "Kunjungan ke SMA 5 Purwokerto bareng @lestari.kepsek5"))
    k.add(V("J10", "interact", "jateng-1", "exposed_then_engaged", action="comment", note="after being tagged she thanks the candidate with his sign"),
          "instagram", "comment", wib(2024, 10, 25, 11, 5), k.who("J10", "instagram"),
          "Matur nuwun Mas Haryo, sukses 🙏☝️", target=tgt("haryo.nurjanah", "Haryo Wicaksono", "Kunjungan ke SMA 5 Purwokerto"))
    k.add(V("B12", "post", "bms-2", "share", action="share"), "facebook", "share", wib(2024, 10, 18, 6, 30), k.who("B12", "facebook"),
          "Kang Yusuf pancen pro guru 👍", target=yusuf_post)
    k.add(N("neg_negation"), "facebook", "post", wib(2024, 11, 19, 20, 0), k.who("B19", "facebook"),
          "Aku ora ndukung sapa-sapa, guru kudu netral. Sing penting murid-murid ngerti carane nyoblos sing bener.")
    k.add(N("neg_news", "a civil servant shares a news report"), "facebook", "share", wib(2024, 11, 15, 12, 0), k.who("S08", "facebook"),
          "Ati-ati kanca ASN", target=tgt("104577700000702", "Kabar Semarang Kini", "Bawaslu temukan 14 dugaan pelanggaran netralitas ASN"))
    k.add(N("neg_gesture_no_context", "a V sign in a family holiday photo during the campaign, no election context"), "facebook", "post",
          wib(2024, 10, 13, 15, 0), k.who("B11", "facebook"), "Liburan nang Baturraden karo bocah-bocah ✌️😄",
          media=[img("Keluarga berfoto di depan air terjun, anak-anak membuat tanda V")])
    k.add(N("neg_number_no_context", "'nomer siji' and ☝️ about her child's school ranking"), "facebook", "post", wib(2024, 10, 20, 19, 0),
          k.who("B07", "facebook"), "Anakku ranking 1 nang kelas, nomer siji nang atiku ☝️❤️")
    k.add(V("B16", "post", "bms-2", "support_post", note="leetspeak"), "facebook", "post", wib(2024, 10, 29, 21, 0), k.who("B16", "facebook"),
          "K4ng Yus0f n0m3r 2, l4njutk4n! ✌️ #KangYusuf")
    k.add(V("S07", "gesture", "jateng-2", "gesture", note="a transport officer in uniform, V sign and the pair's hashtag"), "instagram", "post",
          wib(2024, 10, 31, 7, 30), {"name": "Yosef Kristanto", "handle": "yosef.kris"}, "Dinas pagi ✌️✌️ #TegarJateng",
          media=[img("Petugas Dishub berseragam di persimpangan mengacungkan dua jari")])
    k.add(N(), "facebook", "post", wib(2024, 10, 21, 8, 0), {"name": "Kang Warso Sumpiuh", "id": "100077700007777"},
          "Kang Sigit nomer siji, aja lali sedulur! ☝️")
    k.add(N(), "instagram", "post", wib(2024, 10, 22, 18, 0), {"name": "Mbak Tiwi", "handle": "tiwi.pwt"}, "Teguh–Ratna ✌️ Jateng Tegar!")
    k.add(N("neg_everyday_asn"), "instagram", "post", wib(2024, 10, 12, 7, 0), k.who("B20", "instagram"),
          "Stok obat puskesmas aman, imunisasi jalan terus 💉")
    k.dump()

    k = Canon(c, "patroli/patroli_siber_bawaslu_padang_manado.jsonl", "ptl-pm")
    k.add(V("P04", "interact", "pdg-2", "pre_designation", action="follow_or_join"), "instagram", "follow", wib(2024, 9, 15, 21, 0),
          k.who("P04", "instagram"), target=tgt("datuakzul.fitri", "Zulkarnain Datuak Rajo Basa"), style="z")
    k.add(V("P11", "attend", "pdg-1", "pre_designation", note="attends the bakal calon's declaration (25 Aug) and says so"),
          "facebook", "post", wib(2024, 8, 25, 21, 0), k.who("P11", "facebook"),
          "Hadir di deklarasi Uda Ferdi jo Pak Januar di Lapangan Lubuk Buaya. FAJAR untuak Padang! ☝️",
          media=[img("Lurah berbaju batik di depan panggung deklarasi FAJAR")])
    k.add(V("P06", "interact", "pdg-2", "pre_designation", action="follow_or_join", note="joins the bakal calon's supporters' group (1 Sep)"),
          "facebook", "join_group", wib(2024, 9, 1, 20, 0), k.who("P06", "facebook"),
          group={"id": "1047200300211", "name": "Sahabat Datuak Zul Padang Utara"})
    k.add(V("P06", "post", "pdg-2", "pre_designation"), "facebook", "post", wib(2024, 9, 12, 19, 0), k.who("P06", "facebook"),
          "Ambo doakan Datuak Zul lolos penetapan. Urang surau pasti mandukuang 🤲")
    k.add(A("P09", "tagged"), "facebook", "tagged", wib(2024, 10, 28, 20, 0), k.who("P09", "facebook"),
          initiated_by={"id": "100077700005555", "name": "Relawan Zul-Fitri"},
          target=tgt(name="Relawan Zul-Fitri", text="Anak mudo Diskominfo pun ado di barisan Zul-Fitri ✌️"))
    k.add(A("P13", "added_to_group"), "facebook", "added_to_group", wib(2024, 10, 3, 19, 30), k.who("P13", "facebook"),
          group={"id": "1047200300212", "name": "Relawan Zul-Fitri Kuranji"}, initiated_by={"id": "100077700005555", "name": "Relawan Zul-Fitri"})
    k.add(V("P02", "interact", "pdg-1", "like", action="like"), "instagram", "reaction", wib(2024, 10, 19, 21, 0), k.who("P02", "instagram"),
          target=tgt("fajar.padang", "Ferdian Syafri", "Kampanye akbar di GOR, tarimo kasih Padang! ☝️"))
    k.add(V("M09", "post", "mdo-1", "pre_designation",
            note="stage boundary: 22 Sep 00:20 WITA is 21 Sep 23:20 WIB, before designation: SKB-E codes"),
          "instagram", "post", at(WITA, 2024, 9, 22, 0, 20), k.who("M09", "instagram"), "Om Ronald lolos penetapan sebentar lagi, torang siap! ☝️ #ManadoBerkat")
    k.add(V("M09", "interact", "mdo-1", "follow", action="follow_or_join"), "instagram", "follow", wita(2024, 10, 1, 10, 0),
          k.who("M09", "instagram"), target=tgt("ronaldmeiske.berkat", "Ronald Pangemanan"))
    k.add(V("M05", "interact", "mdo-2", "follow", action="follow_or_join"), "facebook", "follow", wita(2024, 10, 2, 9, 0), k.who("M05", "facebook"),
          target=tgt("100089340000132", "Frangky Wenas"), style="z")
    k.add(V("M03", "photo", "mdo-1", "photo_with_candidate"), "facebook", "post", wita(2024, 10, 23, 14, 0), k.who("M03", "facebook"),
          "Om Ronald singgah di SD 12, foto basama guru-guru ☝️", media=[img("Guru-guru SD berfoto bersama Ronald Pangemanan di halaman sekolah, satu jari teracung")])
    k.add(V("P12", "post", "pres-3", "support_post"), "facebook", "post", wib(2024, 1, 22, 20, 0), k.who("P12", "facebook"),
          "Lae Andreas cawapres nan paham hukum. AMAN untuak nagari 🤟 #AMAN03")
    k.add(N("neg_word_collision", "'memberkati' / BERKAT, in a church greeting during the Pemilu"), "instagram", "post", wita(2024, 1, 14, 10, 0),
          k.who("M06", "instagram"), "Ibadah pagi di GMIM Sentrum. Tuhan memberkati torang samua 🙏")
    k.add(N("neg_word_collision", "'raga' in 'olahraga'"), "tiktok", "post", wib(2024, 1, 10, 6, 30), k.who("P05", "tiktok"),
          "Olahraga pagi di Pantai Padang biar jiwa raga sehat 🏃")
    k.add(N("neg_everyday_asn"), "instagram", "post", wib(2024, 10, 9, 9, 0), k.who("Z05", "instagram"),
          "Posyandu balita Andalas, timbang dan imunisasi 👶")
    k.add(N(), "facebook", "post", wib(2024, 10, 14, 19, 0), {"name": "Rajo Ameh Nanggalo", "id": "100077700006666"}, "Zul-Fitri nomor duo, Padang Sakato! ✌️")
    k.add(N(), "instagram", "post", wita(2024, 10, 16, 22, 0), {"name": "Ko Alfin", "handle": "ko.alfin"}, "Om Frangky menang debat! ✌️ #FrangkyTony")
    k.add(N(), "tiktok", "post", wita(2024, 11, 2, 19, 0), {"name": "Oma Nel", "handle": "oma.nel.bunaken"}, "Om Ronald nomor satu, Manado BERKAT ☝️")
    k.add(N("neg_neutrality_reminder"), "facebook", "post", wib(2024, 11, 15, 8, 0), k.who("P01", "facebook"),
          "Camat Kuranji mengingatkan seluruh ASN kecamatan untuk netral dalam Pilkada 27 November.")
    k.add(N("neg_news"), "facebook", "share", wib(2024, 11, 18, 10, 0), k.who("P09", "facebook"),
          "", target=tgt("104577700000781", "Padang Kini", "Pemkot Padang gelar apel netralitas ASN jelang Pilkada"))
    k.add(R("insinuation", "attacks an unnamed pair ('those who hand out groceries'): harming a candidate only if one can tell which",
            actor="P10"), "instagram", "post", wib(2024, 11, 20, 20, 0), k.who("P10", "instagram"),
          "Jan piliah nan suko bagi-bagi sembako jaleh pilkada, itu suok namonyo! 😤")
    k.add(N("neg_asn_neutral", "a congratulation after the vote, naming nobody"), "facebook", "post", wita(2024, 12, 1, 9, 0),
          k.who("M01", "facebook"), "Selamat untuk walikota terpilih, mari torang bersatu bangun Manado 🙏")
    k.add(N("neg_everyday_asn"), "facebook", "post", wita(2023, 11, 20, 15, 0), k.who("M07", "facebook"),
          "Guru-guru SMA 1 ikut bimtek Kurikulum Merdeka di LPMP Sulut.")
    k.dump()


def build_screenshots(c):
    png_shot(c, "screenshots/tangkapan_status_wa_sri_wahyuni_sdn3.png",
             ["Status", "Sri Wahyuni SD 3 Kembaran", "Ayo nyoblos nomer loro, Kang Yusuf ✌", "Banyumas Maju Bareng", "26 Oktober 2024 20.15"],
             R("screenshot_ocr", "a reporter's screenshot of a WhatsApp status naming a teacher: the account cannot be verified from the image",
               actor="B05", cand="bms-2"), wib(2024, 10, 26, 20, 15))
    png_shot(c, "screenshots/tangkapan_story_ig_dwi_hartanti.png",
             ["Instagram", "dwi.hartanti  2 j", "FOTO BARENG MAS HARYO", "JATENG HARUM nomer 1", "(diunggah ulang oleh pelapor)"],
             R("screenshot_ocr", "a forwarded screenshot of a story showing a listed handle; the story itself is gone and cannot be checked",
               actor="J03", cand="jateng-1"), wib(2024, 10, 27, 9, 0))


def build(c):
    registry(c)
    extra_accounts(c)
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


DESCRIPTION = """
## What it covers

**dev**: Central Java (Provinsi Jawa Tengah, Kabupaten Banyumas, Kota Semarang — WIB), West Sumatra (Kota Padang —
WIB) and North Sulawesi (Kota Manado — WITA). Pilkada 2024: Gubernur Jawa Tengah (2 pairs), Bupati Banyumas (3 pairs,
one independent that collected KTP support), Walikota Padang (2 pairs), Walikota Manado (2 pairs). Pemilu 2024: three
fictional presidential pairs (ballot 01/02/03, acronyms RAGA, BERANI, AMAN), DPR Jateng I and Sumbar I, DPRD
Provinsi Jateng 1 and Sumbar 1, DPRD Banyumas 2 and Manado 1.

Candidates' alias habits: honorifics (Mas, Kang, Pak, Mbak, Uda, Da, Ajo, Bundo, Uni, Datuak, Om, Tante, Bung, Buya,
Lae, Abah), pair acronyms that are everyday words (HARUM, TEGAR, SIGAP, FAJAR, BERKAT, RAGA, BERANI, AMAN), hyphenated
pairs, an English "<name> for <city>" slogan, hashtags, a DPR candidate who shares his name with a civil servant.

Languages: informal Indonesian with slang, abbreviations, emoji, keycap digits and finger signs; Javanese (Banyumasan
ngapak and krama: siji/loro/telu, nyengkuyung, ora ndukung sapa-sapa), Minangkabau (ciek/duo/tigo, mandukuang, indak),
Manado Malay (torang, ngana, nyanda, so, jo), a little Batak (horas, lae, tolu) and English slogans.
"""
