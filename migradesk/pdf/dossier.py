"""The full dossier (*expediente*): cover, contents with page numbers, every document, letters."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, NextPageTemplate, PageBreak, Spacer

from migradesk.domain.cityfile import CityFile
from migradesk.domain.questionnaire import Questionnaire
from migradesk.pdf import action_plan, city_sheet, letters, monitoring, report, self_assessment
from migradesk.pdf.common import Ctx, markup, note, text
from migradesk.pdf.errors import MissingDataError
from migradesk.pdf.layout import (
    COVER,
    LETTER,
    PORTRAIT,
    PROJECT,
    DocInfo,
    Heading,
    PageState,
    Progress,
    SetPage,
    TocMark,
    build_pdf,
    contents_table,
    province_line,
)
from migradesk.pdf.spanish import long_date
from migradesk.pdf.theme import ACCENT, RULE, Grid, Styles

TITLE = "Expediente de certificación"
PHASES = "Certificación de capacidades para la mejora de la gobernanza migratoria local"


def _cover(ctx: Ctx) -> list[Flowable]:
    city = ctx.file.city
    app = ctx.file.application
    fp = ctx.file.focal_point
    story: list[Flowable] = [
        SetPage(TITLE),
        HRFlowable(width="100%", thickness=5, color=ACCENT, spaceBefore=0, spaceAfter=14),
        markup(
            f'<font color="#{ACCENT.hexval()[2:]}"><b>{PROJECT.upper()}</b></font>',
            Styles.cover_line,
        ),
        Spacer(1, 30 * mm),
        Heading(TITLE, Styles.cover_title, None, toc=False),
        text(PHASES, Styles.cover_line),
        Spacer(1, 22 * mm),
        HRFlowable(width="35%", thickness=0.8, color=RULE, hAlign="LEFT", spaceAfter=8),
        text(city.name, Styles.cover_city),
        text(f"{province_line(city)} · Región {city.region.label}", Styles.cover_line),
        Spacer(1, 16 * mm),
    ]
    rows = []
    if app is not None and app.mayor_name.strip():
        rows.append((app.mayor_title or "Intendente/a", app.mayor_name))
    if fp is not None:
        rows.append(("Punto Focal", f"{fp.name}" + (f", {fp.post}" if fp.post else "")))
    cert = ctx.file.certification
    if cert is not None and cert.certified_on is not None:
        rows.append(("Certificación", f"otorgada el {long_date(cert.certified_on)}"))
    rows.append(("Fecha", long_date(ctx.today)))
    table = Grid(
        [[text(k, Styles.label), text(v, Styles.body_left)] for k, v in rows],
        colWidths=[35 * mm, 125 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    story.append(table)
    story.append(Spacer(1, 30 * mm))
    story.append(
        text(
            "Contiene: ficha de la ciudad, autoevaluación, reporte de evaluación, plan de acción, "
            "informe de monitoreo y cartas y notas a OIM – ONU Migración. Documento generado con "
            "MigraDesk a partir de los datos cargados por la ciudad.",
            Styles.muted,
        )
    )
    return story


def _contents(body: list[Flowable], keys: list[str]) -> list[Flowable]:
    return [
        NextPageTemplate(PORTRAIT),
        PageBreak(),
        SetPage("Índice"),
        Heading("Índice", Styles.h1, None, toc=False),
        Spacer(1, 4 * mm),
        contents_table(body, keys),
    ]


def _letters(ctx: Ctx) -> list[Flowable]:
    story: list[Flowable] = [
        NextPageTemplate(PORTRAIT),
        PageBreak(),
        SetPage("Cartas y notas"),
        Heading("Anexo: cartas y notas", Styles.part, 0),
        HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=2, spaceAfter=10),
        text(
            "Cartas y notas del/la intendente/a a OIM – ONU Migración, con los datos de la ciudad, "
            "tal como se imprimen para su firma.",
            Styles.body_left,
        ),
    ]
    built: list[letters.Letter] = []
    problems: list[str] = []
    attempts: list[tuple[str, Callable[[], letters.Letter]]] = [
        ("Carta de intención", partial(letters.letter_of_intent, ctx.file, ctx.today)),
        ("Nota de confirmación", partial(letters.confirmation_note, ctx.file, ctx.today)),
    ]
    for _, incoming in letters.substitutions(ctx.file):
        make = partial(letters.substitution_note, ctx.file, ctx.today, incoming)
        attempts.append(("Nota de sustitución del Punto Focal", make))
    for name, make_letter in attempts:
        try:
            built.append(make_letter())
        except MissingDataError as exc:
            problems.append(f"{name}: {'; '.join(exc.missing)}.")
    for problem in problems:
        story.append(note(f"No se incluye la {problem[0].lower()}{problem[1:]}"))
    for letter in built:
        title = letter.template.title
        if "sustitución" in title:
            title = f"{title} ({letter.values['pf_nombre']})"
        story += [
            NextPageTemplate(LETTER),
            PageBreak(),
            SetPage(title),
            TocMark(f"{title}, {long_date(letter.on)}", 1),
            *letters.letter_story(letter),
        ]
    return story


def dossier_story(
    ctx: Ctx, keys: list[str], *, report_version: int | None = None
) -> list[Flowable]:
    """The dossier's flowables; ``keys`` receives the contents entries' page-number keys."""
    chosen_version = report_version if report_version is not None else report.latest_final(ctx.file)
    chosen = report.report_text(ctx.file, ctx.today, chosen_version)
    parts = Ctx(ctx.file, ctx.questionnaire, ctx.today, level=1, in_dossier=True)
    body = [
        *city_sheet.story(parts),
        *self_assessment.story(parts),
        *report.story(parts, chosen, with_comments=True),
        *action_plan.story(parts),
        *monitoring.story(parts),
        *_letters(parts),
    ]
    return [*_cover(ctx), *_contents(body, keys), *body]


def render_dossier(
    file: CityFile,
    questionnaire: Questionnaire,
    out: Path,
    *,
    today: date,
    report_version: int | None = None,
    progress: Progress | None = None,
) -> Path:
    """Everything in one PDF. ``report_version``: by default the latest final one, else the
    working text (then the report's pages carry the BORRADOR watermark)."""
    if progress is not None:
        progress(0.0)
    ctx = Ctx(file, questionnaire, today)
    keys: list[str] = []
    story = dossier_story(ctx, keys, report_version=report_version)
    if progress is not None:
        progress(0.05)
    info = DocInfo(file.city, TITLE, today, subject=f"{PROJECT}: {TITLE} de {file.city.name}")
    info.contact = letters.municipal_contact(file)
    return build_pdf(
        story,
        info,
        out,
        state=PageState(header=TITLE),
        contents=keys,
        first_template=COVER,
        progress=progress,
        progress_from=0.05,
    )
