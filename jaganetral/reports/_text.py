"""Text helpers shared by the report builders: safe markup, Indonesian dates (through the one time
helper, :mod:`jaganetral.model.clock`), labels for codes.

The documents embed DejaVu Sans, which covers Latin, Greek, Cyrillic, arrows, check marks and many
symbols. A character it has no glyph for (most colour emoji) is described in words in brackets —
``(emoji: victory hand)`` — so a campaign post's symbols are never silently lost.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from xml.sax.saxutils import escape

from jaganetral.model import clock
from jaganetral.model.clock import Zone

#: Workflow states (rules.md §5) as people read them.
STATE_LABELS = {
    "informasi_awal": "Informasi awal",
    "temuan": "Temuan",
    "laporan": "Laporan",
    "kajian_awal": "Kajian awal",
    "perlu_kelengkapan": "Perlu kelengkapan",
    "diregistrasi": "Diregistrasi",
    "tidak_diregistrasi": "Tidak diregistrasi",
    "klarifikasi": "Klarifikasi",
    "kajian": "Kajian",
    "putusan": "Putusan",
    "bukan_pelanggaran": "Bukan pelanggaran",
    "pelanggaran_netralitas": "Pelanggaran netralitas",
    "dugaan_pidana": "Dugaan tindak pidana",
    "diteruskan": "Diteruskan",
    "tindak_lanjut_ppk": "Tindak lanjut PPK",
    "sanksi_dijatuhkan": "Sanksi dijatuhkan",
    "tidak_ditindaklanjuti": "Tidak ditindaklanjuti",
    "selesai": "Selesai",
}

#: States after which no deadline runs any more (a past due date is then not "terlambat").
CLOSED_STATES = frozenset({"selesai", "tidak_diregistrasi", "bukan_pelanggaran"})

FINDING_STATUS = {
    "violation": "Pelanggaran (semua unsur terpenuhi)",
    "review": "Perlu telaah (identitas atau maksud belum pasti)",
    "alert": "Peringatan (paparan pasif, bukan pelanggaran)",
}

ACTIONS = {
    "post": "mengunggah",
    "share": "membagikan",
    "comment": "mengomentari",
    "like": "menyukai",
    "follow_or_join": "mengikuti / bergabung",
    "photo_with_candidate": "berfoto dengan calon",
    "partisan_gesture": "gestur keberpihakan",
    "official_account_use": "penggunaan akun resmi instansi",
    "instruct_others": "menginstruksikan pihak lain",
    "attend_campaign": "menghadiri kampanye",
    "state_facility_use": "penggunaan fasilitas negara",
    "tagged": "ditandai oleh pihak lain",
    "other": "lainnya",
}

SUBJECT_KINDS = {"asn": "ASN", "institution": "Akun institusi", "unknown": "Belum teridentifikasi"}

_SMALL = (
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
)

#: a flag emoji is two regional-indicator letters (🇮🇩 = I, D)
_FLAG = re.compile("[\U0001f1e6-\U0001f1ff]{2}")


def _flag_letters(pair: str) -> str:
    return "".join(chr(ord("A") + ord(c) - 0x1F1E6) for c in pair)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def label(table: dict[str, str], code: str | None) -> str:
    """The label of ``code`` in ``table``; an unknown code is shown as itself, never hidden."""
    if not code:
        return "-"
    return table.get(code, code)


def printable(text: str) -> str:
    """``text`` with what the embedded font cannot draw described in words; control marks dropped."""
    from jaganetral.reports._pdf import register_fonts

    covered = register_fonts()
    out: list[str] = []
    text = _FLAG.sub(lambda m: f"(bendera {_flag_letters(m.group(0))})", text)
    for ch in unicodedata.normalize("NFC", text):
        if ch in "\t\r":
            out.append(" ")
            continue
        if _CONTROL.match(ch) or unicodedata.category(ch) in {"Cf", "Cs"} or ch == "\ufe0f":
            # joiners and variation selectors carry no glyph of their own
            continue
        if ord(ch) in covered or ch == "\n":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFKD", ch)[:1]
        if base and ord(base) in covered and unicodedata.category(ch).startswith("L"):
            out.append(base)
            continue
        name = unicodedata.name(ch, "").lower()
        out.append(f"(emoji: {name})" if name else "?")
    return "".join(out)


def esc(text: object) -> str:
    """User text made safe for ReportLab Paragraph markup (``&``, ``<``, ``>`` escaped)."""
    s = printable("" if text is None else str(text))
    return escape(s).replace("\n", "<br/>")


def local(dt: datetime, zone: Zone | None = None) -> datetime:
    """``dt`` in ``zone`` (WIB when not given); it must be aware (the store gives UTC)."""
    return clock.local(dt, zone)[0]


def id_date(d: date | datetime | None, zone: Zone | None = None) -> str:
    """``21 November 2026``; a datetime is read in ``zone`` (WIB when not given)."""
    if d is None:
        return "-"
    return clock.tanggal(d, zone=zone)


def id_datetime(dt: datetime | None, zone: Zone | None = None) -> str:
    """``21 November 2026 14.05 WITA`` (Indonesian writes hours and minutes with a dot)."""
    if dt is None:
        return "-"
    return clock.tanggal_jam(dt, zone, with_day=False)


def parse_instant(value: object) -> datetime | None:
    """A datetime from a finding field (ISO text) or a datetime; ``None`` when absent or unreadable."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def terbilang(n: int) -> str:
    """Small numbers in words, as letters write them ("1 (satu)"); larger ones stay digits."""
    if 0 <= n < len(_SMALL):
        return _SMALL[n]
    if 12 <= n <= 19:
        return f"{_SMALL[n - 10]} belas"
    return str(n)


def duration_words(seconds: float) -> str:
    """A rough, human duration: "45 menit", "3 jam", "2 hari"."""
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{max(minutes, 0)} menit"
    hours = minutes // 60
    if hours < 48:
        return f"{hours} jam"
    return f"{hours // 24} hari"


def short_sha(sha: str) -> str:
    """The first 12 hex digits, enough to find the item in the vault by eye."""
    return sha[:12]
