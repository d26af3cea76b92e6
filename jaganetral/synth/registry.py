"""A synthetic ASN registry (``A.csv`` of contract.md) of any size, fast and deterministic.

The benchmark (``jaganetral bench --registry N``) and the demo need a registry that looks like
the real one: Indonesian names with honorifics and degrees that fit the job (a teacher is
``S.Pd.``, a nurse ``A.Md.Kep.``, a doctor ``dr.``), jabatan and instansi of local government,
real kabupaten/kota, kecamatan and kelurahan, valid and unique NIPs, PNS and PPPK, and for about
30% of people one or two social-media accounts (about 1%, 1 in 128, with a WhatsApp number),
written in the messy ways registries really hold them (``@handle``, profile URLs, ``0812-…``).

Speed matters (4.7 million rows for the full-scale benchmark), so nothing is generated per row
that can be prepared once: names, posts (jabatan, instansi, unit, wilayah) and their CSV text come
from pools built up front, and a row draws two 30-bit random numbers and slices them. NIPs are
unique without any lookup table: 2**17 distinct valid (birth date, appointment month) prefixes
are drawn once, and row ``i`` takes prefix ``(a*i + b) mod 2**17`` (a bijection for odd ``a``)
with sex and sequence spelled by ``i >> 17``.

Places come from an embedded extract of Kepmendagri 300.2.2-2138/2025 (via cahyadsn/wilayah, MIT);
pass ``wilayah_dir`` (a folder with ``kabupaten_kota_2025.csv``, ``kecamatan_2025.csv`` and
``wilayah_kepmendagri_2025_all_levels.csv``) to draw from all 514 kabupaten/kota instead.
Every person is fictional.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

# Region | province, then indented "kecamatan: kelurahan, kelurahan" (kelurahan only: a desa's
# head is not an ASN). Lubuk Linggau is spelled "Lubuklinggau" as in contract.md and local use.
_REGIONS = """\
Kota Lubuklinggau | Sumatera Selatan
  Lubuk Linggau Selatan I: Air Kati, Lubuk Binjai
  Lubuk Linggau Timur II: Karya Bakti, Wira Karya
  Lubuk Linggau Selatan II: Karang Ketuan, Simpang Periuk
  Lubuk Linggau Utara II: Jogoboyo, Megang
Kabupaten Penukal Abab Lematang Ilir | Sumatera Selatan
  Talang Ubi: Talang Ubi Barat, Talang Ubi Selatan
  Penukal Utara:
  Penukal:
  Abab:
Kota Palembang | Sumatera Selatan
  Ilir Barat Dua: Kemangmanis
  Seberang Ulu Dua: Sebelas Ulu, Tanggatakat
  Kemuning: Ario Kemuning, Talangaman
  Bukitkecil: Talangsemut
Kabupaten Musi Rawas | Sumatera Selatan
  Muara Beliti: Pasar Muara Beliti
  Megang Sakti: Megang Sakti I, Talang Ubi
  Purwodadi: Mangun Harjo, Purwodadi
  Sumber Harta: Sumber Harta
Kabupaten Muara Enim | Sumatera Selatan
  Muara Enim: Pasar I Muara Enim, Tungkal
  Gelumbang: Gelumbang
  Lawang Kidul: Tanjung Enim, Tanjung Enim Selatan
  Lubai Ulu:
Kabupaten Ogan Komering Ilir | Sumatera Selatan
  Tanjung Lubuk: Tanjung Lubuk
  Pedamaran:
  Kayu Agung: Mangun Jaya, Perigi
  Tulung Selapan: Tulung Selapan Ulu
Kota Prabumulih | Sumatera Selatan
  Prabumulih Barat: Gunung Kemala, Patih Galung
  Prabumulih Timur: Prabu Jaya, Tugu Kecil
  Prabumulih Utara: Anak Petai, Wonosari
  Prabumulih Selatan: Majasari, Tanjung Raman
Kabupaten Lahat | Sumatera Selatan
  Lahat: Pasar Lama, Talang Jawa
  Kikim Tengah:
  Pseksu:
  Merapi Timur: Lebuay Bandung
Kabupaten Banyuasin | Sumatera Selatan
  Banyuasin I: Mariana, Mariana Ilir
  Banyuasin III: Kayuara Kuning, Pangkalan Balai
  Betung: Betung Selatan, Rimba Asam
  Talang Kelapa: Sei Sedapat, Sukomoro
Kabupaten Musi Rawas Utara | Sumatera Selatan
  Nibung: Karya Makmur
  Karang Dapo: Karang Dapo
  Karang Jaya: Karang Jaya
  Ulu Rawas: Muara Kulam
Kota Medan | Sumatera Utara
  Medan Barat: Sei Agul, Silalas
  Medan Labuhan: Besar, Nelayan Indah
  Medan Maimun: Aur, Sei Mati
  Medan Petisah: Sei Putih Barat, Sei Sikambing D
Kabupaten Deli Serdang | Sumatera Utara
  Tanjung Morawa: Pekan Tanjung Morawa
  Deli Tua: Deli Tua, Deli Tua Barat
  Percut Sei Tuan: Kenangan, Kenangan Baru
  Lubuk Pakam: Cemara, Paluh Kemiri
