"""The app's steps: their state from the file, their titles from the guide."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from migradesk.domain.process import StepState, step_state, summaries
from migradesk.domain.process.steps import DELIVERABLES, SHORT_TITLES, STEP_IDS, TITLES
from migradesk.domain.review import Deliverable, ReviewState

from .citykit import TODAY, Builder


def test_a_new_city_has_nothing_started(city: Builder) -> None:
    states = {s.step_id: s.state for s in summaries(city.file(), TODAY)}
    assert list(states) == list(STEP_IDS)
    assert states.pop("inicio") is None
    assert set(states.values()) == {StepState.NOT_STARTED}


@pytest.mark.parametrize(
    ("states", "acknowledged", "expected"),
    [
        ((ReviewState.SENT,), False, StepState.TO_SEND),
        ((ReviewState.SENT,), True, StepState.SENT),
        ((ReviewState.SENT, ReviewState.RECEIVED), True, StepState.SENT),
        ((ReviewState.SENT, ReviewState.HAS_ISSUES), True, StepState.COMMENTED),
        ((ReviewState.SENT, ReviewState.HAS_ISSUES, ReviewState.SENT), True, StepState.SENT),
        ((ReviewState.SENT, ReviewState.APPROVED), True, StepState.APPROVED),
    ],
)
def test_reviewed_steps_follow_the_latest_review_event(
    city: Builder, states: tuple[ReviewState, ...], acknowledged: bool, expected: StepState
) -> None:
    for step_id, deliverable in DELIVERABLES.items():
        other = Builder()
        for state in states:
            if state is ReviewState.SENT:
                other.send(deliverable, ack=acknowledged)
            else:
                other.iom(deliverable, state)
        wanted = expected
        if deliverable is Deliverable.APPLICATION and states[-1] is ReviewState.RECEIVED:
            wanted = StepState.APPROVED  # the application's last state is "recibida"
        assert step_state(step_id, other.file(), TODAY) is wanted, step_id


def test_the_application_is_approved_once_iom_received_it(city: Builder) -> None:
    city.application()
    assert step_state("inscripcion", city.file(), TODAY) is StepState.IN_PROGRESS
    assert step_state("punto_focal", city.file(), TODAY) is StepState.IN_PROGRESS
    city.send(Deliverable.APPLICATION)
    city.iom(Deliverable.APPLICATION, ReviewState.RECEIVED)
    assert step_state("inscripcion", city.file(), TODAY) is StepState.APPROVED
    city.confirmed()  # the mayor's note ratifies the focal point
    assert step_state("punto_focal", city.file(), TODAY) is StepState.COMPLETED


def test_phase_1_is_completed_only_when_nobody_enrolled_is_still_taking_the_course(
    city: Builder,
) -> None:
    city.assessed()
    assert step_state("fase1", city.file(), TODAY) is StepState.COMPLETED
    city.official("Tomás Ríos", done=False, enrolled=TODAY - timedelta(days=10))
    assert step_state("fase1", city.file(), TODAY) is StepState.IN_PROGRESS


def test_the_report_shows_its_validation(city: Builder) -> None:
    city.assessed()
    city.send(Deliverable.REPORT)
    city.iom(Deliverable.REPORT, ReviewState.HAS_ISSUES)
    city.iom(Deliverable.REPORT, ReviewState.VALIDATED)
    assert step_state("fase3", city.file(), TODAY) is StepState.VALIDATED


def test_certified_once_the_ceremony_date_has_come(city: Builder) -> None:
    city.planned()
    assert step_state("fase5", city.file(), TODAY) is StepState.IN_PROGRESS
    city.certify(TODAY + timedelta(days=1))
    assert step_state("fase5", city.file(), TODAY) is StepState.IN_PROGRESS
    assert step_state("fase5", city.file(), TODAY + timedelta(days=1)) is StepState.APPROVED


def test_titles_are_the_guides() -> None:
    assert list(SHORT_TITLES) == list(TITLES) == list(STEP_IDS)
    assert TITLES["fase4"] == (
        "Fase 4 · Priorización, plan de acción y workshop de planeamiento estratégico"
    )
    assert TITLES["fase5"] == "Fase 5 · Finalización y certificación"
    for step_id in STEP_IDS[3:]:  # the phases: the short title begins like the full one
        assert TITLES[step_id].startswith(SHORT_TITLES[step_id].split(" · ")[0])


def test_navigator_states_keep_today_in_mind(city: Builder) -> None:
    city.selected()
    city.official("Luz Mamani", focal=True)
    assert step_state("fase1", city.file(), date(2025, 11, 1)) is StepState.COMPLETED
