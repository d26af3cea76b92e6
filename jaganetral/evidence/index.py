"""The human-readable index of an evidence package, as HTML and as PDF (reportlab).

Both list the same things: the case, the findings with their explanation, every item with its
SHA-256, kind, capture time and source, and the custody entries. They are *descriptions*: what
proves integrity is the manifest and its signature, which ``jaganetral evidence check`` verifies.
"""

from __future__ import annotations

import html
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


@dataclass(frozen=True, slots=True)
class IndexData:
    """Everything the index shows (plain values, as written to the package's JSON files)."""

    title: str
    case: Mapping[str, Any]
    findings: Sequence[Mapping[str, Any]]
    items: Sequence[Mapping[str, Any]]  # item metadata + "path" (its file in the package)
    custody: Sequence[Mapping[str, Any]]
    created_at: str
    tool: str
    key_fingerprint: str
    chain_head: str


HOW_TO = (
    "Cara memeriksa: jalankan `jaganetral evidence check PAKET.zip --key KUNCI-PUBLIK.pem`. "
    "Perintah itu menghitung ulang SHA-256 setiap berkas, mencocokkannya dengan manifest, dan "
    "memeriksa tanda tangan Ed25519 atas manifest. Satu bita berubah saja membuat pemeriksaan gagal. / "
    "How to check: run `jaganetral evidence check PACKAGE.zip --key PUBLIC-KEY.pem`; it re-hashes "
    "every file against the manifest and checks the Ed25519 signature over it. One changed byte fails it."
)


def _finding_line(f: Mapping[str, Any]) -> tuple[str, str, str, str, str]:
    actor = f.get("actor") or {}
    who = str(actor.get("name") or "-")
    if actor.get("nip"):
        who += f" (NIP {actor['nip']})"
    online = [
        x for x in f.get("explanation", []) if str(x).startswith(("Dihapus", "Isi di platform", "Sempat"))
    ]
    what = "; ".join([*(f.get("explanation") or [""])[:1], *online])
    return (
        str(f.get("finding_id", "")),
        f"{f.get('status', '')} {', '.join(f.get('violation_codes') or [])}".strip(),
        who,
        str(f.get("occurred_at") or ""),
        what,
    )


def render_html(d: IndexData) -> str:
    e = html.escape
    rows_f = "".join(
        "<tr>" + "".join(f"<td>{e(c)}</td>" for c in _finding_line(f)) + "</tr>" for f in d.findings
    )
    rows_i = "".join(
        f"<tr><td>{n}</td><td><code>{e(i['sha256'])}</code></td><td>{e(i['kind'])}</td>"
        f"<td>{e(str(i['captured_at']))}</td><td>{e(str(i.get('url') or i.get('source') or ''))}</td>"
        f'<td><a href="{e(str(i["path"]))}">{e(str(i["path"]))}</a></td></tr>'
        for n, i in enumerate(d.items, 1)
    )
    rows_c = "".join(
        f"<tr><td>{c['seq']}</td><td>{e(str(c['at']))}</td><td>{e(c['event'])}</td>"
        f"<td><code>{e((c.get('item_sha256') or '')[:16])}</code></td>"
        f"<td>{e(str(c.get('finding_id') or ''))}</td><td>{e(c['actor'])}</td></tr>"
        for c in d.custody
    )

    def head(*cols: str) -> str:
        return "<tr>" + "".join(f"<th>{c}</th>" for c in cols) + "</tr>"

    style = (
        "body{font-family:sans-serif;margin:2em}"
        "table{border-collapse:collapse;width:100%;margin-bottom:2em}"
        "td,th{border:1px solid #999;padding:4px;font-size:13px;vertical-align:top}"
        "code{font-size:11px;word-break:break-all}"
    )
    th_f = head("finding", "status", "pelaku / actor", "waktu / time", "keterangan")
    th_i = head("#", "SHA-256", "jenis / kind", "diambil / captured", "sumber / source", "berkas / file")
    th_c = head("seq", "waktu / at", "peristiwa / event", "item", "finding", "oleh / actor")
    return f"""<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>{e(d.title)}</title>
<style>{style}</style>
</head><body>
<h1>{e(d.title)}</h1>
<p>Dibuat / created: {e(d.created_at)} — {e(d.tool)}<br>
Kunci penanda tangan / signing key: <code>{e(d.key_fingerprint)}</code><br>
Ujung rantai penjagaan / custody chain head: <code>{e(d.chain_head)}</code></p>
<p>{e(HOW_TO)}</p>
<h2>Temuan / Findings ({len(d.findings)})</h2>
<table>{th_f}{rows_f}</table>
<h2>Barang bukti / Items ({len(d.items)})</h2>
<table>{th_i}{rows_i}</table>
<h2>Catatan penjagaan / Custody entries ({len(d.custody)})</h2>
<table>{th_c}{rows_c}</table>
</body></html>
"""


