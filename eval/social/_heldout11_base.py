"""heldout11: shared helpers for the scenario modules (_heldout11.py and its parts _heldout11_social.py, _heldout11_chats.py,
_heldout11_canon.py): local clocks, fictional ids, region names, the section registry and the language tags."""
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
# fictional ids (seeded with 'h11' so that nothing repeats another workspace's ids)
# ---------------------------------------------------------------------------------------------


def fbid(seed):
    return "1000" + f"{hnum('h11fb' + seed, 10**11):011d}"


def page_id(seed):
    return "10" + f"{hnum('h11pg' + seed, 10**13):013d}"


def phone(seed, prefix="812"):
    return "+62" + prefix + f"{hnum('h11ph' + seed, 10**8):08d}"


# ---------------------------------------------------------------------------------------------
# regions (Kemendagri names and codes, shared/data/datasets/wilayah, kabupaten_kota_2025.csv; Jayawijaya also in the
# pre-split 2022 file, where it is 91.02 in Provinsi Papua - its province in 2018-2019)
# ---------------------------------------------------------------------------------------------
JATIM = "Provinsi Jawa Timur"          # 35, WIB
KDR = "Kota Kediri"                     # 35.71, Jawa Timur, WIB
BJN = "Kabupaten Bojonegoro"            # 35.22, Jawa Timur, WIB
KKR = "Kabupaten Kubu Raya"             # 61.12, Kalimantan Barat, WIB
SULTRA = "Provinsi Sulawesi Tenggara"   # 74, WITA
KLK = "Kabupaten Kolaka"                # 74.01, Sulawesi Tenggara, WITA
SKK = "Kabupaten Sikka"                 # 53.07, Nusa Tenggara Timur, WITA
PLP = "Kota Palopo"                     # 73.73, Sulawesi Selatan, WITA
KLU = "Kabupaten Klungkung"             # 51.05, Bali, WITA
MTR = "Kabupaten Maluku Tenggara"       # 81.02, Maluku, WIT
JYW = "Kabupaten Jayawijaya"            # 95.01 (Papua Pegunungan; 91.02 in Provinsi Papua until 2022), WIT
MALUKU = "Provinsi Maluku"
CODES = {JATIM: "35", KDR: "35.71", BJN: "35.22", KKR: "61.12", SULTRA: "74", KLK: "74.01", SKK: "53.07", PLP: "73.73",
         KLU: "51.05", MTR: "81.02", JYW: "95.01 (91.02 before the 2022 split of Papua)"}

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
    "suroboyo": "Suroboyoan East Javanese (provincial offices in Surabaya)",
    "jawa": "Mataraman Javanese (Kota Kediri, Bojonegoro)",
    "madura": "Madurese (officials from Madura, Kubu Raya's Madurese families)",
    "pontianak": "Pontianak Malay (Kubu Raya)",
    "tolaki": "Kendari Malay with Tolaki words (Kendari, Kolaka)",
    "buton": "Buton-flavoured Kendari Malay (Wolio and Muna words)",
    "sikka": "Maumere Malay with Sikka words",
    "luwu": "Palopo Indonesian with Luwu (Tae') and Bugis words",
    "bali": "Balinese (Klungkung, Nusa Penida)",
    "kei": "Ambon Malay with Kei words (Langgur, Tual)",
    "papua": "Papuan Malay with Dani words (Wamena)",
    "sys": "no text (reactions, follows, joins, service lines)",
}

WA_NOTICE_ID = ("Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat "
                "membaca atau mendengarkannya. Ketuk untuk info selengkapnya.")
WA_NOTICE_EN = ("Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. "
                "Tap to learn more.")
# the Indonesian wording of 2017-2019 exports
WA_NOTICE_ID_OLD = ("Pesan yang dikirim ke grup ini sekarang diamankan dengan enkripsi end-to-end. Ketuk untuk info selengkapnya.")
WA_NOTICE_EN_OLD = ("Messages to this group are now secured with end-to-end encryption. Tap for more info.")
