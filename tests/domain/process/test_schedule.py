"""The calendar's inputs from the file, and the city's deadlines."""

from __future__ import annotations

from datetime import date, timedelta

from migradesk.domain.calendar import Step
from migradesk.domain.process import anchors_and_done, deadlines
from migradesk.domain.process.schedule import enrolment_window
from migradesk.domain.process.steps import step_deadline
from migradesk.domain.report import WorkshopKind
from migradesk.domain.review import Deliverable, Milestone, ReviewState

from .citykit import TODAY, Builder


def test_anchors_and_done_dates_come_from_the_file(city: Builder) -> None:
    start = date(2025, 10, 21)
    city.milestone(Milestone.CAMPAIGN_LAUNCH, date(2025, 8, 22))
    city.milestone(Milestone.PHASE_1_START, start)
    city.workshop(WorkshopKind.DIAGNOSTIC)
    city.application().confirmed()
    applied = city.send(Deliverable.APPLICATION)
    sent = city.send(Deliverable.SELF_ASSESSMENT)
    answered = city.iom(Deliverable.SELF_ASSESSMENT, ReviewState.HAS_ISSUES)
    city.send(Deliverable.SELF_ASSESSMENT)
    city.iom(Deliverable.SELF_ASSESSMENT, ReviewState.APPROVED)
    report = city.send(Deliverable.REPORT)
    anchors, done = anchors_and_done(city.file(), TODAY)
    assert anchors.campaign_launch == date(2025, 8, 22)
    assert anchors.phase_1_start == start
    assert anchors.results_notified is None and anchors.phase_2_start is None
    assert anchors.workshop_held == date(2026, 3, 25)
    assert anchors.report_delivered == report.at.date()
    assert done[Step.APPLICATION] == applied.at.date()
    assert done[Step.CONFIRMATION] == date(2025, 10, 13)
    assert done[Step.SELF_ASSESSMENT] == sent.at.date()
    assert done[Step.ASSESSMENT_REVIEW] == answered.at.date()  # the first answer
    assert Step.REPORT_REVIEW not in done and Step.COURSE not in done


def test_a_send_not_acknowledged_is_not_done_yet(city: Builder) -> None:
    city.application()
    city.send(Deliverable.APPLICATION, ack=False)
    assert Step.APPLICATION not in anchors_and_done(city.file(), TODAY)[1]


def test_the_enrolment_window_is_the_first_two_weeks(city: Builder) -> None:
    start = date(2025, 10, 21)
    city.milestone(Milestone.PHASE_1_START, start)
    focal = city.official("Luz", focal=True, enrolled=start + timedelta(days=3))
    last_day = city.official("Raúl", enrolled=start + timedelta(weeks=2))
    newcomer = city.official("Tomás", enrolled=start + timedelta(weeks=2, days=1))
    file = city.file()
    assert enrolment_window(file, start) == [o for o in file.officials if o is not newcomer]
    assert enrolment_window(file, None) == file.officials
    _anchors, done = anchors_and_done(file, TODAY)
    assert done[Step.ENROLMENT] == last_day.enrolled_on  # the focal point does not count
    assert done[Step.COURSE] == newcomer.final_questionnaire
    assert focal.final_questionnaire


def test_deadlines_of_a_city_in_its_first_weeks(city: Builder) -> None:
    city.milestone(Milestone.CAMPAIGN_LAUNCH, TODAY - timedelta(days=7))
    found = deadlines(city.file(), TODAY)
    due = step_deadline("inscripcion", found, TODAY)
    assert due is not None and due.step is Step.APPLICATION and due.done_on is None
    assert due.due == TODAY - timedelta(days=7) + timedelta(weeks=4)
    assert step_deadline("fase6", found, TODAY) is None


def test_contradictory_dates_give_no_deadlines(city: Builder) -> None:
    city.milestone(Milestone.CAMPAIGN_LAUNCH, date(2026, 3, 2))
    city.milestone(Milestone.PHASE_1_START, date(2025, 1, 1))  # before the campaign
    assert deadlines(city.file(), TODAY) == []
