"""Text helpers shared by the report builders: safe markup, Indonesian dates, labels for codes.

ReportLab's built-in Helvetica only carries the Windows-1252 character set, which covers Indonesian
and typographic quotes but not emoji or other scripts. :func:`printable` keeps what the font can
show and names the rest (``[VICTORY HAND]``) so a campaign post's symbols are not silently lost.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

JAKARTA = ZoneInfo("Asia/Jakarta")

MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)

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

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def label(table: dict[str, str], code: str | None) -> str:
    """The label of ``code`` in ``table``; an unknown code is shown as itself, never hidden."""
    if not code:
        return "-"
    return table.get(code, code)


def printable(text: str) -> str:
    """``text`` reduced to what Helvetica (Windows-1252) can show; other characters are named."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "\t\r":
            out.append(" ")
            continue
        if _CONTROL.match(ch) or unicodedata.category(ch) in {"Cf", "Cs", "Mn"} or ch == "\ufe0f":
            # joiners, variation selectors and combining marks carry no glyph of their own
            continue
        try:
            ch.encode("cp1252")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        # letters with marks outside cp1252 (e.g. "ș") keep their base letter
        base = unicodedata.normalize("NFKD", ch).encode("cp1252", "ignore").decode("cp1252")
        if base and unicodedata.category(ch).startswith("L"):
            out.append(base)
            continue
        name = unicodedata.name(ch, "")
        out.append(f"[{name}]" if name else "?")
    return "".join(out)


def esc(text: object) -> str:
    """User text made safe for ReportLab Paragraph markup (``&``, ``<``, ``>`` escaped)."""
    s = printable("" if text is None else str(text))
    return escape(s).replace("\n", "<br/>")


def local(dt: datetime) -> datetime:
    """``dt`` in Asia/Jakarta; naive values are UTC (the store's convention)."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(JAKARTA)


def id_date(d: date | datetime | None) -> str:
    """``21 November 2026``; a datetime is first moved to Asia/Jakarta."""
    if d is None:
        return "-"
    if isinstance(d, datetime):
        d = local(d).date()
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def id_datetime(dt: datetime | None) -> str:
    """``21 November 2026 14.05 WIB`` (Indonesian writes hours and minutes with a dot)."""
    if dt is None:
        return "-"
    loc = local(dt)
    return f"{id_date(loc)} {loc.hour:02d}.{loc.minute:02d} WIB"


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
