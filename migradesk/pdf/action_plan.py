"""Phase 4: the action plan — prioritised areas, the plan table (landscape) and a Gantt chart."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from migradesk.domain.cityfile import CityFile
from migradesk.domain.plan import ActionStatus, ranked
from migradesk.domain.plan_figures import PlanRow, plan_areas, plan_rows
from migradesk.domain.process.reviews import review
from migradesk.domain.questionnaire import Questionnaire
from migradesk.domain.review import Deliverable
from migradesk.pdf.charts import GanttRow, gantt
from migradesk.pdf.common import Ctx, gap, grid, markup, note, part_opening, per_group, render, text
from migradesk.pdf.layout import LANDSCAPE, Progress
from migradesk.pdf.spanish import NBSP, month_label, number, short_date
from migradesk.pdf.theme import ACCENT, ACCENT_LIGHT, ZEBRA, Styles

TITLE = "Plan de acción"
HEADER = "Plan de acción"
WIDTH = 267 * mm  # landscape A4 less 15 mm margins
GANTT_ROWS_PER_PAGE = 26


def _rating(value: int | None) -> str:
    return "—" if value is None else str(value)


def _areas_table(ctx: Ctx) -> Flowable:
    areas = ranked(ctx.file.priority_areas)
    head = [
        "Prioridad",
        "Área",
        "Dimensiones",
        "Importancia",
        "Urgencia",
        "Factibilidad",
        "Puntaje",
        "En el plan",
    ]
    rows: list[list[object]] = [
        [text(h, Styles.head if i < 3 else Styles.head_right) for i, h in enumerate(head)]
    ]
    in_plan = {a.id for a in plan_areas(ctx.file)}
    rank = 0
    for area in areas:
        selected = area.id in in_plan
        rank += selected
        title = f"<b>{escape(area.title)}</b>"
        if area.description.strip():
            title += f'<br/><font size="7.5" color="#5F6670">{escape(area.description)}</font>'
        rows.append(
            [
                text(str(rank) if selected else "—", Styles.cell_bold),
                markup(title, Styles.cell),
                text(", ".join(area.dimensions) or "—", Styles.cell),
                text(_rating(area.importance), Styles.cell_right),
                text(_rating(area.urgency), Styles.cell_right),
                text(_rating(area.feasibility), Styles.cell_right),
                text("—" if area.score is None else f"{area.score}/15", Styles.cell_right),
                text("Sí" if selected else "No", Styles.cell_right),
            ]
        )
    widths = [18 * mm, 119 * mm, 24 * mm, 23 * mm, 20 * mm, 23 * mm, 20 * mm, 20 * mm]
    return grid(rows, widths)


def _span(row: PlanRow) -> str:
    action = row.action
    if action.start is None and action.end is None:
        return "—"
    return f"del{NBSP}{short_date(action.start)}<br/>al{NBSP}{short_date(action.end)}"


def _plan_table(rows: list[PlanRow]) -> Flowable:
    head = ["N.º", "Objetivo", "Acción", "Responsable", "Plazo", "Recursos", "Indicador y meta"]
    data: list[list[object]] = [[text(h, Styles.head) for h in head]]
    extra: list[tuple[object, ...]] = []
    last_area = last_objective = None
    for row in rows:
        if row.area.id != last_area:
            last_area = row.area.id
            last_objective = None
            band = f"Prioridad {row.rank}: {escape(row.area.title)}"
            if row.area.score is not None:
                band += f'  <font color="#5F6670" size="8">(puntaje {row.area.score}/15)</font>'
            data.append([markup(band, Styles.cell_bold), "", "", "", "", "", ""])
            index = len(data) - 1
            extra += [
                ("SPAN", (0, index), (-1, index)),
                ("BACKGROUND", (0, index), (-1, index), ACCENT_LIGHT),
                ("LINEABOVE", (0, index), (-1, index), 0.8, ACCENT),
            ]
        action = row.action
        first = row.objective.id != last_objective
        last_objective = row.objective.id
        objective = ""
        if first:
            objective = f"<b>{row.code.rsplit('.', 1)[0]}</b> {escape(row.objective.title)}"
        title = f"<b>{escape(action.title)}</b>"
        if action.description.strip():
            title += f'<br/><font size="7.5" color="#5F6670">{escape(action.description)}</font>'
        responsible = escape(action.responsible_area) or "—"
        if action.partners.strip():
            responsible += (
                f'<br/><font size="7.5" color="#5F6670">Con: {escape(action.partners)}</font>'
            )
        indicator = escape(action.indicator) or "—"
        if action.target.strip():
            indicator += f"<br/><b>Meta:</b> {escape(action.target)}"
        data.append(
            [
                text(row.code, Styles.cell_bold),
                markup(objective, Styles.cell),
                markup(title, Styles.cell),
                markup(responsible, Styles.cell),
                markup(_span(row), Styles.cell),
                text(action.resources or "—", Styles.cell),
                markup(indicator, Styles.cell),
            ]
        )
        if not first:  # same objective: no rule between its actions
            extra.append(("LINEABOVE", (1, len(data) - 1), (1, len(data) - 1), 0.6, ZEBRA))
    widths = [12 * mm, 40 * mm, 58 * mm, 36 * mm, 26 * mm, 41 * mm, 54 * mm]
    return grid(data, widths, extra=extra, zebra=False)


def gantt_rows(rows: list[PlanRow]) -> list[GanttRow]:
    return [
        GanttRow(
            label=f"{row.code}  {row.action.title}",
            start=row.action.start,
            end=row.action.end,
            percent_done=row.percent,
            done=row.status is ActionStatus.DONE,
            overdue=row.overdue,
            cancelled=row.status is ActionStatus.CANCELLED,
        )
        for row in rows
    ]


def gantt_flowables(ctx: Ctx, rows: list[PlanRow], width: float) -> list[Flowable]:
    chart_rows = gantt_rows(rows)
    if not any(r.start and r.end for r in chart_rows):
        return [note("Ninguna acción tiene fechas de inicio y fin: no hay cronograma que mostrar.")]
    out: list[Flowable] = []
    for first in range(0, len(chart_rows), GANTT_ROWS_PER_PAGE):
        chunk = chart_rows[first : first + GANTT_ROWS_PER_PAGE]
        if first:
            out.append(PageBreak())
        out.append(gantt(chunk, width, ctx.today, label_width=min(80 * mm, width * 0.32)))
        out.append(gap(6))
    undated = [r.label for r in chart_rows if not (r.start and r.end)]
    if undated:
        out.append(note("Sin fechas: " + "; ".join(undated) + "."))
    return out


def period(rows: list[PlanRow]) -> str:
    starts = [r.action.start for r in rows if r.action.start]
    ends = [r.action.end for r in rows if r.action.end]
    if not starts or not ends:
        return ""
    return f"{month_label(min(starts))} – {month_label(max(ends))}"


def story(ctx: Ctx) -> list[Flowable]:
    rows = plan_rows(ctx.file, ctx.today)
    found = review(ctx.file, Deliverable.ACTION_PLAN)
    lines = []
    if period(rows):
        lines.append(f"Período: {period(rows)}")
    lines.append(f"{number(len(rows))} acciones en {number(len(plan_areas(ctx.file)))} áreas")
    lines.append(f"Estado: {found.name}")
    out = part_opening(ctx, TITLE, HEADER, template=LANDSCAPE, lines=lines)
    out.append(ctx.h1("Áreas priorizadas"))
    if not ctx.file.priority_areas:
        out.append(note("Todavía no se cargaron áreas prioritarias."))
    else:
        out.append(
            text(
                "Cada área fue calificada de 1 a 5 en importancia, urgencia y factibilidad; el "
                "puntaje es la suma. Las áreas seleccionadas forman el plan, en este orden.",
                Styles.body_left,
            )
        )
        out.append(_areas_table(ctx))
    out.append(PageBreak())
    out.append(ctx.h1("Objetivos y acciones"))
    if rows:
        out.extend(per_group(rows, lambda r: r.area.id, _plan_table))
    else:
        out.append(note("El plan todavía no tiene acciones."))
    out.append(PageBreak())
    out.append(ctx.h1("Cronograma"))
    out.extend(gantt_flowables(ctx, rows, WIDTH))
    return out


def render_action_plan(
    file: CityFile,
    questionnaire: Questionnaire,
    out: Path,
    *,
    today: date,
    progress: Progress | None = None,
) -> Path:
    ctx = Ctx(file, questionnaire, today)
    return render(ctx, TITLE, story(ctx), out, template=LANDSCAPE, progress=progress)
