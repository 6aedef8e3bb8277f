"""Phase 5: what certification needs, item by item, computed from the city file.

The guide: "Una vez finalizada la Fase 4 y validado el Plan de Acción … Las ciudades que hayan
cumplimentado todas las fases descriptas hasta aquí, recibirán un sello de certificación". Each
phase's end, as the state table reads it (``shared/design/process.md``), is one requirement; the
page, IOM's certification on the server and ``migradesk status`` all read this list.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from enum import StrEnum

from migradesk.domain.cityfile import CityFile
from migradesk.domain.phrases import Phrase, T, phrase
from migradesk.domain.process.complete import workshop_held
from migradesk.domain.process.course import NOBODY, Course, CourseState, course
from migradesk.domain.process.reviews import Stage, review
from migradesk.domain.report import WorkshopKind
from migradesk.domain.review import Deliverable


class Requirement(StrEnum):
    """The certification's requirements, in process order (values are stable keys)."""

    APPLICATION = "application"
    FOCAL_POINT = "focal_point"
    CONFIRMATION = "confirmation"
    COURSE = "course"
    SELF_ASSESSMENT = "self_assessment"
    DIAGNOSTIC_WORKSHOP = "diagnostic_workshop"
    REPORT = "report"
    ACTION_PLAN = "action_plan"
    PLANNING_WORKSHOP = "planning_workshop"


class ItemState(StrEnum):
    MET = "cumplido"
    WAITING = "espera"  # the city did its part; IOM (or CIPPEC) has to answer
    PENDING = "pendiente"  # the city has something to do


TITLES: dict[Requirement, str] = {
    Requirement.APPLICATION: T("Inscripción enviada y recibida por OIM"),
    Requirement.FOCAL_POINT: T("Punto Focal designado"),
    Requirement.CONFIRMATION: T("Nota de confirmación del/de la intendente/a enviada"),
    Requirement.COURSE: T("Curso completado por el Punto Focal y todas las personas inscriptas"),
    Requirement.SELF_ASSESSMENT: T("Autoevaluación enviada y revisada por OIM"),
    Requirement.DIAGNOSTIC_WORKSHOP: T("Workshop de evaluación y diagnóstico realizado"),
    Requirement.REPORT: T("Reporte de evaluación en su versión final"),
    Requirement.ACTION_PLAN: T("Plan de acción validado por OIM"),
    Requirement.PLANNING_WORKSHOP: T("Workshop de planeamiento estratégico realizado"),
}
PAGES: dict[Requirement, str] = {
    Requirement.APPLICATION: "inscripcion",
    Requirement.FOCAL_POINT: "punto_focal",
    Requirement.CONFIRMATION: "inscripcion",
    Requirement.COURSE: "fase1",
    Requirement.SELF_ASSESSMENT: "fase2",
    Requirement.DIAGNOSTIC_WORKSHOP: "fase3",
    Requirement.REPORT: "fase3",
    Requirement.ACTION_PLAN: "fase4",
    Requirement.PLANNING_WORKSHOP: "fase4",
}

DONE_ON = T("Cumplido el {date}.")
NOT_SENT = T("Todavía no se envió a OIM.")
TO_SEND = T("Por enviar: sale de este equipo cuando haya conexión.")
SENT_ON = T("Enviado el {date}; OIM todavía no respondió.")
COMMENTED_ON = T("OIM lo devolvió con observaciones el {date}.")
VALIDATED_ON = T("Comentarios validados el {date}: falta enviar la versión final.")
FOCAL_IS = T("{name} es el Punto Focal.")
NO_FOCAL = T("Falta designar al Punto Focal.")
CONFIRMED_ON = T("Enviada el {date}.")
NO_CONFIRMATION = T("Falta enviar la nota de confirmación.")
COURSE_DONE = T("{done} de {total} personas completaron el curso.")
HELD_ON = T("Realizado el {date}.")
PLANNED_FOR = T("Previsto para el {date}.")
NO_ATTENDEES = T("Realizado el {date}: faltan los participantes.")
NO_DATE = T("Sin fecha registrada.")


@dataclasses.dataclass(frozen=True)
class Item:
    requirement: Requirement
    state: ItemState
    detail: Phrase
    page_id: str  # where the city completes it

    @property
    def title(self) -> Phrase:
        return phrase(TITLES[self.requirement])

    @property
    def met(self) -> bool:
        return self.state is ItemState.MET


