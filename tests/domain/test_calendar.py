"""The guide's deadlines: durations, Argentine business days, statuses and what is due next."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from migradesk.domain import calendar as cal
from migradesk.domain.base import DomainError
from migradesk.domain.calendar import (
    Anchors,
    CalendarError,
    Deadline,
    DeadlineStatus,
    Owner,
    Step,
    add_business_days,
    is_business_day,
    next_due,
    overdue,
    schedule,
)

# A full run: campaign launched on Monday 2 March 2026.
LAUNCH = date(2026, 3, 2)
NOTIFIED = date(2026, 5, 20)  # Wednesday, the week of 25 May
PHASE_1 = date(2026, 6, 1)
WORKSHOP = date(2026, 11, 3)
DELIVERED = date(2026, 12, 20)


def by_step(deadlines: list[Deadline]) -> dict[Step, Deadline]:
    return {d.step: d for d in deadlines}


def window(deadline: Deadline) -> tuple[date, date]:
    return deadline.opens, deadline.due


# --- durations ----------------------------------------------------------------------------------


def test_every_duration_from_fixed_starts() -> None:
    anchors = Anchors(campaign_launch=LAUNCH, results_notified=NOTIFIED, phase_1_start=PHASE_1)
    got = by_step(schedule(anchors))

    assert window(got[Step.APPLICATION]) == (LAUNCH, date(2026, 3, 30))  # 4 weeks
    assert window(got[Step.SELECTION_RESULTS]) == (date(2026, 3, 30), date(2026, 4, 20))  # +3 w
    # 10 business days; Monday 25 May (Revolución de Mayo) does not count.
    assert window(got[Step.CONFIRMATION]) == (NOTIFIED, date(2026, 6, 4))
    assert window(got[Step.ENROLMENT]) == (PHASE_1, date(2026, 6, 15))  # 2 weeks
    assert window(got[Step.COURSE]) == (date(2026, 6, 15), date(2026, 8, 10))  # then 8 weeks
    # Phase 2 starts by default when Phase 1's 10 weeks end.
    assert window(got[Step.SELF_ASSESSMENT]) == (date(2026, 8, 10), date(2026, 10, 19))  # 10 w
    assert window(got[Step.ASSESSMENT_REVIEW]) == (date(2026, 10, 19), date(2026, 10, 26))  # w11
    assert window(got[Step.WORKSHOP]) == (date(2026, 10, 26), date(2026, 11, 16))  # weeks 12–14
    # Workshop date unknown: 8 weeks from the end of its window.
    assert window(got[Step.REPORT]) == (date(2026, 11, 16), date(2027, 1, 11))
    assert Step.REPORT_REVIEW not in got  # the report has not been delivered


def test_durations_in_weeks_match_the_guide() -> None:
    phase_2 = date(2026, 8, 10)
    got = by_step(schedule(Anchors(phase_1_start=PHASE_1, phase_2_start=phase_2)))
    weeks = {step: (d.due - d.opens) / timedelta(weeks=1) for step, d in got.items()}
    assert weeks == {
        Step.ENROLMENT: 2,
        Step.COURSE: 8,
        Step.SELF_ASSESSMENT: 10,
        Step.ASSESSMENT_REVIEW: 1,
        Step.WORKSHOP: 3,
        Step.REPORT: 8,
    }
    assert got[Step.ASSESSMENT_REVIEW].opens == phase_2 + timedelta(weeks=10)  # start of week 11
    assert got[Step.WORKSHOP].opens == phase_2 + timedelta(weeks=11)  # start of week 12
    assert got[Step.WORKSHOP].due == phase_2 + timedelta(weeks=14)  # end of week 14


def test_report_counts_from_the_workshop_and_review_from_delivery() -> None:
    got = by_step(
        schedule(Anchors(phase_1_start=PHASE_1, workshop_held=WORKSHOP, report_delivered=DELIVERED))
    )
    assert window(got[Step.REPORT]) == (WORKSHOP, date(2026, 12, 29))  # 8 weeks
    assert window(got[Step.REPORT_REVIEW]) == (DELIVERED, date(2027, 1, 10))  # 3 weeks
    # Anchors that record the step's own event mark it done.
    assert got[Step.WORKSHOP].done_on == WORKSHOP
    assert got[Step.REPORT].done_on == DELIVERED
    assert got[Step.REPORT_REVIEW].done_on is None


def test_explicit_phase_2_start_overrides_the_default() -> None:
    phase_2 = date(2026, 9, 1)
    got = by_step(schedule(Anchors(phase_1_start=PHASE_1, phase_2_start=phase_2)))
    assert window(got[Step.SELF_ASSESSMENT]) == (phase_2, phase_2 + timedelta(weeks=10))


def test_labels_and_owners() -> None:
    got = by_step(
        schedule(
            Anchors(campaign_launch=LAUNCH, results_notified=NOTIFIED, report_delivered=DELIVERED),
            {Step.CONFIRMATION: date(2026, 6, 1)},
        )
    )
    assert got[Step.APPLICATION].label == "Enviar formulario de inscripción y carta de intención"
    assert {s: d.owner for s, d in got.items()} == {
        Step.APPLICATION: Owner.CITY,
        Step.SELECTION_RESULTS: Owner.IOM,
        Step.CONFIRMATION: Owner.CITY,
        Step.ENROLMENT: Owner.CITY,
        Step.COURSE: Owner.CITY,
        Step.SELF_ASSESSMENT: Owner.CITY,
        Step.ASSESSMENT_REVIEW: Owner.IOM,
        Step.WORKSHOP: Owner.IOM,
        Step.REPORT: Owner.CITY,
        Step.REPORT_REVIEW: Owner.IOM,
    }
    assert all(d.label for d in got.values())


def test_step_values_are_stable() -> None:
    assert [s.value for s in Step] == [
        "inscripcion",
        "resultados",
        "confirmacion",
        "inscripcion_funcionarios",
        "curso",
        "autoevaluacion",
        "revision_autoevaluacion",
        "workshop",
        "reporte",
        "revision_reporte",
    ]


# --- partial anchors ----------------------------------------------------------------------------


def test_no_anchors_no_deadlines() -> None:
    assert schedule(Anchors()) == []


def test_only_campaign_launch_gives_application_and_results() -> None:
    assert [d.step for d in schedule(Anchors(campaign_launch=LAUNCH))] == [
        Step.APPLICATION,
        Step.SELECTION_RESULTS,
    ]


def test_confirmation_needs_the_notification() -> None:
    steps = [d.step for d in schedule(Anchors(results_notified=NOTIFIED))]
    assert steps == [Step.CONFIRMATION]


def test_results_notified_marks_results_done() -> None:
    got = by_step(schedule(Anchors(campaign_launch=LAUNCH, results_notified=NOTIFIED)))
    assert got[Step.SELECTION_RESULTS].done_on == NOTIFIED
    assert got[Step.APPLICATION].done_on is None


def test_phase_1_defaults_to_the_confirmation_date() -> None:
    confirmed = date(2026, 6, 3)
    deadlines = schedule(Anchors(results_notified=NOTIFIED), {Step.CONFIRMATION: confirmed})
    got = by_step(deadlines)
    assert [d.step for d in deadlines] == list(Step)[2:-1]  # confirmation … report, in order
    assert got[Step.CONFIRMATION].done_on == confirmed
    assert window(got[Step.ENROLMENT]) == (confirmed, confirmed + timedelta(weeks=2))
    assert got[Step.SELF_ASSESSMENT].opens == confirmed + timedelta(weeks=10)


def test_phase_1_anchor_wins_over_the_confirmation_date() -> None:
    got = by_step(schedule(Anchors(phase_1_start=PHASE_1), {Step.CONFIRMATION: date(2026, 5, 28)}))
    assert got[Step.ENROLMENT].opens == PHASE_1


def test_only_phase_2_start() -> None:
    steps = [d.step for d in schedule(Anchors(phase_2_start=date(2026, 8, 10)))]
    assert steps == [Step.SELF_ASSESSMENT, Step.ASSESSMENT_REVIEW, Step.WORKSHOP, Step.REPORT]


def test_done_dates_mark_steps_and_stand_in_for_anchors() -> None:
    done = {
        Step.APPLICATION: date(2026, 3, 20),
        Step.WORKSHOP: WORKSHOP,
        Step.REPORT: DELIVERED,
    }
    got = by_step(schedule(Anchors(campaign_launch=LAUNCH, phase_1_start=PHASE_1), done))
    assert got[Step.APPLICATION].done_on == date(2026, 3, 20)
    assert got[Step.SELECTION_RESULTS].done_on is None
    assert got[Step.REPORT].opens == WORKSHOP  # the workshop's done date is when it was held
    assert got[Step.REPORT_REVIEW].opens == DELIVERED


def test_schedule_is_in_process_order() -> None:
    deadlines = schedule(
        Anchors(
            campaign_launch=LAUNCH,
            results_notified=NOTIFIED,
            phase_1_start=PHASE_1,
            workshop_held=WORKSHOP,
            report_delivered=DELIVERED,
        )
    )
    assert [d.step for d in deadlines] == list(Step)


# --- out-of-order anchors -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("anchors", "done", "later", "earlier"),
    [
        (
            Anchors(phase_1_start=date(2026, 6, 1), phase_2_start=date(2026, 5, 1)),
            {},
            date(2026, 5, 1),
            date(2026, 6, 1),
        ),
        (
            Anchors(workshop_held=date(2026, 11, 3), report_delivered=date(2026, 11, 2)),
            {},
            date(2026, 11, 2),
            date(2026, 11, 3),
        ),
        (
            Anchors(phase_2_start=date(2026, 8, 10), workshop_held=date(2026, 8, 9)),
            {},
            date(2026, 8, 9),
            date(2026, 8, 10),
        ),
        (
            Anchors(campaign_launch=date(2026, 3, 2), results_notified=date(2026, 2, 27)),
            {},
            date(2026, 2, 27),
            date(2026, 3, 2),
        ),
        (  # the nearest known anchor counts when the one in between is unknown
            Anchors(phase_1_start=date(2026, 6, 1), workshop_held=date(2026, 5, 31)),
            {},
            date(2026, 5, 31),
            date(2026, 6, 1),
        ),
        (  # a done date that stands in for an anchor is checked too
            Anchors(results_notified=date(2026, 5, 20)),
            {Step.CONFIRMATION: date(2026, 5, 19)},
            date(2026, 5, 19),
            date(2026, 5, 20),
        ),
    ],
)
def test_out_of_order_anchors_are_rejected(
    anchors: Anchors, done: dict[Step, date], later: date, earlier: date
) -> None:
    with pytest.raises(CalendarError) as caught:
        schedule(anchors, done)
    message = str(caught.value)
    assert f"{later:%d/%m/%Y}" in message
    assert f"{earlier:%d/%m/%Y}" in message
    assert "anterior" in message
    assert isinstance(caught.value, DomainError)


def test_out_of_order_message_names_the_anchors() -> None:
    with pytest.raises(CalendarError, match=r"^El inicio de la Fase 2 .* inicio de la Fase 1"):
        schedule(Anchors(phase_1_start=date(2026, 6, 1), phase_2_start=date(2026, 5, 1)))


def test_same_day_anchors_are_fine() -> None:
    day = date(2026, 6, 1)
    assert schedule(Anchors(results_notified=day, phase_1_start=day, phase_2_start=day))


# --- business days ------------------------------------------------------------------------------


def test_weekends_are_not_business_days() -> None:
    assert add_business_days(date(2026, 3, 6), 1) == date(2026, 3, 9)  # Friday → Monday
    assert add_business_days(date(2026, 3, 7), 1) == date(2026, 3, 9)  # from a Saturday
    assert add_business_days(date(2026, 3, 2), 10) == date(2026, 3, 16)  # two plain weeks


def test_zero_days_is_the_start_and_negative_is_rejected() -> None:
    assert add_business_days(date(2026, 3, 7), 0) == date(2026, 3, 7)
    with pytest.raises(ValueError, match="-1"):
        add_business_days(date(2026, 3, 7), -1)


def test_memoria_and_its_bridge_day_2026() -> None:
    # The library lists 23 March 2026 as a "feriado con fines turísticos" (bridge day) in its
    # default public category; the calendar treats it as a holiday, like 24 March.
    ar = holidays.country_holidays("AR", years=2026)
    assert date(2026, 3, 23) in ar
    assert date(2026, 3, 24) in ar
    assert not is_business_day(date(2026, 3, 23))
    assert not is_business_day(date(2026, 3, 24))
    assert add_business_days(date(2026, 3, 20), 1) == date(2026, 3, 25)
    # …and Holy Thursday / Malvinas (2 April) and Good Friday (3 April) follow.
    assert add_business_days(date(2026, 3, 20), 10) == date(2026, 4, 9)


def test_carnival_2026() -> None:
    assert not is_business_day(date(2026, 2, 16))
    assert not is_business_day(date(2026, 2, 17))
    assert add_business_days(date(2026, 2, 13), 1) == date(2026, 2, 18)


def test_25_may_and_9_july_with_its_bridge_day() -> None:
    assert add_business_days(date(2026, 5, 22), 1) == date(2026, 5, 26)
    assert add_business_days(date(2026, 7, 8), 1) == date(2026, 7, 13)  # 9 July + 10 July bridge


def test_year_end_2026_to_2027() -> None:
    # 25 Dec and 1 Jan are holidays; 24 and 31 Dec are ordinary business days nationally.
    assert is_business_day(date(2026, 12, 24))
    assert is_business_day(date(2026, 12, 31))
    assert add_business_days(date(2026, 12, 24), 10) == date(2027, 1, 11)


def test_confirmation_across_year_end() -> None:
    got = by_step(schedule(Anchors(results_notified=date(2026, 12, 24))))
    assert got[Step.CONFIRMATION].due == date(2027, 1, 11)


def test_carnival_2027_comes_from_the_library() -> None:
    # Carnival moves with Easter: Monday 8 and Tuesday 9 February 2027.
    ar = holidays.country_holidays("AR", years=2027)
    assert {day for day in ar if day.month == 2} == {date(2027, 2, 8), date(2027, 2, 9)}
    assert add_business_days(date(2027, 2, 5), 1) == date(2027, 2, 10)


@pytest.fixture
def fresh_holiday_cache() -> Iterator[None]:
    cal._national_holidays.cache_clear()
    yield
    cal._national_holidays.cache_clear()


@pytest.mark.usefixtures("fresh_holiday_cache")
def test_years_outside_the_table_ask_the_library(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replace the library's list: Carnival is no longer skipped, the invented day is."""
    calls: list[tuple[str, Any]] = []

    def fake(country: str, *, years: Any) -> dict[date, str]:
        calls.append((country, years))
        return {date(2047, 2, 20): "Feriado inventado"}

    assert 2047 not in cal._holiday_table()
    monkeypatch.setattr(holidays, "country_holidays", fake)
    assert add_business_days(date(2047, 2, 18), 1) == date(2047, 2, 19)
    assert not is_business_day(date(2047, 2, 20))
    assert add_business_days(date(2047, 2, 19), 1) == date(2047, 2, 21)
    assert calls == [("AR", 2047)]  # asked once per year, then cached


