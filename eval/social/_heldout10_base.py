"""heldout10: shared helpers for the scenario modules (_heldout10.py and its parts _heldout10_social.py, _heldout10_chats.py,
_heldout10_canon.py): local clocks, fictional ids, region names, the section registry and the language tags."""
from __future__ import annotations

from _corpus import WIB, WIT, WITA, at, hnum

# ---------------------------------------------------------------------------------------------
# local clocks (a post's own wall clock and its true offset)
# ---------------------------------------------------------------------------------------------


def w(y, mo, d, h=9, mi=0, s=0):
    return at(WIB, y, mo, d, h, mi, s)


def ta(y, mo, d, h=9, mi=0, s=0):
    return at(WITA, y, mo, d, h, mi, s)


def tp(y, mo, d, h=9, mi=0, s=0):
    return at(WIT, y, mo, d, h, mi, s)


# ---------------------------------------------------------------------------------------------
# fictional ids (seeded with 'h10' so that nothing repeats another workspace's ids)
# ---------------------------------------------------------------------------------------------


def fbid(seed):
    return "1000" + f"{hnum('h10fb' + seed, 10**11):011d}"


def page_id(seed):
    return "10" + f"{hnum('h10pg' + seed, 10**13):013d}"


def phone(seed, prefix="812"):
    return "+62" + prefix + f"{hnum('h10ph' + seed, 10**8):08d}"


# ---------------------------------------------------------------------------------------------
# regions (Kemendagri names and codes, shared/data/datasets/wilayah, kabupaten_kota_2025.csv)
# ---------------------------------------------------------------------------------------------
PID = "Kabupaten Pidie"                # 11.07, Aceh, WIB
PSP = "Kota Padangsidimpuan"           # 12.77, Sumatera Utara, WIB
CRB = "Kota Cirebon"                   # 32.74, Jawa Barat, WIB
PMK = "Kabupaten Pamekasan"            # 35.28, Jawa Timur, WIB
LTG = "Kabupaten Lombok Tengah"        # 52.02, Nusa Tenggara Barat, WITA
TRU = "Kabupaten Toraja Utara"         # 73.26, Sulawesi Selatan, WITA
WJO = "Kabupaten Wajo"                 # 73.13, Sulawesi Selatan, WITA
MBR = "Kabupaten Manggarai Barat"      # 53.15, Nusa Tenggara Timur, WITA
KTG = "Kota Kotamobagu"                # 71.74, Sulawesi Utara, WITA
MTG = "Kabupaten Maluku Tengah"        # 81.01, Maluku, WIT
FFK = "Kabupaten Fak Fak"              # 92.03, Papua Barat, WIT
HSL = "Kabupaten Halmahera Selatan"    # 82.04, Maluku Utara, WIT
ACEH, SUMUT, JATIM, JABAR = "Provinsi Aceh", "Provinsi Sumatera Utara", "Provinsi Jawa Timur", "Provinsi Jawa Barat"
NTB, NTT, SULSEL, SULUT = "Provinsi Nusa Tenggara Barat", "Provinsi Nusa Tenggara Timur", "Provinsi Sulawesi Selatan", "Provinsi Sulawesi Utara"
MALUKU, MALUT, PABAR = "Provinsi Maluku", "Provinsi Maluku Utara", "Provinsi Papua Barat"
CODES = {PID: "11.07", PSP: "12.77", CRB: "32.74", PMK: "35.28", LTG: "52.02", TRU: "73.26", WJO: "73.13", MBR: "53.15", KTG: "71.74",
         MTG: "81.01", FFK: "92.03", HSL: "82.04"}

# ---------------------------------------------------------------------------------------------
# sections, filled in by the part modules in import order
# ---------------------------------------------------------------------------------------------
SECTIONS = []


def section(fn):
    SECTIONS.append(fn)
    return fn


# language tags (kept out of truth.jsonl; the README counts labels by language)
LANGS = {}
LANG_NAMES = {
    "id": "Indonesian (standard or informal)",
    "slang": "Indonesian slang, leetspeak or keycaps",
    "en": "English or English-mixed",
    "aceh": "Acehnese (Pidie)",
    "angkola": "Angkola-Mandailing Batak (Padangsidimpuan)",
    "cirebon": "Cirebonese (Kota Cirebon)",
    "madura": "Madurese (Pamekasan)",
    "sasak": "Sasak (Lombok Tengah)",
    "toraja": "Toraja (Toraja Utara)",
    "bugis": "Bugis (Wajo)",
    "manggarai": "Manggarai (Labuan Bajo)",
    "mongondow": "Manado Malay with Mongondow words (Kotamobagu)",
    "ambon": "Ambon Malay (Masohi, Maluku Tengah)",
    "papua": "Papuan Malay (Fakfak)",
    "malut": "North Moluccan Malay (Bacan, Halmahera Selatan)",
    "sys": "no text (reactions, follows, joins, service lines)",
}

WA_NOTICE_ID = ("Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat "
                "membaca atau mendengarkannya. Ketuk untuk info selengkapnya.")
WA_NOTICE_EN = ("Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. "
                "Tap to learn more.")
