"""heldout9: shared helpers for the scenario modules (_heldout9.py and its parts _heldout9_social.py, _heldout9_chats.py,
_heldout9_canon.py): local clocks, fictional ids, region names, the section registry and the language tags."""
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
# fictional ids (seeded with 'h9' so that nothing repeats another workspace's ids)
# ---------------------------------------------------------------------------------------------


def fbid(seed):
    return "1000" + f"{hnum('h9fb' + seed, 10**11):011d}"


def page_id(seed):
    return "10" + f"{hnum('h9pg' + seed, 10**13):013d}"


def phone(seed, prefix="812"):
    return "+62" + prefix + f"{hnum('h9ph' + seed, 10**8):08d}"


# ---------------------------------------------------------------------------------------------
# regions (Kemendagri names)
# ---------------------------------------------------------------------------------------------
JMB, KLS, STG = "Provinsi Jambi", "Provinsi Kalimantan Selatan", "Provinsi Sulawesi Tengah"
SPN, BNT = "Kota Sungai Penuh", "Kabupaten Bintan"
KTB, SGI, TMH = "Kabupaten Kotabaru", "Kabupaten Sigi", "Kota Tomohon"
RAJ, ARU = "Kabupaten Raja Ampat", "Kabupaten Kepulauan Aru"
YGY, BTL = "Kota Yogyakarta", "Kabupaten Bantul"
BMA, BPN = "Kabupaten Bima", "Kota Balikpapan"
HLT, MLT = "Kabupaten Halmahera Utara", "Provinsi Maluku Utara"
DIY, NTB, KTM = "Provinsi Daerah Istimewa Yogyakarta", "Provinsi Nusa Tenggara Barat", "Provinsi Kalimantan Timur"

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
    "jambi": "Jambi Malay",
    "kerinci": "Kerinci (Sungai Penuh)",
    "riau": "Riau-islands Malay (Bintan)",
    "banjar": "Banjar (Kalimantan Selatan, Kotabaru, Balikpapan)",
    "kaili": "Kaili-flavoured Palu and Sigi Indonesian",
    "manado": "Manado Malay with Minahasa words (Tomohon)",
    "papua": "Papuan Malay (Raja Ampat)",
    "ambon": "Ambon Malay as spoken in the Aru islands",
    "jawa": "Yogyakarta Javanese (ngoko and krama)",
    "bima": "Bima (Nggahi Mbojo) and Bima Malay",
    "malut": "North Moluccan Malay (Halmahera Utara)",
    "sys": "no text (reactions, follows, joins, service lines)",
}

WA_NOTICE_ID = ("Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat "
                "membaca atau mendengarkannya. Ketuk untuk info selengkapnya.")
WA_NOTICE_EN = ("Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. "
                "Tap to learn more.")
