"""Charts as inline SVG drawn on the server: no JavaScript library, no CDN, works air-gapped."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from math import cos, radians, sin
from urllib.parse import quote

from jaganetral.model.regions import regions

# Approximate centre (longitude, latitude) of each province, by Kemendagri code, to place the
# kabupaten/kota tiles of the map roughly where they are.
PROVINCE_CENTRES: dict[str, tuple[float, float]] = {
    "11": (96.7, 4.4),
    "12": (99.1, 2.2),
    "13": (100.5, -0.8),
    "14": (101.8, 0.3),
    "15": (103.0, -1.6),
    "16": (104.2, -3.3),
    "17": (102.3, -3.8),
    "18": (105.2, -4.9),
    "19": (106.4, -2.5),
    "21": (104.5, 0.9),
    "31": (106.85, -6.2),
    "32": (107.6, -6.9),
    "33": (110.2, -7.2),
    "34": (110.4, -7.9),
    "35": (112.5, -7.7),
    "36": (106.1, -6.4),
    "51": (115.2, -8.4),
    "52": (117.4, -8.6),
    "53": (121.1, -9.5),
    "61": (110.4, -0.1),
    "62": (113.4, -1.7),
    "63": (115.3, -3.0),
    "64": (116.4, 0.5),
    "65": (116.8, 3.1),
    "71": (124.6, 1.0),
    "72": (121.4, -1.4),
    "73": (119.9, -4.0),
    "74": (122.3, -4.1),
    "75": (122.5, 0.6),
    "76": (119.3, -2.5),
    "81": (129.4, -3.2),
    "82": (127.8, 0.6),
    "91": (134.1, -2.9),
    "92": (132.9, -1.3),
    "93": (139.0, -4.1),
    "94": (137.6, -6.3),
    "95": (138.5, -3.9),
    "96": (132.0, -0.9),
}


def bar_chart(
    items: Sequence[tuple[str, int]], *, title: str, href: str | None = None, width: int = 520
) -> str:
    """Horizontal bars, one per item, labelled; ``href`` (with ``{key}``) makes bars links to a filter."""
    if not items:
        return f'<p class="muted">{escape(title)}: —</p>'
    top = max(n for _, n in items) or 1
    row, label_w = 22, 210
    h = row * len(items) + 8
    parts = [
        f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {h}" '
        f'width="100%" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, (label, n) in enumerate(items):
        y = 4 + i * row
        w = max(2, int((width - label_w - 50) * n / top))
        lab = escape(label if len(label) <= 34 else label[:32] + "…")
        bar = (
            f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end" font-size="12">{lab}</text>'
            f'<rect x="{label_w}" y="{y + 2}" width="{w}" height="{row - 6}" fill="#2563a8"/>'
            f'<text x="{label_w + w + 4}" y="{y + 14}" font-size="12">{n}</text>'
        )
        if href and label != "—":  # "—" is "not recorded": no filter selects it, so no link
            link = escape(href.format(key=quote(label, safe="")))
            bar = f'<a href="{link}"><title>{escape(label)}: {n}</title>{bar}</a>'
        parts.append(bar)
    parts.append("</svg>")
    return "".join(parts)


def column_chart(items: Sequence[tuple[str, int]], *, title: str, width: int = 620, height: int = 180) -> str:
    """Vertical columns over time (weeks)."""
    if not items:
        return f'<p class="muted">{escape(title)}: —</p>'
    top = max(n for _, n in items) or 1
    step = (width - 40) / len(items)
    parts = [
        f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height + 40}" '
        f'width="100%" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, (label, n) in enumerate(items):
        x = 30 + i * step
        h = max(1, int(height * n / top))
        parts.append(
            f"<g><title>{escape(label)}: {n}</title>"
            f'<rect x="{x:.1f}" y="{height - h + 10}" width="{max(2, step - 4):.1f}" '
            f'height="{h}" fill="#2563a8"/>'
            f"</g>"
        )
        if i % max(1, len(items) // 8) == 0:
            parts.append(f'<text x="{x:.1f}" y="{height + 28}" font-size="10">{escape(label)}</text>')
    parts.append(f'<text x="2" y="18" font-size="10">{top}</text></svg>')
    return "".join(parts)


def region_map(counts: dict[str, int], *, title: str, href: str = "/cases?wilayah={code}") -> str:
    """Every kabupaten/kota as a small tile around its province's position; colour by case count."""
    regs = regions()
    lon0, lon1, lat0, lat1 = 94.5, 141.5, -11.5, 6.5
    width, height = 940, 360

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon - lon0) / (lon1 - lon0) * width, (lat1 - lat) / (lat1 - lat0) * height

    by_prov: dict[str, list[str]] = {}
    for code in sorted(regs):
        by_prov.setdefault(regs[code].province_code, []).append(code)
    top = max(counts.values(), default=0) or 1
    parts = [
        f'<svg class="map" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" '
        f'width="100%" xmlns="http://www.w3.org/2000/svg">'
    ]
    tile = 7.0
    for prov, codes in by_prov.items():
        cx, cy = xy(*PROVINCE_CENTRES.get(prov, (118.0, -2.0)))
        for i, code in enumerate(codes):
            # a golden-angle spiral keeps tiles of one province together without overlap
            r = tile * 0.62 * (i**0.5)
            a = radians(i * 137.5)
            x, y = cx + r * cos(a) - tile / 2, cy + r * sin(a) - tile / 2
            n = counts.get(code, 0)
            fill = "#e5e7eb" if n == 0 else _shade(n / top)
            reg = regs[code]
            cell = (
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{tile - 1}" height="{tile - 1}" fill="{fill}">'
                f"<title>{escape(reg.name)}, {escape(reg.province)}: {n}</title></rect>"
            )
            if n:
                cell = f'<a href="{escape(href.format(code=code))}">{cell}</a>'
            parts.append(cell)
    parts.append("</svg>")
    return "".join(parts)


def _shade(x: float) -> str:
    """Light orange to dark red."""
    lo, hi = (253, 186, 116), (153, 27, 27)
    r, g, b = (int(lo[i] + (hi[i] - lo[i]) * min(1.0, max(0.0, x))) for i in range(3))
    return f"#{r:02x}{g:02x}{b:02x}"
