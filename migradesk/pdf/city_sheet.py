"""The dossier's first part: the city, its authorities and focal point, the course, the calendar."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from migradesk.domain.people import COURSE_STEPS
from migradesk.domain.process.course import STATE_NAMES, CourseState, course
from migradesk.domain.process.reviews import DELIVERABLE_NAMES, Stage, review
from migradesk.domain.report import WorkshopKind
from migradesk.domain.review import Deliverable, Milestone
from migradesk.pdf.common import Ctx, fields_table, gap, grid, note, part_opening, text
from migradesk.pdf.spanish import long_date, number, percent, short_date
from migradesk.pdf.theme import Styles

TITLE = "Ficha de la ciudad"
WIDTH = 170 * mm

MILESTONE_LABELS = {
    Milestone.CAMPAIGN_LAUNCH: "Lanzamiento de la campaña informativa",
    Milestone.RESULTS_NOTIFIED: "Notificación de los resultados de la selección",
    Milestone.PHASE_1_START: "Inicio de la Fase 1: capacitación",
    Milestone.PHASE_2_START: "Inicio de la Fase 2: autoevaluación",
    Milestone.PHASE_4_START: "Inicio de la Fase 4: priorización y plan de acción",
    Milestone.PHASE_6_START: "Inicio de la Fase 6: implementación y monitoreo",
}
WORKSHOP_LABELS = {
    WorkshopKind.DIAGNOSTIC: "Workshop de evaluación y diagnóstico",
    WorkshopKind.PLANNING: "Workshop de planeamiento estratégico",
}


def _yes_no(value: bool | None) -> str:
    return "—" if value is None else ("Sí" if value else "No")


def _general(ctx: Ctx) -> list[tuple[str, str]]:
    city = ctx.file.city
    app = ctx.file.application
    pairs = [
        ("Ciudad", city.name),
        ("Provincia", city.province),
        ("Región", city.region.label),
        ("Departamento", city.department),
        ("Tipo de gobierno local", city.government_type),
        ("Ciudad fronteriza", _yes_no(city.is_border)),
        ("Cabecera de departamento", _yes_no(city.is_department_head)),
    ]
    if city.population_2010:
        pairs.append(("Población (Censo 2010)", number(city.population_2010)))
    if city.foreign_born_2010 is not None:
        share = city.foreign_born_share
        extra = f" ({percent(share, 1)})" if share is not None else ""
        pairs.append(("Nacida en el extranjero (2010)", number(city.foreign_born_2010) + extra))
    if app is not None:
        if app.current_population:
            pairs.append(("Población actual (estimada)", number(app.current_population)))
        if app.area_km2:
            pairs.append(("Superficie", f"{number(app.area_km2, 1)} km²"))
        pairs += [
            ("Actividades económicas", app.main_economic_activities),
            ("Principales países de origen", app.main_origin_countries),
            ("Dirección", app.municipal_address),
            ("Teléfono", app.municipal_phone),
            ("Correo electrónico", app.municipal_email),
            ("Sitio web", app.municipal_website),
        ]
    return [(label, value) for label, value in pairs if value and value.strip()]


def _people(ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [ctx.h1("Autoridades y Punto Focal")]
    app = ctx.file.application
    fp = ctx.file.focal_point
    pairs = []
    if app is not None and app.mayor_name.strip():
        pairs.append((app.mayor_title or "Intendente/a", app.mayor_name))
    if fp is not None:
        pairs += [
            ("Punto Focal", fp.name),
            ("Cargo", fp.post),
            ("Área", fp.area),
            ("Correo electrónico", fp.email),
            ("Teléfono", fp.phone),
            ("En el rol desde", short_date(fp.since, "")),
        ]
    pairs = [(label, value) for label, value in pairs if value.strip()]
    if pairs:
        out.append(fields_table(pairs, WIDTH, label_width=48 * mm))
    else:
        out.append(note("Todavía no se cargaron el/la intendente/a ni el Punto Focal."))
    history = ctx.file.focal_point_history
    if len(history) > 1:
        out.append(ctx.h2("Personas que ocuparon el rol de Punto Focal", toc=False))
        rows: list[list[object]] = [
            [
                text(h, Styles.head)
                for h in ("Nombre", "Cargo", "Desde", "Hasta", "Motivo del cambio")
            ]
        ]
        for person in history:
            rows.append(
                [
                    text(person.name, Styles.cell),
                    text(person.post or "—", Styles.cell_small),
                    text(short_date(person.since), Styles.cell),
                    text(short_date(person.until, "actual"), Styles.cell),
                    text(person.reason_for_leaving or "—", Styles.cell_small),
                ]
            )
        out.append(grid(rows, [36 * mm, 40 * mm, 22 * mm, 22 * mm, 50 * mm]))
    return out


def _course(ctx: Ctx) -> list[Flowable]:
    officials = ctx.file.officials
    out: list[Flowable] = [ctx.h1("Personas funcionarias y curso de capacitación")]
    if not officials:
        out.append(note("Todavía no se sumaron personas funcionarias."))
        return out
    taken = course(ctx.file, ctx.today)
    done = sum(p.state is CourseState.COMPLETED for p in taken.participants)
    out.append(
        text(
            f"{number(len(officials))} personas inscriptas; {number(done)} completaron el curso "
            f"(cuestionario inicial, cuatro módulos y cuestionario final).",
            Styles.body_left,
        )
    )
    rows: list[list[object]] = [
        [text(h, Styles.head) for h in ("Nombre", "Cargo y área", "Pasos", "Curso")]
    ]
    for person in taken.participants:
        official = person.official
        name = official.name + (" (Punto Focal)" if official.is_focal_point else "")
        post = " · ".join(p for p in (official.post, official.area) if p.strip()) or "—"
        status = STATE_NAMES[person.state].capitalize()
        rows.append(
            [
                text(name, Styles.cell),
                text(post, Styles.cell_small),
                text(f"{official.steps_done}/{len(COURSE_STEPS)}", Styles.cell_right),
                text(status, Styles.cell),
            ]
        )
    out.append(grid(rows, [52 * mm, 82 * mm, 14 * mm, 22 * mm]))
    return out


def _calendar(ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [ctx.h1("Calendario y estado del proceso")]
    entries: list[tuple[date, str]] = []
    for milestone, label in MILESTONE_LABELS.items():
        found = ctx.file.phase_date(milestone)
        if found is not None:
            entries.append((found.on, label))
    for kind, label in WORKSHOP_LABELS.items():
        workshop = ctx.file.workshop(kind)
        if workshop is not None and workshop.held_on is not None:
            detail = label
            if workshop.place.strip():
                detail += f" ({workshop.place.strip()}"
                detail += f", {number(len(workshop.attendees))} participantes)"
            entries.append((workshop.held_on, detail))
    plan = review(ctx.file, Deliverable.ACTION_PLAN)
    if plan.stage is Stage.DONE and plan.since is not None:  # one record: IOM's review
        entries.append((plan.since, "Plan de acción validado por OIM"))
    if entries:
        rows: list[list[object]] = [[text("Hito", Styles.head), text("Fecha", Styles.head)]]
        for day, label in sorted(entries):
            rows.append([text(label, Styles.cell), text(short_date(day), Styles.cell)])
        out.append(grid(rows, [140 * mm, 30 * mm]))
    out.append(gap(6))
    states: list[list[object]] = [[text("Entregable", Styles.head), text("Estado", Styles.head)]]
    for deliverable, label in DELIVERABLE_NAMES.items():
        stage = review(ctx.file, deliverable)
        states.append([text(label, Styles.cell), text(str(stage.name), Styles.cell)])
    out.append(grid(states, [140 * mm, 30 * mm]))
    cert = ctx.file.certification
    if cert is not None and cert.certified_on is not None:
        line = f"Ciudad certificada por OIM – ONU Migración el {long_date(cert.certified_on)}"
        if cert.ceremony_place.strip():
            line += f", en acto público ({cert.ceremony_place.strip()})"
        out.append(gap(6))
        out.append(text(line + ".", Styles.body_left))
    return out


def story(ctx: Ctx) -> list[Flowable]:
    out = part_opening(ctx, TITLE, TITLE)
    out.append(ctx.h1("Datos generales"))
    out.append(fields_table(_general(ctx), WIDTH, label_width=48 * mm))
    out.extend(_people(ctx))
    out.extend(_course(ctx))
    out.extend(_calendar(ctx))
    return out
