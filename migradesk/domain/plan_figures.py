"""The action plan's figures: the one source of every page and PDF that shows them.

The Fase 4 and Fase 6 pages, the action plan and monitoring PDFs (and the dossier) take their
rows, numbers, percentages, averages and status names from here. The guide asks only that the
city monitor "los tiempos, acciones y objetivos definidos en la plantilla del Plan de Acción"
(Fase 6); every rule below is ours:

- **The plan's areas** are the areas the city selected and every area that has objectives,
  highest priority first (``plan.ranked``). An action is always written under an objective of an
  area, so every action of the file is in the plan: an area unticked after its objectives were
  written keeps them (it is not dropped from one view and kept in another), and a selected area
  without objectives yet is an empty priority.
- **Numbers**: "2.1.3" is the third action of the first objective of the second area of the plan,
  each in its order (``position``).
- **Status**: the latest update's (by date reported); "Sin iniciar" without updates.
- **% done**: 100 for a completed action, whatever percentage its last update gave; otherwise the
  latest update's; 0 without updates. A cancelled action shows its last percentage.
- **Overdue**: its end date passed and it is neither completed nor cancelled (``plan.is_overdue``).
- **In progress**: "En curso" or "Demorada".
- **Average progress**: the mean % done of the plan's actions, cancelled actions left out and an
  action without updates counting 0. Over time (the Fase 6 chart) the same rule applies on each
  day to the updates reported by then; its last point is today's average.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import date

from migradesk.domain.cityfile import CityFile
from migradesk.domain.plan import (
    Action,
    ActionStatus,
    MonitoringUpdate,
    Objective,
    PriorityArea,
    is_overdue,
    latest_update,
    ranked,
)

#: Spanish names of the statuses (the interface translates them: ``ui/widgets/plan_labels.py``).
STATUS_LABELS: dict[ActionStatus, str] = {
    ActionStatus.NOT_STARTED: "Sin iniciar",
    ActionStatus.IN_PROGRESS: "En curso",
    ActionStatus.DONE: "Completada",
    ActionStatus.DELAYED: "Demorada",
    ActionStatus.CANCELLED: "Cancelada",
}

RUNNING = frozenset({ActionStatus.IN_PROGRESS, ActionStatus.DELAYED})


def status_of(latest: MonitoringUpdate | None) -> ActionStatus:
    return latest.status if latest is not None else ActionStatus.NOT_STARTED


def percent_of(latest: MonitoringUpdate | None) -> int:
    """An action's % done given its latest update (a completed action is done: 100)."""
    if latest is None:
        return 0
    return 100 if latest.status is ActionStatus.DONE else latest.percent_done


@dataclasses.dataclass(frozen=True)
class PlanRow:
    """One action of the plan with its place, status and progress on a given day."""

    code: str  # "2.1.3"
    rank: int  # the area's priority in the plan, from 1
    area: PriorityArea
    objective: Objective
    action: Action
    updates: tuple[MonitoringUpdate, ...]  # oldest first
    latest: MonitoringUpdate | None
    overdue: bool

    @property
    def status(self) -> ActionStatus:
        return status_of(self.latest)

    @property
    def percent(self) -> int:
        return percent_of(self.latest)

    @property
    def running(self) -> bool:
        return self.status in RUNNING


def plan_areas(file: CityFile) -> list[PriorityArea]:
    """The plan's areas, highest priority first: the selected ones and any with objectives."""
    return [a for a in ranked(file.priority_areas) if a.selected or file.objectives_of(a.id)]


def plan_rows(file: CityFile, today: date) -> list[PlanRow]:
    """Every action of the plan, in the plan's order, as it stands on ``today``."""
    rows = []
    for rank, area in enumerate(plan_areas(file), start=1):
        for o, objective in enumerate(file.objectives_of(area.id), start=1):
            for a, action in enumerate(file.actions_of(objective.id), start=1):
                updates = file.updates_of(action.id)
                latest = latest_update(updates, action.id)
                rows.append(
                    PlanRow(
                        code=f"{rank}.{o}.{a}",
                        rank=rank,
                        area=area,
                        objective=objective,
                        action=action,
                        updates=tuple(updates),
                        latest=latest,
                        overdue=is_overdue(action, latest, today),
                    )
                )
    return rows


def average_percent(latest: Iterable[MonitoringUpdate | None]) -> float:
    """The mean % done (0–100) of actions given their latest updates, cancelled ones left out."""
    values = [percent_of(u) for u in latest if status_of(u) is not ActionStatus.CANCELLED]
    return sum(values) / len(values) if values else 0.0


@dataclasses.dataclass(frozen=True)
class PlanSummary:
    """The plan's figures on a day, as both the Fase 6 page and the monitoring PDF show them."""

    actions: int
    done: int
    running: int  # in progress or delayed
    overdue: int
    not_reported: int  # without any update
    average: float  # % done, 0–100 (average_percent)

    @property
    def average_shown(self) -> int:
        """The average as pages and PDFs print it: a whole percentage."""
        return round(self.average)


def summary(rows: Sequence[PlanRow]) -> PlanSummary:
    return PlanSummary(
        actions=len(rows),
        done=sum(r.status is ActionStatus.DONE for r in rows),
        running=sum(r.running for r in rows),
        overdue=sum(r.overdue for r in rows),
        not_reported=sum(r.latest is None for r in rows),
        average=average_percent(r.latest for r in rows),
    )


def progress_over_time(rows: Sequence[PlanRow], today: date) -> list[tuple[date, float]]:
    """The average progress after each day an update was reported, and today."""
    updates = [u for r in rows for u in r.updates if u.reported_on <= today]
    if not rows or not updates:
        return []
    points = []
    for day in sorted({u.reported_on for u in updates} | {today}):
        known = [u for u in updates if u.reported_on <= day]
        points.append((day, average_percent(latest_update(known, r.action.id) for r in rows)))
    return points
