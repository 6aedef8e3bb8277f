"""A city's progress from its file: step states, calendar anchors, the enrolment cohort, deadlines
and IOM's comments waiting for an answer."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest

from migradesk.demo import demo_records
from migradesk.domain import progress
from migradesk.domain.application import Application
from migradesk.domain.base import Role
from migradesk.domain.calendar import Step
from migradesk.domain.city import City
from migradesk.domain.cityfile import CityFile
from migradesk.domain.people import FocalPoint, Official
from migradesk.domain.progress import StepState
from migradesk.domain.register import search
from migradesk.domain.report import Workshop, WorkshopKind
from migradesk.domain.review import (
    Comment,
    Deliverable,
    Milestone,
    PhaseDate,
    ReviewEvent,
    ReviewState,
)

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo() -> CityFile:
    records = demo_records(TODAY)
    city = next(r for r in records if isinstance(r, City))
    return CityFile.from_records(city, records)


@pytest.fixture
def city() -> City:
    return search("Humahuaca")[0].to_city()


def file_of(city: City, *records: object) -> CityFile:
    return CityFile.from_records(city, records)  # type: ignore[arg-type]


def event(city: City, deliverable: Deliverable, state: ReviewState, day: int) -> ReviewEvent:
    return ReviewEvent(
        city_id=city.id,
        deliverable=deliverable,
        state=state,
        at=datetime(2026, 3, day, 12, tzinfo=UTC),
    )


# --- Step states -------------------------------------------------------------------------------


def test_a_new_city_has_nothing_started(city: City) -> None:
    states = {s.step_id: s.state for s in progress.summaries(file_of(city), TODAY)}
    assert list(states) == list(progress.STEP_IDS)
    assert states.pop("inicio") is None
    assert set(states.values()) == {StepState.NOT_STARTED}


@pytest.mark.parametrize(
    ("states", "expected"),
    [
        ((ReviewState.SENT,), StepState.SENT),
        ((ReviewState.SENT, ReviewState.RECEIVED), StepState.SENT),
        ((ReviewState.SENT, ReviewState.HAS_ISSUES), StepState.COMMENTED),
        ((ReviewState.SENT, ReviewState.HAS_ISSUES, ReviewState.SENT), StepState.SENT),
        ((ReviewState.SENT, ReviewState.APPROVED), StepState.APPROVED),
    ],
)
def test_reviewed_steps_follow_the_latest_review_event(
    city: City, states: tuple[ReviewState, ...], expected: StepState
) -> None:
    for step_id, deliverable in progress.DELIVERABLES.items():
        events = [event(city, deliverable, s, n + 1) for n, s in enumerate(states)]
        assert progress.step_state(step_id, file_of(city, *events)) is expected


def test_unreviewed_steps_follow_the_file(city: City) -> None:
    application = Application(
        id=Application.id_for(city.id), city_id=city.id, mayor_name="Ana Pérez"
    )
    focal_point = FocalPoint(city_id=city.id, name="Luz Mamani", since=date(2025, 9, 1))
    file = file_of(city, application, focal_point)
    assert progress.step_state("inscripcion", file) is StepState.IN_PROGRESS
    assert progress.step_state("punto_focal", file) is StepState.IN_PROGRESS
    submitted = dataclasses.replace(application, submitted_on=date(2025, 9, 15))
    file = file_of(city, submitted, focal_point)
    assert progress.step_state("inscripcion", file) is StepState.SENT
    assert progress.step_state("punto_focal", file) is StepState.SENT
    confirmed = dataclasses.replace(submitted, confirmation_sent_on=date(2025, 10, 13))
    assert progress.step_state("punto_focal", file_of(city, confirmed, focal_point)) is (
        StepState.APPROVED
    )
    blank = Application(id=Application.id_for(city.id), city_id=city.id)
    assert progress.step_state("inscripcion", file_of(city, blank)) is StepState.NOT_STARTED


def test_the_demo_city(demo: CityFile) -> None:
    states = {s.step_id: s.state for s in progress.summaries(demo, TODAY)}
    assert states["fase1"] is StepState.COMPLETED
    assert states["fase2"] is StepState.APPROVED
    assert states["fase5"] is StepState.APPROVED  # certified
    assert states["fase6"] is StepState.IN_PROGRESS


# --- Calendar anchors and the enrolment cohort -----------------------------------------------


def test_anchors_and_done_dates_come_from_the_file(city: City) -> None:
    def phase(milestone: Milestone, on: date) -> PhaseDate:
        return PhaseDate(
            id=PhaseDate.id_for(city.id, milestone), city_id=city.id, milestone=milestone, on=on
        )

    start = date(2025, 10, 21)
    workshop = Workshop(
        id=Workshop.id_for(city.id, WorkshopKind.DIAGNOSTIC),
        city_id=city.id,
        kind=WorkshopKind.DIAGNOSTIC,
        held_on=date(2026, 3, 25),
    )
    file = file_of(
        city,
        phase(Milestone.CAMPAIGN_LAUNCH, date(2025, 8, 22)),
        phase(Milestone.PHASE_1_START, start),
        workshop,
        Application(
            id=Application.id_for(city.id),
            city_id=city.id,
            submitted_on=date(2025, 9, 15),
            confirmation_sent_on=date(2025, 10, 13),
        ),
        event(city, Deliverable.SELF_ASSESSMENT, ReviewState.SENT, 5),
        event(city, Deliverable.SELF_ASSESSMENT, ReviewState.HAS_ISSUES, 9),
        event(city, Deliverable.SELF_ASSESSMENT, ReviewState.APPROVED, 20),
        event(city, Deliverable.REPORT, ReviewState.SENT, 28),
    )
    anchors, done = progress.anchors_and_done(file)
    assert anchors.campaign_launch == date(2025, 8, 22)
    assert anchors.phase_1_start == start
    assert anchors.results_notified is None and anchors.phase_2_start is None
    assert anchors.workshop_held == date(2026, 3, 25)
    assert anchors.report_delivered == date(2026, 3, 28)
    assert done[Step.APPLICATION] == date(2025, 9, 15)
    assert done[Step.CONFIRMATION] == date(2025, 10, 13)
    assert done[Step.SELF_ASSESSMENT] == date(2026, 3, 5)
    assert done[Step.ASSESSMENT_REVIEW] == date(2026, 3, 9)  # the first answer, not approval
    assert Step.REPORT_REVIEW not in done and Step.COURSE not in done


def test_the_enrolment_cohort_is_the_first_two_weeks(city: City) -> None:
    start = date(2025, 10, 21)

    def official(name: str, enrolled: date | None, *, done: bool, focal: bool = False) -> Official:
        course = dict.fromkeys(
            (
                "initial_questionnaire",
                "module_1",
                "module_2",
                "module_3",
                "module_4",
                "final_questionnaire",
            ),
            date(2025, 12, 20) if done else None,
        )
        return Official(
            city_id=city.id, name=name, enrolled_on=enrolled, is_focal_point=focal, **course
        )

    on_time = official("Luz", start + timedelta(days=3), done=True, focal=True)
    last_day = official("Raúl", start + timedelta(weeks=2), done=True)
    unknown = official("Eva", None, done=True)
    newcomer = official("Tomás", start + timedelta(weeks=2, days=1), done=False)
    phase_1 = PhaseDate(
        id=PhaseDate.id_for(city.id, Milestone.PHASE_1_START),
        city_id=city.id,
        milestone=Milestone.PHASE_1_START,
        on=start,
    )
    people = [on_time, last_day, unknown, newcomer]
    file = file_of(city, phase_1, *people)
    assert progress.cohort(file, start) == [o for o in file.officials if o is not newcomer]
    assert progress.cohort(file, None) == file.officials
    _anchors, done = progress.anchors_and_done(file)
    assert done[Step.ENROLMENT] == last_day.enrolled_on  # the focal point does not count
    assert done[Step.COURSE] == date(2025, 12, 20)  # the late newcomer does not hold it back
    assert progress.step_state("fase1", file) is StepState.COMPLETED
    without_start = file_of(city, *people)  # then everyone counts, the newcomer too
    assert Step.COURSE not in progress.anchors_and_done(without_start)[1]


# --- Deadlines ---------------------------------------------------------------------------------


def test_deadlines_of_the_demo_city(demo: CityFile) -> None:
    deadlines = progress.deadlines(demo)
    assert [d.step for d in deadlines] == list(Step)
    by_step = {d.step: d for d in deadlines}
    application = demo.application
    assert application is not None
    assert by_step[Step.APPLICATION].done_on == application.submitted_on
    assert by_step[Step.CONFIRMATION].done_on == application.confirmation_sent_on
    assert all(d.done_on is not None for d in deadlines)  # the demo city is certified
    assert all(d.opens <= d.due for d in deadlines)
    for summary in progress.summaries(demo, TODAY):
        assert summary.deadline is None  # nothing left to do


def test_deadlines_of_a_city_in_its_first_weeks(city: City) -> None:
    launch = PhaseDate(
        id=PhaseDate.id_for(city.id, Milestone.CAMPAIGN_LAUNCH),
        city_id=city.id,
        milestone=Milestone.CAMPAIGN_LAUNCH,
        on=TODAY - timedelta(days=7),
    )
    file = file_of(city, launch)
    due = progress.step_deadline("inscripcion", progress.deadlines(file), TODAY)
    assert due is not None and due.step is Step.APPLICATION and due.done_on is None
    assert due.due == launch.on + timedelta(weeks=4)
    assert progress.step_deadline("fase6", progress.deadlines(file), TODAY) is None


def test_contradictory_dates_give_no_deadlines(city: City) -> None:
    def phase(milestone: Milestone, on: date) -> PhaseDate:
        return PhaseDate(
            id=PhaseDate.id_for(city.id, milestone), city_id=city.id, milestone=milestone, on=on
        )

    file = file_of(
        city,
        phase(Milestone.CAMPAIGN_LAUNCH, date(2026, 3, 2)),
        phase(Milestone.PHASE_1_START, date(2025, 1, 1)),  # before the campaign
    )
    assert progress.deadlines(file) == []


# --- IOM's comments ----------------------------------------------------------------------------


def test_iom_comments_leave_out_the_answered_ones(city: City) -> None:
    def comment(body: str, day: int, role: Role, reply_to: str | None = None) -> Comment:
        return Comment(
            city_id=city.id,
            anchor_kind="action",
            anchor_id="a1",
            author="OIM" if role is Role.REVIEWER else "Luz",
            author_role=role,
            body=body,
            created_at=datetime(2026, 5, day, tzinfo=UTC),
            reply_to=reply_to,
        )

    answered = comment("¿Qué presupuesto tiene?", 1, Role.REVIEWER)
    reply = comment("El municipal de 2026.", 2, Role.FOCAL_POINT, answered.id)
    older = comment("Falta el indicador.", 3, Role.REVIEWER)
    newer = comment("Revisar la meta.", 4, Role.REVIEWER)
    file = file_of(city, answered, reply, newer, older)
    assert progress.iom_comments(file) == [newer, older]
    assert progress.iom_comments(file_of(city, reply)) == []


def test_iom_comments_of_the_demo(demo: CityFile) -> None:
    waiting = progress.iom_comments(demo)
    assert waiting and all(c.author_role is Role.REVIEWER for c in waiting)
    replied = {c.reply_to for c in demo.all(Comment) if c.reply_to}
    assert not replied & {c.id for c in waiting}
    assert [c.created_at for c in waiting] == sorted((c.created_at for c in waiting), reverse=True)
