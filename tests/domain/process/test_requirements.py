"""Phase 5: certification only when every requirement holds; one test per requirement missing,
named after the rule, each naming what is missing in Spanish."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from migradesk.domain.actors import Actor
from migradesk.domain.application import Application
from migradesk.domain.people import FocalPoint, Official
from migradesk.domain.process import Act, ItemState, Requirement, can, checklist
from migradesk.domain.report import Workshop, WorkshopKind
from migradesk.domain.review import Deliverable, ReviewEvent, ReviewState

from .citykit import TODAY, Builder


@pytest.fixture
def ready(city: Builder) -> Builder:
    return city.planned()


def refusal(city: Builder) -> list[str]:
    verdict = can(Actor.IOM, Act.CERTIFY, file=city.file(), today=TODAY)
    return [str(m) for m in verdict.missing]


def drop_last_event(city: Builder, deliverable: Deliverable) -> None:
    last = [r for r in city.records.values() if isinstance(r, ReviewEvent)
            and r.deliverable is deliverable][-1]  # fmt: skip
    del city.records[last.id]


def test_a_city_that_completed_every_phase_can_be_certified(ready: Builder) -> None:
    assert refusal(ready) == []
    assert all(item.state is ItemState.MET for item in checklist(ready.file(), TODAY))
    assert [i.requirement for i in checklist(ready.file(), TODAY)] == list(Requirement)


def test_certification_requires_the_application_received_by_iom(ready: Builder) -> None:
    for event in [r for r in ready.records.values() if isinstance(r, ReviewEvent)]:
        if event.deliverable is Deliverable.APPLICATION and event.state is not ReviewState.SENT:
            del ready.records[event.id]
    assert refusal(ready) == ["Falta: Inscripción enviada y recibida por OIM."]


def test_certification_requires_a_focal_point(ready: Builder) -> None:
    for record in [r for r in ready.records.values() if isinstance(r, FocalPoint)]:
        del ready.records[record.id]
    assert "Falta: Punto Focal designado." in refusal(ready)


def test_certification_requires_the_mayors_confirmation_note(ready: Builder) -> None:
    application = ready.records[Application.id_for(ready.city.id)]
    assert isinstance(application, Application)
    ready.add(dataclasses.replace(application, confirmation_sent_on=None))
    assert refusal(ready) == ["Falta: Nota de confirmación del/de la intendente/a enviada."]


def test_certification_requires_the_course_finished_by_the_focal_point(ready: Builder) -> None:
    for official in [r for r in ready.records.values() if isinstance(r, Official)]:
        if official.is_focal_point:
            ready.add(dataclasses.replace(official, final_questionnaire=None))
    assert refusal(ready) == [
        "Falta: Curso completado por el Punto Focal y todas las personas inscriptas."
    ]


def test_certification_requires_the_self_assessment_reviewed_by_iom(ready: Builder) -> None:
    drop_last_event(ready, Deliverable.SELF_ASSESSMENT)
    assert refusal(ready) == ["Falta: Autoevaluación enviada y revisada por OIM."]


def test_certification_requires_the_diagnostic_workshop_held(ready: Builder) -> None:
    del ready.records[Workshop.id_for(ready.city.id, WorkshopKind.DIAGNOSTIC)]
    assert refusal(ready) == ["Falta: Workshop de evaluación y diagnóstico realizado."]


def test_certification_requires_the_final_report(ready: Builder) -> None:
    drop_last_event(ready, Deliverable.REPORT)  # IOM has not accepted the final version
    assert refusal(ready) == ["Falta: Reporte de evaluación en su versión final."]
    item = next(i for i in checklist(ready.file(), TODAY) if i.requirement is Requirement.REPORT)
    assert item.state is ItemState.WAITING  # the city sent it; IOM has to answer


def test_certification_requires_a_report_with_observations_answered(city: Builder) -> None:
    """The server once certified a city whose report had observations and whose plan was never
    sent: both are named."""
    city.assessed().workshop(WorkshopKind.DIAGNOSTIC).sections()
    city.send(Deliverable.REPORT)
    city.iom(Deliverable.REPORT, ReviewState.HAS_ISSUES)
    found = refusal(city)
    assert "Falta: Reporte de evaluación en su versión final." in found
    assert "Falta: Plan de acción validado por OIM." in found


def test_certification_requires_the_action_plan_validated_by_iom(ready: Builder) -> None:
    drop_last_event(ready, Deliverable.ACTION_PLAN)
    assert refusal(ready) == ["Falta: Plan de acción validado por OIM."]


def test_certification_requires_the_planning_workshop_held(ready: Builder) -> None:
    ready.workshop(WorkshopKind.PLANNING, on=date(2026, 12, 10))  # still to come
    assert refusal(ready) == ["Falta: Workshop de planeamiento estratégico realizado."]


def test_the_checklist_says_what_waits_for_iom_and_what_the_city_must_do(city: Builder) -> None:
    city.application()
    city.send(Deliverable.APPLICATION, ack=False)
    items = {i.requirement: i for i in checklist(city.file(), TODAY)}
    assert items[Requirement.APPLICATION].state is ItemState.PENDING
    assert str(items[Requirement.APPLICATION].detail).startswith("Por enviar")
    city.versions.update({rid: 90 + n for n, rid in enumerate(city.records)})
    items = {i.requirement: i for i in checklist(city.file(), TODAY)}
    assert items[Requirement.APPLICATION].state is ItemState.WAITING
    assert items[Requirement.CONFIRMATION].state is ItemState.PENDING
    assert str(items[Requirement.CONFIRMATION].detail) == "Falta enviar la nota de confirmación."
