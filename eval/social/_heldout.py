"""heldout workspace: Jawa Barat (Kabupaten Garut, Kota Bandung; WIB), Kalimantan Selatan (Kota Banjarmasin; WITA),
Bali (Kabupaten Gianyar; WITA) and Papua (Kota Jayapura; WIT). Every person, account, post, phone number and id is
fictional; regions (Kemendagri 32, 32.05, 32.73, 63, 63.71, 51, 51.04, 91, 91.71), parties and calendars are real."""
from __future__ import annotations

from datetime import date

from _corpus import (WIB, WIT, WITA, A, Canon, Cand, Contest, Ct, Election, Fb, Ig, N, R, Tg, Tt, V, X, Yt, at, fb_person,
                     img, png_shot, tg_account_export, tg_contact, tg_phone, tgt, tt_comments, wa_file, wa_phone, yt_channel,
                     PILKADA_DESIGNATION)
from _corpus import wib, wit, wita





JABAR = "Pemerintah Provinsi Jawa Barat"
GARUT = "Pemerintah Kabupaten Garut"
BDG = "Pemerintah Kota Bandung"
BJM = "Pemerintah Kota Banjarmasin"
KALSEL = "Pemerintah Provinsi Kalimantan Selatan"
KEMENAG_BJM = "Kantor Kementerian Agama Kota Banjarmasin"
GNR = "Pemerintah Kabupaten Gianyar"
BALI = "Pemerintah Provinsi Bali"
JPR = "Pemerintah Kota Jayapura"
PAPUA = "Pemerintah Provinsi Papua"
KEMENAG_JPR = "Kantor Kementerian Agama Kota Jayapura"

YT = {k: yt_channel("ho" + k) for k in ("G05", "K06", "K09", "Y06", "hendar", "fauzan", "melki", "wira", "kominfobjm", "kominfojpr",
                                         "kpujabar", "asep2", *[f"c{i}" for i in range(1, 20)])}

PEOPLE = [
    # key, birth, tmt, sex, seq, nama, jabatan, instansi, unit, wilayah, status, accounts
    ("G01", "19710505", "199803", 1, 2, "Drs. H. Ujang Sobari, M.Si.", "Kepala Cabang Dinas Pendidikan Wilayah XI", JABAR, "Cabang Dinas Pendidikan Wilayah XI, Dinas Pendidikan", "Kabupaten Garut", "PNS", {"whatsapp": "+6281322440101"}),
    ("G02", "19890314", "201403", 2, 11, "Rina Marlina, S.Pd.", "Guru Ahli Muda", JABAR, "SMA Negeri 1 Garut", "Kabupaten Garut", "PNS", {"facebook": "100082340000102", "instagram": "rinamarlina.guru"}),
    ("G03", "19930707", "201903", 1, 25, "Yogi Pratama, S.Kom.", "Pranata Komputer Ahli Pertama", JABAR, "Dinas Komunikasi dan Informatika", "Kota Bandung", "PNS", {"x": "yogipratama_", "facebook": "100082340000103"}),
    ("G04", "19850915", "201001", 2, 19, "dr. Nenden Kurniasih", "Dokter Ahli Muda", JABAR, "RSUD Al Ihsan", "Kabupaten Bandung", "PNS", {"instagram": "dr.nendenk"}),
    ("G05", "19800211", "200604", 1, 14, "Asep Saepulloh, S.T.", "Teknik Jalan dan Jembatan Ahli Muda", JABAR, "Dinas Bina Marga dan Penataan Ruang", "Kota Bandung", "PNS", {"x": "asep_saepulloh", "youtube": YT["G05"]}),
    ("G06", "19950630", "202210", 2, 41, "Siti Rohmah, S.Pd.", "Guru Ahli Pertama", JABAR, "SMK Negeri 1 Garut", "Kabupaten Garut", "PPPK", {"tiktok": "sitirohmah.guru", "whatsapp": "+6285723440106"}),
    ("G07", "19780404", "200312", 1, 9, "Dadang Hermawan, S.Sos.", "Kepala Seksi Operasi dan Pengendalian", JABAR, "Satuan Polisi Pamong Praja", "Kota Bandung", "PNS", {"x": "dadanghermawan_pp"}),
    ("G08", "19760812", "200212", 1, 4, "Drs. Endang Rukmana", "Kepala Sekolah", JABAR, "SMA Negeri 6 Garut", "Kabupaten Garut", "PNS", {"whatsapp": "+6281322440108"}),
    ("G09", "19820224", "200801", 2, 7, "Hj. Imas Masitoh, M.Pd.", "Kepala Sekolah", JABAR, "SMA Negeri 3 Garut", "Kabupaten Garut", "PNS", {"whatsapp": "+6281322440109"}),
    ("T01", "19730919", "199903", 1, 7, "Drs. Agus Gunawan, M.Si.", "Camat Tarogong Kidul", GARUT, "Kecamatan Tarogong Kidul", "Kabupaten Garut", "PNS", {"whatsapp": "+6281320550201", "facebook": "100082340000201"}),
    ("T02", "19880111", "201101", 2, 22, "Yuyun Yuningsih, S.E.", "Kepala Seksi Pelayanan Umum", GARUT, "Kecamatan Tarogong Kidul", "Kabupaten Garut", "PNS", {"whatsapp": "+6281320550202", "instagram": "yuyun.tarkid"}),
    ("T03", "19960222", "202210", 1, 33, "Rizal Fauzi", "Pengadministrasi Perkantoran", GARUT, "Kecamatan Tarogong Kidul", "Kabupaten Garut", "PPPK", {"whatsapp": "+6285659550203"}),
    ("T04", "19820606", "200801", 1, 15, "Ade Sukmana, S.Pd.", "Kepala Sekolah", GARUT, "SD Negeri 1 Tarogong", "Kabupaten Garut", "PNS", {"facebook": "100082340000204", "tiktok": "pakade.kepsek"}),
    ("T05", "19900404", "201403", 2, 36, "Euis Sartika, S.Pd.SD", "Guru Ahli Muda", GARUT, "SD Negeri 2 Tarogong", "Kabupaten Garut", "PNS", {"facebook": "100082340000205"}),
    ("T06", "19920909", "201712", 1, 42, "Dodi Setiadi, S.Kep., Ns.", "Perawat Ahli Pertama", GARUT, "RSUD dr. Slamet", "Kabupaten Garut", "PNS", {"tiktok": "dodisetiadi_ns", "facebook": "100082340000206"}),
    ("T07", "19890101", "201403", 2, 28, "Lilis Suryani, A.Md.Keb.", "Bidan Terampil", GARUT, "UPT Puskesmas Tarogong", "Kabupaten Garut", "PNS", {"facebook": "100082340000207", "instagram": "lilis.bidan"}),
    ("T08", "19770707", "200501", 1, 11, "Ujang Komarudin, S.P.", "Penyuluh Pertanian Ahli Muda", GARUT, "BPP Cilawu, Dinas Pertanian", "Kabupaten Garut", "PNS", {"whatsapp": "+6281320550208"}),
    ("T09", "19760303", "200212", 1, 6, "Cecep Hidayat, S.Sos., M.Si.", "Kepala Bidang Komunikasi Publik", GARUT, "Dinas Komunikasi dan Informatika", "Kabupaten Garut", "PNS", {"whatsapp": "+6281394550209"}),
    ("T10", "19940808", "202212", 2, 44, "Fitria Ramadhani, S.I.Kom.", "Pranata Hubungan Masyarakat Ahli Pertama", GARUT, "Dinas Komunikasi dan Informatika", "Kabupaten Garut", "PPPK", {"whatsapp": "+6285794550210", "facebook": "100082340000210"}),
    ("T11", "19910515", "201909", 1, 47, "Iwan Kurniawan", "Polisi Pamong Praja Terampil", GARUT, "Satuan Polisi Pamong Praja", "Kabupaten Garut", "PNS", {"tiktok": "iwankurniawan_pp", "facebook": "100082340000211"}),
    ("T12", "19700808", "199503", 2, 3, "Dra. Hj. Tati Suryati, M.Pd.", "Sekretaris Dinas", GARUT, "Dinas Pendidikan", "Kabupaten Garut", "PNS", {"facebook": "100082340000212", "whatsapp": "+6281394550212"}),
    ("T13", "19900110", "201403", 1, 29, "Yadi Supriadi, S.Kom.", "Pranata Komputer Ahli Pertama", GARUT, "Dinas Pendidikan", "Kabupaten Garut", "PNS", {"x": "yadisupriadi_"}),
    ("T14", "19920818", "201903", 2, 45, "Nurul Fitriani, S.E.", "Analis Keuangan", GARUT, "Dinas Pendidikan", "Kabupaten Garut", "PNS", {"x": "nurulfitri_grt"}),
    ("T15", "19880214", "201212", 1, 18, "Gilang Ramadhan, A.Md.", "Pengelola Data", GARUT, "Dinas Pendidikan", "Kabupaten Garut", "PNS", {"x": "gilangrmdhn"}),
    ("T16", "19950927", "202210", 2, 53, "Wulan Sari, S.Pd.", "Pengembang Teknologi Pembelajaran", GARUT, "Dinas Pendidikan", "Kabupaten Garut", "PPPK", {"x": "wulansari_pd"}),
    ("T17", "19930322", "202303", 1, 59, "Deni Ramdani, S.Pd.", "Guru Ahli Pertama", GARUT, "SD Negeri 3 Cilawu", "Kabupaten Garut", "PPPK", {"facebook": "100082340000217"}),
    ("T18", "19850707", "200901", 2, 21, "Nani Suryani", "Pengadministrasi Umum", GARUT, "Kelurahan Sukagalih", "Kabupaten Garut", "PNS", {"facebook": "100082340000218"}),
    ("T19", "19880101", "201101", 1, 34, "Hendra Gunawan, S.Pd.", "Guru Ahli Muda", GARUT, "SMP Negeri 1 Garut", "Kabupaten Garut", "PNS", {"tiktok": "pakhendra.pkn"}),
    ("D01", "19780619", "200312", 1, 12, "Dian Permana, S.T., M.T.", "Kepala Bidang Jalan", BDG, "Dinas Sumber Daya Air dan Bina Marga", "Kota Bandung", "PNS", {"x": "dianpermana_sda"}),
    ("D02", "19830202", "200801", 2, 17, "Rani Rahmawati, S.Sos.", "Lurah Sekeloa", BDG, "Kelurahan Sekeloa, Kecamatan Coblong", "Kota Bandung", "PNS", {"facebook": "100082340000302"}),
    ("D03", "19970515", "202002", 1, 8, "Fikri Haikal, S.Kom.", "Pranata Komputer Ahli Pertama", BDG, "Kecamatan Coblong", "Kota Bandung", "PNS", {"x": "fikrihaikal_"}),
    ("D04", "19900730", "201403", 2, 32, "Annisa Rahma, S.Pd.", "Guru Ahli Muda", BDG, "SD Negeri 043 Sekeloa", "Kota Bandung", "PNS", {"instagram": "annisarahma.guru", "whatsapp": "+6281221660304"}),
    ("D05", "19850909", "201001", 1, 27, "Reza Firmansyah, S.H., M.H.", "Analis Hukum Ahli Muda", BDG, "Bagian Hukum Sekretariat Daerah", "Kota Bandung", "PNS", {"x": "rezafirman_sh", "whatsapp": "+6281221660305"}),
    ("D06", "19980121", "202308", 2, 18, "Tiara Anggraeni, A.Md.Kep.", "Perawat Terampil", BDG, "UPTD Puskesmas Sekeloa", "Kota Bandung", "PPPK", {"whatsapp": "+6289621660306", "tiktok": "tiara.nakes"}),
    ("D07", "19860305", "201101", 1, 23, "Bambang Supriyadi", "Pengatur Lalu Lintas", BDG, "Dinas Perhubungan", "Kota Bandung", "PNS", {"x": "bambang_dishub"}),
    ("D08", "19810811", "200701", 2, 20, "Ika Kartika, S.E.", "Bendahara Pengeluaran", BDG, "Kecamatan Coblong", "Kota Bandung", "PNS", {"facebook": "100082340000308", "whatsapp": "+6281221660308"}),
    ("K01", "19720707", "199803", 1, 6, "Drs. H. Gusti Rahmadi, M.Si.", "Camat Banjarmasin Tengah", BJM, "Kecamatan Banjarmasin Tengah", "Kota Banjarmasin", "PNS", {"telegram": "+6281251880401", "facebook": "100082340000401"}),
    ("K02", "19840412", "200901", 2, 15, "Hj. Rusmiati, S.E.", "Kepala Seksi Kesejahteraan Sosial", BJM, "Kecamatan Banjarmasin Tengah", "Kota Banjarmasin", "PNS", {"telegram": "+6281348880402"}),
    ("K03", "19960912", "202212", 1, 30, "Muhammad Rizky Pratama, S.Kom.", "Pranata Komputer Ahli Pertama", BJM, "Kecamatan Banjarmasin Tengah", "Kota Banjarmasin", "PPPK", {"telegram": "+6282154880403"}),
    ("K04", "19880525", "201403", 2, 21, "Nor Aida, S.Pd.", "Guru Ahli Muda", BJM, "SMP Negeri 6 Banjarmasin", "Kota Banjarmasin", "PNS", {"instagram": "noraida.guru", "facebook": "100082340000404"}),
    ("K05", "19940102", "201903", 1, 38, "Ahmad Syahrani, S.H.", "Polisi Pamong Praja Ahli Pertama", BJM, "Satuan Polisi Pamong Praja", "Kota Banjarmasin", "PNS", {"tiktok": "ahmadsyahrani_pp"}),
    ("K06", "19750315", "200212", 2, 7, "Hj. Masliani, S.Ag.", "Penyuluh Agama Islam Ahli Muda", KEMENAG_BJM, "KUA Kecamatan Banjarmasin Utara", "Kota Banjarmasin", "PNS", {"youtube": YT["K06"]}),
    ("K07", "19870808", "201212", 1, 25, "Muhammad Hafiz, S.Pd.I.", "Guru Ahli Muda", KEMENAG_BJM, "MAN 2 Kota Banjarmasin", "Kota Banjarmasin", "PNS", {"x": "hafiz_man2bjm", "whatsapp": "+6281349880407"}),
    ("K08", "19910220", "201712", 2, 34, "dr. Rahmi Fitriani", "Dokter Ahli Pertama", BJM, "UPTD Puskesmas Teluk Dalam", "Kota Banjarmasin", "PNS", {"instagram": "dr.rahmifitri"}),
    ("K09", "19930303", "201909", 1, 46, "Fajar Maulana, S.Kom.", "Pranata Komputer Ahli Pertama", BJM, "Dinas Komunikasi, Informatika dan Statistik", "Kota Banjarmasin", "PNS", {"youtube": YT["K09"], "facebook": "100082340000409"}),
    ("K10", "19860619", "201101", 2, 33, "Siti Khadijah, S.Pd.", "Guru Ahli Muda", KALSEL, "SMA Negeri 2 Banjarmasin", "Kota Banjarmasin", "PNS", {"instagram": "sitikhadijah.bjm", "whatsapp": "+6281349880410", "facebook": "100082340000410"}),
    ("K11", "19740927", "200003", 1, 12, "Akhmad Jailani, S.Sos.", "Lurah Teluk Dalam", BJM, "Kelurahan Teluk Dalam, Kecamatan Banjarmasin Tengah", "Kota Banjarmasin", "PNS", {"facebook": "100082340000411"}),
    ("K12", "19800130", "200604", 1, 18, "Abdul Hakim, S.Pd., M.Pd.", "Kepala Seksi Kurikulum", KALSEL, "Dinas Pendidikan dan Kebudayaan", "Kota Banjarmasin", "PNS", {"telegram": "+6281251880412"}),
    ("K13", "19920711", "202109", 2, 49, "Noor Laila", "Pengadministrasi Umum", BJM, "Kecamatan Banjarmasin Tengah", "Kota Banjarmasin", "PPPK", {"telegram": "+6282154880413"}),
    ("I01", "19730518", "199903", 1, 9, "Drs. I Wayan Gede Astawa, M.Si.", "Camat Ubud", GNR, "Kecamatan Ubud", "Kabupaten Gianyar", "PNS", {"whatsapp": "+6281338990501"}),
    ("I02", "19880406", "201101", 2, 26, "Ni Made Ayu Lestari, S.Kep., Ns.", "Perawat Ahli Muda", GNR, "UPTD Puskesmas Ubud I", "Kabupaten Gianyar", "PNS", {"whatsapp": "+6281338990502"}),
    ("I03", "19850914", "201001", 1, 32, "I Ketut Suardana, S.Pd.", "Guru Ahli Muda", GNR, "SD Negeri 1 Ubud", "Kabupaten Gianyar", "PNS", {"facebook": "100082340000503", "whatsapp": "+6281338990503"}),
    ("I04", "19970228", "202210", 2, 58, "Ni Putu Sinta Dewi, S.Sos.", "Pengadministrasi Perkantoran", GNR, "Kecamatan Sukawati", "Kabupaten Gianyar", "PPPK", {"whatsapp": "+6287862990504", "instagram": "sintadewi.skw"}),
    ("I05", "19820819", "200804", 1, 17, "I Nyoman Sudarsana, S.H.", "Kepala Subbagian Umum", GNR, "Dinas Kesehatan", "Kabupaten Gianyar", "PNS", {"facebook": "100082340000505", "x": "nyomansudarsana"}),
    ("I06", "19790101", "200501", 2, 13, "Ni Wayan Sukerti, S.Pd.", "Guru Ahli Madya", BALI, "SMA Negeri 1 Gianyar", "Kabupaten Gianyar", "PNS", {"whatsapp": "+6281338990506"}),
    ("I07", "19900512", "201403", 2, 39, "Ni Kadek Ayu Pratiwi, S.Pd.", "Guru Ahli Pertama", BALI, "SMA Negeri 1 Gianyar", "Kabupaten Gianyar", "PNS", {"instagram": "kadekayu.pratiwi", "whatsapp": "+6281338990507"}),
    ("I08", "19940909", "201909", 1, 51, "I Gede Arya Wiguna, S.Kom.", "Pranata Komputer Ahli Pertama", GNR, "Dinas Komunikasi dan Informatika", "Kabupaten Gianyar", "PNS", {"instagram": "aryawiguna_", "tiktok": "gedearya.wiguna"}),
    ("Y01", "19710707", "199803", 1, 10, "Drs. Yohanis Wenda, M.Si.", "Kepala Distrik Abepura", JPR, "Distrik Abepura", "Kota Jayapura", "PNS", {"whatsapp": "+6281344770601", "facebook": "100082340000601"}),
    ("Y02", "19830412", "200901", 2, 16, "Maria Yoku, S.E.", "Kepala Seksi Pemerintahan", JPR, "Distrik Abepura", "Kota Jayapura", "PNS", {"whatsapp": "+6281344770602"}),
    ("Y03", "19960912", "202212", 1, 31, "Kevin Karubaba, S.Kom.", "Pranata Komputer Ahli Pertama", JPR, "Distrik Abepura", "Kota Jayapura", "PPPK", {"whatsapp": "+6282199770603"}),
    ("Y04", "19880525", "201403", 2, 22, "Yosina Wamafma, S.Pd.", "Guru Ahli Muda", JPR, "SMP Negeri 2 Jayapura", "Kota Jayapura", "PNS", {"facebook": "100082340000604", "instagram": "yosina.wamafma"}),
    ("Y05", "19940102", "201903", 1, 39, "Markus Wonda, S.H.", "Polisi Pamong Praja Ahli Pertama", JPR, "Satuan Polisi Pamong Praja", "Kota Jayapura", "PNS", {"tiktok": "markuswonda_pp"}),
    ("Y06", "19750315", "200212", 2, 8, "Ribka Mandowen, S.Th.", "Penyuluh Agama Kristen Ahli Muda", KEMENAG_JPR, "Seksi Bimas Kristen", "Kota Jayapura", "PNS", {"youtube": YT["Y06"]}),
    ("Y07", "19870808", "201212", 1, 26, "Agustinus Hamadi, S.Pd.", "Guru Ahli Muda", PAPUA, "SMA Negeri 4 Jayapura", "Kota Jayapura", "PNS", {"x": "agus_hamadi", "telegram": "+6281344770607"}),
    ("Y08", "19910220", "201712", 2, 35, "dr. Elisabeth Krey", "Dokter Ahli Pertama", JPR, "UPTD Puskesmas Abepura", "Kota Jayapura", "PNS", {"instagram": "dr.elisabethkrey"}),
    ("Y09", "19930303", "201909", 1, 47, "Samuel Merauje, S.Kom.", "Pranata Komputer Ahli Pertama", JPR, "Dinas Komunikasi dan Informatika", "Kota Jayapura", "PNS", {"telegram": "+6282199770609", "facebook": "100082340000609"}),
    ("Y10", "19860619", "201101", 2, 34, "Debora Itaar, S.Pd.", "Guru Ahli Muda", PAPUA, "SMA Negeri 1 Jayapura", "Kota Jayapura", "PNS", {"telegram": "+6281344770610"}),
    ("Y11", "19900101", "201503", 1, 40, "Yulianus Sawaki, S.Sos.", "Analis Kebijakan", JPR, "Distrik Abepura", "Kota Jayapura", "PNS", {"telegram": "+6281344770611"}),
    # background rows
    ("Z01", "19690214", "199403", 1, 1, "Drs. H. Undang Suhendar, M.Pd.", "Kepala Dinas", GARUT, "Dinas Pendidikan", "Kabupaten Garut", "PNS", {}),
    ("Z02", "19840606", "200901", 2, 40, "Iis Aisyah, S.Pd.SD", "Guru Ahli Muda", GARUT, "SD Negeri 4 Tarogong", "Kabupaten Garut", "PNS", {"facebook": "100082340000902"}),
    ("Z03", "19900919", "201503", 1, 48, "Ridwan Hakim, S.E.", "Perencana Ahli Pertama", GARUT, "Badan Perencanaan Pembangunan Daerah", "Kabupaten Garut", "PNS", {}),
    ("Z04", "19950301", "201909", 1, 59, "Muhammad Iqbal, S.Kom.", "Pranata Komputer Ahli Pertama", BJM, "Dinas Komunikasi, Informatika dan Statistik", "Kota Banjarmasin", "PNS", {}),
    ("Z05", "19870411", "201212", 2, 50, "Hairunnisa, A.Md.Keb.", "Bidan Terampil", BJM, "UPTD Puskesmas Kelayan Timur", "Kota Banjarmasin", "PNS", {"instagram": "nisa.bidan.bjm"}),
    ("Z06", "19780808", "200501", 1, 28, "I Made Sukarja, S.Sos.", "Kepala Seksi Ketenteraman dan Ketertiban", GNR, "Kecamatan Ubud", "Kabupaten Gianyar", "PNS", {}),
    ("Z07", "19890202", "201403", 2, 55, "Ni Komang Sri Utami, S.Kep.", "Perawat Ahli Pertama", GNR, "RSUD Sanjiwani", "Kabupaten Gianyar", "PNS", {}),
    ("Z08", "19801212", "200604", 1, 34, "Hengky Rumbino, S.E.", "Kepala Subbagian Umum", JPR, "Distrik Heram", "Kota Jayapura", "PNS", {}),
    ("Z09", "19930615", "201909", 2, 62, "Resti Nuraeni, S.Pd.", "Guru Ahli Pertama", BDG, "SD Negeri 045 Coblong", "Kota Bandung", "PNS", {}),
    ("Z10", "19830520", "200912", 1, 36, "Made Wira Aditya, S.T.", "Penata Kelola Sistem dan Teknologi Informasi", BALI, "Badan Kepegawaian Daerah", "Kota Denpasar", "PNS", {"x": "madewira_bkd"}),
    ("Z11", "19880110", "201212", 2, 52, "Nurlaela, S.Psi.", "Analis Sumber Daya Manusia Aparatur", JABAR, "Badan Kepegawaian Daerah", "Kota Bandung", "PNS", {}),
    ("Z12", "19760404", "200312", 1, 20, "Muhammad Yusuf, S.Ag.", "Penyuluh Agama Islam Ahli Madya", KEMENAG_BJM, "KUA Kecamatan Banjarmasin Selatan", "Kota Banjarmasin", "PNS", {}),
    ("Z13", "19960808", "202310", 2, 64, "Yuliana Kogoya, S.Pd.", "Guru Ahli Pertama", PAPUA, "SMA Negeri 3 Jayapura", "Kota Jayapura", "PPPK", {}),
    ("Z14", "19910121", "201712", 1, 43, "Jimmy Sanggenafa", "Pengatur Lalu Lintas", JPR, "Dinas Perhubungan", "Kota Jayapura", "PNS", {}),
    ("Z15", "19940303", "202210", 2, 67, "Nenden Rosita", "Pengadministrasi Perkantoran", GARUT, "Kecamatan Tarogong Kidul", "Kabupaten Garut", "PPPK", {"whatsapp": "+6285659550215"}),
    ("Z16", "19870905", "201101", 1, 39, "Wiratmo Sugiharto, S.Kom.", "Pranata Komputer Ahli Muda", JABAR, "Dinas Komunikasi dan Informatika", "Kota Bandung", "PNS", {"x": "wiratmo_sgh"}),
]