def test_the_precomputed_table_is_the_installed_librarys() -> None:
    """resources/calendar/feriados_nacionales_ar.json (packaging/build_holidays.py) lists what
    the library says, year by year: after upgrading ``holidays``, run that script again."""
    table = cal._holiday_table()
    assert min(table) <= date.today().year - 1 and max(table) >= date.today().year + 5
    for year, days in table.items():
        assert days == cal.library_holidays(year), year


def test_the_first_deadlines_need_no_holiday_library() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from datetime import date; from migradesk.domain import calendar as c; "
        "c.add_business_days(date.today(), 10); print('holidays' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


# --- property -----------------------------------------------------------------------------------


@settings(database=None, max_examples=200)
@given(
    start=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    n=st.integers(min_value=1, max_value=40),
)
def test_add_business_days_properties(start: date, n: int) -> None:
    result = add_business_days(start, n)
    assert is_business_day(result)
    assert result > start
    assert add_business_days(start, n - 1) < result < add_business_days(start, n + 1)
    # Exactly n business days lie in (start, result].
    days = [start + timedelta(days=i) for i in range(1, (result - start).days + 1)]
    assert sum(is_business_day(day) for day in days) == n


# --- statuses -----------------------------------------------------------------------------------

APPLICATION = Deadline(
    Step.APPLICATION,
    "Enviar formulario de inscripción y carta de intención",
    Owner.CITY,
    opens=date(2026, 3, 2),
    due=date(2026, 3, 30),
    done_on=None,
)