Kota Padang | Sumatera Barat
  Lubuk Begalung: Kampung Jua Nan XX, Lubuk Begalung Nan XX
  Lubuk Kilangan: Batu Gadang, Tarantang
  Pauh: Limau Manis, Pisang
  Koto Tangah: Bungo Pasang, Koto Pulai
Kota Pekanbaru | Riau
  Sukajadi: Kampung Melayu, Sukajadi
  Binawidya: Simpangbaru, Tobekgodang
  Rumbai: Sri Meranti, Umban Sari
  Tuahmadani: Airputih, Sialangmunggu
Kota Jambi | Jambi
  Jambi Selatan: Thehok, Wijaya Pura
  Pasar Jambi: Orang Kayo Hitam, Pasar Jambi
  Danau Sipin: Solok Sipin, Sungai Putri
  Paal Merah: Paal Merah, Talang Bakung
Kota Bengkulu | Bengkulu
  Teluk Segara: Kebun Keling, Tengah Padang
  Muara Bangka Hulu: Bentiring Permai, Rawa Makmur Permai
  Ratu Samban: Anggut Atas, Anggut Dalam
  Sungai Serut: Kampung Kelawi, Surabaya
Kota Bandar Lampung | Lampung
  Tanjungkarang Barat: Gedong Air, Sukajawa
  Tanjungkarang Timur: Sawah Brebes, Sawah Lama
  Tanjungkarang Pusat: Kaliawi Persada, Pasir Gintung
  Telukbetung Selatan: Sumur Putri, Telukbetung
Kabupaten Lampung Selatan | Lampung
  Kalianda: Bumi Agung, Wai Lubuk
  Palas:
  Jati Agung:
  Tanjung Sari:
Kota Bandung | Jawa Barat
  Cibeunying Kidul: Sukamaju, Sukapada
  Rancasari: Cipamokolan, Manjahlega
  Panyileukan: Cipadung Kulon, Cipadung Wetan
  Mandalajati: Karang Pamulang, Sindang Jaya
Kabupaten Bogor | Jawa Barat
  Cibinong: Karadenan, Nanggewer Mekar
  Citeureup: Karang Asem Barat, Puspanegara
  Cisarua: Cisarua
  Ciomas: Padasuka
Kabupaten Garut | Jawa Barat
  Garut Kota: Kota Kulon, Sukanegla
  Karangpawitan: Lebakjaya, Lengkongjaya
  Tarogong Kaler: Pananjung
  Tarogong Kidul: Jayawaras, Pataruman
Kota Semarang | Jawa Tengah
  Semarang Utara: Bulu Lor, Tanjung Mas
  Pedurungan: Pedurungan Lor, Tlogosari Wetan
  Gajahmungkur: Bendan Dhuwur, Bendungan
  Mijen: Kedungpane, Pesantren
Kabupaten Banyumas | Jawa Tengah
  Sumpiuh: Kebokura, Kradenan
  Purwokerto Selatan: Berkoh, Teluk
  Purwokerto Barat: Kedungwuluh, Kober
  Purwokerto Timur: Mersi, Sokanegara
Kabupaten Klaten | Jawa Tengah
  Jatinom: Jatinom
  Klaten Utara: Barenglor, Gergunung
  Klaten Tengah: Kabupaten, Mojayan
  Klaten Selatan: Gayamprit
Kota Surabaya | Jawa Timur
  Pabean Cantian: Nyamplungan, Tanjung Perak
  Wiyung: Babatan, Jajar Tunggal
  Tenggilis Mejoyo: Kendangsari, Panjang Jiwo
  Sambikerep: Lontar, Sambikerep
Kabupaten Malang | Jawa Timur
  Turen: Sedayu, Turen
  Kepanjen: Cepokomulyo, Kepanjen
  Singosari: Candirenggo, Losari
  Lawang: Kalirejo, Lawang
Kabupaten Jember | Jawa Timur
  Kaliwates: Jemberkidul, Tegalbesar
  Patrang: Bintoro, Gebang
  Sumbersari: Antirogo, Kranjingan
  Sukowono:
Kota Yogyakarta | Daerah Istimewa Yogyakarta
  Tegalrejo: Bener, Kricak
  Wirobrajan: Patangpuluhan, Wirobrajan
  Mantrijeron: Mantrijeron, Suryodiningratan
  Kotagede: Purbayan, Rejowinangun
Kabupaten Sleman | Daerah Istimewa Yogyakarta
  Moyudan:
  Kalasan:
  Sleman:
  Pakem:
Kota Denpasar | Bali
  Denpasar Selatan: Pedungan, Renon
  Denpasar Timur: Kesiman, Penatih
  Denpasar Barat: Padangsambian, Pemecutan
  Denpasar Utara: Peguyangan, Ubung
Kota Mataram | Nusa Tenggara Barat
  Mataram: Pagesangan Barat, Pagutan Timur
  Cakranegara: Cakranegara Barat, Cakranegara Timur
  Sekarbela: Kekalik Jaya, Tanjung Karang
  Selaparang: Monjok, Monjok Timur
