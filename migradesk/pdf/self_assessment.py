"""Phase 2: the self-assessment (*formulario de evaluación*), with a summary and the radar chart."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.cityfile import CityFile
from migradesk.domain.process.reviews import review
from migradesk.domain.questionnaire import (
    AnswerOption,
    Dimension,
    Indicator,
    Questionnaire,
    QuestionnaireError,
)
from migradesk.domain.review import Deliverable
from migradesk.pdf.charts import radar
from migradesk.pdf.common import (
    Ctx,
    fields_table,
    gap,
    grid,
    markup,
    note,
    part_opening,
    render,
    text,
)
from migradesk.pdf.layout import Progress
from migradesk.pdf.spanish import number, percent
from migradesk.pdf.theme import ACCENT, MUTED, Grid, Styles

TITLE = "Autoevaluación de la gobernanza migratoria local"
HEADER = "Autoevaluación"
FRAME_WIDTH = 170 * mm


@dataclasses.dataclass(frozen=True)
class DimensionSummary:
    dimension: Dimension
    indicators: int
    answered: int
    with_measures: int
    counted: int  # the share's denominator: indicators not answered "No aplica"
    share: float


def _option(indicator: Indicator, answer: IndicatorAnswer | None) -> AnswerOption | None:
    if answer is None or not answer.answer:
        return None
    try:
        return indicator.scale.option(answer.answer)
    except QuestionnaireError:
        return None


def summarise(q: Questionnaire, answers: dict[str, IndicatorAnswer]) -> list[DimensionSummary]:
    """Per dimension: indicators, answered, with measures, and the radar's share.

    The share leaves out "No aplica" answers, as ``measure_share`` does; an answer code the
    scale does not know (a newer or older questionnaire) counts as unanswered.
    """
    result = []
    for dimension in q.dimensions:
        answered = with_measures = counted = 0
        for indicator in dimension.indicators:
            option = _option(indicator, answers.get(indicator.id))
            if option is not None:
                answered += 1
                if option.excluded:
                    continue
                with_measures += option.counts_as_measure
            counted += 1
        share = with_measures / counted if counted else 0.0
        result.append(
            DimensionSummary(
                dimension, len(dimension.indicators), answered, with_measures, counted, share
            )
        )
    return result


def _summary_table(summaries: list[DimensionSummary]) -> Grid:
    head = [
        text("Dimensión", Styles.head),
        text("Indicadores", Styles.head_right),
        text("Respondidos", Styles.head_right),
        text("Con medidas", Styles.head_right),
        text("Proporción", Styles.head_right),
    ]
    rows: list[list[object]] = [head]
    for s in summaries:
        rows.append(
            [
                text(s.dimension.label, Styles.cell),
                text(number(s.indicators), Styles.cell_right),
                text(number(s.answered), Styles.cell_right),
                text(number(s.with_measures), Styles.cell_right),
                text(percent(s.share), Styles.cell_right),
            ]
        )
    total = sum(s.indicators for s in summaries)
    answered = sum(s.answered for s in summaries)
    measures = sum(s.with_measures for s in summaries)
    counted = sum(s.counted for s in summaries)
    rows.append(
        [
            text("Total", Styles.cell_bold),
            text(number(total), Styles.cell_right),
            text(number(answered), Styles.cell_right),
            text(number(measures), Styles.cell_right),
            text(percent(measures / counted if counted else 0.0), Styles.cell_right),
        ]
    )
    return grid(
        rows,
        [FRAME_WIDTH - 4 * 24 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm],
        extra=[("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)],
    )


def _groups(answer: IndicatorAnswer) -> str:
    groups = []
    if answer.reaches_women:
        groups.append("mujeres")
    if answer.reaches_children:
        groups.append("niñas, niños y adolescentes")
    if answer.reaches_other_vulnerable:
        groups.append("otros grupos en situación de vulnerabilidad")
    if answer.other_groups.strip():
        groups.append(answer.other_groups.strip())
    joined = "; ".join(groups)
    return joined[:1].upper() + joined[1:]


def _measure_pairs(indicator: Indicator, answer: IndicatorAnswer) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    values = {
        "measure_description": ("Medida", answer.measure_description),
        "responsible_area": ("Área responsable", answer.responsible_area),
        "legal_instrument": ("Instrumento normativo", answer.legal_instrument),
        "since_year": (
            "Vigente desde",
            "" if answer.since_year is None else str(answer.since_year),
        ),
        "evidence": ("Evidencia", answer.evidence),
    }
    for name, (label, value) in values.items():
        if value.strip():
            pairs.append((label, value))
        elif name in indicator.measure_fields and answer.has_measures:
            pairs.append((label, "—"))
    if indicator.asks_groups or _groups(answer):
        groups = _groups(answer)
        if groups or answer.has_measures:
            pairs.append(("Grupos alcanzados", groups or "—"))
    if answer.notes.strip():
        pairs.append(("Observaciones", answer.notes))
    return pairs


def _indicator(indicator: Indicator, answer: IndicatorAnswer | None, width: float) -> Flowable:
    option = _option(indicator, answer)
    if option is None:
        label, colour = "Sin respuesta", MUTED
    else:
        label, colour = (
            option.label,
            ACCENT if option.counts_as_measure else (MUTED if option.excluded else None),
        )
    answer_markup = escape(label)
    if colour is not None:
        answer_markup = f'<font color="#{colour.hexval()[2:]}">{answer_markup}</font>'
    head = Grid(
        [
            [
                text(indicator.id, Styles.cell_bold),
                text(indicator.question, Styles.cell_bold),
                markup(f"<b>{answer_markup}</b>", Styles.cell_right),
            ]
        ],
        colWidths=[11 * mm, width - 11 * mm - 30 * mm, 30 * mm],
        hAlign="LEFT",
    )
    head.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("TEXTCOLOR", (0, 0), (0, 0), ACCENT),
        ]
    )
    parts: list[Flowable] = [head]
    if answer is not None:
        pairs = _measure_pairs(indicator, answer)
        if pairs:
            table = fields_table(pairs, width - 11 * mm, label_width=36 * mm)
            table.hAlign = "RIGHT"
            parts.append(table)
    parts.append(gap(9))
    return KeepTogether(parts)


def story(ctx: Ctx) -> list[Flowable]:
    q = ctx.questionnaire
    answers = ctx.file.answers(q.version)
    summaries = summarise(q, answers)
    found = review(ctx.file, Deliverable.SELF_ASSESSMENT)
    lines = [f"Formulario de evaluación, versión {q.version}", f"Estado: {found.name}"]
    out = part_opening(ctx, TITLE, HEADER, lines=lines)

    total = sum(s.indicators for s in summaries)
    answered = sum(s.answered for s in summaries)
    measures = sum(s.with_measures for s in summaries)
    out.append(ctx.h1("Resumen"))
    out.append(
        text(
            f"{ctx.file.city.name} respondió {number(answered)} de {number(total)} indicadores "
            f"de las ocho dimensiones del formulario; {number(measures)} cuentan con medidas o "
            "acciones en marcha. El gráfico muestra, por dimensión, la proporción de indicadores "
            "con medidas (las respuestas «No aplica» no se cuentan). Es el diagnóstico propio de "
            "la ciudad: OIM – ONU Migración no lo puntúa."
        )
    )
    chart = radar({s.dimension.code: s.share for s in summaries}, 78 * mm)
    chart.hAlign = "CENTER"
    caption = text("Proporción de indicadores con medidas, por dimensión", Styles.caption)
    out.append(KeepTogether([chart, caption, gap(4)]))
    out.append(_summary_table(summaries))
    for s in summaries:
        dimension = s.dimension
        out.append(PageBreak())
        out.append(ctx.h1(dimension.label))
        if dimension.description:
            out.append(note(dimension.description))
        out.append(
            text(
                f"{number(s.indicators)} indicadores · {number(s.answered)} respondidos · "
                f"{number(s.with_measures)} con medidas ({percent(s.share)})",
                Styles.label,
            )
        )
        out.append(gap(6))
        for indicator in dimension.indicators:
            out.append(_indicator(indicator, answers.get(indicator.id), FRAME_WIDTH))
    return out


def render_self_assessment(
    file: CityFile,
    questionnaire: Questionnaire,
    out: Path,
    *,
    today: date,
    progress: Progress | None = None,
) -> Path:
    ctx = Ctx(file, questionnaire, today)
    return render(ctx, TITLE, story(ctx), out, progress=progress)