def registry(c):
    for row in PEOPLE:
        c.add_asn(*row)
    I_ = c.add_inst
    I_("prokopim_grt", "Bagian Protokol dan Komunikasi Pimpinan Sekretariat Daerah Kabupaten Garut", "Kabupaten Garut", "facebook", "100065881300101", "Prokopim Garut")
    I_("kominfo_grt_tg", "Dinas Komunikasi dan Informatika Kabupaten Garut", "Kabupaten Garut", "telegram", "diskominfogarut_info", "Diskominfo Garut")
    I_("kominfo_grt_fb", "Dinas Komunikasi dan Informatika Kabupaten Garut", "Kabupaten Garut", "facebook", "100065881300103", "Diskominfo Kabupaten Garut")
    I_("kec_tarkid", "Kecamatan Tarogong Kidul", "Kabupaten Garut", "instagram", "kec.tarogongkidul", "Kecamatan Tarogong Kidul")
    I_("pkm_tarogong", "UPT Puskesmas Tarogong", "Kabupaten Garut", "facebook", "100065881300105", "Puskesmas Tarogong")
    I_("sdn1_tarogong", "SD Negeri 1 Tarogong", "Kabupaten Garut", "tiktok", "sdn1tarogong", "SD Negeri 1 Tarogong")
    I_("disdik_jabar", "Dinas Pendidikan Provinsi Jawa Barat", "Provinsi Jawa Barat", "x", "disdikjabar_info", "Disdik Jabar")
    I_("kec_coblong", "Kecamatan Coblong", "Kota Bandung", "facebook", "100065881300108", "Kecamatan Coblong")
    I_("kominfo_bjm_fb", "Dinas Komunikasi, Informatika dan Statistik Kota Banjarmasin", "Kota Banjarmasin", "facebook", "100065881300109", "Diskominfotik Banjarmasin")
    I_("kominfo_bjm_yt", "Dinas Komunikasi, Informatika dan Statistik Kota Banjarmasin", "Kota Banjarmasin", "youtube", YT["kominfobjm"], "Banjarmasin TV")
    I_("satpol_bjm", "Satuan Polisi Pamong Praja Kota Banjarmasin", "Kota Banjarmasin", "tiktok", "satpolpp.banjarmasin", "Satpol PP Kota Banjarmasin")
    I_("kec_ubud", "Kecamatan Ubud", "Kabupaten Gianyar", "instagram", "kecamatan.ubud", "Kecamatan Ubud")
    I_("kominfo_gnr", "Dinas Komunikasi dan Informatika Kabupaten Gianyar", "Kabupaten Gianyar", "facebook", "100065881300113", "Diskominfo Gianyar")
    I_("distrik_abe", "Distrik Abepura", "Kota Jayapura", "facebook", "100065881300114", "Distrik Abepura")
    I_("kominfo_jpr", "Dinas Komunikasi dan Informatika Kota Jayapura", "Kota Jayapura", "youtube", YT["kominfojpr"], "Kominfo Kota Jayapura")
    I_("pkm_abepura", "UPTD Puskesmas Abepura", "Kota Jayapura", "instagram", "puskesmas.abepura", "Puskesmas Abepura")


def elections(c):
    j1 = Cand("jabar-1", "Dr. H. Cecep Sopandi, M.Si.", aliases=["Kang Cecep", "Pak Cecep", "CERIA", "Cecep-Euis", "Cecep for Jabar", "Paslon 1 Jabar"],
              mate="Hj. Euis Komariah, S.E.", mate_aliases=["Teh Euis", "Ceu Euis", "Bu Euis"], ballot=1, parties=["GOLKAR", "PKB", "NASDEM"],
              slogans=["Jabar Ceria, Jabar Sejahtera"], hashtags=["#JabarCeria", "#CecepEuis"],
              accounts=[("facebook", "100090450000101"), ("instagram", "cecep.euis"), ("x", "cecepsopandi"), ("tiktok", "kangcecep.official")])
    j2 = Cand("jabar-2", "Irjen Pol. (Purn.) Drs. Hendarman Suganda", aliases=["Pak Hendar", "Kang Hendar", "HADIR", "Hendar-Rizky", "Paslon 2 Jabar"],
              mate="Rizky Maulana, S.T.", mate_aliases=["Kang Rizky", "Aa Rizky"], ballot=2, parties=["GERINDRA", "PAN", "DEMOKRAT", "PSI"],
              slogans=["Jabar Hadir untuk Semua"], hashtags=["#JabarHadir", "#HendarRizky"],
              accounts=[("x", "hendarrizky"), ("youtube", YT["hendar"]), ("facebook", "100090450000102")])
    j3 = Cand("jabar-3", "Hj. Nining Suryaningsih, S.H., M.Kn.", aliases=["Teh Nining", "Bu Nining", "Nining-Ujang", "Paslon 3 Jabar"],
              mate="Ujang Saepudin, S.Ag.", mate_aliases=["Kang Ujang", "Mang Ujang"], ballot=3, parties=["PDIP", "PKS", "PPP"],
              slogans=["Jabar Sauyunan"], hashtags=["#NiningUjang", "#JabarSauyunan"],
              accounts=[("instagram", "nining.ujang"), ("tiktok", "tehnining.official"), ("facebook", "100090450000103")])
    g1 = Cand("garut-1", "H. Dede Kurniawan, S.IP., M.Si.", aliases=["Kang Dede", "Aa Dede", "DAI", "Dede-Ai", "Paslon 1 Garut"],
              mate="Ai Nurhasanah, S.Pd.", mate_aliases=["Teh Ai", "Ceu Ai"], ballot=1, parties=["GOLKAR", "GERINDRA"],
              slogans=["Garut Bangkit Ngahiji"], hashtags=["#DedeAi", "#GarutNgahiji"],
              accounts=[("facebook", "100090450000111"), ("instagram", "dedeai.garut")])
    g2 = Cand("garut-2", "H. Oman Abdurahman, Lc.", aliases=["Haji Oman", "Mang Oman", "Oman-Yayat", "Paslon 2 Garut"],
              mate="Yayat Supriatna, S.T.", mate_aliases=["Kang Yayat"], ballot=2, parties=["PKB", "PKS", "PPP"],
              slogans=["Garut Berkah Sadaya"], hashtags=["#OmanYayat"], accounts=[("facebook", "100090450000112"), ("tiktok", "oman.yayat")])
    g3 = Cand("garut-3", "Iwan Setiawan", aliases=["Kang Iwan", "Iwan-Lilis", "Paslon 3 Garut"], mate="Lilis Suryani",
              mate_aliases=["Teh Lilis"], ballot=3, parties=[], independent=True, slogans=["Garut Mandiri Jalur Rakyat"],
              hashtags=["#IwanLilis"], accounts=[("facebook", "100090450000113"), ("instagram", "tehlilis.garut")])
    k1 = Cand("bjm-1", "H. Ahmad Fauzan Noor, S.E., M.M.", aliases=["Julak Fauzan", "Pak Fauzan", "BAIMAN", "Fauzan-Udah", "Paslon 1 Banjarmasin"],
              mate="Hj. Siti Mahmudah, S.Ag.", mate_aliases=["Acil Udah", "Bu Mahmudah"], ballot=1, parties=["PKB", "PAN", "PKS"],
              slogans=["Banjarmasin Baiman"], hashtags=["#BanjarmasinBaiman", "#FauzanUdah"],
              accounts=[("facebook", "100090450000121"), ("instagram", "fauzan.udah"), ("youtube", YT["fauzan"])])
    k2 = Cand("bjm-2", "Rusmadi Syahrani, S.T.", aliases=["Paman Rus", "Bang Rus", "Rus-Ridha", "Paslon 2 Banjarmasin"],
              mate="Muhammad Ridha, S.H.", mate_aliases=["Pak Ridha"], ballot=2, parties=["GOLKAR", "GERINDRA", "NASDEM"],
              slogans=["Kota Sungai Bangkit Baimbai"], hashtags=["#RusRidha"], accounts=[("x", "rusridha_bjm"), ("tiktok", "pamanrus.official")])
    b1 = Cand("gianyar-1", "I Made Suartana, S.E.", aliases=["Bli Made", "Pak Made", "MADU", "Made-Ayu", "Paslon 1 Gianyar"],
              mate="Ni Luh Ayu Sri Wahyuni, S.Pd.", mate_aliases=["Mbok Ayu", "Bu Ayu"], ballot=1, parties=["PDIP"],
              slogans=["Gianyar Madu, Rakyat Rahayu"], hashtags=["#MaduGianyar"], accounts=[("instagram", "madu.gianyar"), ("facebook", "100090450000131")])
    b2 = Cand("gianyar-2", "I Gusti Ngurah Putra Wirawan, S.H.", aliases=["Turah Ngurah", "Bli Ngurah", "Ngurah-Darma", "Paslon 2 Gianyar"],
              mate="I Ketut Darma Yasa", mate_aliases=["Pak Ketut", "Bli Ketut"], ballot=2, parties=["GERINDRA", "GOLKAR", "DEMOKRAT"],
              slogans=["Gianyar Sejahtera Sekala Niskala"], hashtags=["#NgurahDarma"],
              accounts=[("facebook", "100090450000132"), ("tiktok", "turahngurah.official")])
    p1 = Cand("jayapura-1", "Melkias Rumbiak, S.Sos., M.Si.", aliases=["Pace Melki", "Bapa Melki", "Melki-Dani", "Melki for Jayapura", "Paslon 1 Jayapura"],
              mate="Daniel Ayomi, S.E.", mate_aliases=["Kaka Dani", "Bapa Dani"], ballot=1, parties=["PDIP", "NASDEM", "PSI"],
              slogans=["Jayapura Kitong Punya"], hashtags=["#MelkiDani", "#JayapuraKitongPunya"],
              accounts=[("facebook", "100090450000141"), ("instagram", "melkidani.jpr"), ("youtube", YT["melki"])])
    p2 = Cand("jayapura-2", "Yuliana Mebri, S.H.", aliases=["Mama Yuli", "Ibu Yuli", "Yuli-Hendrik", "Paslon 2 Jayapura"],
              mate="Hendrik Sanggenafa, S.T.", mate_aliases=["Kaka Hendrik"], ballot=2, parties=[], independent=True,
              slogans=["Jayapura Damai Sejahtera"], hashtags=["#YuliHendrik"], accounts=[("facebook", "100090450000142"), ("tiktok", "mamayuli.jpr")])
    pilkada = Election("pilkada-2024-heldout", "Pemilihan Serentak 2024 (Jawa Barat, Garut, Banjarmasin, Gianyar, Jayapura)", date(2024, 11, 27), "pilkada", [
        Contest("jabar-gubernur", "gubernur", "Provinsi Jawa Barat", [j1, j2, j3], PILKADA_DESIGNATION),
        Contest("garut-bupati", "bupati", "Kabupaten Garut", [g1, g2, g3], PILKADA_DESIGNATION),
        Contest("banjarmasin-walikota", "walikota", "Kota Banjarmasin", [k1, k2], PILKADA_DESIGNATION),
        Contest("gianyar-bupati", "bupati", "Kabupaten Gianyar", [b1, b2], PILKADA_DESIGNATION),
        Contest("jayapura-walikota", "walikota", "Kota Jayapura", [p1, p2], PILKADA_DESIGNATION),
    ], """Pilkada 2024 on the real KPU calendar (PKPU 2/2024): registration 27-29 Aug, designation 22 Sep, number draw
23 Sep, campaign 25 Sep - 23 Nov, quiet days 24-26 Nov, voting 27 Nov 2024. Independent pairs handed in their KTP
support 8-12 May 2024. Regions are real (Kemendagri 32, 32.05, 63.71, 51.04, 91.71); every candidate is fictional.
Time zones: Jawa Barat WIB, Banjarmasin and Gianyar WITA, Jayapura WIT.""")
    c.add_election("election-pilkada-2024-heldout.yaml", pilkada)

    r1 = Cand("pres-1", "Jenderal TNI (Purn.) Wiratmo Adiningrat", aliases=["Pak Wira", "Eyang Wira", "WARAS", "Wira-Rasyid", "Paslon 01"],
              mate="Dr. Rasyid Ridho Harahap, Lc., M.A.", mate_aliases=["Bang Rasyid", "Ustaz Rasyid"], ballot=1, parties=["GERINDRA", "GOLKAR", "PAN"],
              slogans=["Indonesia Waras, Indonesia Kuat"], hashtags=["#WARAS01", "#WiraRasyid"],
              accounts=[("x", "wiratmo_a"), ("instagram", "wiratmo.adiningrat"), ("youtube", YT["wira"])])
    r2 = Cand("pres-2", "Prof. Dr. Kartika Sari Dewanti", aliases=["Bu Kartika", "Mbak Tika", "KARYA", "Kartika-Yoga", "Paslon 02"],
              mate="Yoga Pramudya, S.T., M.B.A.", mate_aliases=["Mas Yoga"], ballot=2, parties=["PDIP", "PPP", "HANURA", "PERINDO"],
              slogans=["Indonesia Berkarya"], hashtags=["#KARYA02", "#KartikaYoga"],
              accounts=[("x", "kartikasari_d"), ("facebook", "100090450000202"), ("tiktok", "kartikayoga.official")])
    r3 = Cand("pres-3", "H. Syarifuddin Noor, M.A.", aliases=["Pak Syarif", "Guru Syarif", "Abah Syarif", "SINAR", "Syarif-Tere", "Paslon 03"],
              mate="Theresia Wulandari, S.H.", mate_aliases=["Bu Tere", "Mbak Tere"], ballot=3, parties=["NASDEM", "PKB", "PKS"],
              slogans=["Sinar Harapan Indonesia"], hashtags=["#SINAR03", "#SyarifTere"],
              accounts=[("x", "syarifnoor"), ("instagram", "syarifnoor.official"), ("facebook", "100090450000203")])
    d1 = Cand("dpr-jb1-dian", "Dian Permana, S.Kom.", aliases=["Kang Dian", "Dian PKS"], ballot=2, parties=["PKS"],
              slogans=["Dian Permana Ngawula Urang Bandung"], hashtags=["#KangDian2"], accounts=[("x", "dianpermana_pks"), ("instagram", "kangdian.pks")])
    d2 = Cand("dpr-jb11-asep", "Asep Hidayat, S.E.", aliases=["Kang Asep", "Asep Gerindra"], ballot=4, parties=["GERINDRA"],
              slogans=["Garut Tasik Maju"], hashtags=["#KangAsep4"], accounts=[("facebook", "100090450000312")])
    d3 = Cand("dprdprov-kalsel1-noor", "Hj. Noorhayati, S.Pd.", aliases=["Acil Noor", "Bu Noor"], ballot=3, parties=["PKB"],
              slogans=["Acil Noor Baimbai Warga"], hashtags=["#AcilNoor3"], accounts=[("instagram", "acilnoor.pkb"), ("facebook", "100090450000313")])
    d4 = Cand("dprdprov-bali-wayan", "I Wayan Sudiarsa, S.E.", aliases=["Bli Wayan", "Pak Wayan"], ballot=1, parties=["PDIP"],
              slogans=["Ngayah untuk Gianyar"], hashtags=["#BliWayan1"], accounts=[("facebook", "100090450000314")])
    d5 = Cand("dprd-jpr1-martinus", "Martinus Ohee, S.Sos.", aliases=["Bapa Martin", "Kaka Martin"], ballot=4, parties=["NASDEM"],
              slogans=["Martin Kerja untuk Abepura"], hashtags=["#BapaMartin4"], accounts=[("facebook", "100090450000315")])
    d6 = Cand("dprd-garut3-cucu", "Cucu Sumiati, S.Pd.", aliases=["Teh Cucu", "Bu Cucu"], ballot=6, parties=["GERINDRA"],
              slogans=["Teh Cucu Ngawula"], hashtags=["#TehCucu6"], accounts=[("tiktok", "tehcucu.gerindra")])
    pemilu = Election("pemilu-2024-heldout", "Pemilihan Umum 2024 (Presiden, DPR dan DPRD)", date(2024, 2, 14), "pemilu", [
        Contest("presiden", "presiden", "Indonesia", [r1, r2, r3], date(2023, 11, 13)),
        Contest("dpr-jabar-1", "dpr", "Dapil Jawa Barat I", [d1], date(2023, 11, 3)),
        Contest("dpr-jabar-11", "dpr", "Dapil Jawa Barat XI", [d2], date(2023, 11, 3)),
        Contest("dprdprov-kalsel-1", "dprd_provinsi", "Dapil Kalimantan Selatan 1 (Kota Banjarmasin)", [d3], date(2023, 11, 3)),
        Contest("dprdprov-bali-gianyar", "dprd_provinsi", "Dapil Bali (Kabupaten Gianyar)", [d4], date(2023, 11, 3)),
        Contest("dprd-jayapura-1", "dprd_kabkota", "Dapil Kota Jayapura 1", [d5], date(2023, 11, 3)),
        Contest("dprd-garut-3", "dprd_kabkota", "Dapil Garut 3", [d6], date(2023, 11, 3)),
    ], """Pemilu 2024 on the real KPU calendar (PKPU 3/2022 as amended): legislative lists registered May 2023,
presidential pairs registered 19-25 Oct 2023, DCT designated 3 Nov 2023, presidential pairs designated 13 Nov 2023
(ballot numbers drawn 14 Nov), campaign 28 Nov 2023 - 10 Feb 2024, quiet days 11-13 Feb, voting 14 Feb 2024.
The presidential pairs, the DPR and DPRD candidates are fictional; parties and dapil regions are real.
A presidential pair is a bakal calon until 13 Nov 2023 although penetapan_calon (the DCT) is 3 Nov.""")
    c.add_election("election-pemilu-2024-heldout.yaml", pemilu)


