"""The action plan's figures: which actions are in the plan, their numbers, % done, averages."""

from __future__ import annotations

from datetime import date

from migradesk.domain.city import City, Region
from migradesk.domain.cityfile import CityFile
from migradesk.domain.plan import (
    Action,
    ActionStatus,
    MonitoringUpdate,
    Objective,
    PriorityArea,
)
from migradesk.domain.plan_figures import (
    STATUS_LABELS,
    plan_areas,
    plan_rows,
    progress_over_time,
    summary,
)

TODAY = date(2026, 6, 30)
CITY = "city-1"


def _file() -> CityFile:
    """Four areas: "Salud" selected (two actions), "Datos" unticked after its objective was
    written (one action), "Vivienda" selected without objectives, "Empleo" neither."""
    city = City(id=CITY, city_id=CITY, name="Ciudad", province="Jujuy", region=Region.NOROESTE)
    health = PriorityArea(
        id="health", city_id=CITY, title="Salud", importance=5, urgency=5, feasibility=5,
        selected=True,
    )  # fmt: skip
    data = PriorityArea(
        id="data", city_id=CITY, title="Datos", importance=4, urgency=4, feasibility=4
    )
    housing = PriorityArea(
        id="housing", city_id=CITY, title="Vivienda", importance=2, urgency=2, feasibility=2,
        selected=True,
    )  # fmt: skip
    jobs = PriorityArea(id="jobs", city_id=CITY, title="Empleo", importance=5)
    objectives = [
        Objective(id="o1", city_id=CITY, priority_area_id="health", title="Atender", position=1),
        Objective(id="o2", city_id=CITY, priority_area_id="data", title="Medir", position=1),
    ]
    actions = [
        Action(id="a1", city_id=CITY, objective_id="o1", title="Protocolo", position=1,
               start=date(2026, 1, 1), end=date(2026, 3, 31)),
        Action(id="a2", city_id=CITY, objective_id="o1", title="Carteles", position=2,
               start=date(2026, 1, 1), end=date(2026, 12, 31)),
        Action(id="a3", city_id=CITY, objective_id="o2", title="Registro", position=1,
               start=date(2026, 1, 1), end=date(2026, 12, 31)),
    ]  # fmt: skip

    def update(
        n: int, action: str, day: date, status: ActionStatus, percent: int
    ) -> MonitoringUpdate:
        return MonitoringUpdate(
            id=f"u{n}", city_id=CITY, action_id=action, reported_on=day, status=status,
            percent_done=percent,
        )  # fmt: skip

    updates = [
        update(1, "a1", date(2026, 2, 1), ActionStatus.IN_PROGRESS, 40),
        update(2, "a1", date(2026, 4, 1), ActionStatus.DONE, 80),  # done, last figure 80
        update(3, "a2", date(2026, 3, 1), ActionStatus.IN_PROGRESS, 30),
        update(4, "a3", date(2026, 5, 1), ActionStatus.CANCELLED, 10),
    ]
    return CityFile.from_records(
        city, [health, data, housing, jobs, *objectives, *actions, *updates]
    )


def test_the_plan_lists_selected_areas_and_every_area_with_objectives() -> None:
    file = _file()
    assert [a.title for a in plan_areas(file)] == ["Salud", "Datos", "Vivienda"]
    rows = plan_rows(file, TODAY)
    assert [(r.code, r.action.title) for r in rows] == [
        ("1.1.1", "Protocolo"),
        ("1.1.2", "Carteles"),
        ("2.1.1", "Registro"),  # its area was unticked: its action stays in the plan
    ]


def test_a_completed_action_counts_100_and_a_cancelled_one_leaves_the_average() -> None:
    rows = plan_rows(_file(), TODAY)
    assert [(r.status, r.percent) for r in rows] == [
        (ActionStatus.DONE, 100),
        (ActionStatus.IN_PROGRESS, 30),
        (ActionStatus.CANCELLED, 10),
    ]
    figures = summary(rows)
    assert (figures.actions, figures.done, figures.running, figures.overdue) == (3, 1, 1, 0)
    assert figures.not_reported == 0
    assert figures.average == 65.0 and figures.average_shown == 65  # (100 + 30) / 2


def test_overdue_and_not_reported() -> None:
    file = _file()
    file = CityFile.from_records(
        file.city, [r for r in file if not (isinstance(r, MonitoringUpdate) and r.id == "u2")]
    )
    rows = plan_rows(file, TODAY)
    assert [r.overdue for r in rows] == [True, False, False]  # a1 ended in March, in progress
    assert summary(rows).running == 2
    unreported = [r for r in file if not isinstance(r, MonitoringUpdate)]
    figures = summary(plan_rows(CityFile.from_records(file.city, unreported), TODAY))
    assert (figures.not_reported, figures.average) == (3, 0.0)


def test_progress_over_time_ends_at_todays_average() -> None:
    rows = plan_rows(_file(), TODAY)
    points = progress_over_time(rows, TODAY)
    assert points == [
        (date(2026, 2, 1), 40 / 3),  # a1 40, a2 and a3 not reported
        (date(2026, 3, 1), 70 / 3),
        (date(2026, 4, 1), 130 / 3),  # a1 done: 100
        (date(2026, 5, 1), 65.0),  # a3 cancelled: left out
        (TODAY, 65.0),
    ]
    assert points[-1][1] == summary(rows).average
    assert progress_over_time(rows, date(2026, 1, 15)) == []  # nothing reported by then


def test_every_status_has_a_spanish_name() -> None:
    assert set(STATUS_LABELS) == set(ActionStatus)