Kota Kupang | Nusa Tenggara Timur
  Alak: Mantasi, Nunbaun Delha
  Maulafa: Kolhua, Naikolan
  Oebobo: Fatululi, Oetete
  Kota Raja: Airnona, Naikoten Dua
Kota Pontianak | Kalimantan Barat
  Pontianak Selatan: Benuamelayu Laut, Kotabaru
  Pontianak Timur: Paritmayor, Tanjung Hilir
  Pontianak Barat: Sungaibeliung, Sungaijawi Luar
  Pontianak Kota: Sungaibangkong, Sungaijawi
Kota Banjarmasin | Kalimantan Selatan
  Banjarmasin Selatan: Kelayan Timur, Pekauman
  Banjarmasin Timur: Pemurus Luar, Sungai Lulut
  Banjarmasin Utara: Alalak Tengah, Surgi Mufti
  Banjarmasin Tengah: Antasan Besar, Gadang
Kota Samarinda | Kalimantan Timur
  Samarinda Seberang: Gunung Panjang, Mangkupalas
  Sungai Kunjang: Karang Asam Ulu, Loa Buah
  Sungai Pinang: Bandara, Sungai Pinang Dalam
  Loa Janan Ilir: Harapan Baru, Tani Aman
Kota Makassar | Sulawesi Selatan
  Mamajang: Baji Mappakasunggu, Mamajang Luar
  Ujung Pandang: Bulogading, Sawerigading
  Ujung Tanah: Patingalloang, Ujung Tanah
  Panakkukang: Pampang, Pandang
Kabupaten Gowa | Sulawesi Selatan
  Tompobulu: Cikoro, Malakaji
  Tinggimoncong: Gantarang, Garassi
  Bungaya: Je'nebatu, Sapaya
  Biringbulu: Lauwa, Tonrorita
Kabupaten Bone | Sulawesi Selatan
  Libureng: Ceppaga, Tanah Batue
  Tellu Siattinge: Otting, Tokaseng
  Tanete Riattang: Masumpu, Watampone
  Tanete Riattang Timur: Cellu, Lonrae
Kota Manado | Sulawesi Utara
  Bunaken: Pandu, Tongkaina
  Singkil: Karame, Kombos Timur
  Mapanget: Kairagi Satu, Paniki Dua
  Malalayang: Malalayang Satu, Winangun Satu
Kota Palu | Sulawesi Tengah
  Palu Timur: Besusu Timur, Lolu Selatan
  Palu Barat: Baru, Ujuna
  Tatanga: Palupi, Pengawu
  Mantikulore: Talise, Tanamodindi
Kota Kendari | Sulawesi Tenggara
  Mandonga: Labibia, Wawombalata
  Poasia: Andonohu, Rahandouna
  Kadia: Pondambea, Wowawanggu
  Puuwatu: Puuwatu, Watulondo
Kota Ambon | Maluku
  Nusaniwe: Kudamati, Mangga Dua
  Sirimau: Ahusen, Batu Gajah
  Baguala: Lateri
  Teluk Ambon: Tihu
Kota Jayapura | Papua
  Jayapura Utara: Tanjung Ria, Trikora
  Jayapura Selatan: Argapura, Entrop
  Abepura: Awiyo, Wahno
  Muara Tami: Koya Barat, Koya Timur
Kota Banda Aceh | Aceh
  Kuta Alam:
  Lueng Bata:
  Jaya Baru:
  Ulee Kareng:
Kabupaten Aceh Utara | Aceh
  Tanah Pasir:
  Sawang:
  Cot Girek:
  Nisam Antara:
Kota Serang | Banten
  Serang: Kaligandu, Lontarbaru
  Kasemen: Margaluyu, Mesjid Priyayi
  Walantaka: Pabuaran, Tegalsari
  Cipocok Jaya: Cipocok Jaya, Panancangan
Kota Tangerang | Banten
  Jatiuwung: Alam Jaya, Pasir Jaya
  Batuceper: Batuceper, Poris Gaga Baru
  Karang Tengah: Karang Timur, Pondok Pucung
  Larangan: Cipadu Jaya, Kreo
Kabupaten Tangerang | Banten
  Pasar Kemis: Kuta Baru, Kutabumi
  Kosambi: Dadap, Kosambi Barat
  Curug: Binong, Curug Kulon
  Cikupa: Bunder, Sukamulya
