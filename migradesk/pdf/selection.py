"""The selection results: the ten cities, the support, the ties and IOM/DNM's decisions, each
round's picks, every candidate's score parts and why it was or was not selected, the formulas
with the values used, and the sources. Landscape A4, the documents' usual look."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from migradesk.domain.city import REGION_LABELS, Region
from migradesk.domain.register import fold
from migradesk.domain.selection import CandidateResult, Outcome, RunStatus, Status
from migradesk.domain.selection_params import format_points
from migradesk.domain.selection_record import SelectionRun
from migradesk.domain.selection_support import CRITERION_LABELS, SupportCriterion
from migradesk.domain.selection_ties import Tie, TieKind
from migradesk.pdf.common import gap, grid, markup, note, text
from migradesk.pdf.layout import (
    LANDSCAPE,
    DocInfo,
    Heading,
    PageState,
    Progress,
    SetPage,
    build_pdf,
)
from migradesk.pdf.spanish import long_date, short_date
from migradesk.pdf.theme import ACCENT, ACCENT_LIGHT, ALERT, ALERT_LIGHT, Grid, Styles

TITLE = "Resultados de la selección de ciudades"
HEADER = "Selección de ciudades"
AUTHOR = "OIM – ONU Migración"
WIDTH = 267 * mm  # landscape A4 less 15 mm margins
# Plain-string cells (numbers, short labels: cheaper than paragraphs in tables of thousands of
# rows) at the size of the paragraph cells.
PLAIN_CELLS = ("FONTSIZE", (0, 1), (-1, -1), 8.5)
# A region's heading starts a table of any length: kept with it by CondPageBreak, not by
# keepWithNext (which would push a whole long table to the next page).
REGION_HEADING = ParagraphStyle("RegionHeading", parent=Styles.h2, keepWithNext=0)
TIE_KINDS = {
    TieKind.REGION: "Dentro de una región",
    TieKind.ROUND: "Último cupo de una ronda",
    TieKind.SUPPORT: "Apoyo financiero",
}


def _hex(colour: Color) -> str:
    return "#" + str(colour.hexval())[2:]


def _points(value: Decimal | None, decimals: int) -> str:
    return "—" if value is None else format_points(value, decimals)


def _status_box(outcome: Outcome, run: SelectionRun) -> Flowable:
    pending = outcome.pending_ties
    if outcome.status is RunStatus.COMPLETE:
        places = run.input.parameters.places
        chosen = len(outcome.selected)
        supported = len(outcome.support.developed) + len(outcome.support.incipient)
        body = (
            f"<b>Selección completa:</b> {chosen} ciudades seleccionadas"
            if chosen == places
            else f"<b>Sin empates pendientes:</b> {chosen} de {places} ciudades seleccionadas"
        ) + (f", {supported} con apoyo financiero." if outcome.support.computed else ".")
        colour, background = ACCENT, ACCENT_LIGHT
    else:
        body = (
            f"<b>Pendiente de decisión de OIM – ONU Migración y la Dirección Nacional de "
            f"Migraciones:</b> {len(pending)} empate(s) que los criterios de la guía no "
            "resuelven (ver «Empates»). La herramienta no los decide."
        )
        colour, background = ALERT, ALERT_LIGHT
    lines = [body] + [escape(n) for n in outcome.notes]
    table = Grid([[markup("<br/>".join(lines), Styles.body_left)]], colWidths=[WIDTH])
    table.setStyle(
        [
            ("BACKGROUND", (0, 0), (-1, -1), background),
            ("LINEBEFORE", (0, 0), (0, -1), 3, colour),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
    )
    return table


def _selected_table(outcome: Outcome, decimals: int) -> Flowable:
    head = ["Región", "Puesto", "Ciudad", "Provincia", "Ronda", "Puntaje", "Apoyo financiero"]
    data: list[list[object]] = [[text(h, Styles.head) for h in head]]
    extra: list[tuple[object, ...]] = []
    for result in outcome.results:
        if result.status not in (Status.SELECTED, Status.PENDING):
            continue
        c = result.candidate
        support = ""
        if result.support:
            support = CRITERION_LABELS[SupportCriterion(result.support)]
        city = escape(c.name)
        if result.status is Status.PENDING:
            city += f' <font color="{_hex(ALERT)}">(empate: decide OIM con DNM)</font>'
        data.append(
            [
                text(REGION_LABELS[c.region], Styles.cell),
                str(result.rank),
                markup(city, Styles.cell_bold),
                text(c.province, Styles.cell),
                " y ".join(str(n) for n in result.rounds) or "—",
                _points(result.score.total if result.score else None, decimals),
                text(support or "—", Styles.cell_small),
            ]
        )
        if result.status is Status.PENDING:
            extra.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), ALERT_LIGHT))
    if len(data) == 1:
        return note("Ninguna ciudad quedó seleccionada.")
    widths = [36 * mm, 14 * mm, 58 * mm, 40 * mm, 16 * mm, 18 * mm, 85 * mm]
    align = [("ALIGN", (1, 1), (1, -1), "RIGHT"), ("ALIGN", (4, 1), (5, -1), "RIGHT")]
    return grid(data, widths, extra=[PLAIN_CELLS, *align, *extra])


def _support(outcome: Outcome) -> list[Flowable]:
    support = outcome.support
    out: list[Flowable] = [Heading("Apoyo financiero (sección 4 de la guía)", Styles.h2, 1)]
    if not support.computed:
        return [*out, note(support.note)]
    rows: list[list[object]] = [
        [text(h, Styles.head) for h in ("Criterio", "Ciudad", "Región", "Por qué")]
    ]
    for criterion, keys in (
        (SupportCriterion.DEVELOPED, support.developed),
        (SupportCriterion.INCIPIENT, support.incipient),
    ):
        for key in keys:
            result = outcome.result(key)
            rows.append(
                [
                    text(CRITERION_LABELS[criterion], Styles.cell_small),
                    text(result.candidate.name, Styles.cell_bold),
                    text(REGION_LABELS[result.candidate.region], Styles.cell),
                    text(support.reasons.get(key, ""), Styles.cell_small),
                ]
            )
    if len(rows) > 1:
        out.append(grid(rows, [70 * mm, 50 * mm, 32 * mm, 115 * mm]))
    out.append(
        note(
            "Cada apoyo (una persona Coordinadora de Políticas Migratorias por 5 meses y fondos "
            "para equipamiento e insumos) queda sujeto a una evaluación previa de necesidades."
        )
    )
    if support.note:
        out.append(note(support.note))
    return out


def _ties(outcome: Outcome) -> list[Flowable]:
    names = {r.key: r.candidate.name for r in outcome.results}
    shown = [t for t in outcome.ties if t.material or t.decision is not None]
    quiet = len(outcome.ties) - len(shown)
    out: list[Flowable] = [Heading("Empates", Styles.h1, 0)]
    if not shown:
        out.append(note("Ningún empate decide un lugar: no hay nada que decidir."))
    else:
        head = ["Empate", "Tipo", "Ciudades empatadas", "Qué está en juego", "Decisión"]
        data: list[list[object]] = [[text(h, Styles.head) for h in head]]
        extra: list[tuple[object, ...]] = []
        for tie in shown:
            data.append(
                [
                    text(tie.id, Styles.cell_bold),
                    text(_tie_kind(tie), Styles.cell_small),
                    text(
                        ", ".join(sorted((names[k] for k in tie.candidates), key=fold)), Styles.cell
                    ),
                    text(tie.explanation, Styles.cell_small),
                    text(_decision(tie, names), Styles.cell_small),
                ]
            )
            if tie.pending:
                extra.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), ALERT_LIGHT))
        out.append(grid(data, [24 * mm, 32 * mm, 60 * mm, 96 * mm, 55 * mm], extra=extra))
    if quiet:
        out.append(
            note(
                f"Además hay {quiet} empate(s) que no cambian quiénes quedan seleccionadas: se "
                "marcan con «=» en el puesto de cada región y ordenan los reemplazos; OIM y DNM "
                "los deciden si un reemplazo llega a ellos."
            )
        )
    return out


def _tie_kind(tie: Tie) -> str:
    kind = TIE_KINDS[tie.kind]
    if tie.region is not None:
        return f"{kind}: {REGION_LABELS[tie.region]}"
    if tie.round is not None:
        return f"{kind}: ronda {tie.round}"
    if tie.criterion is not None:
        return f"{kind}: criterio {tie.criterion}"
    return kind


def _decision(tie: Tie, names: dict[str, str]) -> str:
    decision = tie.decision
    if decision is None:
        return "Pendiente: decide OIM con DNM." if tie.material else "—"
    chosen = ", ".join(
        REGION_LABELS[Region(item)] if tie.kind is TieKind.ROUND else names.get(item, item)
        for item in decision.order
    )
    parts = [f"Primero: {chosen}.", f"{decision.decided_by}"]
    if decision.decided_on:
        parts[-1] += f", {short_date(decision.decided_on)}"
    if decision.note:
        parts.append(decision.note)
    return " ".join(p if p.endswith(".") else p + "." for p in parts)


def _rounds(outcome: Outcome) -> list[Flowable]:
    names = {r.key: r.candidate.name for r in outcome.results}
    head = ["Ronda", "Regiones de la ronda", "Cupos asignados", "Nota"]
    data: list[list[object]] = [[text(h, Styles.head) for h in head]]
    for round_ in outcome.rounds:
        label = str(round_.number)
        if round_.number != round_.guide_round:
            label += f" (repite la {round_.guide_round})"
        picks = "<br/>".join(
            f"{escape(REGION_LABELS[p.region])}, cupo {p.place}: "
            + escape(" o ".join(names[k] for k in p.keys))
            + (f' <font color="{_hex(ALERT)}">(empate)</font>' if p.pending else "")
            for p in round_.picks
        )
        data.append(
            [
                text(label, Styles.cell_bold),
                text(", ".join(REGION_LABELS[r] for r in round_.regions), Styles.cell_small),
                markup(picks or "—", Styles.cell),
                text(round_.note or "—", Styles.cell_small),
            ]
        )
    return [
        Heading("Rondas", Styles.h1, 0),
        grid(data, [26 * mm, 60 * mm, 101 * mm, 80 * mm]),
    ]


def _region_rows(results: Sequence[CandidateResult], decimals: int) -> Flowable:
    head = [
        "Puesto",
        "Ciudad",
        "Provincia",
        "Pobl. a",
        "Pobl. b",
        "Inst. a",
        "Inst. b",
        "Inst. c",
        "Total",
        "Front.",
        "Cab.",
        "Resultado y motivo",
    ]
    data: list[list[object]] = [
        [text(h, Styles.head_right if 3 <= i <= 8 else Styles.head) for i, h in enumerate(head)]
    ]
    extra: list[tuple[object, ...]] = [PLAIN_CELLS, ("ALIGN", (3, 1), (8, -1), "RIGHT")]
    for result in results:
        c, s = result.candidate, result.score
        assert s is not None
        rank = f"{result.rank}=" if result.tied_with else str(result.rank)
        chosen = result.status is Status.SELECTED
        data.append(
            [
                rank,
                text(c.name, Styles.cell_bold if chosen else Styles.cell),
                text(c.province, Styles.cell_small),
                format_points(s.population_a, decimals),
                format_points(s.population_b, decimals),
                format_points(s.institutional_a, decimals),
                format_points(s.institutional_b, decimals),
                format_points(s.institutional_c, decimals),
                format_points(s.total, decimals),
                "sí" if c.is_border else "no",
                "sí" if c.is_department_head else "no",
                text(" ".join(result.reasons), Styles.cell_small),
            ]
        )
        row = len(data) - 1
        if chosen:
            extra.append(("BACKGROUND", (0, row), (-1, row), ACCENT_LIGHT))
        elif result.status is Status.PENDING:
            extra.append(("BACKGROUND", (0, row), (-1, row), ALERT_LIGHT))
    widths = [15, 38, 26, 13, 13, 13, 13, 13, 14, 13, 11, 85]
    return grid(data, [w * mm for w in widths], extra=extra, zebra=False)


def _regions(outcome: Outcome, decimals: int) -> list[Flowable]:
    out: list[Flowable] = [Heading("Resultados por región", Styles.h1, 0)]
    out.append(
        note(
            "Pobl. a: porcentaje de nacidos en el extranjero de la ciudad frente al de su región; "
            "Pobl. b: frente al promedio de las demás candidatas; Inst. a, b, c: organismo o "
            "persona responsable, programas para migrantes, convenios. «=» en el puesto: empate "
            "que los criterios de la guía no resuelven."
        )
    )
    for info in outcome.regions:
        scored = [
            r
            for r in outcome.results
            if r.candidate.region is info.region and r.status is not Status.NOT_SCORED
        ]
        title = (
            f"{REGION_LABELS[info.region]}: {info.places} cupo(s), "
            f"{info.candidates} candidata(s) con puntaje"
        )
        out += [CondPageBreak(35 * mm), Heading(title, REGION_HEADING, 1)]
        out.append(_region_rows(scored, decimals) if scored else note("Sin candidatas puntuadas."))
    return out


def _unscored(outcome: Outcome) -> list[Flowable]:
    missing = [r for r in outcome.results if r.status is Status.NOT_SCORED]
    if not missing:
        return []
    data: list[list[object]] = [
        [text(h, Styles.head) for h in ("Código", "Ciudad", "Provincia", "Región", "Motivo")]
    ]
    for result in missing:
        c = result.candidate
        data.append(
            [
                text(c.key, Styles.cell_small),
                text(c.name, Styles.cell),
                text(c.province, Styles.cell_small),
                text(REGION_LABELS[c.region], Styles.cell),
                text(" ".join(result.reasons), Styles.cell_small),
            ]
        )
    return [
        Heading("Candidatas sin puntaje", Styles.h1, 0),
        note(
            "No se puntúan: les falta un dato que la guía pide. OIM puede cargarlo (con su "
            "fuente) y volver a correr la selección; ningún dato se estima."
        ),
        grid(data, [22 * mm, 50 * mm, 40 * mm, 32 * mm, 123 * mm]),
    ]


def _method(outcome: Outcome) -> list[Flowable]:
    out: list[Flowable] = [Heading("Fórmulas y parámetros de esta corrida", Styles.h1, 0)]
    out.append(
        note(
            "La guía fija los puntajes máximos, los cupos por rondas y los criterios de "
            "desempate; cómo se contrasta un porcentaje y cómo las estructuras se vuelven puntos "
            "son fórmulas de MigraDesk, ajustables por OIM. Estos son los valores usados:"
        )
    )
    out += [text(f"• {line}", Styles.body_left) for line in outcome.formulas]
    out.append(Heading("Fuentes", Styles.h2, 1))
    out += [text(f"• {source}", Styles.body_left) for source in outcome.sources]
    return out


def selection_story(run: SelectionRun, today: date) -> list[Flowable]:
    outcome = run.outcome
    decimals = run.input.parameters.decimals
    lines = [
        long_date(today),
        f"Corrida {run.id} del {short_date(run.created_at.date())} por {run.created_by}",
    ]
    story: list[Flowable] = [
        SetPage(HEADER),
        Heading(TITLE, Styles.title, 0, toc=False),
        markup(
            f"<b>{escape(run.title)}</b> · OIM – ONU Migración y Dirección Nacional de Migraciones",
            Styles.cover_line,
        ),
        text(" · ".join(lines), Styles.muted),
        gap(6),
        _status_box(outcome, run),
        Heading("Ciudades seleccionadas", Styles.h1, 0),
        _selected_table(outcome, decimals),
        *_support(outcome),
        *_ties(outcome),
        *_rounds(outcome),
        *_regions(outcome, decimals),
        *_unscored(outcome),
        *_method(outcome),
    ]
    return story


def render_selection(
    run: SelectionRun,
    out: Path,
    *,
    today: date | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the results of a selection run to ``out`` (PDF, atomically)."""
    day = today or date.today()
    info = DocInfo(
        None,
        TITLE,
        day,
        subject=f"MigraCiudades Argentina: {TITLE} ({run.title})",
        author=AUTHOR,
        place=run.title,
    )
    return build_pdf(
        selection_story(run, day),
        info,
        Path(out),
        state=PageState(header=HEADER, template=LANDSCAPE),
        first_template=LANDSCAPE,
        progress=progress,
    )