DESCRIPTION = """
## What it covers

**heldout**: West Java (Provinsi Jawa Barat, Kabupaten Garut, Kota Bandung — WIB), South Kalimantan (Kota
Banjarmasin — WITA), Bali (Kabupaten Gianyar — WITA) and Papua (Kota Jayapura — WIT). Pilkada 2024: Gubernur Jawa
Barat (3 pairs), Bupati Garut (3 pairs, one independent that collected KTP support), Walikota Banjarmasin (2 pairs),
Bupati Gianyar (2 pairs), Walikota Jayapura (2 pairs, one independent). Pemilu 2024: three fictional presidential
pairs (ballot 01/02/03), DPR Jabar I and XI, DPRD Provinsi Kalsel 1 and Bali (Gianyar), DPRD Kota Jayapura 1 and
Garut 3.

Candidates' alias habits: honorifics in regional forms, pair acronyms that are everyday words, hyphenated pairs, an
English "<name> for <region>" slogan, hashtags, a DPR candidate who shares his name with a civil servant and a running
mate who shares hers with another.

Languages: informal Indonesian (slang, abbreviations, leetspeak, emoji, keycap digits, finger signs), Sundanese,
Banjar, Balinese, Papuan Malay, a little Betawi and English. The sentences, people, accounts and proportions differ
from the dev workspace; do not tune on this workspace.
"""


def extra_accounts(c):
    for key, acc in {"K06": {"facebook": "100082340000406"}, "K02": {"instagram": "rusmiati.kessos"}, "I02": {"facebook": "100082340000502"},
                     "Y08": {"facebook": "100082340000608"}, "G04": {"facebook": "100082340000104"}, "D04": {"facebook": "100082340000304"},
                     "T08": {"facebook": "100082340000219"}, "K11": {"instagram": "akhmadjailani.lurah"}, "I05": {"instagram": "nyoman.sudarsana"},
                     "Y04": {"whatsapp": "+6281344770604"}, "K12": {"facebook": "100082340000412"}, "D03": {"facebook": "100082340000303"},
                     "T19": {"facebook": "100082340000220"}, "Y01": {"instagram": "yohaniswenda"}, "G09": {"facebook": "100082340000109"}, "G06": {"facebook": "100082340000106"}}.items():
        c.asn[key]["acc"].update(acc)


# =============================================================================================
# Facebook Graph API
# =============================================================================================
def build_facebook(c):
    cand = c.cands
    # ---- 1. page of garut-1 (Dede Kurniawan, incumbent deputy regent) ------------------------
    DP = {"name": "Dede Kurniawan", "id": cand["garut-1"].handle("facebook")}
    f = Fb(c, "facebook/graph_feed_page_kangdede.garut.json", DP["id"])
    p = f.post(wib(2024, 8, 28, 13, 30), "Alhamdulillah, abdi sareng Teh Ai parantos daftar ka KPU Kabupaten Garut. Neda du'a ti sadaya wargi Garut 🙏 #DedeAi",
               DP, N("neg_candidate_own"), photo={"description": "Dede Kurniawan dan Ai Nurhasanah di kantor KPU Kabupaten Garut"})
    f.comment(p, wib(2024, 8, 28, 14, 2), "Mugia lancar dugi ka penetapan, Kang Dede! Abdi ngadukung pisan 🙏💪", f.user("T17"),
              V("T17", "interact", "garut-1", "pre_designation", action="comment",
                note="PPPK teacher pledges support under the registration post of the bakal calon (28 Aug, Sundanese)"))
    f.comment(p, wib(2024, 8, 28, 14, 20), "Amin, sing sukses Kang", fb_person("Mang Oding Cibatu"), N())
    f.comment(p, wib(2024, 8, 28, 15, 1), "Jalan ka Cikajang iraha diomean Kang?", fb_person("Asep Cikajang"), N())
    f.react(p, f.user("T17"), V("T17", "interact", "garut-1", "pre_designation", action="like"))
    f.react(p, fb_person("Mang Oding Cibatu"), N())
    p = f.post(wib(2024, 9, 23, 15, 0), "Nomer 1️⃣! ☝️ DAI — Dede–Ai — Garut Bangkit Ngahiji. Hatur nuhun sadayana.", DP, N("neg_candidate_own"))
    f.comment(p, wib(2024, 9, 23, 15, 22), "mantul kang ☝️", f.user("T06"),
              V("T06", "interact", "garut-1", "comment_support", action="comment", note="'mantul' (mantap betul) under the candidate's number post"))
    f.comment(p, wib(2024, 9, 23, 15, 40), "DAI teh ustadz nya? 😅 abdi kirang ngartos", fb_person("Neng Salsa Leles"), N())
    f.react(p, f.user("T05"), V("T05", "interact", "garut-1", "like", action="like"))
    f.react(p, fb_person("Neng Salsa Leles"), N())
    p = f.post(wib(2024, 10, 15, 16, 10), "Silaturahmi sareng guru-guru di Tarogong, dipirig ku Ade Sukmana. Pendidikan kedah janten prioritas! Nomer hiji ☝️ #GarutNgahiji",
               DP, N("neg_candidate_own"), photo={"description": "Dede Kurniawan di tengah guru-guru SD di Tarogong"},
               tags=[(f.user("T04"), A("T04", "tagged", "the candidate tags a head teacher in his campaign post"))])
    f.comment(p, wib(2024, 10, 15, 16, 45), "Hatur nuhun Kang, SD 1 Tarogong siap ngadukung ☝️", f.user("T04"),
              V("T04", "interact", "garut-1", "exposed_then_engaged", action="comment", note="tagged, the head teacher then pledges his school's support"))
    f.comment(p, wib(2024, 10, 15, 17, 2), "Sing meunang Kang Dede!", fb_person("Lilis Suryani", "fb9"),
              R("identity_uncertain", "the display name equals a midwife in the registry (and the rival running mate); this Facebook id is neither's",
                actor="T07", cand="garut-1"))
    f.comment(p, wib(2024, 10, 15, 17, 30), "Ulah milih nu ngan bisa ceramah, Garut butuh nu bisa gawé. Nomer dua mah ngan ngarugikeun!", f.user("T11"),
              V("T11", "negative", "garut-2", "negative_campaign", action="comment", note="Satpol PP officer attacks pair 2 under pair 1's post"))
    f.comment(p, wib(2024, 10, 15, 18, 0), "Guru honorer tos 10 taun teu diangkat, janji wae", fb_person("Pak Uus Wanaraja"), N())
    f.react(p, f.user("T04"), V("T04", "interact", "garut-1", "exposed_then_engaged", action="like"))
    f.react(p, fb_person("Pak Uus Wanaraja"), N(), kind="HAHA")
    p = f.post(wib(2024, 11, 10, 19, 0), "Seragam sakola gratis kanggo murid SD sareng SMP. Ieu sanés janji, ieu program. #DedeAi", DP, N("neg_candidate_own"))
    f.comment(p, wib(2024, 11, 10, 19, 35), "Kang, upami kapilih, guru honorer SD bade diangkat PPPK sadayana? Punten naroskeun 🙏", f.user("T05"),
              R("unsettled_law", "a teacher asks the candidate a policy question on his page, without support", actor="T05", cand="garut-1"))
    f.comment(p, wib(2024, 11, 10, 20, 0), "Seragam gratis mah tos aya ti pusat kang 😂", fb_person("Kang Ujang Bayongbong"), N())
    f.post(wib(2024, 11, 24, 7, 0), "Masa tenang. Hatur nuhun ka sadaya relawan. Urang jaga Garut tetep tiis 🙏", DP, N("neg_candidate_own"))
    f.dump()

    # ---- 2. Prokopim Garut (institutional) ---------------------------------------------------
    PP = {"name": "Prokopim Garut", "id": c.inst["prokopim_grt"]["handle"]}
    f = Fb(c, "facebook/graph_feed_page_prokopim.garut.json", PP["id"])
    f.post(wib(2024, 6, 20, 10, 0), "Wakil Bupati Garut H. Dede Kurniawan membuka Festival Dodol dan Jeruk Garut 2024 di Alun-alun Garut.", PP,
           N("neg_official_duty", "the incumbent's official duty in June"))
    f.post(wib(2024, 7, 30, 9, 0), "Wabup Dede Kurniawan meninjau perbaikan saluran irigasi di Kecamatan Bayongbong.", PP, N("neg_official_duty"))
    f.post(wib(2024, 9, 3, 14, 0), "Doakan Kang Dede lancar dina tahapan Pilkada. Garut Bangkit Ngahiji! ☝️", PP,
           V("inst:prokopim_grt", "inst", "garut-1", "institutional_account", action="official_account_use",
             note="the regency's protocol page promotes the deputy regent as a bakal calon (3 Sep, before designation)"),
           photo={"description": "Foto Dede Kurniawan dengan latar bertuliskan GARUT BANGKIT NGAHIJI"})
    orig = {"id": f"{cand['garut-1'].handle('facebook')}_7000000000055501", "permalink_url": f"https://www.facebook.com/{cand['garut-1'].handle('facebook')}/posts/7000000000055501"}
    p = f.post(wib(2024, 10, 8, 12, 0), "Kang Dede tos kabuktian ngawangun Garut. Lanjutkeun! ☝️", PP,
               V("inst:prokopim_grt", "inst", "garut-1", "institutional_account", action="official_account_use", note="shares the candidate's campaign post"),
               share={"post": orig, "title": "Dede Kurniawan", "description": "Kampanye dialogis Kang Dede di Kecamatan Karangpawitan"})
    f.comment(p, wib(2024, 10, 8, 12, 30), "Leres pisan, lanjutkeun Kang Dede ☝️", f.user("T12"),
              V("T12", "interact", "garut-1", "comment_support", action="comment", note="the education office's secretary applauds the institutional share"))
    f.comment(p, wib(2024, 10, 8, 12, 50), "Akun pemda naha jadi akun kampanye? Lapor Bawaslu ah", fb_person("Rizky Garut Kota"), N())
    f.react(p, f.user("T12"), V("T12", "interact", "garut-1", "like", action="like"))
    f.react(p, fb_person("Rizky Garut Kota"), N(), kind="ANGRY")
    p = f.post(wib(2024, 10, 21, 8, 0), "Debat publik Pilbup Garut 2024 ti KPU Kabupaten Garut: Rebo 30 Oktober, 19.30 WIB. Paslon 1 Dede Kurniawan–Ai Nurhasanah, "
                                       "Paslon 2 Oman Abdurahman–Yayat Supriatna, Paslon 3 Iwan Setiawan–Lilis Suryani.", PP, N("neg_neutral_info"))
    f.comment(p, wib(2024, 10, 21, 8, 40), "Nomer tilu jalur rakyat! 🤟", fb_person("Kang Ebo Samarang"), N())
    p = f.post(wib(2024, 11, 19, 8, 0), "Pangéling-ngéling: ASN Pemkab Garut teu kénging nge-like, komén, atanapi ngabagikeun postingan paslon. "
                                        "Teu kénging ngiring kampanye. #ASNNetral", PP, N("neg_neutrality_reminder"))
    f.comment(p, wib(2024, 11, 19, 8, 30), "Siap, netral 🙏", f.user("T18"), N("neg_asn_neutral"))
    f.comment(p, wib(2024, 11, 19, 9, 0), "Abdi mah teu ngadukung saha-saha, ngan ukur ngawula warga", f.user("T05"), N("neg_negation"))
    f.post(wib(2024, 12, 3, 10, 0), "Pj. Bupati Garut menyerahkan bantuan rumah tidak layak huni di Kecamatan Cisurupan.", PP, N("neg_official_duty"))
    f.dump()

    # ---- 3. public group of jabar-3 supporters -----------------------------------------------
    f = Fb(c, "facebook/graph_feed_group_baraya_teh_nining_garut.json", "1047300400110")
    f.post(wib(2024, 8, 30, 20, 0), "Grup ieu kanggo baraya nu ngarojong Teh Nining sareng Kang Ujang. Hayu urang kawal ti ayeuna!", fb_person("Teh Imas Admin"), N())
    f.post(wib(2024, 9, 18, 19, 45), "Teh Nining calon gubernur awéwé munggaran Jabar, abdi rojong pisan! 💪 #NiningUjang", f.user("G02"),
           V("G02", "post", "jabar-3", "pre_designation", in_group=True, note="teacher posts support before designation (18 Sep) in the supporters' group"))
    p = f.post(wib(2024, 10, 7, 11, 0), "Alhamdulillah Teh Nining sumping ka SMK, poto heula 😍🤟 #JabarSauyunan", f.user("G06"),
               V("G06", "photo", "jabar-3", "photo_with_candidate", note="PPPK teacher's photo with the candidate, three fingers (attachment description)"),
               photo={"description": "Guru berseragam batik berfoto bersama Nining Suryaningsih, tiga jari teracung"})
    f.comment(p, wib(2024, 10, 7, 11, 30), "Teh Nining geulis pisan, nomer tilu! 🤟", f.user("D02"),
              V("D02", "interact", "jabar-3", "comment_support", action="comment", in_group=True, note="the Lurah of Sekeloa (listed id)"))
    f.comment(p, wib(2024, 10, 7, 12, 0), "Mantap teh 👍", fb_person("Ceu Popon Leles"), N())
    f.react(p, fb_person("Ceu Popon Leles"), N())
    f.react(p, f.user("T18"), V("T18", "interact", "jabar-3", "like", action="like"))
    f.post(wib(2024, 10, 19, 21, 0), "Ulah percanten ka pensiunan pulisi. Mun meunang, rahayat leutik nu dirugikeun. Nomer dua mah ulah!", f.user("T18"),
           V("T18", "negative", "jabar-2", "negative_campaign", note="kelurahan staff attacks pair 2 in pair 3's supporters' group"))
    f.post(wib(2024, 11, 2, 17, 0), "Hatur nuhun Bu Imas Masitoh parantos rawuh kana acara urang di Garut 🤟", fb_person("Teh Imas Admin"), N(),
           tags=[(f.user("G09"),
                  A("G09", "tagged", "a volunteer tags a head teacher as having attended their event"))])
    f.post(wib(2024, 11, 12, 20, 0), "Hebat nya, jalan desa dibenerkeun pas aya calon rék datang. Kabeneran wé 🙃", fb_person("Kang Deden Sukawening"), N("neg_sarcasm"))
    f.post(wib(2024, 11, 23, 21, 0), "Wengi ieu grup dikonci heula, masa tenang. Hatur nuhun baraya 🙏", fb_person("Teh Imas Admin"), N())
    f.dump()

    # ---- 4. page of bjm-1 (Fauzan, Banjarmasin, WITA) ----------------------------------------
    FP = {"name": "Ahmad Fauzan Noor", "id": cand["bjm-1"].handle("facebook")}
    f = Fb(c, "facebook/graph_feed_page_julak.fauzan.json", FP["id"])
    p = f.post(wita(2024, 8, 28, 15, 0), "Alhamdulillah ulun wan Acil Udah sudah mandaftar ka KPU Kota Banjarmasin. Minta dua'akan lah bubuhan pian 🙏 #FauzanUdah",
               FP, N("neg_candidate_own"))
    f.comment(p, wita(2024, 8, 28, 15, 40), "Mudahan lancar sampai ditetapkan, Julak. Warga Teluk Dalam siap mandukung 🤲", f.user("K11"),
              V("K11", "interact", "bjm-1", "pre_designation", action="comment", note="the Lurah pledges his ward's support to the bakal calon (Banjar)"))
    f.comment(p, wita(2024, 8, 28, 16, 0), "Aamiin, sukses Julak", fb_person("Utuh Banjar Kelayan"), N())
    f.react(p, f.user("K11"), V("K11", "interact", "bjm-1", "pre_designation", action="like"))
    p = f.post(wita(2024, 10, 20, 17, 0), "Baimbai di Siring Menara Pandang. Banjarmasin Baiman, nomor asa ☝️ #BanjarmasinBaiman", FP, N("neg_candidate_own"),
               photo={"description": "Ahmad Fauzan Noor menyapa warga di Siring Menara Pandang"})
    f.comment(p, wita(2024, 10, 20, 17, 25), "Ayuha pilih nomor asa, Banjarmasin Baiman! ☝️", f.user("K04"),
              V("K04", "interact", "bjm-1", "comment_support", action="comment", note="teacher, Banjar 'asa' = one"))
    f.comment(p, wita(2024, 10, 20, 17, 50), "Banyu pasang tiap tahun kada tuntung, janji haja", fb_person("Galuh Kuin"), N())
    f.comment(p, wita(2024, 10, 20, 18, 10), "Semoga menang Julak 🤲", fb_person("Rahmi Fitriani", "fb3"),
              R("identity_uncertain", "the name equals a Puskesmas doctor in the registry whose only listed account is on Instagram", actor="K08", cand="bjm-1"))
    f.react(p, f.user("K10"), V("K10", "interact", "bjm-1", "like", action="like"))
    f.react(p, fb_person("Galuh Kuin"), N())
    p = f.post(wita(2024, 11, 15, 19, 0), "Program normalisasi sungai Martapura: 30 km dalam 3 tahun. Banjarmasin kada banjir lagi! #FauzanUdah", FP, N("neg_candidate_own"))
    f.comment(p, wita(2024, 11, 15, 19, 20), "Setuju!!", f.user("K09"),
              V("K09", "interact", "bjm-1", "comment_support", action="comment", note="a one-word 'Setuju!!' under the campaign promise"))
    f.comment(p, wita(2024, 11, 15, 19, 45), "Kayapa dananya, Julak?", fb_person("Amang Irus Alalak"), N())
    f.dump()


