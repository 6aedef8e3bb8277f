"""Phases 4 and 6: prioritised areas, the action plan and its monitoring."""

from __future__ import annotations

import dataclasses
from datetime import date
from enum import StrEnum
from typing import ClassVar

from migradesk.domain.base import Record, register


class AreaSource(StrEnum):
    REPORT = "reporte"  # section 5 of the evaluation report
    GAP = "brecha"  # an indicator without measures in the self-assessment
    OTHER = "otro"


@register
@dataclasses.dataclass(kw_only=True)
class PriorityArea(Record):
    """A candidate area for the action plan, rated 1–5 on three criteria."""

    KIND: ClassVar[str] = "priority_area"
    LONG_TEXT: ClassVar[frozenset[str]] = frozenset({"description"})

    title: str
    description: str = ""
    dimensions: list[str] = dataclasses.field(default_factory=list)
    source: AreaSource = AreaSource.OTHER
    importance: int | None = None
    urgency: int | None = None
    feasibility: int | None = None
    selected: bool = False

    def __post_init__(self) -> None:
        for name in ("importance", "urgency", "feasibility"):
            value = getattr(self, name)
            if value is not None and not 1 <= value <= 5:
                raise ValueError(f"{name} must be between 1 and 5")

    @property
    def score(self) -> int | None:
        ratings = (self.importance, self.urgency, self.feasibility)
        if any(r is None for r in ratings):
            return None
        return sum(r for r in ratings if r is not None)


def ranked(areas: list[PriorityArea]) -> list[PriorityArea]:
    """Highest total first; unrated areas last; ties by importance then title."""
    return sorted(
        areas,
        key=lambda a: (a.score is None, -(a.score or 0), -(a.importance or 0), a.title.casefold()),
    )


@register
@dataclasses.dataclass(kw_only=True)
class Objective(Record):
    KIND: ClassVar[str] = "objective"

    priority_area_id: str
    title: str
    description: str = ""
    position: int = 0


@register
@dataclasses.dataclass(kw_only=True)
class Action(Record):
    KIND: ClassVar[str] = "action"
    LONG_TEXT: ClassVar[frozenset[str]] = frozenset({"description"})

    objective_id: str
    title: str
    description: str = ""
    responsible_area: str = ""
    partners: str = ""
    start: date | None = None
    end: date | None = None
    resources: str = ""
    indicator: str = ""
    target: str = ""
    position: int = 0

    def __post_init__(self) -> None:
        if self.start and self.end and self.end < self.start:
            raise ValueError("the end date is before the start date")


class ActionStatus(StrEnum):
    NOT_STARTED = "sin_iniciar"
    IN_PROGRESS = "en_curso"
    DONE = "completada"
    DELAYED = "demorada"
    CANCELLED = "cancelada"


@register
@dataclasses.dataclass(kw_only=True)
class MonitoringUpdate(Record):
    """A dated progress report on one action (Phase 6)."""

    KIND: ClassVar[str] = "monitoring_update"

    action_id: str
    reported_on: date
    status: ActionStatus
    percent_done: int = 0
    note: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.percent_done <= 100:
            raise ValueError("percent_done must be between 0 and 100")


def latest_update(updates: list[MonitoringUpdate], action_id: str) -> MonitoringUpdate | None:
    mine = [u for u in updates if u.action_id == action_id]
    return max(mine, key=lambda u: u.reported_on, default=None)


def is_overdue(action: Action, latest: MonitoringUpdate | None, today: date) -> bool:
    if action.end is None or action.end >= today:
        return False
    return latest is None or latest.status not in (ActionStatus.DONE, ActionStatus.CANCELLED)
