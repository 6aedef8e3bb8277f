"""Phase 6: the monitoring report — status and progress per action, what is overdue, updates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from migradesk.domain.cityfile import CityFile
from migradesk.domain.plan_figures import STATUS_LABELS, PlanRow, plan_rows, summary
from migradesk.domain.questionnaire import Questionnaire
from migradesk.pdf.charts import canvas_drawing
from migradesk.pdf.common import Ctx, gap, grid, markup, note, part_opening, per_group, render, text
from migradesk.pdf.fonts import SANS
from migradesk.pdf.layout import Progress
from migradesk.pdf.spanish import NBSP, number, percent, short_date
from migradesk.pdf.theme import (
    ACCENT,
    ACCENT_LIGHT,
    ALERT,
    ALERT_LIGHT,
    INK,
    RULE,
    Grid,
    Styles,
)

TITLE = "Informe de monitoreo del plan de acción"
HEADER = "Monitoreo del plan de acción"
WIDTH = 170 * mm
LATEST_UPDATES = 15
AVERAGE_RULE = (
    f"El avance promedio cuenta cada acción completada con el 100{NBSP}% y cada acción sin "
    f"informes con el 0{NBSP}%, y deja fuera las canceladas (criterio de MigraDesk; la guía no lo "
    "fija)."
)


def progress_bar(share: float, width: float, *, alert: bool = False) -> Drawing:
    """A thin bar with the percentage beside it."""
    drawing = canvas_drawing(width, 10)
    bar = width - 26
    drawing.add(
        Rect(0, 2.5, bar, 5, fillColor=ALERT_LIGHT if alert else ACCENT_LIGHT, strokeColor=None)
    )
    if share > 0:
        drawing.add(
            Rect(
                0,
                2.5,
                bar * min(1.0, share),
                5,
                fillColor=ALERT if alert else ACCENT,
                strokeColor=None,
            )
        )
    drawing.add(
        String(
            width, 2.5, percent(share), fontName=SANS, fontSize=7.5, fillColor=INK, textAnchor="end"
        )
    )
    return drawing


def _figures(rows: list[PlanRow]) -> Grid:
    figures = summary(rows)
    shown = [
        (number(figures.actions), "acciones en el plan", ACCENT),
        (number(figures.done), "completadas", ACCENT),
        (number(figures.running), "en curso o demoradas", ACCENT),
        (number(figures.overdue), "vencidas sin completar", ALERT if figures.overdue else ACCENT),
        (number(figures.not_reported), "sin actualizaciones", ACCENT),
        (f"{figures.average_shown}{NBSP}%", "avance promedio", ACCENT),
    ]
    cells = [
        markup(
            f'<font size="17" color="#{colour.hexval()[2:]}"><b>{value}</b></font>'
            f'<br/><font size="7.5" color="#5F6670">{label}</font>',
            Styles.cell_center,
        )
        for value, label, colour in shown
    ]
    table = Grid([cells], colWidths=[WIDTH / len(cells)] * len(cells), hAlign="LEFT")
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ("LEADING", (0, 0), (-1, -1), 20),
            ("BOX", (0, 0), (-1, -1), 0.5, RULE),
            ("LINEBEFORE", (1, 0), (-1, 0), 0.5, RULE),
        ]
    )
    return table


def _status_table(rows: list[PlanRow]) -> Grid:
    head = ["N.º", "Acción", "Responsable", "Fin previsto", "Estado", "Avance", "Último informe"]
    data: list[list[object]] = [[text(h, Styles.head) for h in head]]
    extra: list[tuple[object, ...]] = []
    widths = [13 * mm, 43 * mm, 29 * mm, 21 * mm, 22 * mm, 21 * mm, 21 * mm]
    last_area = None
    for row in rows:
        if row.area.id != last_area:
            last_area = row.area.id
            data.append(
                [text(f"Prioridad {row.rank}: {row.area.title}", Styles.cell_bold)] + [""] * 6
            )
            index = len(data) - 1
            extra += [
                ("SPAN", (0, index), (-1, index)),
                ("BACKGROUND", (0, index), (-1, index), ACCENT_LIGHT),
                ("LINEABOVE", (0, index), (-1, index), 0.8, ACCENT),
            ]
        status = STATUS_LABELS[row.status]
        if row.overdue:
            status = f'<font color="#{ALERT.hexval()[2:]}"><b>Vencida</b></font><br/>{status}'
        data.append(
            [
                text(row.code, Styles.cell_bold),
                text(row.action.title, Styles.cell),
                text(row.action.responsible_area or "—", Styles.cell_small),
                text(short_date(row.action.end), Styles.cell),
                markup(status, Styles.cell),
                progress_bar(row.percent / 100, widths[5] - 8, alert=row.overdue),
                text(short_date(row.latest.reported_on if row.latest else None), Styles.cell),
            ]
        )
        if row.overdue:
            index = len(data) - 1
            extra += [
                ("BACKGROUND", (0, index), (-1, index), ALERT_LIGHT),
                ("TEXTCOLOR", (0, index), (0, index), ALERT),
            ]
    return grid(data, widths, extra=extra, zebra=False)


def _overdue_table(rows: list[PlanRow], today: date) -> Flowable:
    late = [r for r in rows if r.overdue]
    if not late:
        return note(f"No hay acciones vencidas al {short_date(today)}.")
    head = ["N.º", "Acción", "Responsable", "Fin previsto", "Atraso", "Situación informada"]
    data: list[list[object]] = [[text(h, Styles.head) for h in head]]
    for row in sorted(late, key=lambda r: (r.action.end or today, r.code)):
        end = row.action.end or today
        days = (today - end).days
        situation = "Sin informes de avance."
        if row.latest is not None:
            situation = (
                f"{STATUS_LABELS[row.latest.status]}, {row.percent}{NBSP}% "
                f"({short_date(row.latest.reported_on)})"
            )
            if row.latest.note.strip():
                situation += f". {row.latest.note.strip()}"
        data.append(
            [
                text(row.code, Styles.cell_bold),
                text(row.action.title, Styles.cell),
                text(row.action.responsible_area or "—", Styles.cell_small),
                text(short_date(row.action.end), Styles.cell),
                text(f"{number(days)} {'día' if days == 1 else 'días'}", Styles.cell),
                text(situation, Styles.cell_small),
            ]
        )
    widths = [13 * mm, 41 * mm, 28 * mm, 21 * mm, 15 * mm, 52 * mm]
    return grid(data, widths, extra=[("TEXTCOLOR", (0, 1), (0, -1), ALERT)])


def _updates_table(rows: list[PlanRow]) -> Flowable:
    updates = [(u, r) for r in rows for u in r.updates]
    if not updates:
        return note("Todavía no hay informes de avance.")
    updates.sort(key=lambda pair: (pair[0].reported_on, pair[1].code), reverse=True)
    head = ["Fecha", "N.º", "Acción", "Estado", "Avance", "Nota"]
    data: list[list[object]] = [[text(h, Styles.head) for h in head]]
    for update, row in updates[:LATEST_UPDATES]:
        data.append(
            [
                text(short_date(update.reported_on), Styles.cell),
                text(row.code, Styles.cell_bold),
                text(row.action.title, Styles.cell_small),
                text(STATUS_LABELS[update.status], Styles.cell),
                text(f"{update.percent_done}{NBSP}%", Styles.cell_right),
                text(update.note or "—", Styles.cell_small),
            ]
        )
    widths = [21 * mm, 13 * mm, 42 * mm, 22 * mm, 16 * mm, 56 * mm]
    return grid(data, widths)


def story(ctx: Ctx) -> list[Flowable]:
    rows = plan_rows(ctx.file, ctx.today)
    out = part_opening(ctx, TITLE, HEADER, lines=[f"Situación al {short_date(ctx.today)}"])
    if not rows:
        out.append(note("El plan de acción todavía no tiene acciones que monitorear."))
        return out
    out.append(ctx.h1("Resumen"))
    out.append(_figures(rows))
    out.append(note(AVERAGE_RULE))
    out.append(gap(8))
    out.append(ctx.h1("Estado de las acciones"))
    out.append(
        text(
            "Estado y avance según el último informe de cada acción. Las acciones cuyo plazo "
            "terminó sin completarse se marcan como vencidas.",
            Styles.body_left,
        )
    )
    out.extend(per_group(rows, lambda r: r.area.id, _status_table))
    out.append(ctx.h1("Acciones vencidas"))
    out.append(_overdue_table(rows, ctx.today))
    out.append(ctx.h1("Últimas actualizaciones"))
    out.append(
        text(
            f"Los {LATEST_UPDATES} informes de avance más recientes, del más nuevo al más antiguo.",
            Styles.body_left,
        )
    )
    out.append(_updates_table(rows))
    return out


def render_monitoring(
    file: CityFile,
    questionnaire: Questionnaire,
    out: Path,
    *,
    today: date,
    progress: Progress | None = None,
) -> Path:
    ctx = Ctx(file, questionnaire, today)
    return render(ctx, TITLE, story(ctx), out, progress=progress)
