from __future__ import annotations

from datetime import date

import pytest

from migradesk.domain.plan import (
    Action,
    ActionStatus,
    MonitoringUpdate,
    PriorityArea,
    is_overdue,
    latest_update,
    ranked,
)


def _area(title: str, *ratings: int | None) -> PriorityArea:
    importance, urgency, feasibility = ratings
    return PriorityArea(
        city_id="c", title=title, importance=importance, urgency=urgency, feasibility=feasibility
    )


def test_ranked_by_total_then_importance_unrated_last() -> None:
    areas = [
        _area("Salud", 3, 3, 3),
        _area("Empleo", None, 5, 5),
        _area("Educación", 5, 2, 2),
        _area("Vivienda", 5, 5, 5),
    ]
    assert [a.title for a in ranked(areas)] == ["Vivienda", "Educación", "Salud", "Empleo"]


def test_ratings_are_between_one_and_five() -> None:
    with pytest.raises(ValueError, match="importance"):
        _area("Salud", 6, 1, 1)


def test_overdue_until_done_or_cancelled() -> None:
    action = Action(city_id="c", objective_id="o", title="Mesa", end=date(2026, 3, 1))
    today = date(2026, 4, 1)
    assert is_overdue(action, None, today)
    updates = [
        MonitoringUpdate(
            city_id="c",
            action_id=action.id,
            reported_on=date(2026, 2, 1),
            status=ActionStatus.IN_PROGRESS,
            percent_done=40,
        ),
        MonitoringUpdate(
            city_id="c",
            action_id=action.id,
            reported_on=date(2026, 3, 15),
            status=ActionStatus.DONE,
            percent_done=100,
        ),
    ]
    latest = latest_update(updates, action.id)
    assert latest is not None and latest.percent_done == 100
    assert not is_overdue(action, latest, today)
    assert not is_overdue(action, updates[0], date(2026, 2, 28))


def test_action_dates_and_percent_are_checked() -> None:
    with pytest.raises(ValueError):
        Action(
            city_id="c", objective_id="o", title="x", start=date(2026, 2, 1), end=date(2026, 1, 1)
        )
    with pytest.raises(ValueError):
        MonitoringUpdate(
            city_id="c",
            action_id="a",
            reported_on=date(2026, 1, 1),
            status=ActionStatus.DONE,
            percent_done=120,
        )
