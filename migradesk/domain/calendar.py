"""The guide's deadlines, computed from the dates that start each step.

Every duration comes from the "Tiempos:" paragraphs of the MigraCiudades Argentina guide:

========================  =======  ==========================================================
Step                      Owner    Window
========================  =======  ==========================================================
Inscripción               ciudad   campaign launch → +4 weeks
Resultados                OIM      application deadline → +3 weeks
Confirmación              ciudad   notification (day 0) → +10 business days (AR holidays)
Inscripción funcionarios  ciudad   start of Phase 1 → +2 weeks
Curso                     ciudad   end of enrolment → +8 weeks (Phase 1 lasts 10 weeks)
Autoevaluación            ciudad   start of Phase 2 → +10 weeks
Revisión autoevaluación   OIM      week 11 of Phase 2
Workshop                  OIM      weeks 12–14 of Phase 2
Reporte                   ciudad   workshop (or end of its window) → +8 weeks
Revisión reporte          OIM      report delivered → +3 weeks
========================  =======  ==========================================================

Weeks are calendar weeks. "Week n" of a phase that starts on ``s`` spans ``[s + (n-1) weeks,
s + n weeks]``: its end is the due date, as for "within 10 weeks" (``s + 10 weeks``).
Phases 4–6 have no durations in the guide, so they have no deadlines here.

Business days skip Saturdays, Sundays and Argentina's national holidays as listed by the
``holidays`` library (default "public" category, no province). That category includes the
*feriados con fines turísticos* (bridge days, Law 27.399 art. 7, set yearly by the national
government) and one-off national holidays, so they are **not** business days: national and most
municipal offices close on them, and skipping them gives the city the longer, safer deadline.
Provincial or municipal holidays are not counted.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from enum import StrEnum
from functools import cache
from types import MappingProxyType

from migradesk.assets import resource
from migradesk.domain.actors import Actor
from migradesk.domain.base import DomainError

DUE_SOON_DAYS = 7

# The guide's durations ("Tiempos:"), the one place they are written down; pages and PDFs
# show these numbers, never their own copies.
APPLICATION_WEEKS = 4  # from the campaign launch
SELECTION_WEEKS = 3  # results, from the application deadline
CONFIRMATION_BUSINESS_DAYS = 10  # the mayor's note, from the notification
ENROLMENT_WEEKS = 2  # officials added to the course, from the confirmation
COURSE_WEEKS = 8  # the course, from the end of enrolment (or a later enrolment)
PHASE_1_WEEKS = ENROLMENT_WEEKS + COURSE_WEEKS
SELF_ASSESSMENT_WEEKS = 10  # from the start of Phase 2
ASSESSMENT_REVIEW_WEEK = 11  # IOM's review, week 11 of Phase 2
WORKSHOP_FIRST_WEEK = 12  # the diagnostic workshop, weeks 12–14 of Phase 2
WORKSHOP_LAST_WEEK = 14
REPORT_WEEKS = 8  # the report, from the workshop
REPORT_REVIEW_WEEKS = 3  # IOM and CIPPEC's review, from the delivery


class CalendarError(DomainError):
    """Dates that cannot describe a real process, e.g. Phase 2 starting before Phase 1."""


class Step(StrEnum):
    """The guide's timed steps, in process order. Values are stable (stored and synced)."""

    APPLICATION = "inscripcion"
    SELECTION_RESULTS = "resultados"
    CONFIRMATION = "confirmacion"
    ENROLMENT = "inscripcion_funcionarios"
    COURSE = "curso"
    SELF_ASSESSMENT = "autoevaluacion"
    ASSESSMENT_REVIEW = "revision_autoevaluacion"
    WORKSHOP = "workshop"
    REPORT = "reporte"
    REPORT_REVIEW = "revision_reporte"


# Who must act before a deadline: one of the process's actors.
Owner = Actor


class DeadlineStatus(StrEnum):
    DONE = "cumplido"
    NOT_STARTED = "sin_iniciar"  # the window opens in the future
    OPEN = "en_curso"
    DUE_SOON = "vence_pronto"  # DUE_SOON_DAYS or fewer days left
    OVERDUE = "vencido"


