"""``next_actions``: for each open step, the next concrete action, who does it, by when, and
where in the app; never empty while the city is not certified.

A step is open when it is not over and it has begun: the step before it is over, IOM set its
date, or the city started it. Dates come from the calendar (the guide's durations); a step
without one in the guide, or whose starting date IOM has not set yet, says "cuando OIM fije la
fecha" (``due`` is None).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from datetime import date

from migradesk.domain.actors import Actor
from migradesk.domain.calendar import DUE_SOON_DAYS, Deadline, DeadlineStatus, Step
from migradesk.domain.cityfile import CityFile
from migradesk.domain.people import COURSE_STEPS
from migradesk.domain.phrases import Phrase, T, phrase
from migradesk.domain.plan import Action as PlanAction
from migradesk.domain.plan import ActionStatus, MonitoringUpdate, latest_update
from migradesk.domain.process import complete
from migradesk.domain.process.course import CourseState, course
from migradesk.domain.process.gates import unanswered_report_comments
from migradesk.domain.process.requirements import unmet
from migradesk.domain.process.reviews import Stage, final_version_sent, review
from migradesk.domain.process.schedule import deadlines
from migradesk.domain.process.steps import STEP_IDS, certified
from migradesk.domain.report import SECTION_KEYS, WorkshopKind
from migradesk.domain.review import Deliverable, Milestone

AGENDA_DAYS = 30  # "due" on Inicio's list: overdue, or due within this many days

CITY, IOM, CIPPEC, DNM = Actor.CITY, Actor.IOM, Actor.CIPPEC, Actor.DNM

WHEN_IOM_SETS = T("cuando OIM fije la fecha")

APPLICATION_COMPLETE = T(
    "Completar el formulario de inscripción y la carta de intención (faltan {count} datos)."
)
APPLICATION_SEND = T("Enviar la inscripción a OIM.")
APPLICATION_FIX = T("Corregir la inscripción según las observaciones de OIM y volver a enviarla.")
TO_SEND = T("Conectarse a Internet para que salga {what}: está por enviar en este equipo.")
APPLICATION_RECEIVE = T("Recibir la inscripción de la ciudad.")
SELECTION = T("Comunicar los resultados de la selección.")
CONFIRM = T("Enviar la nota de confirmación firmada por el/la intendente/a.")
FOCAL_POINT = T("Designar al Punto Focal.")
FOCAL_ENROL = T("Inscribir al Punto Focal en el curso virtual.")
COURSE_PERSON = T("{name}: completar el curso virtual ({done} de {total} partes).")
COURSE_EXPIRED = T("El curso de {name} venció: pedir a OIM que lo reabra.")
ASSESSMENT_COMPLETE = T("Completar la autoevaluación ({done} de {total} indicadores respondidos).")
ASSESSMENT_SEND = T("Enviar la autoevaluación a OIM.")
ASSESSMENT_REVIEW = T("Revisar la autoevaluación de la ciudad.")
ASSESSMENT_FIX = T("Responder las observaciones de OIM y volver a enviar la autoevaluación.")
WORKSHOP_HOLD = T("Realizar el workshop de evaluación y diagnóstico en la ciudad.")
WORKSHOP_PLANNED = T("Realizar el workshop de evaluación y diagnóstico (previsto para el {date}).")
WORKSHOP_ATTENDEES = T("Registrar los participantes del workshop de evaluación y diagnóstico.")
REPORT_WRITE = T("Redactar el reporte de evaluación con CIPPEC ({done} de {total} secciones).")
REPORT_SEND = T("Enviar la versión preliminar del reporte de evaluación a OIM.")
REPORT_REVIEW = T("Revisar el reporte de evaluación y comentarlo.")
REPORT_APPROVE = T("Aprobar la versión final del reporte de evaluación.")
REPORT_ANSWER = T(
    "Responder los comentarios de OIM y CIPPEC sobre el reporte ({count} sin respuesta)."
)
REPORT_VALIDATE = T("Validar con la ciudad los comentarios a incorporar en la versión final.")
REPORT_FINAL = T("Enviar la versión final del reporte de evaluación a OIM.")
PLAN_COMPLETE = T("Priorizar áreas y completar el plan de acción ({count} pendientes).")
PLAN_SEND = T("Enviar el plan de acción a OIM para su validación.")
PLAN_VALIDATE = T("Validar el plan de acción.")
PLAN_FIX = T("Corregir el plan de acción según las observaciones de OIM y volver a enviarlo.")
PLANNING_WORKSHOP = T("Realizar el workshop de planeamiento estratégico.")
CERTIFY = T("Certificar a la ciudad y fijar la ceremonia pública.")
CEREMONY = T("Ceremonia pública de certificación.")
REQUIREMENTS = T("Completar los requisitos pendientes de la certificación ({count}).")
MONITOR = T("Informar el avance de la acción «{action}».")

WHAT = {
    Deliverable.APPLICATION: T("la inscripción"),
    Deliverable.SELF_ASSESSMENT: T("la autoevaluación"),
    Deliverable.REPORT: T("el reporte de evaluación"),
    Deliverable.ACTION_PLAN: T("el plan de acción"),
}


@dataclasses.dataclass(frozen=True)
class NextAction:
    step_id: str  # the step it belongs to: the page of the app where it is done
    key: str  # stable, for tests and for IOM's workspace ("fase2.enviar")
    text: Phrase
    actors: tuple[Actor, ...]  # who does it (the first leads)
    due: date | None  # None: "cuando OIM fije la fecha"
    opens: date | None = None

    @property
    def by_city(self) -> bool:
        return Actor.CITY in self.actors

    def status(self, today: date) -> DeadlineStatus | None:
        """Like a deadline's; None when there is no date."""
        if self.due is None:
            return None
        if self.opens is not None and today < self.opens:
            return DeadlineStatus.NOT_STARTED
        left = (self.due - today).days
        if left < 0:
            return DeadlineStatus.OVERDUE
        if left <= DUE_SOON_DAYS:
            return DeadlineStatus.DUE_SOON
        return DeadlineStatus.OPEN

    def overdue(self, today: date) -> bool:
        return self.status(today) is DeadlineStatus.OVERDUE