def _review_item(
    file: CityFile, requirement: Requirement, deliverable: Deliverable, *done: Stage
) -> Item:
    found = review(file, deliverable)
    when = found.since
    if found.stage in done and when is not None:
        state, detail = ItemState.MET, phrase(DONE_ON, date=when)
    elif found.stage is Stage.TO_SEND:
        state, detail = ItemState.PENDING, phrase(TO_SEND)
    elif found.stage in (Stage.SENT, Stage.RECEIVED) and when is not None:
        state, detail = ItemState.WAITING, phrase(SENT_ON, date=found.sent_on or when)
    elif found.stage is Stage.COMMENTED and when is not None:
        state, detail = ItemState.PENDING, phrase(COMMENTED_ON, date=when)
    elif found.stage is Stage.VALIDATED and when is not None:
        state, detail = ItemState.PENDING, phrase(VALIDATED_ON, date=when)
    else:
        state, detail = ItemState.PENDING, phrase(NOT_SENT)
    return Item(requirement, state, detail, PAGES[requirement])


def _workshop_item(
    file: CityFile, requirement: Requirement, kind: WorkshopKind, today: date
) -> Item:
    workshop = file.workshop(kind)
    held = workshop.held_on if workshop else None
    if workshop_held(file, kind, today) and held is not None:
        state, detail = ItemState.MET, phrase(HELD_ON, date=held)
    elif held is not None and held <= today:
        state, detail = ItemState.PENDING, phrase(NO_ATTENDEES, date=held)
    elif held is not None:
        state, detail = ItemState.WAITING, phrase(PLANNED_FOR, date=held)
    else:
        state, detail = ItemState.PENDING, phrase(NO_DATE)
    return Item(requirement, state, detail, PAGES[requirement])


def checklist(file: CityFile, today: date) -> list[Item]:
    """Every requirement of certification with its state, in process order."""
    items = [_review_item(file, Requirement.APPLICATION, Deliverable.APPLICATION, Stage.DONE)]
    focal = file.focal_point
    if focal is not None and focal.name.strip():
        items.append(
            Item(
                Requirement.FOCAL_POINT,
                ItemState.MET,
                phrase(FOCAL_IS, name=focal.name),
                PAGES[Requirement.FOCAL_POINT],
            )
        )
    else:
        items.append(
            Item(
                Requirement.FOCAL_POINT,
                ItemState.PENDING,
                phrase(NO_FOCAL),
                PAGES[Requirement.FOCAL_POINT],
            )
        )
    application = file.application
    confirmed = application.confirmation_sent_on if application else None
    items.append(
        Item(
            Requirement.CONFIRMATION,
            ItemState.MET if confirmed else ItemState.PENDING,
            phrase(CONFIRMED_ON, date=confirmed) if confirmed else phrase(NO_CONFIRMATION),
            PAGES[Requirement.CONFIRMATION],
        )
    )
    items.append(_course_item(file, today))
    items.append(
        _review_item(file, Requirement.SELF_ASSESSMENT, Deliverable.SELF_ASSESSMENT, Stage.DONE)
    )
    items.append(
        _workshop_item(file, Requirement.DIAGNOSTIC_WORKSHOP, WorkshopKind.DIAGNOSTIC, today)
    )
    items.append(_review_item(file, Requirement.REPORT, Deliverable.REPORT, Stage.DONE))
    items.append(_review_item(file, Requirement.ACTION_PLAN, Deliverable.ACTION_PLAN, Stage.DONE))
    items.append(_workshop_item(file, Requirement.PLANNING_WORKSHOP, WorkshopKind.PLANNING, today))
    return items


def _course_item(file: CityFile, today: date) -> Item:
    found = course(file, today)
    if not found.participants:
        detail = phrase(NOBODY)
    elif found.done:
        required = found.required
        detail = phrase(COURSE_DONE, done=len(required), total=len(required))
    else:
        missing = found.missing()
        detail = missing[0] if len(missing) == 1 or found.focal is None else _count(found)
    state = ItemState.MET if found.done else ItemState.PENDING
    return Item(Requirement.COURSE, state, detail, PAGES[Requirement.COURSE])


def _count(found: Course) -> Phrase:
    required = found.required
    done = sum(p.state is CourseState.COMPLETED for p in required)
    return phrase(COURSE_DONE, done=done, total=len(required))


def unmet(file: CityFile, today: date) -> list[Item]:
    return [item for item in checklist(file, today) if not item.met]