_LABELS: Mapping[Step, str] = MappingProxyType(
    {
        Step.APPLICATION: "Enviar formulario de inscripción y carta de intención",
        Step.SELECTION_RESULTS: "Comunicar los resultados de la selección",
        Step.CONFIRMATION: "Confirmar la participación con nota del/de la intendente/a",
        Step.ENROLMENT: "Incorporar personas funcionarias a la capacitación",
        Step.COURSE: "Completar el curso virtual y el cuestionario final",
        Step.SELF_ASSESSMENT: "Completar el formulario de evaluación (autoevaluación)",
        Step.ASSESSMENT_REVIEW: "Revisar el formulario de evaluación",
        Step.WORKSHOP: "Realizar el workshop de evaluación y diagnóstico",
        Step.REPORT: "Entregar el reporte de evaluación",
        Step.REPORT_REVIEW: "Revisar el reporte de evaluación (OIM – CIPPEC)",
    }
)

_OWNERS: Mapping[Step, Owner] = MappingProxyType(
    {
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
)


@dataclasses.dataclass(frozen=True)
class Anchors:
    """The dates that start steps; all optional (unknown dates leave their steps out)."""

    campaign_launch: date | None = None
    results_notified: date | None = None  # the city learns it was selected
    phase_1_start: date | None = None  # default: the confirmation date, if done
    phase_2_start: date | None = None  # default: end of Phase 1 (phase_1_start + 10 weeks)
    workshop_held: date | None = None  # default: the WORKSHOP step's done date
    report_delivered: date | None = None  # default: the REPORT step's done date


@dataclasses.dataclass(frozen=True)
class Deadline:
    step: Step
    label: str
    owner: Owner
    opens: date
    due: date
    done_on: date | None = None

    def days_left(self, today: date) -> int:
        """Days from ``today`` to the due date: 0 on the due day, negative once overdue."""
        return (self.due - today).days

    def status(self, today: date) -> DeadlineStatus:
        if self.done_on is not None:
            return DeadlineStatus.DONE
        if today < self.opens:
            return DeadlineStatus.NOT_STARTED
        left = self.days_left(today)
        if left < 0:
            return DeadlineStatus.OVERDUE
        if left <= DUE_SOON_DAYS:
            return DeadlineStatus.DUE_SOON
        return DeadlineStatus.OPEN


# --- business days ------------------------------------------------------------------------------


# The library's answer for the years in use, precomputed by packaging/build_holidays.py (a test
# keeps it equal to the installed library): importing ``holidays`` and computing a year costs
# ~50 ms before the city's first page can show its deadlines.
HOLIDAY_TABLE = ("calendar", "feriados_nacionales_ar.json")


@cache
def _holiday_table() -> dict[int, frozenset[date]]:
    import json

    data = json.loads(resource(*HOLIDAY_TABLE).read_text(encoding="utf-8"))
    return {
        int(year): frozenset(date.fromisoformat(day) for day in days)
        for year, days in data["years"].items()
    }


@cache
def _national_holidays(year: int) -> frozenset[date]:
    """Argentina's national holidays of ``year`` per the ``holidays`` library (public category)."""
    table = _holiday_table()
    if year in table:
        return table[year]
    return library_holidays(year)


def library_holidays(year: int) -> frozenset[date]:
    """What the ``holidays`` library lists for ``year`` (years outside the table; its tests)."""
    import holidays

    listed = holidays.country_holidays("AR", years=year)
    return frozenset(day for day in listed if isinstance(day, date))


def is_business_day(day: date) -> bool:
    """Monday to Friday and not a national holiday (bridge days included as holidays)."""
    return day.weekday() < 5 and day not in _national_holidays(day.year)


def add_business_days(start: date, days: int) -> date:
    """The ``days``-th business day after ``start`` (``start`` itself is day 0, whatever it is)."""
    if days < 0:
        raise ValueError(f"days must be >= 0, got {days}")
    day = start
    remaining = days
    while remaining:
        day += timedelta(days=1)
        if is_business_day(day):
            remaining -= 1
    return day


# --- schedule -----------------------------------------------------------------------------------

_NOTHING_DONE: Mapping[Step, date] = MappingProxyType({})


def _weeks(n: int) -> timedelta:
    return timedelta(weeks=n)


def _check_order(chain: Sequence[tuple[str, date | None]]) -> None:
    """Each known date must not precede any earlier known date of the chain."""
    latest: tuple[str, date] | None = None
    for name, day in chain:
        if day is None:
            continue
        if latest is not None and day < latest[1]:
            earlier = latest[0]
            earlier = "al " + earlier[3:] if earlier.startswith("el ") else "a " + earlier
            raise CalendarError(
                f"{name[0].upper()}{name[1:]} ({day:%d/%m/%Y}) es anterior "
                f"{earlier} ({latest[1]:%d/%m/%Y})"
            )
        latest = (name, day)


def schedule(anchors: Anchors, done: Mapping[Step, date] = _NOTHING_DONE) -> list[Deadline]:
    """Every deadline whose start is known or derivable, in process order.

    ``done`` maps steps to their completion date. Anchors that record a step's own event also
    mark it done unless ``done`` says otherwise: ``results_notified`` (results), ``workshop_held``
    (workshop) and ``report_delivered`` (report). Conversely, a done date stands in for a missing
    anchor: confirmation → ``phase_1_start``, workshop → ``workshop_held``, report →
    ``report_delivered``.

    Raises CalendarError when a known start date precedes the one it follows.
    """
    phase_1_from_anchor = anchors.phase_1_start is not None
    phase_1 = anchors.phase_1_start or done.get(Step.CONFIRMATION)
    workshop_held = anchors.workshop_held or done.get(Step.WORKSHOP)
    report_delivered = anchors.report_delivered or done.get(Step.REPORT)

    _check_order(
        [
            ("el lanzamiento de la campaña", anchors.campaign_launch),
            ("la notificación de la selección", anchors.results_notified),
            (
                "el inicio de la Fase 1"
                if phase_1_from_anchor
                else "la confirmación de la participación",
                phase_1,
            ),
            ("el inicio de la Fase 2", anchors.phase_2_start),
            ("el workshop de evaluación", workshop_held),
            ("la entrega del reporte de evaluación", report_delivered),
        ]
    )
    implied_done: dict[Step, date] = {}
    if anchors.results_notified is not None:
        implied_done[Step.SELECTION_RESULTS] = anchors.results_notified
    if workshop_held is not None:
        implied_done[Step.WORKSHOP] = workshop_held
    if report_delivered is not None:
        implied_done[Step.REPORT] = report_delivered

    deadlines: list[Deadline] = []

    def add(step: Step, opens: date, due: date) -> None:
        done_on = done.get(step) or implied_done.get(step)
        deadlines.append(Deadline(step, _LABELS[step], _OWNERS[step], opens, due, done_on))

    if anchors.campaign_launch is not None:
        application_due = anchors.campaign_launch + _weeks(APPLICATION_WEEKS)
        add(Step.APPLICATION, anchors.campaign_launch, application_due)
        add(Step.SELECTION_RESULTS, application_due, application_due + _weeks(SELECTION_WEEKS))

    if anchors.results_notified is not None:
        add(
            Step.CONFIRMATION,
            anchors.results_notified,
            add_business_days(anchors.results_notified, CONFIRMATION_BUSINESS_DAYS),
        )

    if phase_1 is not None:
        enrolment_due = phase_1 + _weeks(ENROLMENT_WEEKS)
        add(Step.ENROLMENT, phase_1, enrolment_due)
        add(Step.COURSE, enrolment_due, enrolment_due + _weeks(COURSE_WEEKS))

    phase_2 = anchors.phase_2_start or (
        phase_1 + _weeks(PHASE_1_WEEKS) if phase_1 is not None else None
    )
    workshop_window_due: date | None = None
    if phase_2 is not None:
        assessment_due = phase_2 + _weeks(SELF_ASSESSMENT_WEEKS)
        add(Step.SELF_ASSESSMENT, phase_2, assessment_due)
        add(Step.ASSESSMENT_REVIEW, assessment_due, phase_2 + _weeks(ASSESSMENT_REVIEW_WEEK))
        workshop_window_due = phase_2 + _weeks(WORKSHOP_LAST_WEEK)
        add(
            Step.WORKSHOP,
            phase_2 + _weeks(WORKSHOP_FIRST_WEEK - 1),
            workshop_window_due,
        )

    report_start = workshop_held or workshop_window_due
    if report_start is not None:
        add(Step.REPORT, report_start, report_start + _weeks(REPORT_WEEKS))

    if report_delivered is not None:
        add(Step.REPORT_REVIEW, report_delivered, report_delivered + _weeks(REPORT_REVIEW_WEEKS))

    return deadlines


# --- what is due --------------------------------------------------------------------------------


def next_due(deadlines: Sequence[Deadline], today: date) -> Deadline | None:
    """The deadline to act on first: overdue ones first, then by due date; None if all done.

    Ties keep the order of ``deadlines`` (process order for ``schedule``'s output).
    """
    pending = [d for d in deadlines if d.done_on is None]
    if not pending:
        return None
    return min(
        pending,
        key=lambda d: (d.status(today) is not DeadlineStatus.OVERDUE, d.due),
    )


def overdue(deadlines: Sequence[Deadline], today: date) -> list[Deadline]:
    """The overdue deadlines, in the order given."""
    return [d for d in deadlines if d.status(today) is DeadlineStatus.OVERDUE]