# =============================================================================================
# CrowdTangle
# =============================================================================================
def build_crowdtangle(c):
    cand = c.cands
    pages = {
        "pkm": ("Puskesmas Tarogong", "puskesmastarogong", c.inst["pkm_tarogong"]["handle"], "MEDICAL_AND_HEALTH", "UPT Puskesmas Tarogong, Kabupaten Garut", "2016-03-01 09:00:00", 4800),
        "coblong": ("Kecamatan Coblong", "kec.coblong", c.inst["kec_coblong"]["handle"], "GOVERNMENT_ORGANIZATION", "Akun resmi Kecamatan Coblong Kota Bandung", "2017-01-10 10:00:00", 12600),
        "kominfo": ("Diskominfo Kabupaten Garut", "diskominfo.garut", c.inst["kominfo_grt_fb"]["handle"], "GOVERNMENT_ORGANIZATION", "Dinas Komunikasi dan Informatika Kabupaten Garut", "2014-05-05 08:00:00", 73400),
        "camat": ("Agus Gunawan", "agusgunawan.tarkid", c.asn["T01"]["acc"]["facebook"], "PUBLIC_FIGURE", "Ngawula ka masarakat Tarogong Kidul", "2019-02-02 07:00:00", 2900),
        "garutupdate": ("Garut Update", "garutupdate", "104577700000801", "MEDIA_NEWS_COMPANY", "Informasi Garut terkini", "2015-06-06 06:00:00", 455000),
        "kiwari": ("Bandung Kiwari", "bandungkiwari", "104577700000802", "MEDIA_NEWS_COMPANY", "Berita Bandung Raya", "2013-03-13 13:00:00", 312000),
        "hendar": ("Hendarman Suganda", "hendarrizky.official", cand["jabar-2"].handle("facebook"), "POLITICIAN", "Calon Gubernur Jawa Barat nomor urut 2", "2018-08-08 08:00:00", 98000),
        "infoguru": ("Info Guru Jabar", "infogurujabar", "104577700000803", "EDUCATION", "Komunitas guru Jawa Barat", "2016-10-10 10:00:00", 64000),
    }
    f = Ct(c, "crowdtangle/historical_data_2023-10-01_2024-12-31_bawaslu_jabar.csv", WIB, pages)
    f.row("pkm", wib(2024, 9, 12, 8, 0), "Photo", "Jadwal posyandu balita sareng lansia bulan September, cek di poster.", N("neg_everyday_inst"))
    f.row("pkm", wib(2024, 10, 24, 9, 30), "Photo", "Senam lansia babarengan sareng Teh Ai Nurhasanah (cawabup nomer 1). Sehat terus nini aki! ☝️",
          V("inst:pkm_tarogong", "inst", "garut-1", "institutional_account", action="official_account_use"), image_text="DAI NOMER 1\nDEDE - AI")
    f.row("pkm", wib(2024, 11, 6, 10, 0), "Photo", "Posyandu Ceria RW 05: balita séhat, ibu-ibu ceria 😊", N("neg_word_collision", "'ceria' = jabar-1 acronym CERIA"))
    f.row("coblong", wib(2024, 1, 26, 8, 30), "Photo", "Jumat bersih bersama warga Sekeloa. Caleg DPR RI Dian Permana turut membagikan tong sampah #KangDian2",
          V("inst:kec_coblong", "inst", "dpr-jb1-dian", "institutional_account", action="official_account_use",
            note="the kecamatan's page shows a DPR candidate handing out branded bins during the Pemilu campaign"),
          image_text="KANG DIAN\nNO 2 PKS\nDPR RI DAPIL JABAR I")
    f.row("coblong", wib(2024, 8, 17, 8, 0), "Photo", "Peringatan Kemerdekaan ke-79 bareng warga Coblong 🇮🇩", N("neg_everyday_inst"))
    f.row("coblong", wib(2024, 10, 28, 9, 0), "Photo", "Upacara Sumpah Pemuda tingkat kecamatan, dihadiri Forkopimcam dan tamu undangan di antaranya Hendarman Suganda dan Rizky Maulana.",
          R("unsettled_law", "an official ceremony naming a campaigning pair among the guests", actor="inst:kec_coblong", cand="jabar-2"))
    f.row("coblong", wib(2024, 11, 11, 10, 0), "Photo", "Terima kasih warga yang hadir di Musrenbang Kelurahan Lebakgede.", N("neg_word_collision", "'hadir' = jabar-2 acronym HADIR"))
    f.row("kominfo", wib(2024, 10, 20, 9, 0), "Photo", "Jadwal debat Pilbup Garut 2024: paslon 1, 2 sareng 3. Saksikeun langsung di YouTube KPU Garut.", N("neg_neutral_info"))
    f.row("kominfo", wib(2024, 11, 5, 13, 0), "Photo", "Infografis capaian 5 taun Dede Kurniawan: 120 km jalan mulus. Lanjutkeun! ☝️",
          V("inst:kominfo_grt_fb", "inst", "garut-1", "institutional_account", action="official_account_use",
            note="the agency publishes the candidate's record with his sign during the campaign"), image_text="120 KM JALAN MULUS\nLANJUTKEUN KANG DEDE\n1")
    f.row("kominfo", wib(2024, 11, 28, 8, 0), "Photo", "Hatur nuhun warga Garut anu parantos ngagunakeun hak pilihna.", N("neg_neutral_info"))
    f.row("camat", wib(2024, 10, 12, 19, 0), "Photo", "Tarogong Kidul ngahiji! Hayu urang menangkeun Kang Dede, nomer hiji ☝️",
          V("T01", "post", "garut-1", "support_post", note="the Camat's own public-figure page"), image_text="DEDE-AI NOMER 1")
    f.row("camat", wib(2024, 7, 7, 6, 30), "Photo", "Jalan santai HUT Bhayangkara sareng Forkopimcam.", N("neg_everyday_asn"))
    f.row("garutupdate", wib(2024, 5, 10, 20, 0), "Link", "Paslon perseorangan Iwan Setiawan–Lilis Suryani serahkeun 112.000 dukungan KTP ka KPU Garut.", N("neg_news"),
          link="https://garutupdate.example.id/2024/05/10/perseorangan")
    f.row("garutupdate", wib(2024, 9, 23, 19, 0), "Link", "Nomer urut Pilbup Garut: 1 Dede–Ai, 2 Oman–Yayat, 3 Iwan–Lilis.", N("neg_news"),
          link="https://garutupdate.example.id/2024/09/23/nomor-urut")
    f.row("garutupdate", wib(2024, 11, 6, 21, 0), "Link", "Bawaslu Garut telusuri unggahan akun Diskominfo soal capaian wabup nonaktif.", N("neg_news"),
          link="https://garutupdate.example.id/2024/11/06/bawaslu")
    f.row("kiwari", wib(2024, 2, 8, 12, 0), "Link", "Bawaslu Kota Bandung: 9 laporan ASN tidak netral selama kampanye Pemilu.", N("neg_news"),
          link="https://bandungkiwari.example.id/netralitas")
    f.row("kiwari", wib(2024, 11, 13, 20, 0), "Link", "Debat ketiga Pilgub Jabar: Cecep, Hendar, Nining adu program transportasi.", N("neg_news"),
          link="https://bandungkiwari.example.id/debat3")
    f.row("hendar", wib(2024, 10, 5, 18, 0), "Photo", "Jabar Hadir untuk semua. Nomor 2 ✌️ #JabarHadir", N("neg_candidate_own"))
    f.row("hendar", wib(2024, 11, 20, 18, 0), "Video", "Terima kasih Bandung! #HendarRizky", N("neg_candidate_own"))
    f.row("infoguru", wib(2024, 11, 15, 19, 0), "Status", "Reminder buat rekan guru: masuk grup relawan atau foto gaya jari bisa berujung sanksi disiplin. Paslon 1, 2, 3 sama saja.",
          N("neg_neutrality_reminder"))
    f.dump()

    pages = {
        "kominfo": ("Diskominfotik Banjarmasin", "diskominfotik.bjm", c.inst["kominfo_bjm_fb"]["handle"], "GOVERNMENT_ORGANIZATION",
                    "Dinas Komunikasi, Informatika dan Statistik Kota Banjarmasin", "2015-08-08 08:00:00", 51000),
        "banua": ("Kabar Banua", "kabarbanua", "104577700000811", "MEDIA_NEWS_COMPANY", "Berita Banua Kalimantan Selatan", "2014-02-02 08:00:00", 284000),
        "rus": ("Relawan Paman Rus", "relawanpamanrus", "104577700000812", "COMMUNITY", "Relawan Rus-Ridha", "2024-06-01 10:00:00", 5100),
        "noor": ("Acil Noor", "acilnoor.pkb", cand["dprdprov-kalsel1-noor"].handle("facebook"), "POLITICIAN", "Caleg DPRD Provinsi Kalsel Dapil 1 nomor 3 PKB",
                 "2020-02-02 08:00:00", 6200),
    }
    f = Ct(c, "crowdtangle/historical_data_2023-10-01_2024-12-31_bawaslu_kalsel.csv", WITA, pages)
    f.row("kominfo", wita(2024, 10, 2, 10, 0), "Photo", "Debat publik Pilwali Banjarmasin 2024, Kamis 17 Oktober, 20.00 WITA. Paslon 1 Fauzan–Mahmudah, paslon 2 Rusmadi–Ridha.",
          N("neg_neutral_info"), image_text="DEBAT PUBLIK PILWALI BANJARMASIN\n1 FAUZAN-MAHMUDAH  2 RUSMADI-RIDHA")
    f.row("kominfo", wita(2024, 10, 26, 16, 0), "Photo", "Paman Rus datang ka Pasar Terapung, warga minta kota sungai bangkit baimbai! ✌️",
          V("inst:kominfo_bjm_fb", "inst", "bjm-2", "institutional_account", action="official_account_use"), image_text="RUS-RIDHA\nNOMOR 2")
    f.row("kominfo", wita(2024, 1, 10, 15, 0), "Photo", "Selamat datang Guru Syarif di Banua! Sinar Harapan Indonesia 🤲 #SINAR03",
          V("inst:kominfo_bjm_fb", "inst", "pres-3", "institutional_account", action="official_account_use",
            note="the city's official page welcomes a presidential candidate with his slogan and hashtag (Pemilu campaign)"),
          image_text="SELAMAT DATANG GURU SYARIF\nSINAR 03")
    f.row("kominfo", wita(2024, 12, 20, 9, 0), "Photo", "Pemko Banjarmasin gelar lomba jukung hias Hari Jadi Kota.", N("neg_everyday_inst"))
    f.row("kominfo", wita(2024, 2, 13, 10, 0), "Photo", "Masa tenang Pemilu: ASN Pemko Banjarmasin wajib netral, kada bulih posting dukungan.", N("neg_neutrality_reminder"))
    f.row("banua", wita(2024, 10, 18, 22, 0), "Link", "Debat Pilwali Banjarmasin: Fauzan dan Rusmadi saling kritik soal banjir rob.", N("neg_news"),
          link="https://kabarbanua.example.id/debat-pilwali")
    f.row("banua", wita(2024, 11, 28, 9, 0), "Link", "Rekapitulasi suara Pilwali Banjarmasin dimulai di tingkat kecamatan.", N("neg_news"),
          link="https://kabarbanua.example.id/rekap")
    f.row("banua", wita(2023, 11, 3, 18, 0), "Link", "KPU Kalsel tetapkan DCT DPRD Provinsi, 650 caleg berebut 55 kursi.", N("neg_news"),
          link="https://kabarbanua.example.id/dct")
    f.row("rus", wita(2024, 10, 30, 20, 0), "Photo", "Paman Rus nomor dua, baimbai bangun kota sungai ✌️", N(), image_text="PAMAN RUS NOMOR 2")
    f.row("rus", wita(2024, 11, 10, 19, 0), "Status", "Jangan pilih nomor asa, janji normalisasi sungai sudah 10 tahun kada jadi-jadi!", N())
    f.row("noor", wita(2023, 11, 3, 0, 40), "Photo", "Alhamdulillah ulun masuk DCT. Nomor 3 PKB, Acil Noor baimbai warga 💚", N("neg_candidate_own"))
    f.row("noor", wita(2024, 1, 28, 16, 0), "Photo", "Kampanye di Pasar Lama. Coblos nomor 3! #AcilNoor3", N("neg_candidate_own"))
    f.dump()

    pages = {
        "distrik": ("Distrik Abepura", "distrik.abepura", c.inst["distrik_abe"]["handle"], "GOVERNMENT_ORGANIZATION", "Akun resmi Distrik Abepura, Kota Jayapura",
                    "2019-05-05 09:00:00", 3800),
        "jhi": ("Jayapura Hari Ini", "jayapurahariini", "104577700000821", "MEDIA_NEWS_COMPANY", "Berita Kota Jayapura dan sekitarnya", "2016-01-01 09:00:00", 168000),
        "melki": ("Melkias Rumbiak", "melkidani.official", cand["jayapura-1"].handle("facebook"), "POLITICIAN", "Calon Walikota Jayapura 2024 nomor urut 1",
                  "2018-09-09 09:00:00", 21000),
        "mamayuli": ("Mama Yuli Pu Relawan", "mamayulipurelawan", "104577700000822", "COMMUNITY", "Relawan Yuli-Hendrik", "2024-04-01 10:00:00", 4300),
    }
    f = Ct(c, "crowdtangle/historical_data_2024-04-01_2024-12-31_bawaslu_papua.csv", WIT, pages)
    f.row("distrik", wit(2024, 11, 6, 17, 0), "Photo", "Kepala Distrik bersama warga sambut Pace Melki di Kotaraja. Jayapura Kitong Punya! ☝️",
          V("inst:distrik_abe", "inst", "jayapura-1", "institutional_account", action="official_account_use"), image_text="MELKI-DANI NO 1\nJAYAPURA KITONG PUNYA")
    f.row("distrik", wit(2024, 8, 17, 8, 0), "Photo", "Merah Putih berkibar di Distrik Abepura, 79 tahun Indonesia merdeka 🇮🇩", N("neg_everyday_inst"))
    f.row("distrik", wit(2024, 11, 25, 9, 0), "Photo", "Masa tenang, ASN Distrik Abepura tetap netral dan melayani warga.", N("neg_neutrality_reminder"))
    f.row("jhi", wit(2024, 5, 10, 19, 0), "Link", "Pasangan perseorangan Yuliana Mebri–Hendrik Sanggenafa serahkan dukungan KTP ke KPU Kota Jayapura.", N("neg_news"),
          link="https://jayapurahariini.example.id/perseorangan")
    f.row("jhi", wit(2024, 10, 17, 21, 0), "Link", "Debat Pilwali Jayapura: Melki dan Mama Yuli adu program air bersih.", N("neg_news"),
          link="https://jayapurahariini.example.id/debat")
    f.row("jhi", wit(2024, 11, 28, 10, 0), "Link", "Bawaslu Kota Jayapura proses laporan dugaan ASN distrik ikut kampanye.", N("neg_news"),
          link="https://jayapurahariini.example.id/bawaslu")
    f.row("melki", wit(2024, 10, 12, 18, 0), "Photo", "Terima kasih Waena! Melki for Jayapura ☝️ #MelkiDani", N("neg_candidate_own"))
    f.row("mamayuli", wit(2024, 10, 20, 19, 0), "Photo", "Mama-mama Abepura siap menangkan Mama Yuli ✌️", N(), image_text="MAMA YULI NO 2")
    f.row("mamayuli", wit(2024, 11, 2, 19, 0), "Status", "Kitong perempuan Papua harus bersatu, nomor dua!", N())
    f.dump()


