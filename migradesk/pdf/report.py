"""Phase 3: the evaluation report (*reporte de evaluación*) from its Markdown sections."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from migradesk.domain.base import Role
from migradesk.domain.cityfile import CityFile
from migradesk.domain.questionnaire import DIMENSION_CODES, Questionnaire
from migradesk.domain.report import REPORT_SECTIONS, ReportSection, ReportStatus, ReportVersion
from migradesk.domain.review import Comment
from migradesk.pdf.common import Ctx, gap, markup, note, part_opening, render, text
from migradesk.pdf.errors import PdfExportError
from migradesk.pdf.layout import Progress
from migradesk.pdf.markdown import markdown_flowables
from migradesk.pdf.spanish import long_date, short_date
from migradesk.pdf.theme import ACCENT, ACCENT_LIGHT, RULE, Grid, Styles

TITLE = "Reporte de evaluación"
HEADER = "Reporte de evaluación"

# What the city sent each copy as (where the report stands is the process model's).
STATUS_LABELS = {
    ReportStatus.DRAFT: "borrador",
    ReportStatus.SENT: "preliminar",
    ReportStatus.COMMENTED: "preliminar",
    ReportStatus.FINAL: "final",
}
ROLE_LABELS = {
    Role.REVIEWER: "OIM – ONU Migración",
    Role.FOCAL_POINT: "Punto Focal",
    Role.OFFICIAL: "Persona funcionaria",
    Role.ADMIN: "Administración",
    Role.PARTNER: "CIPPEC",
}


@dataclasses.dataclass(frozen=True)
class ReportText:
    """The sections to print and how to label them."""

    sections: dict[str, str]
    version: ReportVersion | None  # None: the working text
    is_draft: bool
    label: str  # "Versión 2 (final)", "Texto de trabajo"
    stamp: str  # the watermark's second line

    @property
    def watermark(self) -> tuple[str, str] | None:
        return ("BORRADOR", self.stamp) if self.is_draft else None


def section_keys() -> list[str]:
    keys: list[str] = []
    for number in REPORT_SECTIONS:
        if number == 2:
            keys.extend(f"2{code}" for code in DIMENSION_CODES)
        else:
            keys.append(str(number))
    return keys


def report_text(file: CityFile, today: date, version: int | None = None) -> ReportText:
    """The working text (``version=None``) or the snapshot with that number."""
    if version is None:
        sections = {key: s.text for key, s in file.report_sections.items()}
        return ReportText(
            sections,
            None,
            True,
            "Texto de trabajo",
            f"Texto de trabajo · {short_date(today)}",
        )
    found = next((v for v in file.report_versions if v.number == version), None)
    if found is None:
        numbers = ", ".join(str(v.number) for v in file.report_versions) or "ninguna"
        raise PdfExportError(
            f"No existe la versión {version} del reporte de evaluación (versiones guardadas: "
            f"{numbers})."
        )
    created = found.created_at.date()
    final = found.status is ReportStatus.FINAL
    return ReportText(
        dict(found.sections),
        found,
        not final,
        f"Versión {found.number} ({STATUS_LABELS[found.status]}) del {long_date(created)}",
        f"Versión {found.number} · {short_date(created)}",
    )


def latest_final(file: CityFile) -> int | None:
    finals = [v.number for v in file.report_versions if v.status is ReportStatus.FINAL]
    return max(finals, default=None)


def _section_body(content: str, ctx: Ctx) -> list[Flowable]:
    if not content.strip():
        return [note("Sección sin redactar.")]
    return markdown_flowables(content, heading_level=ctx.level + 2)


def _comments_annex(ctx: Ctx, titles: dict[str, str]) -> list[Flowable]:
    city_id = ctx.file.city.id
    key_of: dict[str, str] = {}
    for key in section_keys():
        number, dimension = int(key[0]), key[1:]
        key_of[ReportSection.id_for(city_id, number, dimension)] = key
    for key, section in ctx.file.report_sections.items():
        key_of[section.id] = key
    threads: dict[str, list[Comment]] = {}
    for comment in ctx.file.all(Comment):
        anchor = key_of.get(comment.anchor_id)
        if comment.anchor_kind == ReportSection.KIND and anchor is not None:
            threads.setdefault(anchor, []).append(comment)
    story: list[Flowable] = [ctx.h1("Anexo: comentarios de OIM – ONU Migración")]
    if not threads:
        story.append(note("El reporte no tiene comentarios."))
        return story
    story.append(
        text(
            "Comentarios recibidos durante la revisión, con las respuestas de la ciudad, "
            "ordenados por sección del reporte."
        )
    )
    width = 170 * mm
    for key in section_keys():
        comments = sorted(threads.get(key, []), key=lambda c: c.created_at)
        if not comments:
            continue
        story.append(ctx.h2(f"Sección {titles[key]}", toc=False))
        roots = [
            c for c in comments if c.reply_to is None or c.reply_to not in {x.id for x in comments}
        ]
        for root in roots:
            thread = [root] + [c for c in comments if c.reply_to == root.id]
            for n, comment in enumerate(thread):
                indent = 0 if n == 0 else 10 * mm
                head = markup(
                    f"<b>{escape(comment.author)}</b> · {ROLE_LABELS.get(comment.author_role, '')}"
                    f" · {short_date(comment.created_at.date())}",
                    Styles.label,
                )
                box = Grid(
                    [[head], [text(comment.body, Styles.cell)]],
                    colWidths=[width - indent],
                    hAlign="RIGHT",
                )
                box.setStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT if n == 0 else None),
                        ("LINEBEFORE", (0, 0), (0, -1), 2, ACCENT if n == 0 else RULE),
                        ("LEFTPADDING", (0, 0), (-1, -1), 6),
                        ("TOPPADDING", (0, 0), (-1, -1), 2),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ]
                )
                story.append(KeepTogether([box, gap(4)]))
    return story


def story(ctx: Ctx, chosen: ReportText, *, with_comments: bool = False) -> list[Flowable]:
    out = part_opening(ctx, TITLE, HEADER, watermark=chosen.watermark, lines=[chosen.label])
    titles: dict[str, str] = {}
    for number, title in REPORT_SECTIONS.items():
        heading = f"{number}. {title}"
        titles[str(number)] = heading
        out.append(ctx.h1(heading))
        if number != 2:
            out.extend(_section_body(chosen.sections.get(str(number), ""), ctx))
            continue
        for code in DIMENSION_CODES:
            key = f"2{code}"
            try:
                label = ctx.questionnaire.dimension(code).label
            except ValueError:
                label = f"{code})"
            titles[key] = f"2.{label}"
            out.append(ctx.h2(label))
            out.extend(_section_body(chosen.sections.get(key, ""), ctx))
    if with_comments:
        out.extend(_comments_annex(ctx, titles))
    return out


def render_report(
    file: CityFile,
    questionnaire: Questionnaire,
    out: Path,
    *,
    today: date,
    version: int | None = None,
    with_comments: bool = False,
    progress: Progress | None = None,
) -> Path:
    """The report's working text or one of its versions; drafts carry a BORRADOR watermark."""
    ctx = Ctx(file, questionnaire, today)
    chosen = report_text(file, today, version)
    flowables = story(ctx, chosen, with_comments=with_comments)
    return render(ctx, TITLE, flowables, out, watermark=chosen.watermark, progress=progress)
