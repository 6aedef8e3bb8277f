"""The app's steps (one row each in the navigator): their titles and their state.

Titles: the guide's, in full on the page, short in the navigator. States: sin iniciar → en curso
→ por enviar → enviado → con comentarios → (comentarios validados) → aprobado, from the
deliverable's review for the steps IOM reviews; "completado" for those it does not review.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from enum import StrEnum

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.calendar import Deadline, Step, next_due
from migradesk.domain.cityfile import CityFile
from migradesk.domain.phrases import T
from migradesk.domain.plan import MonitoringUpdate, Objective, PriorityArea
from migradesk.domain.process.complete import application_started
from migradesk.domain.process.course import CourseState, course
from migradesk.domain.process.reviews import Stage, review
from migradesk.domain.process.schedule import deadlines
from migradesk.domain.report import ReportSection, WorkshopKind
from migradesk.domain.review import Deliverable

STEP_IDS = (
    "inicio",
    "inscripcion",
    "punto_focal",
    "fase1",
    "fase2",
    "fase3",
    "fase4",
    "fase5",
    "fase6",
)

# The navigator's titles (the desktop declares the same texts in ``ui/pages/__init__.py``).
SHORT_TITLES: dict[str, str] = {
    "inicio": "Inicio",
    "inscripcion": "Inscripción",
    "punto_focal": "Punto focal",
    "fase1": "Fase 1 · Capacitación",
    "fase2": "Fase 2 · Autoevaluación",
    "fase3": "Fase 3 · Reporte de evaluación",
    "fase4": "Fase 4 · Plan de acción",
    "fase5": "Fase 5 · Certificación",
    "fase6": "Fase 6 · Implementación y monitoreo",
}
# The guide's titles of each phase, for the page headings, the PDFs and ``migradesk status``.
TITLES: dict[str, str] = {
    "inicio": T("Inicio"),
    "inscripcion": T(
        "Inscripción: carta de intención, designación del Punto Focal y formulario de inscripción"
    ),
    "punto_focal": T("La persona designada como Punto Focal"),
    "fase1": T("Fase 1 · Capacitación del funcionariado local"),
    "fase2": T("Fase 2 · Capacidades y recursos institucionales para la gobernanza migratoria"),
    "fase3": T("Fase 3 · Workshop de evaluación y diagnóstico"),
    "fase4": T("Fase 4 · Priorización, plan de acción y workshop de planeamiento estratégico"),
    "fase5": T("Fase 5 · Finalización y certificación"),
    "fase6": T("Fase 6 · Implementación y monitoreo"),
}

DELIVERABLES: dict[str, Deliverable] = {
    "inscripcion": Deliverable.APPLICATION,
    "fase2": Deliverable.SELF_ASSESSMENT,
    "fase3": Deliverable.REPORT,
    "fase4": Deliverable.ACTION_PLAN,
}
STEP_OF: dict[Deliverable, str] = {d: s for s, d in DELIVERABLES.items()}

# Calendar steps shown under each navigator step.
CALENDAR_STEPS: dict[str, tuple[Step, ...]] = {
    "inscripcion": (Step.APPLICATION, Step.SELECTION_RESULTS, Step.CONFIRMATION),
    "fase1": (Step.ENROLMENT, Step.COURSE),
    "fase2": (Step.SELF_ASSESSMENT, Step.ASSESSMENT_REVIEW),
    "fase3": (Step.WORKSHOP, Step.REPORT, Step.REPORT_REVIEW),
}


class StepState(StrEnum):
    NOT_STARTED = "sin_iniciar"
    IN_PROGRESS = "en_curso"
    TO_SEND = "por_enviar"
    SENT = "enviado"
    COMMENTED = "con_comentarios"
    VALIDATED = "validado"
    APPROVED = "aprobado"
    COMPLETED = "completado"


# How each state reads (the navigator, ``migradesk status``).
STATE_NAMES: dict[StepState, str] = {
    StepState.NOT_STARTED: T("sin iniciar"),
    StepState.IN_PROGRESS: T("en curso"),
    StepState.TO_SEND: T("por enviar"),
    StepState.SENT: T("enviado"),
    StepState.COMMENTED: T("con comentarios"),
    StepState.VALIDATED: T("comentarios validados"),
    StepState.APPROVED: T("aprobado"),
    StepState.COMPLETED: T("completado"),
}

_OF_STAGE = {
    Stage.TO_SEND: StepState.TO_SEND,
    Stage.SENT: StepState.SENT,
    Stage.RECEIVED: StepState.SENT,
    Stage.COMMENTED: StepState.COMMENTED,
    Stage.VALIDATED: StepState.VALIDATED,
    Stage.DONE: StepState.APPROVED,
}


def certified(file: CityFile, today: date) -> bool:
    """IOM certified the city (the ceremony's date has come)."""
    found = file.certification
    return found is not None and found.certified_on is not None and found.certified_on <= today


def _started(step_id: str, file: CityFile) -> bool:
    if step_id == "inscripcion":
        return application_started(file)
    if step_id == "punto_focal":
        return file.focal_point is not None
    if step_id == "fase1":
        return bool(file.officials)
    if step_id == "fase2":
        return any(a.answer for a in file.all(IndicatorAnswer))
    if step_id == "fase3":
        return (
            any(s.text.strip() for s in file.all(ReportSection))
            or file.workshop(WorkshopKind.DIAGNOSTIC) is not None
        )
    if step_id == "fase4":
        return bool(
            file.all(PriorityArea)
            or file.all(Objective)
            or file.workshop(WorkshopKind.PLANNING) is not None
        )
    if step_id == "fase5":
        return review(file, Deliverable.ACTION_PLAN).stage is Stage.DONE
    if step_id == "fase6":
        return bool(file.all(MonitoringUpdate)) or (
            review(file, Deliverable.ACTION_PLAN).stage is Stage.DONE
        )
    return False


def step_state(step_id: str, file: CityFile, today: date) -> StepState | None:
    """The navigator's state of a step; None for Inicio (it is an overview, not a step)."""
    if step_id == "inicio":
        return None
    if step_id in DELIVERABLES:
        stage = review(file, DELIVERABLES[step_id]).stage
        if stage in _OF_STAGE:
            return _OF_STAGE[stage]
    if step_id == "punto_focal":
        focal = file.focal_point
        application = file.application
        if focal is not None and application and application.confirmation_sent_on:
            return StepState.COMPLETED  # the mayor's note ratified the focal point
    if step_id == "fase1":
        taken = course(file, today)
        if taken.done and all(p.state is CourseState.COMPLETED for p in taken.participants):
            return StepState.COMPLETED  # nobody enrolled is still taking it, or let it expire
    if step_id == "fase5" and certified(file, today):
        return StepState.APPROVED
    return StepState.IN_PROGRESS if _started(step_id, file) else StepState.NOT_STARTED


def step_deadline(step_id: str, all_deadlines: list[Deadline], today: date) -> Deadline | None:
    mine = [d for d in all_deadlines if d.step in CALENDAR_STEPS.get(step_id, ())]
    return next_due(mine, today)


@dataclasses.dataclass(frozen=True)
class StepSummary:
    step_id: str
    state: StepState | None
    deadline: Deadline | None


def summaries(file: CityFile, today: date) -> list[StepSummary]:
    all_deadlines = deadlines(file, today)
    return [
        StepSummary(s, step_state(s, file, today), step_deadline(s, all_deadlines, today))
        for s in STEP_IDS
    ]
