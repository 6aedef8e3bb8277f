"""What the documents share: the build context, small flowable helpers and the title block."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TypeVar
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
)

from migradesk.domain.cityfile import CityFile
from migradesk.domain.questionnaire import Questionnaire
from migradesk.pdf.layout import (
    PORTRAIT,
    DocInfo,
    Heading,
    PageState,
    Progress,
    SetPage,
    build_pdf,
    province_line,
)
from migradesk.pdf.spanish import long_date
from migradesk.pdf.theme import ACCENT, RULE, Grid, Styles, table_style

T = TypeVar("T")


@dataclasses.dataclass
class Ctx:
    """One document's inputs; ``level`` is the bookmark level of its top headings."""

    file: CityFile
    questionnaire: Questionnaire
    today: date
    level: int = 0
    in_dossier: bool = False

    def h1(self, text: str) -> Heading:
        return Heading(text, Styles.h1, self.level)

    def h2(self, text: str, *, toc: bool = True) -> Heading:
        return Heading(text, Styles.h2, self.level + 1, toc=toc)


def text(value: str, style: ParagraphStyle = Styles.body) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    return Paragraph(escape(value.strip()).replace("\n", "<br/>"), style)


def markup(value: str, style: ParagraphStyle = Styles.body) -> Paragraph:
    """A paragraph of trusted reportlab markup (built here, with values escaped)."""
    return Paragraph(value, style)


def rule(space: float = 6) -> HRFlowable:
    return HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=space, spaceAfter=space)


def note(value: str) -> Paragraph:
    return text(value, Styles.muted_italic)


def grid(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    zebra: bool = True,
    extra: Sequence[tuple[object, ...]] = (),
    repeat: bool = True,
) -> Grid:
    table = Grid(
        [list(r) for r in rows],
        colWidths=list(widths),
        repeatRows=header_rows if repeat else 0,
        hAlign="LEFT",
        splitByRow=1,
    )
    table.setStyle(table_style(*extra, header_rows=header_rows, zebra=zebra))
    return table


def fields_table(
    pairs: Sequence[tuple[str, str]], width: float, *, label_width: float = 42 * mm
) -> Grid:
    """Label–value rows (the measure of an indicator, the data of a person)."""
    rows = [[text(label, Styles.label), text(value, Styles.cell)] for label, value in pairs]
    table = Grid(rows, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(
        table_style(
            ("LINEBELOW", (0, -1), (-1, -1), 0, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            header_rows=0,
            zebra=False,
        )
    )
    return table


def title_block(ctx: Ctx, title: str, lines: Sequence[str] = ()) -> list[Flowable]:
    """The first lines of a standalone document: title, city and province, date, details."""
    city = ctx.file.city
    story: list[Flowable] = [
        Heading(title, Styles.title, ctx.level, toc=False),
        markup(
            f"<b>{escape(city.name)}</b> · {escape(province_line(city))}",
            Styles.cover_line,
        ),
    ]
    details = [long_date(ctx.today), *lines]
    story.append(text(" · ".join(details), Styles.muted))
    story.append(
        HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=6, spaceAfter=10)
    )
    return story


def part_opening(
    ctx: Ctx,
    title: str,
    header: str,
    *,
    template: str = PORTRAIT,
    watermark: tuple[str, str] | None = None,
    lines: Sequence[str] = (),
) -> list[Flowable]:
    """The start of a document: its title block alone, or a new page of the dossier."""
    marker = SetPage(header, watermark)
    if ctx.in_dossier:
        story: list[Flowable] = [NextPageTemplate(template), PageBreak(), marker]
        story.append(Heading(title, Styles.part, ctx.level - 1))
        if lines:
            story.append(text(" · ".join(lines), Styles.muted))
        story.append(
            HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=2, spaceAfter=10)
        )
        return story
    return [marker, *title_block(ctx, title, lines)]


def render(
    ctx: Ctx,
    title: str,
    story: Sequence[Flowable],
    out: Path,
    *,
    template: str = PORTRAIT,
    watermark: tuple[str, str] | None = None,
    progress: Progress | None = None,
) -> Path:
    """Build a standalone document whose story starts with :func:`part_opening`."""
    info = DocInfo(ctx.file.city, title, ctx.today)
    state = PageState(header=title, watermark=watermark)
    return build_pdf(
        story,
        info,
        out,
        state=state,
        first_template=template,
        progress=progress,
    )


def per_group(
    rows: Sequence[T], key: Callable[[T], object], build: Callable[[list[T]], Flowable]
) -> list[Flowable]:
    """One table per group of rows (a priority area), each starting where it has room for its
    header, its band and a first row: no band left alone at the foot of a page."""
    groups: list[list[T]] = []
    for row in rows:
        if groups and key(groups[-1][0]) == key(row):
            groups[-1].append(row)
        else:
            groups.append([row])
    out: list[Flowable] = []
    for group in groups:
        out += [CondPageBreak(45 * mm), build(group), Spacer(1, 3 * mm)]
    return out[:-1]  # no spacer after the last: it could spill onto a page of its own


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def gap(height: float = 4) -> Spacer:
    return Spacer(1, height)
