"""A city's progress through the certification, derived from its file (no Qt, no storage).

The state of each step (the app's navigator shows one row per step), its next deadline, and IOM's
comments still waiting for an answer. States: sin iniciar → en curso → enviado → con comentarios /
aprobado, from IOM's review events for the steps IOM reviews; "completado" for steps IOM does not
review (the Phase 1 course). The calendar's anchors and done dates are read from the same file.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import date, timedelta
from enum import StrEnum

from migradesk.domain.application import Application
from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.base import Role, field_names
from migradesk.domain.calendar import Anchors, CalendarError, Deadline, Step, next_due, schedule
from migradesk.domain.cityfile import CityFile
from migradesk.domain.people import Official
from migradesk.domain.plan import MonitoringUpdate, Objective, PriorityArea
from migradesk.domain.report import ReportSection, WorkshopKind
from migradesk.domain.review import (
    Comment,
    Deliverable,
    Milestone,
    ReviewState,
)

log = logging.getLogger("migradesk.domain")

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


class StepState(StrEnum):
    NOT_STARTED = "sin_iniciar"
    IN_PROGRESS = "en_curso"
    SENT = "enviado"
    COMMENTED = "con_comentarios"
    APPROVED = "aprobado"
    COMPLETED = "completado"


# Calendar steps shown under each navigator step.
CALENDAR_STEPS: dict[str, tuple[Step, ...]] = {
    "inscripcion": (Step.APPLICATION, Step.SELECTION_RESULTS, Step.CONFIRMATION),
    "fase1": (Step.ENROLMENT, Step.COURSE),
    "fase2": (Step.SELF_ASSESSMENT, Step.ASSESSMENT_REVIEW),
    "fase3": (Step.WORKSHOP, Step.REPORT, Step.REPORT_REVIEW),
}

DELIVERABLES: dict[str, Deliverable] = {
    "inscripcion": Deliverable.APPLICATION,
    "fase2": Deliverable.SELF_ASSESSMENT,
    "fase3": Deliverable.REPORT,
    "fase4": Deliverable.ACTION_PLAN,
}


def _first_event(
    file: CityFile, deliverable: Deliverable, states: tuple[ReviewState, ...]
) -> date | None:
    events = [e for e in file.review_history(deliverable) if e.state in states]
    return events[0].at.date() if events else None


def cohort(file: CityFile, phase_1_start: date | None) -> list[Official]:
    """The officials enrolled in the 2-week window (all of them while its start is unknown).

    People who join later (a new focal point's team) take the course too, but the Phase 1
    deadlines are about the cohort the city enrolled on time.
    """
    if phase_1_start is None:
        return file.officials
    closes = phase_1_start + timedelta(weeks=2)
    return [o for o in file.officials if o.enrolled_on is None or o.enrolled_on <= closes]


def anchors_and_done(file: CityFile) -> tuple[Anchors, dict[Step, date]]:
    """The calendar's inputs: IOM's phase dates and what the city file shows as done."""

    def milestone(m: Milestone) -> date | None:
        found = file.phase_date(m)
        return found.on if found else None

    workshop = file.workshop(WorkshopKind.DIAGNOSTIC)
    anchors = Anchors(
        campaign_launch=milestone(Milestone.CAMPAIGN_LAUNCH),
        results_notified=milestone(Milestone.RESULTS_NOTIFIED),
        phase_1_start=milestone(Milestone.PHASE_1_START),
        phase_2_start=milestone(Milestone.PHASE_2_START),
        workshop_held=workshop.held_on if workshop else None,
        report_delivered=_first_event(file, Deliverable.REPORT, (ReviewState.SENT,)),
    )
    done: dict[Step, date] = {}
    application = file.application
    if application and application.submitted_on:
        done[Step.APPLICATION] = application.submitted_on
    if application and application.confirmation_sent_on:
        done[Step.CONFIRMATION] = application.confirmation_sent_on
    window = cohort(file, anchors.phase_1_start or done.get(Step.CONFIRMATION))
    others = [o.enrolled_on for o in window if not o.is_focal_point and o.enrolled_on]
    if others:
        done[Step.ENROLMENT] = max(others)
    if window and all(o.course_completed for o in window):
        finals = [o.final_questionnaire for o in window if o.final_questionnaire]
        done[Step.COURSE] = max(finals)
    answered = (ReviewState.HAS_ISSUES, ReviewState.APPROVED)
    for step, deliverable, states in (
        (Step.SELF_ASSESSMENT, Deliverable.SELF_ASSESSMENT, (ReviewState.SENT,)),
        (Step.ASSESSMENT_REVIEW, Deliverable.SELF_ASSESSMENT, answered),
        (Step.REPORT_REVIEW, Deliverable.REPORT, answered),
    ):
        on = _first_event(file, deliverable, states)
        if on:
            done[step] = on
    return anchors, done


def deadlines(file: CityFile) -> list[Deadline]:
    """The city's deadlines; none when IOM's dates contradict each other (logged)."""
    anchors, done = anchors_and_done(file)
    try:
        return schedule(anchors, done)
    except CalendarError:
        log.warning("the city's phase dates are inconsistent", exc_info=True)
        return []


def step_deadline(step_id: str, all_deadlines: list[Deadline], today: date) -> Deadline | None:
    mine = [d for d in all_deadlines if d.step in CALENDAR_STEPS.get(step_id, ())]
    return next_due(mine, today)


def _from_review(file: CityFile, deliverable: Deliverable) -> StepState | None:
    state = file.review_state(deliverable)
    if state in (ReviewState.SENT, ReviewState.RECEIVED):
        return StepState.SENT
    if state is ReviewState.HAS_ISSUES:
        return StepState.COMMENTED
    if state is ReviewState.APPROVED:
        return StepState.APPROVED
    return None


def _application_started(file: CityFile) -> bool:
    application = file.application
    if application is None:
        return False
    blank = Application(city_id=application.city_id, id=application.id)
    return any(getattr(application, n) != getattr(blank, n) for n in field_names(Application))


def _started(step_id: str, file: CityFile) -> bool:
    checks: dict[str, Callable[[], bool]] = {
        "inscripcion": lambda: _application_started(file),
        "punto_focal": lambda: file.focal_point is not None,
        "fase1": lambda: bool(file.officials),
        "fase2": lambda: any(a.answer for a in file.all(IndicatorAnswer)),
        "fase3": lambda: (
            any(s.text.strip() for s in file.all(ReportSection))
            or file.workshop(WorkshopKind.DIAGNOSTIC) is not None
        ),
        "fase4": lambda: bool(file.all(PriorityArea) or file.all(Objective)),
        "fase5": lambda: file.review_state(Deliverable.ACTION_PLAN) is ReviewState.APPROVED,
        "fase6": lambda: bool(file.all(MonitoringUpdate)),
    }
    check = checks.get(step_id)
    return bool(check and check())


def step_state(step_id: str, file: CityFile) -> StepState | None:
    """The navigator's state of a step; None for Inicio (it is an overview, not a step)."""
    if step_id == "inicio":
        return None
    if step_id in DELIVERABLES:
        reviewed = _from_review(file, DELIVERABLES[step_id])
        if reviewed is not None:
            return reviewed
        if step_id == "inscripcion" and file.application and file.application.submitted_on:
            return StepState.SENT
    if step_id == "punto_focal":
        application = file.application
        if file.focal_point is not None and application and application.confirmation_sent_on:
            return StepState.APPROVED
        if file.focal_point is not None and application and application.submitted_on:
            return StepState.SENT
    if step_id == "fase1" and Step.COURSE in anchors_and_done(file)[1]:
        return StepState.COMPLETED
    if step_id == "fase5" and file.certification and file.certification.certified_on:
        return StepState.APPROVED
    return StepState.IN_PROGRESS if _started(step_id, file) else StepState.NOT_STARTED


def iom_comments(file: CityFile) -> list[Comment]:
    """IOM's comments, newest first, that the city has not answered yet."""
    replied = {c.reply_to for c in file.all(Comment) if c.reply_to}
    waiting = [
        c for c in file.all(Comment) if c.author_role is Role.REVIEWER and c.id not in replied
    ]
    return sorted(waiting, key=lambda c: c.created_at, reverse=True)


@dataclasses.dataclass(frozen=True)
class StepSummary:
    step_id: str
    state: StepState | None
    deadline: Deadline | None


def summaries(file: CityFile, today: date) -> list[StepSummary]:
    all_deadlines = deadlines(file)
    return [
        StepSummary(s, step_state(s, file), step_deadline(s, all_deadlines, today))
        for s in STEP_IDS
    ]