class _Dates:
    def __init__(self, found: list[Deadline]) -> None:
        self.by_step = {d.step: d for d in found}

    def due(self, step: Step) -> date | None:
        found = self.by_step.get(step)
        return found.due if found else None

    def opens(self, step: Step) -> date | None:
        found = self.by_step.get(step)
        return found.opens if found else None


def next_actions(file: CityFile, today: date) -> list[NextAction]:
    """Every open step's next action, in process order (Phase 6: by due date)."""
    dates = _Dates(deadlines(file, today))
    found: list[NextAction] = []
    for builder in (_application, _phase_1, _phase_2, _phase_3, _phase_4, _phase_5, _phase_6):
        found.extend(builder(file, today, dates))
    if not found and not certified(file, today):  # never silent before certification
        missing = unmet(file, today)
        text = phrase(REQUIREMENTS, count=len(missing)) if missing else phrase(CERTIFY)
        actors = (CITY,) if missing else (IOM,)
        found.append(NextAction("fase5", "fase5.requisitos", text, actors, None))
    order = {s: i for i, s in enumerate(STEP_IDS)}
    return sorted(found, key=lambda a: order[a.step_id])  # stable: keeps each step's order


def headline(actions: Sequence[NextAction], today: date) -> NextAction | None:
    """ "Lo próximo": the first overdue action, else the first in process order."""
    late = [a for a in actions if a.overdue(today)]
    found = late or list(actions)
    return found[0] if found else None


def agenda(actions: Sequence[NextAction], today: date) -> list[NextAction]:
    """Every action due or overdue: overdue ones, then those due within AGENDA_DAYS, by date."""
    dated = [a for a in actions if a.due is not None]
    soon = [a for a in dated if a.due is not None and (a.due - today).days <= AGENDA_DAYS]
    return sorted(soon, key=lambda a: (a.due or today, STEP_IDS.index(a.step_id)))


def _sending(step_id: str, deliverable: Deliverable, stage: Stage) -> NextAction | None:
    if stage is Stage.TO_SEND:
        return NextAction(
            step_id,
            f"{step_id}.por_enviar",
            phrase(TO_SEND, what=phrase(WHAT[deliverable])),
            (CITY,),
            None,
        )
    return None