# =============================================================================================
# X API v2
# =============================================================================================
def build_x(c):
    x = X(c, "x/twarc2_search_pilkada_jabar_banjarmasin_jayapura.jsonl")
    for h, n, d, loc in [
        ("cecepsopandi", "Cecep Sopandi", "Calon Gubernur Jawa Barat nomor 1 • Jabar Ceria", "Bandung"),
        ("hendarrizky", "Hendar–Rizky", "Akun resmi paslon Gubernur Jabar nomor 2 #JabarHadir", "Bandung"),
        ("rusridha_bjm", "Rusmadi Syahrani", "Calon Walikota Banjarmasin nomor 2", "Banjarmasin"),
        ("yogipratama_", "Yogi Pratama", "Bandung | kopi | ngoding", "Bandung"), ("yogi.pratama2", "Yogi P", "alt | Bandung", "Bandung"),
        ("asep_saepulloh", "Asep Saepulloh", "jalan & jembatan | Bandung", "Bandung"), ("dadanghermawan_pp", "Dadang Hermawan", "Bandung juara", "Bandung"),
        ("fikrihaikal_", "Fikri Haikal", "Coblong | IT | anime", "Bandung"), ("bambang_dishub", "Bambang Supriyadi", "Dishub Kota Bandung", "Bandung"),
        ("dianpermana_sda", "Dian Permana", "DSDABM Kota Bandung. Bukan caleg 🙏", "Bandung"), ("rezafirman_sh", "Reza Firmansyah", "hukum | Bandung", "Bandung"),
        ("yadisupriadi_", "Yadi Supriadi", "Garut", "Garut"), ("nurulfitri_grt", "Nurul Fitriani", "Garut | keuangan", "Garut"),
        ("gilangrmdhn", "Gilang Ramadhan", "Garut", "Garut"), ("wulansari_pd", "Wulan Sari", "guru | Garut", "Garut"),
        ("hafiz_man2bjm", "Muhammad Hafiz", "Guru madrasah | Banjarmasin", "Banjarmasin"), ("nyomansudarsana", "Nyoman Sudarsana", "Gianyar | opini pribadi", "Gianyar"),
        ("agus_hamadi", "Agustinus Hamadi", "Guru | Jayapura | Persipura", "Jayapura"),
        ("disdikjabar_info", "Disdik Jabar", "Kanal resmi Disdik Provinsi Jawa Barat", "Bandung"),
        ("kpu_jabar", "KPU Provinsi Jawa Barat", "Kanal informasi resmi KPU Jawa Barat", "Bandung"),
        ("relawanhadir_bdg", "Relawan HADIR Bandung", "Relawan Hendar-Rizky", "Bandung"),
        ("rezafirmansyah_music", "Reza Firmansyah", "Musisi indie Jakarta 🎸 | bukan ASN", "Jakarta"),
        ("kabarpriangan", "Kabar Priangan", "Berita Priangan Timur", "Garut"), ("urang_garut", "Urang Garut", "", "Garut"),
        ("bang_jali", "Bang Jali", "Betawi asli, ngungsi ke Bandung", "Bandung"), ("galuh_bjm", "Galuh Banjar", "", "Banjarmasin"),
        ("pace_ondi", "Pace Ondi", "Abepura", "Jayapura"), ("neng_ririn", "Ririn", "", "Bandung"),
    ]:
        x.user(h, n, d, loc)
    c1 = x.tweet("cecepsopandi", wib(2024, 10, 2, 9, 0), "Guru honorer di Jabar kudu sejahtera. Jabar Ceria dimimitian ti sakola! ☝️ #JabarCeria", N("neg_candidate_own"))
    x.tweet("yogipratama_", wib(2024, 10, 2, 9, 30), "RT @cecepsopandi: Guru honorer di Jabar kudu sejahtera. Jabar Ceria dimimitian ti sakola! ☝️ #JabarCeria",
            V("G03", "post", "jabar-1", "share", action="share"), ref=("retweeted", c1))
    for i, (h, key) in enumerate([("yadisupriadi_", "T13"), ("nurulfitri_grt", "T14"), ("gilangrmdhn", "T15"), ("wulansari_pd", "T16")]):
        x.tweet(h, wib(2024, 10, 2, 10, 4 + i), "RT @cecepsopandi: Guru honorer di Jabar kudu sejahtera. Jabar Ceria dimimitian ti sakola! ☝️ #JabarCeria",
                V(key, "post", "jabar-1", "coordinated_engagement", action="share",
                  note="four staff of the Garut education office retweet the same candidate tweet within four minutes"), ref=("retweeted", c1))
    x.tweet("disdikjabar_info", wib(2024, 10, 3, 8, 0), "RT @cecepsopandi: Guru honorer di Jabar kudu sejahtera. Jabar Ceria dimimitian ti sakola! ☝️ #JabarCeria",
            V("inst:disdik_jabar", "inst", "jabar-1", "institutional_account", action="official_account_use"), ref=("retweeted", c1))
    h2 = x.tweet("hendarrizky", wib(2024, 10, 4, 19, 0), "Jabar Hadir: angkot gratis kanggo pelajar di 27 kabupaten/kota ✌️ #JabarHadir", N("neg_candidate_own"))
    x.tweet("asep_saepulloh", wib(2024, 10, 4, 19, 40), "Angkot gratis 27 kota? Anggaranna ti mana, Pak? Mending Teh Nining, programna jelas. Nomer tilu 🤟",
            V("G05", "post", "jabar-3", "support_post", add_codes=["SKB-D12", "PP94-N5"], note="quote mocking pair 2 and calling for pair 3"),
            ref=("quoted", h2))
    x.tweet("dadanghermawan_pp", at(WIB, 2024, 9, 22, 0, 10), "Poé penetapan! Kang Hendar pasti lolos, Jabar Hadir ✌️ #JabarHadir",
            V("G07", "post", "jabar-2", "support_post",
              note="stage boundary: 2024-09-21T17:10Z is 22 Sep 00:10 WIB, designation day: SKB-D codes although the UTC date is 21 Sep"))
    x.tweet("agus_hamadi", at(WIT, 2024, 9, 22, 1, 20), "Su jam satu malam, besok penetapan. Pace Melki pasti lolos, kitong kawal! ☝️",
            V("Y07", "post", "jayapura-1", "pre_designation",
              note="stage boundary: 22 Sep 01:20 WIT is 21 Sep 23:20 WIB (16:20Z): still before designation, SKB-E codes although the local date is 22 Sep"))
    r = x.tweet("relawanhadir_bdg", wib(2024, 10, 18, 15, 0), "Hatur nuhun @fikrihaikal_ tos ngiring ngabantosan posko HADIR Coblong ✌️", N(),
                mentions=[("fikrihaikal_", A("D03", "tagged", "a volunteers' account mentions a kecamatan IT officer as a helper"))])
    x.tweet("fikrihaikal_", wib(2024, 10, 18, 15, 30), "@relawanhadir_bdg Sami-sami kang, Jabar Hadir! ✌️",
            V("D03", "interact", "jabar-2", "exposed_then_engaged", action="comment"), ref=("replied_to", r))
    x.tweet("bambang_dishub", wib(2024, 10, 22, 10, 0), "Hatur nuhun warga anu hadir di sosialisasi keselamatan lalu lintas di Dago. Tertib di jalan! 🚦",
            N("neg_word_collision", "'hadir' = HADIR acronym, a transport officer's routine post"))
    x.tweet("neng_ririn", wib(2024, 10, 23, 11, 0), "Budak TK ceria pisan pas pentas seni 🥰", N("neg_word_collision", "'ceria' = CERIA"))
    x.tweet("urang_garut", wib(2024, 10, 24, 20, 0), "Kang Dede atawa Haji Oman? Abdi mah 3️⃣, jalur rakyat! 🤟", N())
    x.tweet("bang_jali", wib(2024, 10, 25, 9, 0), "Aye milih nomer tiga dah, Teh Nining mantep, kagak banyak omong 🤟", N("neg_citizen", "Betawi"))
    x.tweet("kpu_jabar", wib(2024, 10, 29, 10, 0), "Debat ketiga Pilgub Jabar 13 November: Paslon 1 Cecep–Euis, Paslon 2 Hendarman–Rizky, Paslon 3 Nining–Ujang.",
            N("neg_neutral_info"))
    x.tweet("kabarpriangan", wib(2024, 10, 30, 7, 0), "Bawaslu Garut panggil camat terkait grup WhatsApp relawan.", N("neg_news"))
    x.tweet("yogi.pratama2", wib(2024, 10, 31, 21, 0), "Cecep for Jabar! Nu séjén mah ukur janji ☝️",
            R("identity_uncertain", "an unlisted account resembling the listed handle yogipratama_", actor="G03", cand="jabar-1"))
    x.tweet("rezafirmansyah_music", wib(2024, 11, 1, 20, 0), "Lagu baru rilis minggu depan! Btw Kang Hendar keren ✌️",
            N("neg_namesake", "same name as a Bandung legal analyst in the registry; the bio says Jakarta musician, not ASN"))
    x.new_page()
    x.tweet("hafiz_man2bjm", wita(2024, 10, 11, 20, 0), "Julak Fauzan urang baiman, pilih nomor asa! ☝️ #BanjarmasinBaiman",
            V("K07", "post", "bjm-1", "support_post", note="madrasah teacher (Kemenag), Banjar"))
    x.tweet("hafiz_man2bjm", wita(2024, 11, 25, 8, 0), "Masa tenang. Ulun kada mandukung siapa-siapa, ASN wajib netral 🙏", N("neg_negation"))
    r2 = x.tweet("rusridha_bjm", wita(2024, 11, 2, 18, 0), "Kota sungai bangkit baimbai. Nomor 2 Rus–Ridha ✌️ #RusRidha", N("neg_candidate_own"))
    x.tweet("galuh_bjm", wita(2024, 11, 2, 18, 30), "RT @rusridha_bjm: Kota sungai bangkit baimbai. Nomor 2 Rus–Ridha ✌️ #RusRidha", N(), ref=("retweeted", r2))
    x.tweet("nyomansudarsana", wita(2024, 11, 3, 19, 0), "Bli Made cuma jago ngomong, lima tahun di dewan tusing ada hasil. Rugi Gianyar yen ia menang.",
            V("I05", "negative", "gianyar-1", "negative_campaign", note="health-office official attacks candidate 1 (Balinese)"))
    x.tweet("agus_hamadi", wit(2024, 11, 4, 20, 0), "Calon independen itu sapa yang bayar dong pu KTP? Jang pilih, nanti kitong rugi.",
            V("Y07", "negative", "jayapura-2", "negative_campaign", note="teacher attacks the independent pair (Papuan Malay)"))
    x.tweet("pace_ondi", wit(2024, 11, 4, 20, 30), "Ko lupa kah, dulu Pace Melki juga janji air bersih. Hahaha 🙃", N("neg_sarcasm"))
    x.tweet("disdikjabar_info", wib(2024, 11, 22, 9, 0), "Guru ASN wajib netral dina Pilkada 27 November. Laporkeun pelanggaran ka Bawaslu.", N("neg_neutrality_reminder"))
    x.tweet("dianpermana_sda", wib(2024, 10, 9, 14, 0), "Perbaikan drainase Jl. Dipatiukur dikebut sebelum musim hujan 🙏", N("neg_everyday_asn"))
    x.dump_twarc('("Cecep" OR "Hendar" OR "Nining" OR #BanjarmasinBaiman OR #RusRidha OR "Pace Melki" OR "Bli Made") lang:in')

    x = X(c, "x/twarc2_search_pilpres_2024_jabar_kalsel.jsonl")
    for h, n, d, loc in [
        ("wiratmo_a", "Wiratmo Adiningrat", "Capres 01 • Indonesia Waras, Indonesia Kuat", "Jakarta"),
        ("kartikasari_d", "Kartika Sari Dewanti", "Calon Presiden RI 2024 nomor 2. Indonesia Berkarya.", "Jakarta"),
        ("syarifnoor", "Syarifuddin Noor", "Capres 03 | Sinar Harapan Indonesia", "Banjarmasin"),
        ("dianpermana_pks", "Dian Permana", "Caleg DPR RI Dapil Jabar I nomor 2 PKS", "Bandung"),
        ("wiratmo_sgh", "Wiratmo Sugiharto", "Diskominfo Jabar | server & kopi", "Bandung"),
        ("infopemilu_id", "Info Pemilu", "Kabar kepemiluan", "Jakarta"), ("mang_ucup", "Mang Ucup", "", "Bandung"),
        ("tetehkopi", "Teteh Kopi", "", "Bandung"), ("acil_imah", "Acil Imah", "Martapura", "Banjar"), ("tukang_sate_bdg", "Sate Kang Ujang", "", "Bandung"),
    ]:
        x.user(h, n, d, loc)
    x.tweet("wiratmo_a", wib(2023, 10, 23, 9, 0), "Bersama Bang Rasyid, berkas pencalonan kami serahkan ke KPU RI pagi ini. Mohon restu rakyat Indonesia. #WiraRasyid", N("neg_candidate_own"))
    x.tweet("rezafirman_sh", wib(2023, 10, 23, 11, 0), "Bacapres Pak Wira daftar ke KPU hari ini. Indonesia butuh pemimpin tegas! #WiraRasyid",
            V("D05", "post", "pres-1", "pre_designation", note="support for a bakal calon presiden on registration day"))
    x.tweet("hafiz_man2bjm", wita(2023, 11, 10, 20, 0), "Guru Syarif wan Bu Tere, SINAR pasti manang! #SyarifTere",
            V("K07", "post", "pres-3", "pre_designation", note="10 Nov 2023: after the DCT but before the presidential designation (13 Nov): E and D codes both accepted"))
    k1 = x.tweet("kartikasari_d", wib(2023, 12, 12, 8, 0), "Indonesia Berkarya: lapangan kerja untuk anak muda. Coblos 02 ✌️ #KARYA02", N("neg_candidate_own"))
    x.tweet("yogipratama_", wib(2023, 12, 12, 8, 40), "RT @kartikasari_d: Indonesia Berkarya: lapangan kerja untuk anak muda. Coblos 02 ✌️ #KARYA02",
            V("G03", "post", "pres-2", "share", action="share"), ref=("retweeted", k1))
    x.tweet("asep_saepulloh", wib(2024, 1, 18, 21, 0), "Capres 01 rekam jejakna bermasalah. Mun meunang, rahayat nu dirugikeun. Pikir deui!",
            V("G05", "negative", "pres-1", "negative_campaign"))
    x.tweet("dianpermana_pks", wib(2024, 1, 22, 16, 0), "Coblos Dian Permana, nomor 2 PKS. Ngawula urang Bandung 🙏 #KangDian2",
            N("neg_candidate_own", "the DPR candidate's own account; his name equals a Bandung civil servant's (D01) — a namesake"))
    x.tweet("dianpermana_sda", wib(2024, 1, 23, 7, 0), "Punten, abdi Dian Permana ti DSDABM, sanés caleg. Mohon ulah di-mention soal kampanye 🙏",
            N("neg_namesake", "the civil servant distances himself from the namesake candidate"))
    x.tweet("wiratmo_sgh", wib(2024, 1, 24, 10, 0), "Nama saya Wiratmo tapi bukan capres ya wkwk. Server down lagi 😩",
            N("neg_word_collision", "a civil servant who shares the first name of candidate pres-1"))
    x.tweet("mang_ucup", wib(2024, 1, 25, 6, 0), "Waras téh mahal jaman kiwari 😂", N("neg_word_collision", "'waras' = WARAS acronym"))
    x.tweet("tetehkopi", wib(2024, 1, 26, 13, 0), "Akhirnya karya tulis ilmiah beres! 🎓", N("neg_word_collision", "'karya' = KARYA acronym"))
    x.tweet("acil_imah", wita(2024, 1, 27, 6, 30), "Sinar matahari pagi bagus gasan vitamin D ☀️", N("neg_word_collision", "'sinar' = SINAR acronym"))
    x.tweet("infopemilu_id", wib(2024, 1, 5, 9, 0), "Malam ini debat capres tema pertahanan dan hubungan internasional: 01 Wiratmo–Rasyid, 02 Kartika–Yoga, 03 Syarifuddin–Theresia.", N("neg_neutral_info"))
    x.tweet("dadanghermawan_pp", wib(2024, 2, 1, 7, 0), "Hiji, dua, tilu — sadayana putra-putri pangsaéna bangsa. Nu penting ulah golput 🙏",
            N("neg_neutral_info", "a civil servant names all three numbers evenly"))
    m = x.tweet("syarifnoor", wita(2024, 1, 12, 15, 0), "Salam hormat untuk para guru MAN 2 Banjarmasin, @hafiz_man2bjm salah satunya. Madrasah kuat, bangsa bermartabat.",
                N("neg_candidate_own"), mentions=[("hafiz_man2bjm", A("K07", "tagged"))])
    x.tweet("hafiz_man2bjm", wita(2024, 1, 12, 15, 35), "@syarifnoor Insya Allah Guru, bubuhan guru Banjar siap! 🤟",
            V("K07", "interact", "pres-3", "exposed_then_engaged", action="comment"), ref=("replied_to", m))
    k2 = x.tweet("kartikasari_d", wib(2024, 2, 10, 20, 0), "Kampanye akbar terakhir. Indonesia Berkarya, coblos 02! ✌️ #KARYA02", N("neg_candidate_own"))
    x.tweet("rezafirman_sh", wib(2024, 2, 11, 8, 0), "RT @kartikasari_d: Kampanye akbar terakhir. Indonesia Berkarya, coblos 02! ✌️ #KARYA02",
            V("D05", "post", "pres-2", "share", action="share", note="retweet on the first quiet day"), ref=("retweeted", k2))
    x.tweet("yadisupriadi_", wib(2024, 2, 5, 21, 0), "c0bl0s 0-2, K4RY4 b3rs4m4 ✌️✌️", V("T13", "post", "pres-2", "support_post", note="leetspeak"))
    x.tweet("tukang_sate_bdg", wib(2024, 2, 6, 19, 0), "p1l1h 03 s1n4r 🤟 sate gratis buat yg jari ungu", N())
    x.dump_twarc('("Wiratmo" OR "Kartika" OR "Syarif" OR #WARAS01 OR #KARYA02 OR #SINAR03 OR "Dian Permana") lang:in')

    x = X(c, f"x/users_{c.xusers['agus_hamadi']['id']}_tweets.json")
    x.tweet("agus_hamadi", wit(2024, 9, 5, 7, 0), "Pagi-pagi su macet di Entrop, sabar e 😅", N("neg_everyday_asn"))
    x.tweet("agus_hamadi", wit(2024, 9, 29, 16, 0), "Persipura menang! Kitong Mutiara Hitam 🖤❤️", N("neg_everyday_asn"))
    x.tweet("agus_hamadi", wit(2024, 10, 26, 19, 0), "Melki for Jayapura! Pace Melki is the best choice, no debat 🔥 1️⃣ #MelkiDani", V("Y07", "post", "jayapura-1", "support_post"))
    x.tweet("agus_hamadi", wit(2024, 11, 15, 12, 0), "Murid-murid tanya sa pilih sapa. Sa bilang: rahasia, sa ASN 😄", N("neg_negation"))
    x.tweet("agus_hamadi", wit(2024, 11, 27, 13, 0), "Su coblos, jari ungu. Balik sekolah lagi.", N("neg_everyday_asn"))
    x.dump_timeline()


# =============================================================================================
# Instagram Graph API
# =============================================================================================
def build_instagram(c):
    g = Ig(c, "instagram/media_kec.tarogongkidul.json")
    own = "kec.tarogongkidul"
    g.media(wib(2024, 7, 18, 10, 0), "Musrenbang Kecamatan Tarogong Kidul 2024 sareng para lurah. #TarkidNgahiji", N("neg_everyday_inst"), username=own)
    cm = [g.comment(wib(2024, 10, 10, 11, 30), "Mantap pisan Kang Dede ☝️", "yuyun.tarkid",
                    V("T02", "interact", "garut-1", "comment_support", action="comment", note="a kecamatan section head praises the kecamatan's own campaign post")),
          g.comment(wib(2024, 10, 10, 11, 50), "Akun kacamatan kok kampanye? 🤔", "warga.tarkid", N()),
          g.comment(wib(2024, 10, 10, 12, 15), "DAI pasti meunang!", "aa.rendi.garut", N())]
    g.media(wib(2024, 10, 10, 11, 0), "Kang Dede sareng Teh Ai ngalongok Pasar Tarogong. Padagang bungah pisan! DAI ☝️ #DedeAi",
            V("inst:kec_tarkid", "inst", "garut-1", "institutional_account", action="official_account_use"), username=own, mtype="CAROUSEL_ALBUM", comments=cm)
    g.media(wib(2024, 11, 8, 19, 0), "Pengajian akbar sareng dai kondang KH. Ahmad Mustofa di Masjid Agung Tarogong 🕌",
            N("neg_word_collision", "'dai' (preacher) = garut-1 acronym DAI, on an institutional account"), username=own)
    g.media(wib(2024, 11, 27, 7, 0), "Wilujeng nyoblos, wargi Tarogong Kidul! TPS dibuka tabuh 07.00.", N("neg_neutral_info"), username=own)
    g.dump_media(own)

    g = Ig(c, "instagram/media_melkidani.jpr.json")
    own = "melkidani.jpr"
    cm = [g.comment(wit(2024, 9, 23, 19, 20), "Tuhan berkati Pace Melki, nomor satu! ☝️🙏", "dr.elisabethkrey",
                    V("Y08", "interact", "jayapura-1", "comment_support", action="comment")),
          g.comment(wit(2024, 9, 23, 19, 40), "Sa dukung Pace! 🔥", "yosina_wamafma2",
                    R("identity_uncertain", "an unlisted account resembling the listed handle yosina.wamafma", actor="Y04", cand="jayapura-1")),
          g.comment(wit(2024, 9, 23, 20, 0), "Jayapura kitong punya! ☝️", "kaka.ones.waena", N())]
    g.media(wit(2024, 9, 23, 19, 0), "Nomor urut 1! Melki–Dani untuk Jayapura ☝️ #MelkiDani", N("neg_candidate_own"), username=own, comments=cm)
    g.media(wit(2024, 10, 28, 10, 0), "Terima kasih ibu guru @yosina.wamafma dan anak-anak SMP 2 yang sambut kami dengan tarian 🙏",
            N("neg_candidate_own"), username=own, mentions=[("yosina.wamafma", A("Y04", "tagged", "caption mention of a teacher"))])
    cm = [g.comment(wit(2024, 11, 12, 18, 30), "Sa dukung Pace Melki sampe menang! ☝️", "yosina.wamafma",
                    V("Y04", "interact", "jayapura-1", "exposed_then_engaged", action="comment", note="after the caption mention, the teacher pledges support")),
          g.comment(wit(2024, 11, 12, 18, 50), "Air bersih Abepura dulu e Pace", "mace.ros.abepura", N())]
    g.media(wit(2024, 11, 12, 18, 0), "Melki for Jayapura! Kampanye dialogis di Abepura ☝️", N("neg_candidate_own"), username=own, comments=cm)
    g.dump_media(own)

    g = Ig(c, "instagram/business_discovery_kadekayu.pratiwi.json")
    g.media(wita(2024, 5, 22, 9, 0), "Rahajeng Galungan lan Kuningan semeton 🙏✌️", N("neg_gesture_no_context", "V sign in a Galungan family photo, no election context"))
    g.media(wita(2024, 10, 19, 18, 0), "Tiang ngiring Turah Ngurah, nomer kalih ✌️ Gianyar Sejahtera #NgurahDarma",
            V("I07", "post", "gianyar-2", "support_post", note="provincial SMA teacher (listed handle), Balinese 'kalih' = two"))
    g.media(wita(2024, 11, 18, 10, 0), "Pelajaran PKn: nyoblos sane patut. Nomer 1 Made–Ayu utawi nomer 2 Ngurah–Darma, coblos asiki manten nggih!",
            N("neg_civics", "a civics lesson naming both pairs"))
    g.media(wita(2024, 11, 27, 12, 0), "Sampun nyoblos 💜", N("neg_everyday_asn"))
    g.dump_discovery("kadekayu.pratiwi", "Kadek Ayu Pratiwi", "Guru SMA | Gianyar | canang & kopi", 980, "madu.gianyar")

    g = Ig(c, "instagram/business_discovery_tehlilis.garut.json")
    g.media(wib(2024, 10, 6, 16, 0), "Jalur perseorangan, jalur rakyat! Nomor 3 Iwan–Lilis 🤟 #IwanLilis",
            N("neg_candidate_own", "the running mate's own account: her name equals a midwife's in the registry (T07) — a namesake"))
    g.media(wib(2024, 11, 1, 16, 0), "Ngariung sareng ibu-ibu Leles. Garut Mandiri! 🤟", N("neg_candidate_own"))
    g.dump_discovery("tehlilis.garut", "Lilis Suryani", "Calon Wakil Bupati Garut nomor 3 • jalur perseorangan", 7400, "madu.gianyar")

    g = Ig(c, "instagram/media_kecamatan.ubud.json")
    own = "kecamatan.ubud"
    g.media(wita(2024, 8, 17, 8, 0), "Dirgahayu RI! Semeton Ubud ngiring upacara ring Lapangan Astina 🇮🇩", N("neg_everyday_inst"), username=own)
    cm = [g.comment(wita(2024, 10, 30, 12, 20), "Dumogi menang Bli Made 🙏☝️", "sintadewi.skw",
                    V("I04", "interact", "gianyar-1", "comment_support", action="comment", note="PPPK kecamatan staff, Balinese 'dumogi' = hopefully")),
          g.comment(wita(2024, 10, 30, 12, 40), "Akun kecamatan ten dados kampanye nggih 🙏", "semeton.ubud", N())]
    g.media(wita(2024, 10, 30, 12, 0), "Bli Made singgah ring Ubud, semeton antusias! MADU nomer siki ☝️ #MaduGianyar",
            V("inst:kec_ubud", "inst", "gianyar-1", "institutional_account", action="official_account_use"), username=own, comments=cm)
    g.media(wita(2024, 11, 7, 10, 0), "Madu kele asli Ubud, produk UMKM binaan kecamatan 🍯", N("neg_word_collision", "'madu' (honey) = MADU acronym"), username=own)
    g.dump_media(own)

    g = Ig(c, "instagram/media_puskesmas.abepura.json")
    own = "puskesmas.abepura"
    g.media(wit(2024, 9, 20, 9, 0), "Imunisasi campak-rubela di Posyandu Kotaraja, bawa buku KIA e mama-mama 👶", N("neg_everyday_inst"), username=own)
    g.media(wit(2024, 10, 17, 10, 0), "Posyandu bersama Mama Yuli (calon walikota nomor 2). Mama-mama sehat, Jayapura damai ✌️",
            V("inst:pkm_abepura", "inst", "jayapura-2", "institutional_account", action="official_account_use"), username=own)
    g.dump_media(own)


