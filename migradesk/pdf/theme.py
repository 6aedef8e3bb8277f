"""One look for every document: A4, DejaVu, one accent colour, light rules, clear hierarchy."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from migradesk.pdf import fonts
from migradesk.pdf.fonts import SANS, SERIF, face

# Paragraphs parse their markup when created: the faces must be known before any is built.
fonts.register(SANS)

ACCENT = colors.HexColor("#1F4E79")  # a calm institutional blue, the only accent
ACCENT_LIGHT = colors.HexColor("#E6EDF5")  # tint of the accent for table headers and bands
ACCENT_MID = colors.HexColor("#9DB7D3")
INK = colors.HexColor("#1C1C1C")
MUTED = colors.HexColor("#5F6670")
RULE = colors.HexColor("#C9CED6")
ZEBRA = colors.HexColor("#F6F8FA")
ALERT = colors.HexColor("#A8322D")  # overdue, the today line: used sparingly
ALERT_LIGHT = colors.HexColor("#FBECEB")

MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm

BOLD = face(SANS, bold=True)
ITALIC = face(SANS, italic=True)


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": SANS,
        "fontSize": 9.5,
        "leading": 13.5,
        "textColor": INK,
        "spaceAfter": 4,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


class Styles:
    """Paragraph styles, built once."""

    title = _style("Title", fontName=BOLD, fontSize=21, leading=26, textColor=ACCENT, spaceAfter=4)
    subtitle = _style("Subtitle", fontSize=11.5, leading=15, textColor=MUTED, spaceAfter=14)
    part = _style(
        "Part",
        fontName=BOLD,
        fontSize=18,
        leading=23,
        textColor=ACCENT,
        spaceAfter=10,
        keepWithNext=1,
    )
    h1 = _style(
        "H1",
        fontName=BOLD,
        fontSize=14,
        leading=18,
        textColor=ACCENT,
        spaceBefore=10,
        spaceAfter=6,
        keepWithNext=1,
    )
    h2 = _style(
        "H2",
        fontName=BOLD,
        fontSize=11.5,
        leading=15,
        textColor=ACCENT,
        spaceBefore=8,
        spaceAfter=4,
        keepWithNext=1,
    )
    h3 = _style(
        "H3", fontName=BOLD, fontSize=10, leading=13.5, spaceBefore=6, spaceAfter=3, keepWithNext=1
    )
    body = _style("Body", alignment=TA_JUSTIFY)
    body_left = _style("BodyLeft")
    small = _style("Small", fontSize=8.5, leading=11.5)
    muted = _style("Muted", fontSize=8.5, leading=11.5, textColor=MUTED)
    caption = _style("Caption", fontSize=8, leading=11, textColor=MUTED, alignment=TA_CENTER)
    muted_italic = _style("MutedItalic", fontName=ITALIC, fontSize=9, leading=12.5, textColor=MUTED)
    quote = _style("Quote", fontName=ITALIC, leftIndent=10 * mm, textColor=MUTED)
    cell = _style("Cell", fontSize=8.5, leading=11, spaceAfter=0)
    cell_small = _style("CellSmall", fontSize=7.5, leading=9.5, spaceAfter=0)
    cell_bold = _style("CellBold", fontName=BOLD, fontSize=8.5, leading=11, spaceAfter=0)
    cell_right = _style("CellRight", fontSize=8.5, leading=11, spaceAfter=0, alignment=TA_RIGHT)
    cell_center = _style("CellCenter", fontSize=8.5, leading=11, spaceAfter=0, alignment=TA_CENTER)
    head = _style("Head", fontName=BOLD, fontSize=8, leading=10, textColor=ACCENT, spaceAfter=0)
    head_right = _style(
        "HeadRight",
        fontName=BOLD,
        fontSize=8,
        leading=10,
        textColor=ACCENT,
        spaceAfter=0,
        alignment=TA_RIGHT,
    )
    label = _style("Label", fontName=BOLD, fontSize=8, leading=11, textColor=MUTED, spaceAfter=0)
    toc0 = _style("TOC0", fontName=BOLD, fontSize=10.5, leading=14, spaceAfter=0)
    toc1 = _style("TOC1", fontSize=9.5, leading=12.5, leftIndent=6 * mm, spaceAfter=0)
    toc2 = _style(
        "TOC2", fontSize=8.5, leading=11, leftIndent=12 * mm, textColor=MUTED, spaceAfter=0
    )
    cover_title = _style(
        "CoverTitle", fontName=BOLD, fontSize=30, leading=36, textColor=ACCENT, alignment=TA_LEFT
    )
    cover_city = _style("CoverCity", fontName=BOLD, fontSize=18, leading=23, spaceBefore=6)
    cover_line = _style("CoverLine", fontSize=12, leading=17, textColor=MUTED)
    # Letters are set in the serif, like a typed note on the municipality's paper.
    letter = _style(
        "Letter",
        fontName=SERIF,
        fontSize=10.5,
        leading=15,
        alignment=TA_JUSTIFY,
        spaceAfter=7,
        firstLineIndent=12 * mm,
    )
    letter_left = _style(
        "LetterLeft",
        fontName=SERIF,
        fontSize=10.5,
        leading=15,
        spaceAfter=7,
        firstLineIndent=12 * mm,
    )
    letter_plain = _style("LetterPlain", fontName=SERIF, fontSize=10.5, leading=14, spaceAfter=0)
    letter_right = _style(
        "LetterRight", fontName=SERIF, fontSize=10.5, leading=14, alignment=TA_RIGHT, spaceAfter=0
    )
    letter_ref = _style(
        "LetterRef",
        fontName=face(SERIF, bold=True),
        fontSize=10.5,
        leading=14,
        leftIndent=60 * mm,
        spaceAfter=0,
    )
    letter_sign = _style(
        "LetterSign", fontName=SERIF, fontSize=10, leading=13, alignment=TA_CENTER, spaceAfter=0
    )
    letter_item = _style("LetterItem", fontName=SERIF, fontSize=10.5, leading=14, spaceAfter=1)


def table_style(*extra: tuple[object, ...], header_rows: int = 1, zebra: bool = True) -> TableStyle:
    """Light horizontal rules, a tinted header, optional zebra stripes."""
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT_LIGHT),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    commands.extend(extra)
    return TableStyle(commands)


class Grid(Table):  # type: ignore[misc]
    """A Table whose plain-string cells are set in DejaVu too (reportlab's default, Helvetica,
    is a base-14 font that would not be embedded)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setStyle([("FONTNAME", (0, 0), (-1, -1), SANS)])