def _application(file: CityFile, today: date, dates: _Dates) -> Iterator[NextAction]:
    stage = review(file, Deliverable.APPLICATION).stage
    due = dates.due(Step.APPLICATION)
    if stage in (Stage.DRAFT, Stage.COMMENTED):
        missing = complete.application_missing(file)
        if stage is Stage.COMMENTED:
            text = phrase(APPLICATION_FIX)
        elif missing:
            text = phrase(APPLICATION_COMPLETE, count=len(missing))
        else:
            text = phrase(APPLICATION_SEND)
        yield NextAction("inscripcion", "inscripcion.enviar", text, (CITY,), due)
        return
    pending = _sending("inscripcion", Deliverable.APPLICATION, stage)
    if pending:
        yield dataclasses.replace(pending, due=due)
        return
    results_due = dates.due(Step.SELECTION_RESULTS)
    if stage is not Stage.DONE:
        yield NextAction(
            "inscripcion", "inscripcion.recibir", phrase(APPLICATION_RECEIVE), (IOM,), results_due
        )
        return
    if file.focal_point is None or not file.focal_point.name.strip():
        yield NextAction("punto_focal", "punto_focal.designar", phrase(FOCAL_POINT), (CITY,), None)
    if file.phase_date(Milestone.RESULTS_NOTIFIED) is None:
        yield NextAction(
            "inscripcion", "inscripcion.resultados", phrase(SELECTION), (IOM, DNM), results_due
        )
        return
    application = file.application
    if application is None or application.confirmation_sent_on is None:
        yield NextAction(
            "inscripcion",
            "inscripcion.confirmar",
            phrase(CONFIRM),
            (CITY,),
            dates.due(Step.CONFIRMATION),
        )


def _phase_1_open(file: CityFile) -> bool:
    application = file.application
    return bool(
        (application and application.confirmation_sent_on)
        or file.phase_date(Milestone.PHASE_1_START)
        or file.officials
    )


def _phase_1(file: CityFile, today: date, dates: _Dates) -> Iterator[NextAction]:
    if not _phase_1_open(file):
        return
    taken = course(file, today)
    if taken.focal is None:
        yield NextAction(
            "fase1", "fase1.inscribir_punto_focal", phrase(FOCAL_ENROL), (CITY,),
            dates.due(Step.ENROLMENT),
        )  # fmt: skip
    # Those the city waits for first; then those enrolled later, who take it too.
    pending = [p for p in taken.participants if p.state is not CourseState.COMPLETED]
    pending.sort(key=lambda p: (not (p.required or p is taken.focal), p.due or date.max))
    for person in pending:
        name = person.official.name or "—"
        if person.state is CourseState.EXPIRED:
            text = phrase(COURSE_EXPIRED, name=name)
        else:
            done, total = person.official.steps_done, len(COURSE_STEPS)
            text = phrase(COURSE_PERSON, name=name, done=done, total=total)
        yield NextAction(
            "fase1", f"fase1.curso.{person.official.id}", text, (CITY,), person.due,
            dates.opens(Step.COURSE),
        )  # fmt: skip


def _phase_2(file: CityFile, today: date, dates: _Dates) -> Iterator[NextAction]:
    stage = review(file, Deliverable.SELF_ASSESSMENT).stage
    due = dates.due(Step.SELF_ASSESSMENT)
    if stage is Stage.DONE:
        return
    if stage is Stage.DRAFT:
        started = complete.answered(file)[0] > 0
        if not (started or course(file, today).done or file.phase_date(Milestone.PHASE_2_START)):
            return
        done, total = complete.answered(file)
        text = (
            phrase(ASSESSMENT_COMPLETE, done=done, total=total)
            if done < total
            else phrase(ASSESSMENT_SEND)
        )
        yield NextAction(
            "fase2", "fase2.enviar", text, (CITY,), due, dates.opens(Step.SELF_ASSESSMENT)
        )
        return
    pending = _sending("fase2", Deliverable.SELF_ASSESSMENT, stage)
    if pending:
        yield dataclasses.replace(pending, due=due)
    elif stage is Stage.COMMENTED:
        yield NextAction("fase2", "fase2.corregir", phrase(ASSESSMENT_FIX), (CITY,), None)
    else:
        yield NextAction(
            "fase2", "fase2.revisar", phrase(ASSESSMENT_REVIEW), (IOM,),
            dates.due(Step.ASSESSMENT_REVIEW),
        )  # fmt: skip