@pytest.mark.parametrize(
    ("today", "status", "days_left"),
    [
        (date(2026, 3, 1), DeadlineStatus.NOT_STARTED, 29),  # the day before it opens
        (date(2026, 3, 2), DeadlineStatus.OPEN, 28),  # opening day
        (date(2026, 3, 22), DeadlineStatus.OPEN, 8),
        (date(2026, 3, 23), DeadlineStatus.DUE_SOON, 7),
        (date(2026, 3, 30), DeadlineStatus.DUE_SOON, 0),  # due day: still on time
        (date(2026, 3, 31), DeadlineStatus.OVERDUE, -1),
    ],
)
def test_status_at_boundaries(today: date, status: DeadlineStatus, days_left: int) -> None:
    assert APPLICATION.status(today) is status
    assert APPLICATION.days_left(today) == days_left


@pytest.mark.parametrize("today", [date(2026, 3, 1), date(2026, 3, 25), date(2026, 4, 30)])
def test_done_wins_over_dates(today: date) -> None:
    done = Deadline(
        APPLICATION.step,
        APPLICATION.label,
        APPLICATION.owner,
        APPLICATION.opens,
        APPLICATION.due,
        done_on=date(2026, 4, 2),  # late, but done
    )
    assert done.status(today) is DeadlineStatus.DONE