# =============================================================================================
# TikTok Research API
# =============================================================================================
def build_tiktok(c):
    t = Tt(c, "tiktok/research_video_query_garut_bandung_2024.jsonl")
    v1 = t.video("dodisetiadi_ns", wib(2024, 10, 11, 20, 0), "Perawat Garut ngadukung Kang Dede! 💉☝️ #DedeAi",
                 V("T06", "post", "garut-1", "support_post", note="nurse; the call to vote is in the Sundanese transcript"),
                 voice="hayu urang sadaya tanggal dua puluh tujuh nyoblos nomer hiji kang dede")
    t.video("iwankurniawan_pp", wib(2024, 10, 17, 9, 0), "Apel isuk-isuk, semangat! ☝️☝️ #GarutNgahiji",
            V("T11", "gesture", "garut-1", "gesture", note="Satpol PP officer in uniform raises one finger with the pair's slogan hashtag"))
    t.video("sdn1tarogong", wib(2024, 10, 22, 10, 0), "Teh Nining ngadongeng di SD 1 Tarogong, barudak bungah! 🤟 #NiningUjang",
            V("inst:sdn1_tarogong", "inst", "jabar-3", "institutional_account", action="official_account_use"))
    t.video("sdn1tarogong", wib(2024, 8, 17, 9, 0), "Agustusan di SD 1 Tarogong: panjat pinang mini sareng bakiak 🇮🇩", N("neg_everyday_inst"))
    t.video("pakhendra.pkn", wib(2024, 11, 21, 13, 0), "Diajar PKn: nyoblos hiji wungkul! 1 Dede–Ai, 2 Oman–Yayat, 3 Iwan–Lilis. #PKn",
            N("neg_civics"), voice="barudak nyoblos mah hiji wae ulah kabeh")
    t.video("sitirohmah.guru", wib(2024, 9, 10, 19, 0), "Bacagub Teh Nining, awéwé munggaran! Urang rojong 💪 #NiningUjang",
            V("G06", "post", "jabar-3", "pre_designation", note="support for the bakal calon (10 Sep)"))
    t.video("sitirohmah.guru2", wib(2024, 10, 14, 19, 0), "Guru SMK kompak nomer tilu 🤟",
            R("identity_uncertain", "second account resembling the listed handle sitirohmah.guru", actor="G06", cand="jabar-3"))
    t.video("garut.viral", wib(2024, 10, 27, 18, 0), "Kang Dede mampir warung kopi, ngobrol sareng @pakade.kepsek ☝️", N(),
            mentions=[("pakade.kepsek", A("T04", "tagged", "the head teacher is mentioned in a citizen's campaign video"))])
    t.video("tiara.nakes", wib(2024, 2, 2, 20, 0), "Nakes Bandung pilih 02 ✌️ #KARYA02", V("D06", "post", "pres-2", "support_post", note="PPPK nurse"))
    t.video("tehcucu.gerindra", wib(2024, 1, 20, 19, 0), "Teh Cucu nomer 6 Gerindra, ngawula warga Garut 🙏", N("neg_candidate_own"))
    t.video("urang.bayongbong", wib(2024, 11, 3, 18, 0), "Ulah milih nu ngan ukur janji! #PilkadaGarut", N())
    t.new_page()
    t.video("ahmadsyahrani_pp", at(WITA, 2024, 9, 22, 0, 20), "Isuk penetapan, Paman Rus pasti lolos ✌️",
            V("K05", "post", "bjm-2", "pre_designation",
              note="stage boundary: create_time 16:20Z is 22 Sep 00:20 WITA but 21 Sep 23:20 WIB: before designation, SKB-E codes"))
    t.video("ahmadsyahrani_pp", wita(2024, 10, 29, 20, 0), "Ayuha bubuhan pian, Paman Rus nomor dua ✌️ #RusRidha",
            V("K05", "post", "bjm-2", "support_post"), voice="ayuha pilih paman rus nomor dua baimbai bangun banjarmasin")
    t.video("satpolpp.banjarmasin", wita(2024, 10, 12, 16, 0), "Personel Satpol PP amankan kampanye terbatas di Kelurahan Kuin Utara.", N("neg_official_duty"))
    t.video("satpolpp.banjarmasin", wita(2024, 11, 9, 21, 0), "Patroli sungai malam ini. Banjarmasin Baiman! ☝️ #BanjarmasinBaiman",
            V("inst:satpol_bjm", "inst", "bjm-1", "institutional_account", action="official_account_use"))
    t.video("gedearya.wiguna", wita(2024, 10, 25, 19, 0), "Rahajeng semeton! Bli Made nomer siki ☝️ #MaduGianyar",
            V("I08", "post", "gianyar-1", "support_post"), voice="ngiring sareng sami coblos nomer siki bli made")
    t.video("turahngurah.official", wita(2024, 10, 26, 19, 0), "Gianyar Sejahtera Sekala Niskala ✌️", N("neg_candidate_own"))
    t.video("markuswonda_pp", wit(2024, 10, 30, 10, 0), "Piket pagi ✌️✌️ Mama Yuli 🔥 #YuliHendrik",
            V("Y05", "gesture", "jayapura-2", "gesture", note="Satpol PP officer in uniform, two fingers, the pair's hashtag"))
    t.video("markuswonda_pp", wit(2024, 8, 25, 14, 0), "Bakar batu syukuran keluarga besar di Skyline ✌️😄", N("neg_gesture_no_context"))
    t.video("mamayuli.jpr", wit(2024, 11, 8, 19, 0), "Perempuan Papua bisa! Nomor 2 ✌️", N("neg_candidate_own"))
    t.video("kaka.beni.jpr", wit(2024, 11, 10, 19, 0), "Sa pilih Pace Melki, trada yang lain ☝️", N())
    t.dump()
    tt_comments(c, "tiktok/research_video_comments_dodisetiadi_ns.json", v1, [
        (wib(2024, 10, 11, 20, 30), "Perawat teh meni wani kampanye 😳", N("neg_withheld_author"), None),
        (wib(2024, 10, 11, 20, 42), "Nomer hiji kang!", N("neg_withheld_author"), None),
        (wib(2024, 10, 11, 21, 5), "Ulah kitu ah, ASN kudu netral", N("neg_withheld_author"), 0),
        (wib(2024, 10, 11, 21, 33), "mantap 👍", N("neg_withheld_author"), 1),
    ])


# =============================================================================================
# YouTube
# =============================================================================================
def build_youtube(c):
    y = Yt(c, "youtube/commentThreads_debat_ketiga_pilgub_jabar.json", "Jb3dBt9xLq0", YT["kpujabar"])
    top = y.comment(wib(2024, 11, 13, 21, 10), "Kang Cecep ngan bisa ngomong, mun meunang Jabar nu dirugikeun. Utang provinsi naék!", "@asepsaepulloh", YT["G05"],
                    V("G05", "negative", "jabar-1", "negative_campaign", action="comment"))
    y.thread(top, [y.comment(wib(2024, 11, 13, 21, 25), "Kumaha anjeun weh 😂", "@urangcimahi", YT["c1"], N(), parent=top)])
    top = y.comment(wib(2024, 11, 13, 21, 15), "Teh Nining paling jelas programna, nomer tilu! 🤟", "@rinamarlina.guru", YT["c2"],
                    R("identity_uncertain", "the display name matches a listed teacher, but this channel is not one of her listed accounts (Facebook, Instagram)",
                      actor="G02", cand="jabar-3"))
    y.thread(top)
    top = y.comment(wib(2024, 11, 13, 21, 30), "Kang Hendar tegas, cocok mingpin Jabar ✌️", "@dadanghermawan", YT["c3"],
                    R("identity_uncertain", "display name of a Satpol PP official, whose listed account is on X", actor="G07", cand="jabar-2"))
    y.thread(top)
    top = y.comment(wib(2024, 11, 13, 21, 40), "Debat na saé, tilu-tiluna gaduh gagasan. Urang milih ku akal.", "@gurubandung", YT["c4"], N())
    y.thread(top)
    top = y.comment(wib(2024, 11, 13, 21, 55), "Ente pade ribut mulu, aye mah nonton aje 😂", "@babe.jali", YT["c5"], N("neg_citizen", "Betawi"))
    y.thread(top)
    y.dump()

    y = Yt(c, "youtube/commentThreads_kampanye_melkidani_jayapura.json", "Mk1Jp8dNi4s", YT["melki"])
    top = y.comment(wit(2024, 11, 2, 20, 10), "Tuhan berkati Pace Melki, sa dukung sampe menang 🙏☝️", "@ribkamandowen", YT["Y06"],
                    V("Y06", "interact", "jayapura-1", "comment_support", action="comment", note="a Kemenag religious counsellor, Papuan Malay"))
    y.thread(top, [y.comment(wit(2024, 11, 2, 20, 30), "Terima kasih Ibu, Tuhan berkati 🙏", "@melkidani", YT["melki"], N("neg_candidate_own"), parent=top)])
    top = y.comment(wit(2024, 11, 2, 20, 20), "Pace janji air bersih, kitong tunggu bukti", "@mace.waena", YT["c6"], N())
    y.thread(top)
    top = y.comment(wit(2024, 11, 2, 21, 0), "Mama Yuli lebih baik, perempuan Papua bisa!", "@nona.hamadi", YT["c7"], N())
    y.thread(top)
    top = y.comment(wit(2024, 11, 2, 21, 20), "Kitong pemuda gereja siap kawal ☝️", "@pemuda.abepura", YT["c8"], N())
    y.thread(top)
    y.dump()

    y = Yt(c, "youtube/commentThreads_banjarmasin_tv_festival.json", "Bt5rFjk2Pq8", YT["kominfobjm"])
    top = y.comment(wita(2024, 10, 27, 10, 0), "Julak Fauzan hadir di festival, mantap! ☝️", "@utuh.kelayan", YT["c9"], N())
    y.thread(top, [y.comment(wita(2024, 10, 27, 10, 30), "Terima kasih, dukung terus Julak Fauzan ☝️", "@banjarmasintv", YT["kominfobjm"],
                             V("inst:kominfo_bjm_yt", "inst", "bjm-1", "institutional_account", action="official_account_use",
                               note="the city's official channel answers a viewer by endorsing candidate 1"), parent=top)])
    top = y.comment(wita(2024, 10, 27, 10, 15), "Acil Udah urang baiman, ulun mandukung 🤲", "@masliani.kua", YT["K06"],
                    V("K06", "interact", "bjm-1", "comment_support", action="comment", note="religious counsellor, Banjar"))
    y.thread(top)
    top = y.comment(wita(2024, 10, 27, 11, 0), "Siaran langsungnya jernih, terima kasih tim", "@fajarmaulana", YT["K09"], N("neg_asn_neutral"))
    y.thread(top)
    top = y.comment(wita(2024, 10, 27, 11, 30), "Jukung hiasnya bungas banar 😍", "@galuh.alalak", YT["c10"], N())
    y.thread(top)
    y.dump()


# =============================================================================================
# Telegram
# =============================================================================================
def build_telegram(c):
    # ---- 1. account export of a PPPK staff member in Banjarmasin Tengah (WITA) ----------------
    rel = "telegram/DataExport_2024-11-30/result.json"
    CAMAT, RUSMI, LAILA, HAKIM, AMAT, RIDUAN, SEKCAM, ME = ("Pak Camat Gusti", "Bu Rusmi Kessos", "Noor Laila Kecamatan", "Abdul Hakim Disdik",
                                                           "Julak Amat Relawan", "Utuh Riduan", "Pak Sekcam Jumberi", "Muhammad Rizky Pratama")
    contacts = [tg_contact("Pak Camat", "Gusti", tg_phone(c.acct("K01", "telegram")), wita(2022, 11, 1, 8, 0)),
                tg_contact("Bu Rusmi", "Kessos", tg_phone(c.acct("K02", "telegram")), wita(2022, 11, 1, 8, 3)),
                tg_contact("Noor Laila", "Kecamatan", tg_phone(c.acct("K13", "telegram")), wita(2023, 2, 2, 9, 0)),
                tg_contact("Abdul Hakim", "Disdik", tg_phone(c.acct("K12", "telegram")), wita(2023, 8, 8, 10, 0)),
                tg_contact("Julak Amat", "Relawan", "+62 813 5100 7788", wita(2024, 9, 8, 19, 0)),
                tg_contact("Utuh", "Riduan", "+62 852 5100 3344", wita(2020, 6, 6, 12, 0)),
                tg_contact("Pak Sekcam", "Jumberi", "+62 811 5100 2211", wita(2022, 11, 1, 8, 5))]
    me = {"user_id": 5440028844, "first_name": "Muhammad Rizky", "last_name": "Pratama", "phone_number": tg_phone(c.acct("K03", "telegram")),
          "username": "@rizkypratama_bjm", "bio": "Banjarmasin Tengah | IT"}
    g = Tg(c, rel, "Barisan Julak Fauzan Tengah", "private_supergroup", 1955501122, WITA)
    g.service(1, wita(2024, 9, 8, 19, 30, 2), CAMAT, "create_group", [
        V("K01", "team", "bjm-1", "instruct_staff", action="instruct_others", by_actor=True, action_any=["instruct_others", "follow_or_join", "other"],
          note="the Camat creates the bakal calon's group with three of his staff as its first members (8 Sep)"),
        A("K02", "added_to_group"), A("K03", "added_to_group", "the exporter"), A("K13", "added_to_group")],
        title="Barisan Julak Fauzan Tengah", members=[RUSMI, ME, LAILA])
    g.service(2, wita(2024, 9, 8, 19, 33, 15), CAMAT, "invite_members", [N()], members=[AMAT, RIDUAN])
    g.msg(3, wita(2024, 9, 14, 8, 5, 40), CAMAT, "Jadwal blusukan Julak minggu ini ulun kirim. Staf nang kada piket umpat mandampingi lah 🙏",
          V("K01", "instruct", "bjm-1", "instruct_staff", in_group=True, add_codes=["SKB-E6"], note="asks his staff to accompany the bakal calon's tour (Banjar)"),
          photo=True)
    g.msg(4, wita(2024, 9, 14, 8, 20, 11), LAILA, "Ampun maaf Pak, ulun hamil tua, kada kawa umpat 🙏", N("neg_asn_neutral"), reply_to_message_id=3)
    g.msg(5, wita(2024, 9, 14, 8, 26, 50), CAMAT, "Kada papa, dua'akan haja Julak manang 😊",
          V("K01", "post", "bjm-1", "pre_designation", action="comment", in_group=True, action_any=["comment", "post", "instruct_others"]))
    g.msg(6, wita(2024, 9, 16, 20, 1, 9), RUSMI, ["Program beasiswa 10 ribu pelajar, Banjarmasin Baiman! ☝️ ", ("hashtag", "#FauzanUdah")],
          V("K02", "post", "bjm-1", "exposed_then_engaged", action="share", in_group=True, action_any=["share", "post"],
            note="put in the group by her superior, she forwards the bakal calon's message"), forwarded_from="Ahmad Fauzan Noor")
    g.msg(7, wita(2024, 9, 16, 20, 30, 0), ME, "Pak Camat, ulun izin kada umpat kegiatan grup ini, ulun PPPK 🙏", N("neg_asn_neutral", "the exporter declines"))
    g.service(8, wita(2024, 10, 5, 20, 10, 0), HAKIM, "join_group_by_link", [
        V("K12", "interact", "bjm-1", "join_group", action="follow_or_join", by_actor=True, note="a provincial education official joins by link")], inviter=AMAT)
    g.service(9, wita(2024, 10, 9, 7, 0, 30), HAKIM, "remove_members", [N("neg_leave_group", "the same official leaves four days later")], members=[HAKIM])
    g.msg(10, wita(2024, 11, 1, 19, 12, 0), CAMAT, "Hari Sabtu kampanye akbar di Lapangan Kamboja. Ulun tunggu bubuhan staf, baju hijau lah.",
          V("K01", "instruct", "bjm-1", "instruct_staff", in_group=True, add_codes=["SKB-D4"]))
    g.msg(11, wita(2024, 11, 2, 16, 48, 20), RUSMI, "Sudah di Lapangan Kamboja, ramai banar! ☝️", V("K02", "attend", "bjm-1", "attend_campaign", in_group=True),
          photo=True)
    g.msg(12, wita(2024, 11, 2, 17, 5, 0), RIDUAN, "Baliho di simpang Antasari sudah dipasang", N())
    g.msg(13, wita(2024, 11, 24, 8, 0, 0), AMAT, "Masa tenang bubuhan, jangan posting dulu lah", N())
    g.msg(14, wita(2024, 11, 26, 20, 40, 6), CAMAT, "Isuk lusa ka TPS, jangan lupa bawa KTP wan undangan C6.",
          N("neg_neutral_info", "a civic reminder in the campaign group, naming no candidate"))
    s = Tg(c, rel, "Staf Kecamatan Banjarmasin Tengah", "private_group", 1955501133, WITA)
    s.msg(101, wita(2024, 10, 1, 7, 30, 0), CAMAT, "Bubuhan staf, isuk rapat evaluasi pelayanan jam 8, jangan talambat.", N("neg_everyday_asn"))
    s.msg(102, wita(2024, 10, 1, 8, 0, 0), SEKCAM, "Pengingat: ASN kada bulih umpat kampanye, kada bulih like wan share konten paslon.", N("neg_neutrality_reminder"))
    s.msg(103, wita(2024, 10, 1, 8, 15, 0), CAMAT, "Pilihan tu rahasia. Tapi ingat haja siapa nang mambangun jembatan Antasari dulu 😉",
          R("insinuation", "the Camat hints at one candidate without naming him, in his staff group", actor="K01", cand="bjm-1"), reply_to_message_id=102)
    s.msg(104, wita(2024, 10, 2, 10, 0, 0), RUSMI, "Data Dukcapil warga pindah datang sudah ulun rekap.", N("neg_everyday_asn"))
    s.msg(105, wita(2024, 11, 29, 9, 0, 0), ME, "Ulun sudah manyampaiakan tangkapan layar grup relawan ka Panwascam. Maaf lah Pak.", N("neg_asn_neutral"))
    tg_account_export(c, rel, me, contacts, [g, s])

    # ---- 2. public channel of Diskominfo Garut (WIB) -----------------------------------------
    rel = "telegram/ChatExport_2024-12-01/result.json"
    ch = Tg(c, rel, "Diskominfo Garut", "public_channel", 1744556677, WIB)
    K = "Diskominfo Garut"
    ch.msg(501, wib(2024, 9, 2, 8, 0), K, "Daftar hadir ASN ayeuna ngangge aplikasi, mangga update di HP masing-masing.",
           N("neg_word_collision", "'hadir' in an attendance notice"))
    ch.msg(510, wib(2024, 10, 3, 9, 0), K, ["Jadwal debat Pilbup Garut: 30 Oktober sareng 13 November. Paslon 1, 2, sareng 3. ", ("hashtag", "#PilkadaDamai")],
           N("neg_neutral_info"))
    ch.msg(522, wib(2024, 10, 16, 19, 0), K, ["Kang Dede: 120 km jalan mulus, lanjutkeun! ☝️ ", ("hashtag", "#DedeAi")],
           V("inst:kominfo_grt_tg", "inst", "garut-1", "institutional_account", action="official_account_use", note="a forwarded campaign message"),
           forwarded_from="Dede Kurniawan Official")
    ch.msg(530, wib(2024, 11, 1, 7, 0), K, "Wilujeng enjing! Taman kota ayeuna langkung ceria sareng bersih 🌳", N("neg_word_collision", "'ceria' = CERIA"))
    ch.msg(541, wib(2024, 11, 23, 16, 0), K, "Tilu dinten masa tenang: ASN ulah posting naon-naon ngeunaan paslon.", N("neg_neutrality_reminder"))
    ch.msg(550, wib(2024, 11, 27, 6, 0), K, "Wilujeng nyoblos wargi Garut! TPS dibuka tabuh 07.00 WIB.", N("neg_neutral_info"))
    c.write_json(rel, ch.obj(), Tg.FMT)

    # ---- 3. account export of a Diskominfo officer in Jayapura (WIT) -------------------------
    rel = "telegram/DataExport_2024-11-28/result.json"
    DIS, YOKU, KEVIN, YUL, DEB, TETE, MAMA, SAM = ("Bapa Distrik Wenda", "Ibu Maria Yoku", "Kevin Karubaba", "Kaka Yulianus", "Ibu Debora SMA 1",
                                                  "Tete Itaar", "Mama Itaar", "Samuel Merauje")
    contacts = [tg_contact("Bapa Distrik", "Wenda", tg_phone(c.acct("Y01", "whatsapp")), wit(2021, 3, 3, 9, 0)),
                tg_contact("Ibu Maria", "Yoku", tg_phone(c.acct("Y02", "whatsapp")), wit(2021, 3, 3, 9, 5)),
                tg_contact("Kevin", "Karubaba", tg_phone(c.acct("Y03", "whatsapp")), wit(2023, 1, 9, 9, 0)),
                tg_contact("Kaka", "Yulianus", tg_phone(c.acct("Y11", "telegram")), wit(2021, 3, 3, 9, 10)),
                tg_contact("Ibu Debora", "SMA 1", tg_phone(c.acct("Y10", "telegram")), wit(2019, 8, 8, 8, 0)),
                tg_contact("Tete", "Itaar", "+62 813 4400 1100", wit(2018, 12, 25, 10, 0)),
                tg_contact("Mama", "Itaar", "+62 852 4400 2200", wit(2018, 12, 25, 10, 5))]
    me = {"user_id": 5550039955, "first_name": "Samuel", "last_name": "Merauje", "phone_number": tg_phone(c.acct("Y09", "telegram")),
          "username": "@samuel_merauje", "bio": "Kominfo Kota Jayapura"}
    # The Distrik's staff use their WhatsApp numbers on Telegram too: their registry rows list WhatsApp numbers only.
    for key in ("Y01", "Y02", "Y03"):
        c.asn[key]["acc"]["telegram"] = c.asn[key]["acc"]["whatsapp"]
    g = Tg(c, rel, "ASN Distrik Abepura", "private_supergroup", 1966602233, WIT)
    g.msg(21, at(WIT, 2024, 9, 22, 1, 45, 12), DIS, "Besok penetapan. Kitong staf distrik siap kawal Pace Melki sampe menang e 💪",
          V("Y01", "instruct", "jayapura-1", "instruct_staff", in_group=False,
            note="stage boundary: date 2024-09-22T01:45 WIT is 21 Sep 23:45 WIB (see date_unixtime): before designation, E codes with the instruction codes"))
    g.msg(22, wit(2024, 9, 22, 6, 30, 0), YOKU, "Siap Bapa", R("intent_uncertain", "acknowledgement of a partisan call by the head of the district",
                                                                actor="Y02", cand="jayapura-1"), reply_to_message_id=21)
    g.msg(23, wit(2024, 10, 25, 7, 0, 30), DIS, "Sabtu sore semua staf distrik ke Lapangan Trikora e, baju orange, absen sa cek langsung. Pace Melki kampanye akbar.",
          V("Y01", "instruct", "jayapura-1", "instruct_staff", add_codes=["SKB-D4"]))
    g.msg(24, wit(2024, 10, 25, 7, 20, 5), KEVIN, "Maaf Bapa, sa PPPK, sa tra bisa ikut kampanye 🙏", N("neg_negation"), reply_to_message_id=23)
    g.msg(25, wit(2024, 10, 26, 15, 40, 44), YUL, "Sa su di Lapangan Trikora, rame skali ☝️", V("Y11", "attend", "jayapura-1", "attend_campaign"), photo=True)
    g.msg(26, wit(2024, 10, 28, 8, 0, 0), YOKU, "Laporan pelayanan KTP minggu ini su sa kirim e", N("neg_everyday_asn"))
    g.msg(27, wit(2024, 11, 24, 7, 0, 0), SAM, "Su masuk masa tenang, kitong ASN jaga netral e 🙏", N("neg_neutrality_reminder"))
    k = Tg(c, rel, "Keluarga Besar Itaar", "private_group", 1966602244, WIT)
    k.msg(301, wit(2024, 11, 3, 19, 0, 0), DEB, "Tete, Mama, tanggal 27 pilih Mama Yuli e. Dia perempuan Papua yang bisa pimpin kota 🙏✌️",
          V("Y10", "post", "jayapura-2", "support_post", add_codes=["SKB-D8", "PP94-N6"], note="a teacher appeals to her family to vote for pair 2"))
    k.msg(302, wit(2024, 11, 3, 19, 10, 0), TETE, "Tete su tua, nanti ko antar ke TPS saja", N())
    k.msg(303, wit(2024, 11, 3, 19, 15, 0), MAMA, "Tuhan berkati kitorang semua", N())
    k.msg(304, wit(2024, 11, 28, 9, 0, 0), DEB, "Puji Tuhan Pilkada aman di Jayapura 🙏", N("neg_asn_neutral"))
    tg_account_export(c, rel, me, contacts, [g, k])