def _phase_3(file: CityFile, today: date, dates: _Dates) -> Iterator[NextAction]:
    report = review(file, Deliverable.REPORT)
    if report.stage is Stage.DONE:
        return
    assessment = review(file, Deliverable.SELF_ASSESSMENT).stage
    workshop = file.workshop(WorkshopKind.DIAGNOSTIC)
    started = workshop is not None or complete.sections_with_text(file) > 0
    if not (started or assessment in (Stage.SENT, Stage.RECEIVED, Stage.COMMENTED, Stage.DONE)):
        return
    held = complete.workshop_held(file, WorkshopKind.DIAGNOSTIC, today)
    if not held:
        day = workshop.held_on if workshop else None
        if day is not None and day <= today:
            yield NextAction(
                "fase3", "fase3.participantes", phrase(WORKSHOP_ATTENDEES), (CITY,),
                dates.due(Step.REPORT),
            )  # fmt: skip
        else:
            text = phrase(WORKSHOP_PLANNED, date=day) if day else phrase(WORKSHOP_HOLD)
            yield NextAction(
                "fase3", "fase3.workshop", text, (IOM, CIPPEC), day or dates.due(Step.WORKSHOP),
                dates.opens(Step.WORKSHOP),
            )  # fmt: skip
    due = dates.due(Step.REPORT)
    if report.stage is Stage.DRAFT:
        if not held and complete.sections_with_text(file) == 0:
            return
        done, total = complete.sections_with_text(file), len(SECTION_KEYS)
        text = phrase(REPORT_WRITE, done=done, total=total) if done < total else phrase(REPORT_SEND)
        yield NextAction("fase3", "fase3.enviar", text, (CITY, CIPPEC), due)
        return
    pending = _sending("fase3", Deliverable.REPORT, report.stage)
    if pending:
        yield dataclasses.replace(pending, due=due)
    elif report.stage in (Stage.SENT, Stage.RECEIVED):
        if final_version_sent(file):
            yield NextAction("fase3", "fase3.aprobar", phrase(REPORT_APPROVE), (IOM,), None)
        else:
            yield NextAction(
                "fase3", "fase3.revisar", phrase(REPORT_REVIEW), (IOM, CIPPEC),
                dates.due(Step.REPORT_REVIEW),
            )  # fmt: skip
    elif report.stage is Stage.COMMENTED:
        waiting = unanswered_report_comments(file)
        if waiting:
            text = phrase(REPORT_ANSWER, count=len(waiting))
            yield NextAction("fase3", "fase3.responder", text, (CITY,), None)
        else:
            yield NextAction(
                "fase3", "fase3.validar", phrase(REPORT_VALIDATE), (CIPPEC, CITY), None
            )
    elif report.stage is Stage.VALIDATED:
        yield NextAction("fase3", "fase3.enviar_final", phrase(REPORT_FINAL), (CITY,), None)


def _phase_4(file: CityFile, today: date, dates: _Dates) -> Iterator[NextAction]:
    plan = review(file, Deliverable.ACTION_PLAN).stage
    report = review(file, Deliverable.REPORT).stage
    workshop = file.workshop(WorkshopKind.PLANNING)
    started = bool(file.priority_areas) or workshop is not None
    if not (started or report is Stage.DONE or file.phase_date(Milestone.PHASE_4_START)):
        return
    if not complete.workshop_held(file, WorkshopKind.PLANNING, today):
        day = workshop.held_on if workshop else None
        yield NextAction("fase4", "fase4.workshop", phrase(PLANNING_WORKSHOP), (IOM, CIPPEC), day)
    if plan is Stage.DONE:
        return
    if plan is Stage.DRAFT:
        missing = complete.plan_missing(file)
        text = phrase(PLAN_COMPLETE, count=len(missing)) if missing else phrase(PLAN_SEND)
        yield NextAction("fase4", "fase4.enviar", text, (CITY,), None)
        return
    pending = _sending("fase4", Deliverable.ACTION_PLAN, plan)
    if pending:
        yield pending
    elif plan is Stage.COMMENTED:
        yield NextAction("fase4", "fase4.corregir", phrase(PLAN_FIX), (CITY,), None)
    else:
        yield NextAction("fase4", "fase4.validar", phrase(PLAN_VALIDATE), (IOM,), None)


def _phase_5(file: CityFile, today: date, _dates: _Dates) -> Iterator[NextAction]:
    if certified(file, today):
        return
    found = file.certification
    if found is not None and found.certified_on is not None:
        yield NextAction("fase5", "fase5.ceremonia", phrase(CEREMONY), (IOM,), found.certified_on)
    elif review(file, Deliverable.ACTION_PLAN).stage is Stage.DONE and not unmet(file, today):
        yield NextAction("fase5", "fase5.certificar", phrase(CERTIFY), (IOM,), None)


def _phase_6(file: CityFile, today: date, _dates: _Dates) -> Iterator[NextAction]:
    if review(file, Deliverable.ACTION_PLAN).stage is not Stage.DONE:
        return
    all_updates = file.all(MonitoringUpdate)
    open_actions: list[PlanAction] = []
    for action in file.all(PlanAction):
        latest = latest_update(all_updates, action.id)
        if latest is not None and latest.status in (ActionStatus.DONE, ActionStatus.CANCELLED):
            continue
        open_actions.append(action)
    for action in sorted(open_actions, key=lambda a: (a.end or date.max, a.title.casefold())):
        yield NextAction(
            "fase6", f"fase6.accion.{action.id}", phrase(MONITOR, action=action.title), (CITY,),
            action.end, action.start,
        )  # fmt: skip