def _fonts() -> tuple[str, str]:
    """DejaVu (full Unicode) when installed, else the PDF base fonts."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    sans, mono = DEJAVU / "DejaVuSans.ttf", DEJAVU / "DejaVuSansMono.ttf"
    if sans.is_file() and mono.is_file():
        known = pdfmetrics.getRegisteredFontNames()  # the reports may have registered the sans already
        if "DejaVuSans" not in known:
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(sans)))
        if "DejaVuSansMono" not in known:
            pdfmetrics.registerFont(TTFont("DejaVuSansMono", str(mono)))
        return "DejaVuSans", "DejaVuSansMono"
    return "Helvetica", "Courier"


def render_pdf(d: IndexData) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    sans, mono = _fonts()
    base = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=base["BodyText"], fontName=sans, fontSize=8, leading=10)
    code = ParagraphStyle("c", parent=body, fontName=mono, fontSize=6.5, leading=8)
    h1 = ParagraphStyle("h1", parent=base["Heading1"], fontName=sans, fontSize=14)
    h2 = ParagraphStyle("h2", parent=base["Heading2"], fontName=sans, fontSize=11)

    def p(text: Any, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(html.escape(str(text)), style)

    def table(head: list[str], rows: list[list[Paragraph]], widths: list[float]) -> LongTable:
        tb = LongTable([[p(h) for h in head], *rows], colWidths=[w * mm for w in widths], repeatRows=1)
        tb.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return tb

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm, title=d.title, author=d.tool
    )
    story: list[Any] = [
        p(d.title, h1),
        p(f"Dibuat / created: {d.created_at} — {d.tool}"),
        p(f"Kunci penanda tangan / signing key: {d.key_fingerprint}"),
        p(f"Ujung rantai penjagaan / custody chain head: {d.chain_head}"),
        Spacer(1, 4 * mm),
        p(HOW_TO),
        p(f"Temuan / Findings ({len(d.findings)})", h2),
        table(
            ["finding", "status", "pelaku / actor", "waktu / time", "keterangan"],
            [[p(c) for c in _finding_line(f)] for f in d.findings],
            [38, 30, 45, 35, 125],
        ),
        p(f"Barang bukti / Items ({len(d.items)})", h2),
        table(
            ["#", "SHA-256", "jenis", "diambil / captured", "sumber / source"],
            [
                [
                    p(n),
                    p(i["sha256"], code),
                    p(i["kind"]),
                    p(i["captured_at"]),
                    p(i.get("url") or i.get("source") or ""),
                ]
                for n, i in enumerate(d.items, 1)
            ],
            [10, 62, 22, 40, 139],
        ),
        p(f"Catatan penjagaan / Custody entries ({len(d.custody)})", h2),
        table(
            ["seq", "waktu / at", "peristiwa", "item", "oleh / actor"],
            [
                [p(c["seq"]), p(c["at"]), p(c["event"]), p(c.get("item_sha256") or "", code), p(c["actor"])]
                for c in d.custody
            ],
            [14, 40, 30, 62, 127],
        ),
    ]
    doc.build(story)
    return buf.getvalue()
