"""Charts drawn with reportlab's graphics shapes: the 8-dimension radar and the plan's Gantt."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from migradesk.pdf.fonts import SANS, face
from migradesk.pdf.spanish import MONTHS_SHORT, percent, short_date
from migradesk.pdf.theme import (
    ACCENT,
    ACCENT_LIGHT,
    ACCENT_MID,
    ALERT,
    ALERT_LIGHT,
    INK,
    MUTED,
    RULE,
    ZEBRA,
)

BOLD = face(SANS, bold=True)


def canvas_drawing(width: float, height: float) -> Drawing:
    """A Drawing whose default font is DejaVu (not the unembedded Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = SANS
    return drawing


def radar(
    shares: Mapping[str, float], size: float, *, labels: Mapping[str, str] | None = None
) -> Drawing:
    """A radar (spider) chart: one axis per dimension, 0 at the centre and 100 % at the rim."""
    codes = list(shares)
    drawing = canvas_drawing(size, size)
    cx = cy = size / 2
    radius = size / 2 - 26
    count = len(codes)

    def point(index: int, fraction: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * index / count
        return cx + radius * fraction * math.cos(angle), cy + radius * fraction * math.sin(angle)

    for ring in (0.25, 0.5, 0.75, 1.0):
        points = [c for i in range(count) for c in point(i, ring)]
        drawing.add(
            Polygon(
                points,
                fillColor=ZEBRA if ring == 1.0 else None,
                strokeColor=RULE,
                strokeWidth=0.8 if ring == 1.0 else 0.5,
            )
        )
    for index in range(count):
        x, y = point(index, 1.0)
        drawing.add(Line(cx, cy, x, y, strokeColor=RULE, strokeWidth=0.5))
    for ring in (0.5, 1.0):  # ring values, between the first two axes
        x, y = point(0, ring * math.cos(math.pi / count))
        x2, y2 = point(1, ring * math.cos(math.pi / count))
        drawing.add(
            String(
                (x + x2) / 2,
                (y + y2) / 2 - 2,
                percent(ring),
                fontName=SANS,
                fontSize=5.5,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    values = [c for i, code in enumerate(codes) for c in point(i, max(0.0, min(1.0, shares[code])))]
    drawing.add(
        Polygon(
            values,
            fillColor=ACCENT,
            fillOpacity=0.22,
            strokeColor=ACCENT,
            strokeWidth=1.6,
            strokeLineJoin=1,
        )
    )
    for i, code in enumerate(codes):
        x, y = point(i, max(0.0, min(1.0, shares[code])))
        drawing.add(Circle(x, y, 2.2, fillColor=ACCENT, strokeColor=colors.white, strokeWidth=0.6))
    for i, code in enumerate(codes):
        lx, ly = point(i, 1.0 + 15 / radius)
        text = (labels or {}).get(code, code)
        drawing.add(
            String(
                lx, ly + 1, text, fontName=BOLD, fontSize=10, fillColor=ACCENT, textAnchor="middle"
            )
        )
        drawing.add(
            String(
                lx,
                ly - 8,
                percent(shares[code]),
                fontName=SANS,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    return drawing


# --- Gantt ---------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class GanttRow:
    label: str
    start: date | None
    end: date | None
    percent_done: int = 0
    done: bool = False
    overdue: bool = False
    cancelled: bool = False


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def _fit(text: str, width: float, font: str, size: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


ROW = 14.0
HEADER = 26.0
LEGEND = 22.0


def gantt(
    rows: Sequence[GanttRow], width: float, today: date, *, label_width: float = 190
) -> Drawing:
    """Bars per action over months, with a dashed "Hoy" line; height grows with the rows."""
    dated = [r for r in rows if r.start and r.end]
    first = min([r.start for r in dated if r.start] + [today])
    last = max([r.end for r in dated if r.end] + [today])
    start = _month_start(first)
    stop = _next_month(last)
    months: list[date] = []
    cursor = start
    while cursor < stop:
        months.append(cursor)
        cursor = _next_month(cursor)
    total_days = (stop - start).days
    chart_x = label_width
    chart_w = width - label_width
    height = HEADER + ROW * len(rows) + LEGEND
    drawing = canvas_drawing(width, height)
    top = height - HEADER

    def x_of(day: date) -> float:
        return chart_x + chart_w * (day - start).days / total_days

    # Zebra rows and labels
    for i, row in enumerate(rows):
        y = top - ROW * (i + 1)
        if i % 2:
            drawing.add(Rect(0, y, width, ROW, fillColor=ZEBRA, strokeColor=None))
        colour = ALERT if row.overdue else (MUTED if row.cancelled else INK)
        drawing.add(
            String(
                3,
                y + 4,
                _fit(row.label, label_width - 8, SANS, 7.2),
                fontName=SANS,
                fontSize=7.2,
                fillColor=colour,
            )
        )
    # Month grid and header: years above, months below; thin out labels on long plans.
    step = 1 if len(months) <= 18 else (2 if len(months) <= 30 else 3)
    for i, month in enumerate(months):
        x = x_of(month)
        drawing.add(Line(x, top, x, top - ROW * len(rows), strokeColor=RULE, strokeWidth=0.35))
        next_x = x_of(_next_month(month))
        if i % step == 0:
            drawing.add(
                String(
                    (x + next_x) / 2 if step == 1 else x + 2,
                    top + 3,
                    MONTHS_SHORT[month.month - 1],
                    fontName=SANS,
                    fontSize=6.5,
                    fillColor=MUTED,
                    textAnchor="middle" if step == 1 else "start",
                )
            )
        if i == 0 or month.month == 1:
            drawing.add(
                String(x + 2, top + 13, str(month.year), fontName=BOLD, fontSize=7, fillColor=INK)
            )
            if i:
                drawing.add(Line(x, top, x, top + 20, strokeColor=MUTED, strokeWidth=0.5))
    drawing.add(Line(chart_x, top, width, top, strokeColor=ACCENT, strokeWidth=0.8))
    drawing.add(Line(x_of(stop), top, x_of(stop), top - ROW * len(rows), strokeColor=RULE))
    # Bars
    for i, row in enumerate(rows):
        if not (row.start and row.end):
            continue
        y = top - ROW * (i + 1) + 3
        x0 = x_of(row.start)
        x1 = max(x_of(row.end + timedelta(days=1)), x0 + 2)
        bar_h = ROW - 6
        if row.cancelled:
            drawing.add(
                Rect(
                    x0,
                    y,
                    x1 - x0,
                    bar_h,
                    fillColor=None,
                    strokeColor=MUTED,
                    strokeWidth=0.6,
                    strokeDashArray=[2, 1.5],
                )
            )
            continue
        fill = ALERT_LIGHT if row.overdue else ACCENT_LIGHT
        stroke = ALERT if row.overdue else ACCENT_MID
        drawing.add(
            Rect(x0, y, x1 - x0, bar_h, fillColor=fill, strokeColor=stroke, strokeWidth=0.6)
        )
        share = 1.0 if row.done else max(0, min(100, row.percent_done)) / 100
        if share:
            drawing.add(
                Rect(
                    x0,
                    y,
                    (x1 - x0) * share,
                    bar_h,
                    fillColor=ALERT if row.overdue else ACCENT,
                    strokeColor=None,
                )
            )
    # Today
    if start <= today < stop:
        x = x_of(today)
        drawing.add(
            Line(
                x,
                top + 2,
                x,
                top - ROW * len(rows),
                strokeColor=ALERT,
                strokeWidth=1,
                strokeDashArray=[3, 2],
            )
        )
        drawing.add(
            String(
                x,
                top + 20,
                f"Hoy {short_date(today)}",
                fontName=BOLD,
                fontSize=6.5,
                fillColor=ALERT,
                textAnchor="middle",
            )
        )
    _legend(drawing, chart_x, 4)
    return drawing


def _legend(drawing: Drawing, x: float, y: float) -> None:
    items = (
        (ACCENT, None, "avance"),
        (ACCENT_LIGHT, ACCENT_MID, "pendiente"),
        (ALERT_LIGHT, ALERT, "vencida"),
        (None, MUTED, "cancelada"),
    )
    for fill, stroke, text in items:
        drawing.add(
            Rect(
                x,
                y,
                14,
                7,
                fillColor=fill,
                strokeColor=stroke,
                strokeWidth=0.6,
                strokeDashArray=[2, 1.5] if fill is None else None,
            )
        )
        drawing.add(String(x + 18, y + 1, text, fontName=SANS, fontSize=7, fillColor=MUTED))
        x += 24 + stringWidth(text, SANS, 7) + 10
    drawing.add(
        Line(x + 4, y - 1, x + 4, y + 9, strokeColor=ALERT, strokeWidth=1, strokeDashArray=[3, 2])
    )
    drawing.add(String(x + 10, y + 1, "hoy", fontName=SANS, fontSize=7, fillColor=MUTED))