def test_short_window_is_due_soon_as_soon_as_it_opens() -> None:
    review = by_step(schedule(Anchors(phase_2_start=date(2026, 8, 10))))[Step.ASSESSMENT_REVIEW]
    assert review.status(date(2026, 10, 18)) is DeadlineStatus.NOT_STARTED
    assert review.status(date(2026, 10, 19)) is DeadlineStatus.DUE_SOON


# --- next due / overdue -------------------------------------------------------------------------


def make(step: Step, opens: date, due: date, done_on: date | None = None) -> Deadline:
    return Deadline(step, step.value, Owner.CITY, opens, due, done_on)


def test_next_due_prefers_overdue_then_earliest_due() -> None:
    today = date(2026, 6, 10)
    late = make(Step.APPLICATION, date(2026, 3, 2), date(2026, 3, 30))
    later_late = make(Step.CONFIRMATION, date(2026, 5, 20), date(2026, 6, 4))
    open_ = make(Step.ENROLMENT, date(2026, 6, 1), date(2026, 6, 15))
    future = make(Step.COURSE, date(2026, 6, 15), date(2026, 8, 10))
    finished = make(Step.SELECTION_RESULTS, date(2026, 3, 30), date(2026, 4, 20), date(2026, 4, 1))

    assert next_due([future, open_, later_late, finished, late], today) is late
    assert next_due([future, open_, later_late], today) is later_late
    assert next_due([future, open_], today) is open_
    assert next_due([future], today) is future  # a window not yet open still comes next
    assert overdue([future, open_, later_late, finished, late], today) == [later_late, late]


