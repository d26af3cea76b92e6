"""ReportLab plumbing shared by the dossier and the letter: fonts, styles, a deterministic build.

Every PDF embeds DejaVu Sans (Debian's ``fonts-dejavu-core``, Bitstream Vera licence; installed by
``scripts/system-deps.sh``), a Unicode TrueType font: names, quotes, ✓ and → print as themselves.
``JAGANETRAL_FONT_DIR`` points at another folder holding the same two files. Every PDF is built with
``invariant=1``: ReportLab then writes a fixed creation date and document id, so the same input
gives the same bytes (a dossier can be re-generated and compared by hash).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from jaganetral.errors import JaganetralError

#: Draws the running header and footer of one page, given the canvas, page number and page count.
PageDecorator = Callable[[Any, int, int], None]

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))


class FontMissing(JaganetralError):
    """The Unicode font the documents embed is not installed."""

    http_status = 503


@lru_cache(maxsize=1)
def register_fonts() -> frozenset[int]:
    """Register DejaVu Sans (regular, bold) once; return the code points the regular face covers."""
    dirs = [Path(os.environ["JAGANETRAL_FONT_DIR"])] if os.environ.get("JAGANETRAL_FONT_DIR") else []
    for d in [*dirs, *FONT_DIRS]:
        regular, bold = d / "DejaVuSans.ttf", d / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            face = TTFont(FONT, str(regular))
            pdfmetrics.registerFont(face)
            pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold)))
            pdfmetrics.registerFontFamily(
                FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
            )
            return frozenset(face.face.charToGlyph)
    raise FontMissing(
        "font DejaVu Sans tidak ditemukan (apt-get install fonts-dejavu-core, atau JAGANETRAL_FONT_DIR)"
    )


GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#e8ecf0")
RED = colors.HexColor("#b00020")
GREEN = colors.HexColor("#1b5e20")


def styles(base_size: float) -> dict[str, ParagraphStyle]:
    """The paragraph styles of one document, scaled from its body size."""
    register_fonts()
    lead = base_size * 1.3
    body = ParagraphStyle("body", fontName=FONT, fontSize=base_size, leading=lead)
    return {
        "body": body,
        "just": ParagraphStyle("just", parent=body, alignment=TA_JUSTIFY),
        "small": ParagraphStyle("small", parent=body, fontSize=base_size - 1.5, leading=lead - 2),
        "tiny": ParagraphStyle(
            "tiny", parent=body, fontSize=base_size - 2.5, leading=lead - 3.5, textColor=GREY
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=base_size - 1, leading=lead - 1.5),
        "cellb": ParagraphStyle(
            "cellb", parent=body, fontName=FONT_BOLD, fontSize=base_size - 1, leading=lead - 1.5
        ),
        "h1": ParagraphStyle(
            "h1", parent=body, fontName=FONT_BOLD, fontSize=base_size + 4, leading=lead + 5, spaceAfter=2
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=base_size + 1.5,
            leading=lead + 2,
            spaceBefore=8,
            spaceAfter=3,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=base_size,
            leading=lead,
            spaceBefore=5,
            spaceAfter=2,
        ),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        "kop1": ParagraphStyle(
            "kop1",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=base_size + 1,
            leading=lead + 1,
            alignment=TA_CENTER,
        ),
        "kop2": ParagraphStyle(
            "kop2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=base_size + 3,
            leading=lead + 3,
            alignment=TA_CENTER,
        ),
        "kop3": ParagraphStyle(
            "kop3", parent=body, fontSize=base_size - 2, leading=lead - 2.5, alignment=TA_CENTER
        ),
        "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=3),
        "quote": ParagraphStyle(
            "quote",
            parent=body,
            leftIndent=12,
            rightIndent=8,
            textColor=colors.HexColor("#222222"),
            borderColor=colors.HexColor("#9aa5b1"),
            borderWidth=0,
            borderPadding=2,
        ),
    }


def grid_table(
    rows: Sequence[Sequence[Any]], widths: Sequence[float], *, header: bool = True, zebra: bool = False
) -> Table:
    """A table of Paragraph cells with thin rules; the header row (if any) is shaded and repeats."""
    # splitInRow: a long free-text cell (a reason, a detail) may continue on the next page
    t = Table([list(r) for r in rows], colWidths=list(widths), repeatRows=1 if header else 0, splitInRow=1)
    cmds: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), LIGHT))
    if zebra:
        cmds.extend(
            ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f7f9fa"))
            for i in range(2 if header else 1, len(rows), 2)
        )
    t.setStyle(TableStyle(cmds))
    return t


def key_value_table(rows: Sequence[tuple[str, Any]], st: dict[str, ParagraphStyle], width: float) -> Table:
    """Label / value pairs (labels are ours, plain text; values are markup already escaped)."""
    label_w = 42 * mm
    data = [
        [Paragraph(k, st["cellb"]), v if not isinstance(v, str) else Paragraph(v, st["cell"])]
        for k, v in rows
    ]
    t = Table(data, colWidths=[label_w, width - label_w], splitInRow=1)
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c5ccd3")),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return t


def _numbered_canvas(decorate: PageDecorator) -> type:
    """A canvas class that holds pages back until the end, so each footer can say "dari N"."""

    class _NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # ReportLab calls it by this name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                super().showPage()
            super().save()

    return _NumberedCanvas


def build_pdf(
    story: list[Any],
    *,
    title: str,
    author: str,
    subject: str,
    decorate: PageDecorator,
    margins: tuple[float, float, float, float] = (18 * mm, 18 * mm, 20 * mm, 20 * mm),
) -> bytes:
    """Lay out ``story`` on A4 and return the PDF bytes (same story, same bytes)."""
    buf = io.BytesIO()
    left, right, top, bottom = margins
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        author=author,
        subject=subject,
        creator="jaganetral",
        invariant=1,
        pageCompression=1,
        lang="id-ID",
    )
    doc.build(story, canvasmaker=_numbered_canvas(decorate))
    return buf.getvalue()


#: ReportLab's frames keep this much padding inside the page margins, on each side.
FRAME_PADDING = 6.0


def content_width(margins: tuple[float, float] = (18 * mm, 18 * mm)) -> float:
    """Width a flowable may take: between the margins, less the frame's own padding."""
    return float(A4[0] - margins[0] - margins[1] - 2 * FRAME_PADDING)


PAGE_WIDTH, PAGE_HEIGHT = float(A4[0]), float(A4[1])