"""

_MALE = """
Ahmad Muhammad Budi Agus Hendra Dedi Rudi Eko Joko Bambang Slamet Sutrisno Heru Andi Rahmat Hasan
Yusuf Ridwan Arif Fauzi Hadi Irwan Darmawan Syahrial Zulkifli Firmansyah Rizki Dimas Fajar Aditya
Bayu Taufik Herman Sudirman Suparman Wahyu Yudi Edi Iwan Roni Hendri Junaidi Syamsul Nasrul Zainal
Abdul Abdullah Umar Ali Imam Ilham Fikri Reza Rian Fadli Hamdan Amir Anwar Asep Ujang Dadang Cecep
Yanto Supriadi Sugianto Priyanto Mulyadi Suryadi Teguh Ari Dodi Feri Gilang Hari Indra Jefri Krisna
Yohanes Yosef Stefanus Markus Paulus Antonius Fransiskus Daniel Samuel Tomi Alfian Bonar Togar
Hotman Benny Robert Ferdinand Ikhsan Hafiz Syaiful Rusli Zulfikar Arman Romi Deni Sapri Herianto
Ma'ruf Rohman Jamaludin Saipul Nurdin Sarifudin Aswin Erwin Novri Yogi Alamsyah Kurnia Hamid
"""

_FEMALE = """
Siti Sri Dewi Rina Yuliana Nurhayati Fitri Ratna Wati Lestari Ani Yanti Susi Endang Eka Dwi Tri Nur
Nurul Maya Ayu Indah Putri Rahmawati Handayani Wulandari Kurniasih Marlina Desi Eva Lina Mega Novi
Oktaviani Purnama Rini Sari Tuti Umi Vera Wahyuni Yeni Zahra Aisyah Fatimah Khadijah Aminah Halimah
Rohani Rosmawati Juliana Herawati Suryani Susanti Agustina Anggraini Kartika Lia Melati Nia Ningsih
Rosa Sinta Tika Yuni Ernawati Maria Magdalena Theresia Veronika Yohana Elisabeth Debora Dian Intan
Citra Anisa Nabila Syarifah Meilani Septiani Febrianti Novita Riska Resti Yusnita Asmawati Nelly
Mardiana Sumarni Hartini Yuliani Erlina Leni Neneng Imas Euis Nurjanah Rohayati Sulastri Darmawati
"""

# Second names: given names used as second names, Malay/Javanese family-like names, Batak marga,
# Minang suku and Minahasa/Maluku family names.
_SECOND_MALE = """
Santoso Wijaya Saputra Pratama Hidayat Nugroho Setiawan Kurniawan Susanto Gunawan Hakim Rahman
Fauzi Effendi Rusdi Zulkarnain Hasanuddin Saleh Ismail Ibrahim Yahya Sulaiman Hamzah Mahmud Syafi'i
Syahputra Alamsyah Firdaus Ramadhan Prasetyo Wibowo Purnomo Sasongko Utomo Hermawan Irawan Kusuma
Permana Nasrullah Anshori Kadir Syarif Iskandar Arifin Maulana Rizal Fahmi Haris Hanafi Husin
"""

_SECOND_FEMALE = """
Lestari Wulandari Rahayu Puspitasari Permatasari Anggraini Handayani Susanti Utami Purwanti Safitri
Maharani Oktavia Ramadhani Yulianti Astuti Nurjanah Hasanah Amalia Fitriani Kurniati Rahmadani
Sulistyowati Wahyuningsih Yuliastuti Damayanti Novianti Ariani Indriani Mulyani Pertiwi Sapitri
"""

_FAMILY = """
Hasibuan Siregar Nasution Lubis Harahap Simanjuntak Sitompul Pardede Sinaga Tambunan Panjaitan
Manurung Situmorang Damanik Purba Ginting Tarigan Sembiring Rangkuti Pohan Tanjung Chaniago
Piliang Koto Sikumbang Wenas Lumowa Rondonuwu Pattinama Latuconsina Tuasikal Pelupessy Matondang
"""

_DINAS = (
    "Dinas Pendidikan", "Dinas Kesehatan", "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Sosial",
    "Dinas Perhubungan", "Dinas Komunikasi dan Informatika", "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Lingkungan Hidup", "Dinas Pertanian", "Dinas Pemberdayaan Masyarakat dan Desa",
    "Dinas Koperasi dan Usaha Mikro", "Dinas Pariwisata", "Badan Perencanaan Pembangunan Daerah",
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Badan Pengelola Keuangan dan Aset Daerah",
    "Sekretariat Daerah", "Sekretariat DPRD", "Inspektorat", "Satuan Polisi Pamong Praja",
)  # fmt: skip

_UNITS_OFFICE = ("Sekretariat", "Subbagian Umum dan Kepegawaian", "Subbagian Keuangan", "Bidang Program")


@dataclass(frozen=True, slots=True)
class _Job:
    """A kind of ASN position: names of the position, where it sits, and who holds it.

    Templates may use {region} (Kota Lubuklinggau), {short} (Lubuklinggau), {place} (the short
    name for a kota, the kecamatan for a kabupaten: schools are named so), {kec}, {kel}, {n} and
    {dinas}. ``degrees`` and the prefixes are ``text=weight`` lists separated by ``|``.
    """

    weight: int
    jabatan: tuple[str, ...]
    instansi: str
    units: tuple[str, ...]
    degrees: str
    prefix_male: str = "H.=6|Drs.=1|=93"
    prefix_female: str = "Hj.=6|Dra.=1|=93"
    pppk: bool = True
    female_only: bool = False
    needs_kelurahan: bool = False


_HEAD_MALE = "H.=25|Drs.=8|Dr.=4|Dr. H.=3|Ir.=3|=57"
_HEAD_FEMALE = "Hj.=25|Dra.=8|Dr.=3|Dr. Hj.=2|=62"

_JOBS = (
    _Job(330, ("Guru Ahli Pertama",) * 4 + ("Guru Ahli Muda",) * 3 + ("Guru Ahli Madya",) * 2,
         "Dinas Pendidikan {region}", ("SD Negeri {n} {place}",) * 3 + ("SMP Negeri {n} {place}",),
         "S.Pd.=45|S.Pd.I=8|S.Pd., M.Pd.=8|S.Pd., Gr.=8|S.Pd.SD=6|S.Ag.=3|S.Si.=2|A.Ma.Pd.=3|=17"),
    _Job(70, ("Perawat Terampil", "Perawat Mahir", "Perawat Ahli Pertama", "Perawat Ahli Muda"),
         "Dinas Kesehatan {region}", ("Puskesmas {kec}",), "A.Md.Kep.=50|S.Kep., Ns.=35|S.Kep.=5|=10"),
    _Job(40, ("Bidan Terampil", "Bidan Mahir", "Bidan Ahli Pertama"), "Dinas Kesehatan {region}",
         ("Puskesmas {kec}",), "A.Md.Keb.=60|S.Tr.Keb.=15|S.Tr.Keb., Bd.=10|=15", female_only=True),
    _Job(15, ("Dokter Ahli Pertama", "Dokter Ahli Muda"), "Dinas Kesehatan {region}",
         ("Puskesmas {kec}",), "=80|M.Kes.=15|Sp.PD=2|Sp.A=2|Sp.OG=1", "dr.=100", "dr.=100"),
    _Job(4, ("Dokter Gigi Ahli Pertama",), "Dinas Kesehatan {region}", ("Puskesmas {kec}",), "=100",
         "drg.=100", "drg.=100"),
    _Job(25, ("Penyuluh Pertanian Terampil", "Penyuluh Pertanian Ahli Pertama"), "Dinas Pertanian {region}",
         ("Balai Penyuluhan Pertanian {kec}",), "S.P.=50|S.ST.=10|A.Md.=15|=25"),
    _Job(20, ("Analis Kebijakan Ahli Pertama", "Analis Kebijakan Ahli Muda"),
         "Badan Perencanaan Pembangunan Daerah {region}",
         ("Bidang Perencanaan Pemerintahan dan Pembangunan Manusia", "Bidang Perekonomian dan Infrastruktur"),
         "S.IP=20|S.Sos.=20|S.Sos., M.Si.=20|S.E., M.M.=15|S.H.=10|S.IP, M.Si.=10|=5"),
    _Job(3, ("Kepala Dinas",), "{dinas} {region}", ("{dinas} {region}",),
         "S.H., M.H.=15|S.E., M.M.=15|S.Sos., M.Si.=20|S.Pd., M.Pd.=10|S.T., M.T.=10|S.STP, M.Si.=10|"
         "M.Si.=10|S.IP, M.A.P.=10", _HEAD_MALE, _HEAD_FEMALE, pppk=False),
    _Job(40, ("Sekretaris", "Kepala Bidang", "Kepala Seksi", "Kepala Seksi",
              "Kepala Subbagian Umum dan Kepegawaian"),
         "{dinas} {region}", _UNITS_OFFICE, "S.E.=20|S.Sos.=20|S.H.=15|S.E., M.M.=10|S.Sos., M.Si.=10|"
         "S.T.=10|S.Kom.=5|=10", "H.=15|Drs.=4|Ir.=2|=79", "Hj.=15|Dra.=4|=81", pppk=False),
    _Job(3, ("Camat",), "Kecamatan {kec}", ("Kecamatan {kec}",),
         "S.STP=30|S.STP, M.Si.=25|S.Sos.=15|S.IP, M.Si.=15|S.H.=15", "H.=20|Drs.=5|=75", "Hj.=20|Dra.=5|=75",
         pppk=False),
    _Job(15, ("Sekretaris Camat", "Kepala Seksi Pemerintahan", "Kepala Seksi Kesejahteraan Sosial",
              "Pengadministrasi Perkantoran"), "Kecamatan {kec}", ("Kecamatan {kec}",),
         "S.Sos.=25|S.IP=15|S.STP=10|S.E.=10|=40"),
    _Job(6, ("Lurah",), "Kecamatan {kec}", ("Kelurahan {kel}",), "S.STP=30|S.Sos.=25|S.IP=15|S.E.=10|=20",
         "H.=10|=90", "Hj.=10|=90", pppk=False, needs_kelurahan=True),
    _Job(250, ("Staf", "Pengadministrasi Perkantoran", "Penata Layanan Operasional",
               "Pengolah Data dan Informasi", "Pengelola Umum Operasional"),
         "{dinas} {region}", _UNITS_OFFICE,
         "=55|S.E.=10|A.Md.=10|S.Sos.=8|S.Kom.=5|S.H.=5|S.AP=4|S.Ak.=3"),
    _Job(8, ("Pranata Komputer Terampil", "Pranata Komputer Ahli Pertama"),
         "Dinas Komunikasi dan Informatika {region}",
         ("Bidang Aplikasi Informatika", "Bidang Informasi dan Komunikasi Publik"),
         "S.Kom.=50|A.Md.Kom.=20|S.T.=15|=15"),
    _Job(25, ("Polisi Pamong Praja Terampil", "Polisi Pamong Praja Mahir"),
         "Satuan Polisi Pamong Praja {region}", ("Bidang Penegakan Peraturan Daerah",),
         "=80|S.H.=15|S.Sos.=5"),
    _Job(8, ("Auditor Ahli Pertama", "Auditor Ahli Muda"), "Inspektorat {region}",
         ("Inspektur Pembantu Wilayah I", "Inspektur Pembantu Wilayah II", "Inspektur Pembantu Wilayah III"),
         "S.E.=30|S.E., Ak.=25|S.E., M.Ak.=15|S.H.=10|S.Ak.=20", pppk=False),
    _Job(6, ("Analis Sumber Daya Manusia Aparatur Ahli Pertama",),
         "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia {region}",
         ("Bidang Pengadaan dan Informasi Kepegawaian",), "S.Psi.=20|S.Sos.=20|S.E.=20|S.H.=20|=20"),
    _Job(12, ("Pengelola Keuangan", "Analis Keuangan Pusat dan Daerah Ahli Pertama"),
         "Badan Pengelola Keuangan dan Aset Daerah {region}", ("Bidang Anggaran", "Bidang Perbendaharaan"),
         "S.E.=40|S.Ak.=20|A.Md.Ak.=20|=20"),
    _Job(4, ("Arsiparis Terampil", "Pustakawan Terampil"), "Dinas Perpustakaan dan Kearsipan {region}",
         ("Bidang Kearsipan", "Bidang Perpustakaan"), "A.Md.=40|S.I.Kom.=10|=50"),
    _Job(6, ("Penyuluh Keluarga Berencana Ahli Pertama",),
         "Dinas Pengendalian Penduduk dan Keluarga Berencana {region}", ("Balai Penyuluhan KB {kec}",),
         "S.Sos.=30|S.KM.=20|S.Pd.=20|=30"),
    _Job(5, ("Pekerja Sosial Ahli Pertama", "Penyuluh Sosial Ahli Pertama"), "Dinas Sosial {region}",
         ("Bidang Rehabilitasi Sosial", "Bidang Perlindungan dan Jaminan Sosial"),
         "S.Sos.=50|S.Tr.Sos.=20|=30"),
    _Job(8, ("Teknik Jalan dan Jembatan Ahli Pertama", "Teknik Tata Bangunan dan Perumahan Ahli Pertama"),
         "Dinas Pekerjaan Umum dan Penataan Ruang {region}", ("Bidang Bina Marga", "Bidang Cipta Karya"),
         "S.T.=60|S.T., M.T.=10|A.Md.T.=20|=10", "Ir.=5|H.=6|=89", "Ir.=3|Hj.=6|=91"),
)  # fmt: skip

# (platform written in akun, weight) for the ordinary accounts; WhatsApp numbers come separately.
_PLATFORMS = (("facebook", 45), ("instagram", 25), ("tiktok", 12), ("twitter", 4), ("x", 4),
              ("youtube", 4), ("telegram", 6))  # fmt: skip
_CARRIERS = ("811", "812", "813", "821", "822", "852", "853", "857", "856", "877", "878", "895", "896", "881")

# NIPs: 2**17 distinct (birth date, appointment month) prefixes, appointed 1995-2024 at 19-38.
_PREFIX_BITS = 17
_PREFIXES = 1 << _PREFIX_BITS
_MASK = _PREFIXES - 1
_FIRST_APPOINTMENT, _LAST_APPOINTMENT = 1995, 2024
_PPPK_FROM = 2019  # the first PPPK were appointed in 2019
_MAX_ROWS = 100_000_000  # below 2 * 999 * 2**17: sequence numbers never run out
_POSTS = 8192
_SEQ_SPREAD = 5
_POST_MASK = _POSTS - 1
_Post = tuple[str, tuple[str, ...], tuple[str, ...], bool]


@dataclass(frozen=True, slots=True)
class _Region:
    name: str
    kecamatan: tuple[tuple[str, tuple[str, ...]], ...]

    @property
    def short(self) -> str:
        return self.name.removeprefix("Kota ").removeprefix("Kabupaten ")


def _embedded_regions() -> list[_Region]:
    regions: list[_Region] = []
    name = ""
    kecs: list[tuple[str, tuple[str, ...]]] = []
    for line in _REGIONS.splitlines():
        if not line.startswith(" "):
            if name:
                regions.append(_Region(name, tuple(kecs)))
            name, kecs = line.split("|")[0].strip(), []
        else:
            kec, _, kels = line.strip().partition(":")
            kecs.append((kec, tuple(k.strip() for k in kels.split(",") if k.strip())))
    regions.append(_Region(name, tuple(kecs)))
    return regions


def _wilayah_regions(folder: Path) -> list[_Region]:
    """All kabupaten/kota of a wilayah dataset folder (see the module docstring)."""

    def rows(file: str) -> list[dict[str, str]]:
        with (folder / file).open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))

    kels: dict[str, list[str]] = {}
    for r in rows("wilayah_kepmendagri_2025_all_levels.csv"):
        # Kelurahan codes start with 1, desa codes with 2: only a lurah is an ASN.
        if r["level"] == "desa_kelurahan" and r["kode"].rsplit(".", 1)[-1].startswith("1"):
            kels.setdefault(r["kode_kecamatan"], []).append(r["nama"])
    kecs: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for r in rows("kecamatan_2025.csv"):
        kecs.setdefault(r["kode_kabupaten_kota"], []).append((r["nama"], tuple(kels.get(r["kode"], ()))))
    return [
        _Region(r["nama"], tuple(kecs[r["kode"]]))
        for r in rows("kabupaten_kota_2025.csv")
        if r["kode"] in kecs
    ]


@cache
def _table(spec: str, size: int = 256) -> tuple[str, ...]:
    """Expand ``a=3|b=1`` into ``size`` entries in proportion, so a random byte picks one."""
    pairs = [(text, int(w)) for text, _, w in (item.rpartition("=") for item in spec.split("|"))]
    total = sum(w for _, w in pairs)
    out: list[str] = []
    for text, w in pairs:
        out.extend([text] * round(size * w / total))
    out = (out + [pairs[-1][0]] * size)[:size]
    return tuple(out)


def _csv(value: str) -> str:
    return '"' + value.replace('"', '""') + '"' if any(c in value for c in ',"\n') else value


def _ascii_words(name: str) -> list[str]:
    return "".join(c if c.isalnum() else " " for c in name.lower().replace("'", "")).split()


def _name_pool(
    rng: random.Random,
    given: Sequence[str],
    second: Sequence[str],
    family: Sequence[str],
    size: int,
    initial: bool,
) -> list[tuple[str, tuple[str, str, str, str]]]:
    """``size`` (core name, four handle bases) pairs in the shapes Indonesian names take."""
    pool = []
    for _ in range(size):
        shape = rng.random()
        first = rng.choice(given)
        if initial and shape < 0.05:
            core = f"M. {rng.choice(given)}"
        elif shape < 0.20:
            core = first  # a single name is common (Sutrisno, Wahyuni)
        elif shape < 0.55:
            core = f"{first} {rng.choice(given)}"
        elif shape < 0.88:
            core = f"{first} {rng.choice(second)}"
        else:
            core = f"{first} {rng.choice(family)}"
        words = _ascii_words(core)
        bases = (".".join(words), "".join(words), "_".join(words), words[0] + "." + words[-1][:1])
        pool.append((core, bases))
    return pool


def _nip_prefixes(rng: random.Random) -> tuple[list[str], list[bool]]:
    """Distinct ``YYYYMMDDYYYYMM`` NIP prefixes, and whether each appointment is 2019 or later."""
    months = [(y, m) for y in range(_FIRST_APPOINTMENT, _LAST_APPOINTMENT + 1) for m in range(1, 13)]
    starts = [date(y, m, 1).toordinal() for y, m in months]
    # Born 19 to 38 years before the appointment month (19 years of days plus the most leap days
    # they can hold): always past the 18th birthday the NIP check asks for.
    youngest, oldest = 19 * 365 + 5, 38 * 365
    first_birth = starts[0] - oldest
    births = [f"{date.fromordinal(o):%Y%m%d}" for o in range(first_birth, starts[-1] - youngest + 1)]
    seen: set[str] = set()
    prefixes: list[str] = []
    recent: list[bool] = []
    while len(prefixes) < _PREFIXES:
        k = rng.randrange(len(months))
        born = starts[k] - rng.randrange(youngest, oldest)
        prefix = f"{births[born - first_birth]}{months[k][0]}{months[k][1]:02d}"
        if prefix not in seen:
            seen.add(prefix)
            prefixes.append(prefix)
            recent.append(months[k][0] >= _PPPK_FROM)
    return prefixes, recent


def _render(rng: random.Random, job: _Job, values: dict[str, object], region: str) -> str:
    """The CSV text of ``jabatan,instansi,unit_kerja,wilayah`` for one post."""
    fields = (
        rng.choice(job.jabatan),
        job.instansi.format(**values),
        rng.choice(job.units).format(**values),
        region,
    )
    return ",".join(_csv(f) for f in fields)


def _phone(i: int, pick: int) -> str:
    # 48271 is prime and not 2 or 5, so i -> digits is one-to-one for fewer than 10**8 rows.
    digits = f"{(i * 48271 + 1234567) % 100_000_000:08d}"
    carrier = _CARRIERS[pick % len(_CARRIERS)]
    style = (pick >> 4) & 3
    if style == 0:
        return f"+62{carrier}{digits}"
    if style == 1:
        return f"0{carrier}{digits}"
    if style == 2:
        return f"0{carrier}-{digits[:4]}-{digits[4:]}"
    return f"62 {carrier} {digits[:4]} {digits[4:]}"


def _account(platform: str, base: str, i: int, style: int) -> str:
    handle = f"{base}{i}"
    if platform == "facebook" and style == 0:
        return f"https://www.facebook.com/{handle}"
    if platform in ("instagram", "tiktok") and style < 3:
        return f"{platform}:@{handle}"
    if platform == "instagram" and style == 3:
        return f"instagram:{handle.title()}"  # handles are case-insensitive; registries are not
    if platform == "telegram" and style < 4:
        return f"telegram:{_phone(i, style * 7)}"
    return f"{platform}:{handle}"


def generate_registry(n: int, path: str | Path, seed: int = 0, *, wilayah_dir: Path | None = None) -> None:
    """Write a synthetic ASN registry of ``n`` rows to ``path`` (UTF-8 CSV with header).

    Deterministic for a given ``seed``; every row is valid and every NIP unique, so a load of
    the file should report ``n`` loaded and nothing rejected.
    """
    if not 0 <= n <= _MAX_ROWS:
        raise ValueError(f"n must be between 0 and {_MAX_ROWS}, got {n}")
    rng = random.Random(seed)
    regions = _wilayah_regions(wilayah_dir) if wilayah_dir is not None else _embedded_regions()

    # Pools, built once. Names are by sex because the NIP's sex digit must agree with the name.
    male = _name_pool(rng, _MALE.split(), _MALE.split() + _SECOND_MALE.split(), _FAMILY.split(), 4096, True)
    female = _name_pool(rng, _FEMALE.split(), _FEMALE.split() + _SECOND_FEMALE.split(), _FAMILY.split(),
                        4096, False)  # fmt: skip
    names = (male, female)
    weights = [job.weight for job in _JOBS]
    nurse = _JOBS[1]
    # One pool of posts per sex: (CSV text of jabatan..wilayah, degree table, title table, PPPK?).
    posts: tuple[list[_Post], list[_Post]] = ([], [])
    while len(posts[0]) < _POSTS:
        job = rng.choices(_JOBS, weights)[0]
        region = rng.choice(regions)
        kec, kels = rng.choice(region.kecamatan)
        if job.needs_kelurahan and not kels:
            continue
        values = {
            "region": region.name, "short": region.short, "kec": kec, "kel": rng.choice(kels or ("",)),
            "n": rng.randint(1, 60), "dinas": rng.choice(_DINAS),
            "place": region.short if region.name.startswith("Kota ") else kec,
        }  # fmt: skip
        # Men are not midwives in Indonesia: a man drawn for a midwife's post is a nurse there.
        as_man = nurse if job.female_only else job
        posts[0].append(
            (_render(rng, as_man, values, region.name), _table(as_man.degrees), _table(as_man.prefix_male),
             as_man.pppk)
        )  # fmt: skip
        posts[1].append(
            (_render(rng, job, values, region.name), _table(job.degrees), _table(job.prefix_female), job.pppk)
        )

    platforms = _table("|".join(f"{p}={w}" for p, w in _PLATFORMS), 64)
    # Row i takes NIP prefix p = (a*i + b) mod 2**17 (a odd: a bijection) and block q = i >> 17,
    # which spells sex and sequence; so (p, q), hence the NIP, differs on every row.
    nip_heads, recent = _nip_prefixes(rng)
    a = rng.randrange(_PREFIXES) | 1
    b = rng.randrange(_PREFIXES)
    bits = rng.getrandbits

    with Path(path).open("w", encoding="utf-8", newline="") as out:
        out.write("nip,nama,jabatan,instansi,unit_kerja,wilayah,status,akun\n")
        buf: list[str] = []
        for start in range(0, n, _PREFIXES):
            q = start >> _PREFIX_BITS
            # Sequence (q >> 1) + (p mod 5), so small files are not all "001"; still one-to-one in
            # q for a given p, which is what keeps NIPs unique.
            tails = tuple(
                tuple(f"{sex}{((q >> 1) + c) % 999 + 1:03d}" for c in range(_SEQ_SPREAD)) for sex in (1, 2)
            )
            flip = q & 1
            for i in range(start, min(n, start + _PREFIXES)):
                p = (a * i + b) & _MASK
                sex = (p & 1) ^ flip
                # Two 30-bit draws: small ints are cheaper to slice than one 64-bit draw.
                r = bits(30)
                t = bits(30)
                frag, degrees, titles, pppk = posts[sex][r & _POST_MASK]
                core, bases = names[sex][(r >> 13) & 4095]
                title = titles[t & 255]
                nama = f"{title} {core}" if title else core
                degree = degrees[(t >> 8) & 255]
                if degree:
                    nama = f'"{nama}, {degree}"'
                # PPPK only on posts open to them and only since 2019; 3 in 4 of those recent hires.
                status = "PPPK" if pppk and recent[p] and (t >> 16) & 3 else "PNS"
                akun = ""
                if (t >> 18) & 1023 < 307:  # ~30% of people have known accounts
                    u = bits(30)
                    base = bases[u & 3]
                    first = platforms[(u >> 2) & 63]
                    akun = _account(first, base, i, (u >> 8) & 7)
                    if (u >> 11) & 3 == 0:  # a quarter of them have a second one
                        second = platforms[(u >> 13) & 63]
                        if second != first:
                            akun = f"{akun};{_account(second, base, i, (u >> 19) & 7)}"
                if (r >> 25) & 31 == 0 and (t >> 28) & 3 == 0:  # 1 in 128: a WhatsApp number
                    wa = f"whatsapp:{_phone(i, r >> 13)}"
                    akun = f"{akun};{wa}" if akun else wa
                buf.append(f"{nip_heads[p]}{tails[sex][p % _SEQ_SPREAD]},{nama},{frag},{status},{akun}\n")
                if len(buf) >= 16384:
                    out.write("".join(buf))
                    buf.clear()
        out.write("".join(buf))