def test_next_due_ties_keep_process_order() -> None:
    first = make(Step.ENROLMENT, date(2026, 6, 1), date(2026, 6, 15))
    second = make(Step.COURSE, date(2026, 6, 1), date(2026, 6, 15))
    assert next_due([first, second], date(2026, 6, 2)) is first


def test_next_due_none_when_all_done_or_empty() -> None:
    done = make(Step.APPLICATION, date(2026, 3, 2), date(2026, 3, 30), date(2026, 3, 10))
    assert next_due([done], date(2026, 6, 1)) is None
    assert next_due([], date(2026, 6, 1)) is None
    assert overdue([done], date(2026, 6, 1)) == []


def test_next_due_on_a_real_schedule() -> None:
    deadlines = schedule(
        Anchors(campaign_launch=LAUNCH, results_notified=NOTIFIED),
        {Step.APPLICATION: date(2026, 3, 27)},
    )
    # Results are done (the city was notified); the confirmation is the next thing to do.
    first = next_due(deadlines, date(2026, 5, 21))
    assert first is not None
    assert first.step is Step.CONFIRMATION
    assert first.status(date(2026, 5, 21)) is DeadlineStatus.OPEN
    assert [d.step for d in overdue(deadlines, date(2026, 6, 5))] == [Step.CONFIRMATION]