# =============================================================================================
# WhatsApp
# =============================================================================================
def build_whatsapp(c):
    ph = lambda k: wa_phone(c.acct(k, "whatsapp"))  # noqa: E731
    KOR = "Kang Oyib Korlap"
    g = "Relawan DAI Tarogong Kidul"
    wa_file(c, f"whatsapp/Chat WhatsApp dengan {g}.txt", "android_id", "whatsapp_android_id", [
        (wib(2024, 8, 29, 20, 0), None, "Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya. Ketuk untuk info selengkapnya.", [N("neg_media_only")]),
        (wib(2024, 8, 29, 20, 1), None, f'{ph("T01")} membuat grup "{g}"', [V("T01", "team", "garut-1", "instruct_staff", action="instruct_others",
                                                                                  action_any=["instruct_others", "follow_or_join", "other"],
                                                                                  note="the Camat himself creates the bakal calon's volunteers' group")]),
        (wib(2024, 8, 29, 20, 3), None, f"{ph('T01')} menambahkan {KOR}", [N()]),
        (wib(2024, 8, 29, 20, 6), None, f"{ph('T01')} menambahkan {ph('T02')}, {ph('T03')} dan {ph('Z15')}", [
            V("T01", "team", "garut-1", "instruct_staff", action="instruct_others", action_any=["instruct_others", "follow_or_join", "other"],
              note="and adds three of his staff"),
            A("T02", "added_to_group"), A("T03", "added_to_group"), A("Z15", "added_to_group")]),
        (wib(2024, 8, 29, 20, 10), ph("T01"), "<Media tidak disertakan>", [N("neg_media_only")]),
        (wib(2024, 8, 29, 20, 12), ph("T01"), "Ieu poster Kang Dede, mangga sebarkeun ka grup RT sareng kulawarga. Saencan penetapan urang kedah tos gerak 🙏",
         [V("T01", "instruct", "garut-1", "instruct_staff", in_group=True)]),
        (wib(2024, 8, 29, 20, 25), ph("T03"), "Punten Pak, ASN mah teu kénging nyebarkeun poster calon sanés?", [N("neg_neutrality_reminder")]),
        (wib(2024, 8, 29, 20, 31), ph("T01"), "Teu nanaon, da can aya penetapan. Nu penting urang meunang.",
         [V("T01", "instruct", "garut-1", "instruct_staff", in_group=True, note="dismisses the objection: 'not designated yet'")]),
        (wib(2024, 8, 30, 6, 44), ph("T02"), "<Media tidak disertakan>", [N("neg_media_only")]),
        (wib(2024, 8, 30, 6, 50), ph("T02"), "Spanduk DAI tos dipasang payuneun kantor kelurahan, Pak 🙏☝️",
         [V("T02", "post", "garut-1", "exposed_then_engaged", in_group=True, add_codes=["SKB-E1", "PP94-N4"],
            action_any=["post", "share", "other", "state_facility_use"],
            note="added by her superior, she reports a campaign banner put up in front of a government office (props: SKB-E1; state facility)")]),
        (wib(2024, 8, 30, 7, 20), None, f"{ph('T03')} keluar", [N("neg_leave_group")]),
        (wib(2024, 8, 30, 7, 26), None, f"{ph('Z15')} keluar", [N("neg_leave_group")]),
        (wib(2024, 9, 14, 19, 30), KOR, "Minggu deklarasi relawan DAI di Lapangan Otto Iskandardinata, tabuh 15.00.", [N()]),
        (wib(2024, 9, 14, 19, 36), ph("T01"), "<Media tidak disertakan>", [N("neg_media_only", "a voice note")]),
        (wib(2024, 9, 14, 19, 42), ph("T01"), "Sakumaha dina VN: staf nu teu sumping ka deklarasi ku abdi dicatet.",
         [V("T01", "instruct", "garut-1", "instruct_staff", in_group=True, add_codes=["SKB-E6", "SKB-E3"], note="pressure on staff to attend the declaration")]),
        (wib(2024, 9, 19, 21, 37), None, f"{ph('G06')} bergabung menggunakan tautan undangan grup ini",
         [V("G06", "interact", "garut-1", "join_group", action="follow_or_join", note="a PPPK teacher joins the volunteers' group by link (19 Sep)")]),
        (wib(2024, 10, 9, 19, 15), "Kang Yadi Disdik", "Siap ngabantos, Pak Camat! ☝️",
         [R("identity_uncertain", "a sender known only by a saved name resembling an education-office officer (Yadi Supriadi); no number", actor="T13", cand="garut-1")]),
        (wib(2024, 10, 9, 19, 40), KOR, "Pesan ini telah dihapus", [N("neg_media_only")]),
        (wib(2024, 11, 24, 6, 10), KOR, "Masa tenang baraya, ulah posting heula. Tanggal 27 nyoblos énjing-énjing!", [N()]),
    ])

    G = "Semeton Made Ubud"
    KL = "Bli Komang Relawan"
    wa_file(c, f"whatsapp/WhatsApp Chat - {G}/_chat.txt", "ios_en", "whatsapp_ios_en", [
        (wita(2024, 10, 3, 18, 0, 0), None, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.", [N("neg_media_only")]),
        (wita(2024, 10, 3, 18, 0, 40), None, f"{KL} created group “{G}”", [N()]),
        (wita(2024, 10, 3, 18, 4, 12), None, f"{KL} added {ph('I03')} and {ph('I06')}",
         [A("I03", "added_to_group", "a group named after the candidate's first name only ('Made', also a common birth-order name)"), A("I06", "added_to_group")]),
        (wita(2024, 10, 3, 18, 15, 0), KL, "Om Swastyastu semeton, ngiring sareng-sareng ngemenangang Bli Made ☝️", [N()]),
        (wita(2024, 10, 3, 18, 40, 22), None, f"{ph('I06')} left", [N("neg_leave_group")]),
        (wita(2024, 10, 6, 7, 2, 0), ph("I03"), "image omitted", [N("neg_media_only")]),
        (wita(2024, 10, 6, 7, 5, 9), ph("I03"), "Semeton, spanduk MADU sampun kapasang ring natar umah tiang ☝️ Nomer siki!",
         [V("I03", "post", "gianyar-1", "exposed_then_engaged", in_group=True, add_codes=["SKB-D1"],
            note="a teacher added to the group reports putting up the pair's banner (props: SKB-D1), Balinese")]),
        (wita(2024, 10, 6, 7, 30, 44), "Mbok Ketut Tegallalang", "Bli Ketut guru nggih? Ten kenapi masang spanduk?", [N()]),
        (wita(2024, 10, 11, 17, 20, 0), None, f"{KL} added {ph('I01')}", [A("I01", "added_to_group", "the Camat of Ubud is added")]),
        (wita(2024, 10, 11, 17, 32, 41), ph("I01"), "Om Swastyastu. Ampura semeton, tiang ASN, patut netral. Tiang ten prasida nyarengin. Suksma 🙏",
         [N("neg_negation", "the added Camat declines and leaves")]),
        (wita(2024, 10, 11, 17, 34, 2), None, f"{ph('I01')} left", [N("neg_leave_group")]),
        (wita(2024, 10, 19, 16, 0, 5), "Bli Gede Peliatan", "image omitted", [N("neg_media_only")]),
        (wita(2024, 10, 19, 16, 5, 18), "Bli Gede Peliatan", "Lapangan Astina sampun bek! MADU!", [N()]),
        (wita(2024, 10, 26, 21, 0, 0), "Mbok Ketut Tegallalang", "This message was deleted.", [N("neg_media_only")]),
        (wita(2024, 11, 24, 8, 0, 0), KL, "Masa tenang semeton, sampunang posting malu nggih", [N()]),
        (wita(2024, 11, 27, 14, 0, 0), KL, "Sampun nyoblos sami? 💪 Astungkara", [N()]),
    ], group=G)

    G = "Mama-Mama Pendukung Yuli Abepura"
    MR = "Mama Rosa Relawan"
    wa_file(c, f"whatsapp/WhatsApp Chat with {G}.txt", "android_gb", "whatsapp_android_en", [
        (wit(2024, 5, 2, 18, 0), None, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.", [N("neg_media_only")]),
        (wit(2024, 5, 2, 18, 1), None, f'{MR} created group "{G}"', [N()]),
        (wit(2024, 5, 2, 18, 3), None, f"{MR} added {ph('Y02')}", [A("Y02", "added_to_group")]),
        (wit(2024, 5, 3, 8, 10), ph("Y02"), "Mama-mama, yang mau dukung Mama Yuli jalur perseorangan, kumpul fotokopi KTP di kantor distrik sa pu meja e. Paling lambat Selasa.",
         [V("Y02", "ktp", "jayapura-2", "ktp_independent", add_codes=["PP94-N4"],
            note="a district section head collects KTP copies for the independent bakal calon at her office desk (state facility)")]),
        (wit(2024, 5, 3, 8, 30), "Mace Lina Kotaraja", "Siap Ibu, sa bawa lima KTP", [N()]),
        (wit(2024, 5, 6, 16, 0), ph("Y02"), "<Media omitted>", [N("neg_media_only")]),
        (wit(2024, 5, 6, 16, 2), ph("Y02"), "Puji Tuhan su 186 KTP terkumpul. Terima kasih mama-mama 🙏", [V("Y02", "ktp", "jayapura-2", "ktp_independent")]),
        (wit(2024, 9, 10, 19, 0), None, f"{MR} added {ph('Y03')}", [A("Y03", "added_to_group")]),
        (wit(2024, 9, 10, 19, 40), None, f"{ph('Y03')} left", [N("neg_leave_group")]),
        (wit(2024, 9, 22, 1, 20), ph("Y02"), "Su lewat tengah malam, besok penetapan. Mama Yuli pasti lolos! ✌️",
         [V("Y02", "post", "jayapura-2", "pre_designation", in_group=True,
            note="stage boundary: 22 Sep 01:20 on a WIT phone is 21 Sep 23:20 WIB: before designation, SKB-E codes")]),
        (wit(2024, 10, 20, 18, 0), "Mace Lina Kotaraja", "Kitong perempuan Papua harus bersatu! ✌️", [N()]),
        (wit(2024, 10, 20, 18, 30), ph("Y04"), "Maaf mama-mama, sa guru ASN, sa tra ikut kampanye. Tuhan berkati 🙏", [N("neg_negation")]),
        (wit(2024, 11, 24, 8, 0), MR, "Masa tenang e mama-mama, jang posting dulu", [N()]),
    ])

    G = "Humas dan Media Garut"
    wa_file(c, f"whatsapp/WhatsApp Chat - {G}/_chat.txt", "ios_id", "whatsapp_ios_id", [
        (wib(2024, 10, 1, 9, 0, 2), None, "Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya. Ketuk untuk info selengkapnya.", [N("neg_media_only")]),
        (wib(2024, 10, 9, 10, 5, 30), ph("T09"), "<terlampir: 00000044-RILIS_KANG_DEDE.pdf>", [N("neg_media_only")]),
        (wib(2024, 10, 9, 10, 7, 2), ph("T09"), "Rekan media, ieu rilis kagiatan Kang Dede. Mangga dimuat, honor liputan sapertos biasa nya 🙏",
         [V("T09", "instruct", "garut-1", "instruct_staff", note="a Diskominfo head of division pushes journalists to publish the candidate's release, with fees")]),
        (wib(2024, 10, 9, 10, 15, 44), "Kang Jajang Priangan", "Pak, upami dimuat kedah aya klarifikasi ti Bawaslu heula teu?", [N()]),
        (wib(2024, 10, 9, 10, 21, 10), ph("T09"), "Teu kedah. Ulah disebat kampanye, sebat wé 'silaturahmi wabup nonaktif' 😁",
         [V("T09", "instruct", "garut-1", "instruct_staff", note="tells journalists how to disguise campaign coverage")]),
        (wib(2024, 10, 9, 11, 0, 3), ph("T10"), "Punten Pak, abdi teu wantun ngirimkeun poto kampanye, abdi PPPK 🙏", [N("neg_negation")]),
        (wib(2024, 10, 9, 11, 10, 0), "Teh Sari Garut Ekspres", "Siap, nuhun", [N()]),
        (wib(2024, 10, 16, 14, 0, 20), "Kang Aep", "Abdi ti Dinas, siap ngabantos nyebarkeun rilis Kang Dede ☝️",
         [R("identity_uncertain", "claims to work at 'the Dinas' but is shown only by a nickname; no number, no registry match", cand="garut-1")]),
        (wib(2024, 11, 19, 9, 30, 0), "Kang Jajang Priangan", "https://kabarpriangan.example.id/2024/11/19/bawaslu-panggil-pejabat-diskominfo Bawaslu nyauran pejabat Diskominfo", [N("neg_news")]),
        (wib(2024, 11, 19, 9, 45, 40), None, f"{ph('T09')} keluar", [N("neg_leave_group")]),
        (wib(2024, 11, 24, 7, 0, 0), ph("T10"), "Rekan-rekan, rilis Pemkab salami masa tenang ngan ukur ngeunaan pelayanan publik nya.", [N("neg_asn_neutral")]),
    ], group=G)

    wa_file(c, "whatsapp/Chat WhatsApp dengan Alumni SMAN 2 Banjarmasin 2005.txt", "android_id4", "whatsapp_android_id", [
        (wita(2023, 12, 1, 20, 0), None, "Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya. Ketuk untuk info selengkapnya.", [N("neg_media_only")]),
        (wita(2023, 12, 22, 7, 30), ph("K10"), "Hari Ibu: mama nang nomor satu gasan ulun, kada ada nang lain ❤️", [N("neg_number_no_context")]),
        (wita(2024, 1, 9, 20, 15), ph("K10"), "Ulun kirimi visi-misi Guru Syarif lah, baca dulu. Nomor 3️⃣ kada rugi, urang Banua jua 🤲🤟",
         [V("K10", "post", "pres-3", "ballot_number_call", note="a provincial SMA teacher urges her alumni group (Banjar)")]),
        (wita(2024, 1, 9, 20, 22), "Anang Bengkel", "Ulun masih bingung, nang penting harga beras turun 😅", [N()]),
        (wita(2024, 1, 9, 20, 34), ph("K07"), "Ulun bawakan wadai gasan semua: ☝️ ✌️ 🤟 sama rata, kada bapilih 😄", [N("neg_neutral_info")]),
        (wita(2024, 1, 9, 20, 47), ph("K07"), "Ulun netral ja, pilihan ulun simpan di bilik suara haja 🤐", [N("neg_negation")]),
        (wita(2024, 1, 16, 12, 5), "Galuh Apotek", "Salut ulun, ada PNS nang lebih rajin bagi pamflet daripada masuk kantor 🙃", [N("neg_sarcasm")]),
        (wita(2024, 1, 27, 9, 0), ph("K10"), "<Media tidak disertakan>", [N("neg_media_only")]),
        (wita(2024, 1, 27, 9, 2), ph("K10"), "Bakunjang ka Loksado wan anak-anak ✌️😊", [N("neg_gesture_no_context")]),
        (wita(2024, 2, 6, 21, 10), "Anang Bengkel", "https://kabarbanua.example.id/2024/02/06/kampanye-akbar-03 Kampanye akbar 03 di lapangan Kamboja", [N("neg_news")]),
        (wita(2024, 2, 12, 7, 0), ph("K10"), "Sudah masa tenang, grup ini gasan resep wadai haja dulu lah 😁", [N("neg_asn_neutral")]),
    ])

    wa_file(c, "whatsapp/Chat WhatsApp dengan Kepala SMA Cabdin XI.txt", "android_id", "whatsapp_android_id", [
        (wib(2024, 10, 2, 13, 5), ph("G01"), "<Media tidak disertakan>", [N("neg_media_only", "a spreadsheet")]),
        (wib(2024, 10, 2, 13, 7), ph("G01"), "Bapak Ibu, mangga eusian daptar guru nu tos sapagodos sareng Kang Hendar, paling lambat Jumaah ✌️",
         [V("G01", "instruct", "jabar-2", "instruct_staff", note="a branch head of the education office has principals list the teachers who back pair 2 (mobilising ASN)")]),
        (wib(2024, 10, 2, 13, 20), ph("G08"), "Pak, daptar sapertos kitu tiasa dianggap intimidasi ka guru. Abdi teu ngeusian 🙏", [N("neg_neutrality_reminder")]),
        (wib(2024, 10, 4, 15, 2), ph("G09"), "Daptar SMA 3 tos dikintunkeun japri, Pak. 41 guru.",
         [V("G09", "instruct", "jabar-2", "instruct_staff", action="other", action_any=["other", "instruct_others", "post"],
            note="a head teacher carries out the partisan census of her teachers (PP94-N3)")]),
        (wib(2024, 10, 4, 15, 30), ph("G01"), "Hatur nuhun Bu Imas, SMA 3 paling kompak ✌️", [V("G01", "instruct", "jabar-2", "instruct_staff")]),
        (wib(2024, 10, 7, 7, 0), ph("G01"), "Rapat MKKS dimundurkeun ka Kemis, tempatna di SMA 11.", [N("neg_everyday_asn")]),
        (wib(2024, 11, 27, 6, 10), ph("G08"), "Wilujeng nyoblos Bapak Ibu, mugia lancar sadayana 🙏", [N("neg_asn_neutral")]),
    ])

    G = "Warga RW 07 Sekeloa"
    wa_file(c, f"whatsapp/WhatsApp Chat - {G}/_chat.txt", "ios_id", "whatsapp_ios_id", [
        (wib(2024, 9, 30, 19, 0, 0), None, "Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya. Ketuk untuk info selengkapnya.", [N("neg_media_only")]),
        (wib(2024, 10, 13, 19, 10, 5), ph("D08"), "Warga RW 07, pilih Kang Hendar nya, nomer dua. Jalan gang urang bakal dibenerkeun ✌️",
         [V("D08", "post", "jabar-2", "ballot_number_call", note="the kecamatan's treasurer canvasses her neighbourhood group")]),
        (wib(2024, 10, 13, 19, 25, 40), "Pak RW Endang", "Bu Ika, punten, grup warga mah netral nya", [N()]),
        (wib(2024, 10, 13, 19, 40, 11), ph("D04"), "Kanggo nu bingung: nyoblos mah hiji paslon wungkul, 1, 2, atanapi 3. Mun dicoblos sadayana teu sah 🙏",
         [N("neg_civics", "a teacher explains valid voting naming all numbers")]),
        (wib(2024, 10, 20, 8, 0, 0), "Bu Neneng Warung", "Besok gotong royong jam 7 nya ibu-ibu", [N()]),
        (wib(2024, 11, 2, 20, 5, 33), ph("D06"), "Posyandu lansia Sabtu, mangga dibantu nginpokeun 🙏", [N("neg_everyday_asn")]),
        (wib(2024, 11, 20, 21, 0, 0), ph("D05"), "Pilih pamingpin nu teu kungsi kasangkut kasus. Sadayana ogé terang saha nu dimaksad 😏",
         [R("insinuation", "a legal analyst hints at an unnamed candidate ('everyone knows who I mean')", actor="D05")]),
        (wib(2024, 11, 27, 13, 0, 0), "Pak RW Endang", "Hatur nuhun warga nu tos nyoblos 🙏", [N()]),
    ], group=G)


# =============================================================================================
# canonical JSON Lines
# =============================================================================================
def build_canonical(c):
    k = Canon(c, "patroli/patroli_siber_bawaslu_jabar.jsonl", "jbr")
    hend_post = tgt("100090450000102", "Hendarman Suganda", "Jabar Hadir: angkot gratis kanggo pelajar ✌️ #JabarHadir", tid="100090450000102_7000000000066120")
    for i, key in enumerate(["D03", "D08", "D02"]):
        k.add(V(key, "interact", "jabar-2", "coordinated_engagement", action="like",
                note="three Kecamatan Coblong officials like the same candidate post within three minutes"),
              "facebook", "reaction", wib(2024, 10, 4, 19, 11 + i), k.who(key, "facebook"), target=hend_post, style="z")
    k.add(V("G04", "interact", "jabar-1", "pre_designation", action="follow_or_join"), "instagram", "follow", wib(2024, 9, 9, 21, 0),
          k.who("G04", "instagram"), target=tgt("cecep.euis", "Cecep Sopandi"))
    k.add(V("T02", "interact", "garut-1", "follow", action="follow_or_join"), "instagram", "follow", wib(2024, 10, 1, 12, 0),
          k.who("T02", "instagram"), target=tgt("dedeai.garut", "Dede Kurniawan"))
    k.add(V("D04", "interact", "pres-1", "follow", action="follow_or_join"), "instagram", "follow", wib(2023, 12, 3, 20, 0),
          k.who("D04", "instagram"), target=tgt("wiratmo.adiningrat", "Wiratmo Adiningrat"))
    k.add(N("neg_follow_neutral"), "facebook", "follow", wib(2024, 9, 3, 9, 0), k.who("T05", "facebook"), target=tgt("100065881309999", "KPU Kabupaten Garut"))
    k.add(V("T04", "interact", "garut-1", "join_group", action="follow_or_join"), "facebook", "join_group", wib(2024, 10, 3, 20, 0),
          k.who("T04", "facebook"), group={"id": "1047300400120", "name": "Relawan DAI Garut Kota"})
    k.add(N("neg_join_neutral"), "facebook", "join_group", wib(2024, 10, 4, 9, 0), k.who("T18", "facebook"),
          group={"id": "1047300400199", "name": "Jual Beli Garut Online"})
    k.add(A("T05", "tagged", "tagged in a campaign photo by a volunteer; she never reacts"), "facebook", "tagged", wib(2024, 10, 26, 20, 0),
          k.who("T05", "facebook"), initiated_by={"id": "100077800001234", "name": "Aa Rendi Relawan"},
          target=tgt(name="Aa Rendi Relawan", text="Kampanye Kang Dede di Tarogong, aya Bu Euis Sartika ogé ☝️"))
    k.add(A("T19", "added_to_group", "added to a group named after candidate 1's first name only"), "facebook", "added_to_group", wib(2024, 10, 6, 20, 0),
          k.who("T19", "facebook"), group={"id": "1047300400131", "name": "Barisan Cecep Jabar"}, initiated_by={"id": "100077800004321", "name": "Dadan Relawan"})
    k.add(N("neg_added_neutral"), "whatsapp", "added_to_group", wib(2024, 10, 8, 19, 0), {"name": "Lilis Suryani", "handle": "+6281320550207"},
          group={"id": "120363000000101", "name": "Pengajian Ibu-ibu RW 02"}, initiated_by={"name": "Bu Hj. Enok"})
    k.add(V("G04", "photo", "jabar-1", "photo_with_candidate"), "instagram", "post", wib(2024, 10, 29, 13, 0), k.who("G04", "instagram"),
          "Kang Cecep ngalongok RSUD, alhamdulillah kenging poto 😍 #JabarCeria",
          media=[img("Seorang dokter berhijab dan berjas snelli di samping Cecep Sopandi; keduanya menunjuk ke atas dengan telunjuk")])
    k.add(V("T04", "attend", "garut-1", "attend_campaign"), "facebook", "post", wib(2024, 10, 19, 19, 0), k.who("T04", "facebook"),
          "Ngiring kampanye akbar Kang Dede di Alun-alun, rame pisan ☝️", media=[img("Kerumunan kampanye, spanduk DEDE-AI NOMER 1")])
    k.add(V("T07", "post", "garut-2", "support_post", note="deleted 25 minutes later: the deletion does not erase the act"), "facebook", "post",
          wib(2024, 11, 4, 20, 0), k.who("T07", "facebook"), "Haji Oman nomer dua, Garut Berkah! ✌️ #OmanYayat", deleted_at=wib(2024, 11, 4, 20, 25))
    k.add(V("G02", "interact", "jabar-3", "like", action="like"), "instagram", "reaction", wib(2024, 11, 9, 20, 0), k.who("G02", "instagram"),
          target=tgt("nining.ujang", "Nining Suryaningsih", "Jabar Sauyunan! Nomer tilu 🤟", tid="17900000000000777"))
    k.add(N("neg_like_neutral"), "facebook", "reaction", wib(2024, 10, 21, 9, 0), k.who("T05", "facebook"),
          target=tgt("100065881300101", "Prokopim Garut", "Debat publik Pilbup Garut 2024", tid="100065881300101_7000000000000777"))
    k.add(N("neg_like_neutral"), "facebook", "reaction", wib(2024, 11, 19, 9, 10), k.who("D02", "facebook"),
          target=tgt("100065881300108", "Kecamatan Coblong", "ASN Kecamatan Coblong netral dina Pilkada 2024", tid="100065881300108_7000000000000888"))
    k.add(V("D04", "interact", "pres-1", "comment_support", action="comment"), "instagram", "comment", wib(2024, 1, 15, 20, 0), k.who("D04", "instagram"),
          "Mugia amanah Pak Wira 🙏☝️", target=tgt("wiratmo.adiningrat", "Wiratmo Adiningrat", "Sareng guru-guru Bandung"))
    k.add(V("G03", "post", "pres-2", "pre_designation"), "facebook", "post", wib(2023, 10, 19, 21, 0), k.who("G03", "facebook"),
          "Alhamdulillah Bu Kartika resmi daftar bacapres ka KPU ayeuna! #KartikaYoga")
    k.add(V("T08", "ktp", "garut-3", "ktp_independent", add_codes=["PP94-N4"], note="collects KTP copies for the independent bakal calon at his BPP office"),
          "facebook", "post", wib(2024, 5, 6, 19, 30), k.who("T08", "facebook"),
          "Wargi Cilawu nu bade ngarojong Kang Iwan jalur perseorangan, fotokopi KTP kumpulkeun di BPP Cilawu dugi ka Rebo.",
          group={"id": "1047300400141", "name": "Sadulur Iwan-Lilis Cilawu"})
    k.add(V("T08", "ktp", "garut-3", "ktp_independent"), "facebook", "post", wib(2024, 5, 9, 16, 0), k.who("T08", "facebook"),
          "Alhamdulillah 180 KTP tos kakumpul, hatur nuhun baraya 🙏", group={"id": "1047300400141", "name": "Sadulur Iwan-Lilis Cilawu"})
    k.add(N("neg_gesture_no_context"), "facebook", "post", wib(2024, 10, 13, 15, 0), k.who("T11", "facebook"), "Ulin ka Situ Bagendit, naék rakit. Barudak nyarios 'peace' ✌️",
          media=[img("Ayah dan dua anak berpose di atas rakit, jari membentuk huruf V")])
    k.add(N("neg_number_no_context"), "facebook", "post", wib(2024, 10, 20, 19, 30), k.who("T07", "facebook"), "Motor butut ieu mah tetep nomer hiji, 15 taun can kantos mogok ☝️😂")
    k.add(N("neg_news"), "facebook", "share", wib(2024, 11, 7, 12, 0), k.who("T12", "facebook"), "Baca heula sateuacan komen di grup 👇",
          target=tgt("104577700000801", "Garut Update", "Bawaslu Garut telusuri unggahan akun Diskominfo"))
    k.add(N("neg_negation"), "facebook", "post", wib(2024, 11, 19, 20, 0), k.who("T19", "facebook"), "Di kelas abdi ngajarkeun: milih téh hak, lain kawajiban ka atasan. Abdi pribadi teu ngadukung saha-saha.")
    k.add(N(), "facebook", "post", wib(2024, 10, 21, 8, 0), {"name": "Kang Oding Leles", "id": "100077800007777"}, "Nomer hiji Kang Dede! ☝️")
    k.add(N(), "instagram", "post", wib(2024, 10, 22, 18, 0), {"name": "Teh Windi", "handle": "windi.bdg"}, "Jabar Hadir ✌️ Kang Hendar!")
    k.add(N(), "tiktok", "post", wib(2024, 10, 23, 19, 0), {"name": "Bang Udin", "handle": "bangudin.betawi"}, "Kite mah pilih nomer tiga, kagak pake lama 🤟")
    k.add(N("neg_everyday_asn"), "facebook", "post", wib(2024, 10, 15, 10, 0), k.who("Z02", "facebook"), "Barudak kelas 3 diajar ngadamel wayang tina dangdaunan 🍃")
    k.add(N("neg_everyday_asn"), "instagram", "post", wib(2024, 10, 12, 7, 0), k.who("G04", "instagram"), "Jaga malam IGD, tetep semangat 💪")
    k.dump()

    k = Canon(c, "patroli/patroli_siber_bawaslu_kalsel_bali_papua.jsonl", "kbp")
    k.add(V("K10", "post", "dprdprov-kalsel1-noor", "pre_designation",
            note="stage boundary: 3 Nov 2023 00:40 WITA is 2 Nov 23:40 WIB, before the DCT date: SKB-E codes although the local date is 3 Nov"),
          "instagram", "post", at(WITA, 2023, 11, 3, 0, 40), k.who("K10", "instagram"), "Alhamdulillah Acil Noor masuk DCT! Nomor 3 PKB, baimbai warga 💚 #AcilNoor3")
    k.add(V("K11", "attend", "bjm-1", "pre_designation", note="attends the bakal calon's declaration (26 Aug) and says so"),
          "facebook", "post", wita(2024, 8, 26, 21, 0), k.who("K11", "facebook"), "Hadir di deklarasi Julak Fauzan wan Acil Udah di Siring. Banjarmasin Baiman! ☝️",
          media=[img("Lurah berpeci hitam di antara relawan berkaos hijau BAIMAN, panggung deklarasi di belakang")])
    k.add(V("K06", "interact", "bjm-1", "pre_designation", action="follow_or_join"), "facebook", "join_group", wita(2024, 9, 2, 20, 0),
          k.who("K06", "facebook"), group={"id": "1047300400211", "name": "Sahabat Julak Fauzan Banjarmasin Utara"})
    k.add(V("K06", "post", "bjm-1", "pre_designation"), "facebook", "post", wita(2024, 9, 12, 19, 0), k.who("K06", "facebook"),
          "Ulun dua'akan Julak Fauzan lolos penetapan. Urang langgar pasti mandukung 🤲")
    k.add(A("K09", "tagged"), "facebook", "tagged", wita(2024, 10, 28, 20, 0), k.who("K09", "facebook"), initiated_by={"id": "100077800005555", "name": "Relawan Rus-Ridha"},
          target=tgt(name="Relawan Rus-Ridha", text="Anak muda Diskominfotik gin ada di barisan Paman Rus ✌️"))
    k.add(A("K13", "added_to_group"), "facebook", "added_to_group", wita(2024, 10, 3, 19, 30), {"name": "Noor Laila", "handle": "+6282154880413"},
          group={"id": "1047300400212", "name": "Relawan Rus-Ridha Banjarmasin Tengah"}, initiated_by={"id": "100077800005555", "name": "Relawan Rus-Ridha"})
    k.add(V("K02", "interact", "bjm-1", "like", action="like"), "instagram", "reaction", wita(2024, 10, 19, 21, 0), k.who("K02", "instagram"),
          target=tgt("fauzan.udah", "Ahmad Fauzan Noor", "Kampanye di Siring, terima kasih Banjarmasin! ☝️"))
    k.add(V("I05", "interact", "gianyar-2", "follow", action="follow_or_join"), "instagram", "follow", wita(2024, 10, 2, 9, 0),
          k.who("I05", "instagram"), target=tgt("turahngurah.official", "I Gusti Ngurah Putra Wirawan"), style="z")
    k.add(V("I03", "photo", "gianyar-1", "photo_with_candidate"), "facebook", "post", wita(2024, 10, 23, 14, 0), k.who("I03", "facebook"),
          "Bli Made rauh ring SD 1 Ubud, foto sareng guru-guru ☝️", media=[img("I Made Suartana di tengah para guru berpakaian adat madya, semuanya mengangkat telunjuk")])
    k.add(R("unsettled_law", "a nurse (ASN) accompanying her husband, a DPRD candidate, at his campaign: SKB-E7 asks for unpaid leave; mere accompaniment is unsettled",
            actor="I02", cand="dprdprov-bali-wayan"), "facebook", "post", wita(2024, 1, 20, 19, 0), k.who("I02", "facebook"),
          "Ngiring ngayah nemenin Bli Wayan ring Banjar Tengkulak 🙏", media=[img("Seorang ibu berkebaya berdiri di samping I Wayan Sudiarsa di panggung")])
    k.add(V("Y04", "interact", "jayapura-1", "follow", action="follow_or_join"), "instagram", "follow", wit(2024, 10, 1, 10, 0),
          k.who("Y04", "instagram"), target=tgt("melkidani.jpr", "Melkias Rumbiak"))
    k.add(V("Y08", "post", "jayapura-1", "pre_designation"), "facebook", "post", wit(2024, 9, 5, 19, 0), k.who("Y08", "facebook"),
          "Pace Melki bakal calon yang paling tahu kitong pu masalah kesehatan. Tuhan berkati 🙏 #MelkiDani")
    k.add(V("K12", "post", "pres-3", "support_post"), "facebook", "post", wita(2024, 1, 23, 20, 0), k.who("K12", "facebook"),
          "Guru Syarif calon presiden nang alim, SINAR gasan Indonesia 🤟 #SINAR03")
    k.add(N("neg_word_collision", "'madu' (honey) = MADU"), "instagram", "post", wita(2024, 10, 15, 10, 0), k.who("I08", "instagram"),
          "Madu kele Tegallalang, manis alami 🍯 #UMKMGianyar")
    k.add(N("neg_gesture_no_context"), "instagram", "post", wita(2024, 11, 8, 10, 0), k.who("I07", "instagram"), "Odalan ring pura desa sareng alit-alit ✌️🙏")
    k.add(N("neg_everyday_asn"), "instagram", "post", wita(2024, 10, 9, 9, 0), k.who("Z05", "instagram"), "Posyandu balita Kelayan, timbang wan imunisasi 👶")
    k.add(N("neg_asn_neutral", "a post-election congratulation naming nobody"), "facebook", "post", wit(2024, 12, 2, 9, 0), k.who("Y01", "facebook"),
          "Pesta demokrasi su selesai. Siapa pun yang menang, kitong tetap satu keluarga di Jayapura 🙏")
    k.add(N("neg_everyday_asn"), "instagram", "post", wit(2024, 10, 19, 15, 0), k.who("Y01", "instagram"), "Bakar batu syukuran HUT Distrik bersama masyarakat 🔥")
    k.add(N(), "facebook", "post", wita(2024, 10, 14, 19, 0), {"name": "Utuh Banjar Kelayan", "id": "100077800006666"}, "Julak Fauzan nomor asa, Banjarmasin Baiman! ☝️")
    k.add(N(), "instagram", "post", wita(2024, 10, 16, 22, 0), {"name": "Bli Putu Sukawati", "handle": "putu.skw"}, "Turah Ngurah nomer kalih! ✌️ #NgurahDarma")
    k.add(N(), "tiktok", "post", wit(2024, 11, 2, 19, 0), {"name": "Mace Ros", "handle": "mace.ros.abepura"}, "Mama Yuli nomor dua, perempuan Papua bisa ✌️")
    k.add(N(), "facebook", "post", wit(2024, 11, 5, 20, 0), {"name": "Pace Frans Entrop", "id": "100077800008888"}, "Sa pilih Pace Melki, Jayapura kitong punya ☝️")
    k.add(R("insinuation", "a teacher attacks an unnamed pair ('those who hand out groceries at the last minute')", actor="K04"),
          "instagram", "post", wita(2024, 11, 20, 20, 0), k.who("K04", "instagram"), "Jangan pilih nang rajin bagi sembako pas handak pemilihan haja, itu kada jujur! 😤")
    k.add(N("neg_neutrality_reminder"), "facebook", "post", wita(2024, 11, 15, 8, 0), k.who("K01", "facebook"),
          "Netralitas ASN harga mati. Kami di Banjarmasin Tengah melayani semua warga, siapa pun pilihannya.")
    k.dump()


def build_screenshots(c):
    png_shot(c, "screenshots/tangkapan_story_fb_euis_sartika.png",
             ["Facebook Story", "Euis Sartika  SDN 2 Tarogong", "Nomer hiji Kang Dede", "Garut Bangkit Ngahiji", "16 November 2024 19.40"],
             R("screenshot_ocr", "a reporter's screenshot of a story naming a teacher; the story is gone and the account cannot be checked",
               actor="T05", cand="garut-1"), wib(2024, 11, 16, 19, 40))
    png_shot(c, "screenshots/tangkapan_grup_wa_guru_pendukung_nining.png",
             ["Guru Pendukung Teh Nining", "Imas Masitoh (Kepsek SMAN 3):", "Guru-guru wajib ngiring kampanye", "Teh Nining tanggal 9, nomer tilu", "9 November 2024"],
             R("screenshot_ocr", "a forwarded screenshot attributing a partisan instruction to a head teacher by name only", actor="G09", cand="jabar-3"),
             wib(2024, 11, 9, 8, 0))


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
