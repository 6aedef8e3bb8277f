"""The calendar's inputs from the city file: IOM's dates (anchors) and what is done, and so the
city's deadlines (``migradesk.domain.calendar`` computes them from the guide's durations)."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from migradesk.domain.calendar import (
    ENROLMENT_WEEKS,
    Anchors,
    CalendarError,
    Deadline,
    Step,
    schedule,
)
from migradesk.domain.cityfile import CityFile
from migradesk.domain.people import Official
from migradesk.domain.process.course import course, phase_1_start
from migradesk.domain.process.reviews import Stage, review
from migradesk.domain.report import WorkshopKind
from migradesk.domain.review import Deliverable, Milestone, ReviewState

log = logging.getLogger("migradesk.domain")

ANSWERED = (ReviewState.HAS_ISSUES, ReviewState.APPROVED)


def enrolment_window(file: CityFile, start: date | None) -> list[Official]:
    """The officials enrolled in the 2-week window (all of them while its start is unknown)."""
    if start is None:
        return file.officials
    closes = start + timedelta(weeks=ENROLMENT_WEEKS)
    return [o for o in file.officials if o.enrolled_on is None or o.enrolled_on <= closes]


def _milestone(file: CityFile, milestone: Milestone) -> date | None:
    found = file.phase_date(milestone)
    return found.on if found else None


def anchors_and_done(file: CityFile, today: date) -> tuple[Anchors, dict[Step, date]]:
    """IOM's phase dates, and the date each step was done as the file shows it (sends count
    once the server acknowledged them)."""
    workshop = file.workshop(WorkshopKind.DIAGNOSTIC)
    report = review(file, Deliverable.REPORT)
    anchors = Anchors(
        campaign_launch=_milestone(file, Milestone.CAMPAIGN_LAUNCH),
        results_notified=_milestone(file, Milestone.RESULTS_NOTIFIED),
        phase_1_start=_milestone(file, Milestone.PHASE_1_START),
        phase_2_start=_milestone(file, Milestone.PHASE_2_START),
        workshop_held=workshop.held_on if workshop else None,
        report_delivered=report.first_on(ReviewState.SENT),
    )
    done: dict[Step, date] = {}
    application = review(file, Deliverable.APPLICATION)
    applied = application.first_on(ReviewState.SENT)
    if applied is None and application.stage is Stage.DONE:
        applied = application.since  # sent outside MigraDesk, received by IOM
    if applied is not None:
        done[Step.APPLICATION] = applied
    if file.application and file.application.confirmation_sent_on:
        done[Step.CONFIRMATION] = file.application.confirmation_sent_on
    window = enrolment_window(file, phase_1_start(file))
    others = [o.enrolled_on for o in window if not o.is_focal_point and o.enrolled_on]
    if others:
        done[Step.ENROLMENT] = max(others)
    taken = course(file, today)
    if taken.done:
        finals = [
            p.official.final_questionnaire
            for p in taken.participants
            if (p.required or p is taken.focal) and p.official.final_questionnaire
        ]
        if finals:
            done[Step.COURSE] = max(finals)
    assessment = review(file, Deliverable.SELF_ASSESSMENT)
    for step, found in (
        (Step.SELF_ASSESSMENT, assessment.first_on(ReviewState.SENT)),
        (Step.ASSESSMENT_REVIEW, assessment.first_on(*ANSWERED)),
        (Step.REPORT_REVIEW, report.first_on(*ANSWERED)),
    ):
        if found:
            done[step] = found
    return anchors, done


def deadlines(file: CityFile, today: date) -> list[Deadline]:
    """The city's deadlines; none when IOM's dates contradict each other (logged)."""
    return list(file.memo(("deadlines", today), lambda: _deadlines(file, today)))


def _deadlines(file: CityFile, today: date) -> list[Deadline]:
    anchors, done = anchors_and_done(file, today)
    try:
        return schedule(anchors, done)
    except CalendarError:
        log.warning("the city's phase dates are inconsistent", exc_info=True)
        return []
