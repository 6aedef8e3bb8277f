"""The action plan flattened for printing: one row per action, numbered "2.1.3"."""

from __future__ import annotations

import dataclasses
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

STATUS_LABELS = {
    ActionStatus.NOT_STARTED: "Sin iniciar",
    ActionStatus.IN_PROGRESS: "En curso",
    ActionStatus.DONE: "Completada",
    ActionStatus.DELAYED: "Demorada",
    ActionStatus.CANCELLED: "Cancelada",
}


@dataclasses.dataclass(frozen=True)
class PlanRow:
    code: str  # "2.1.3": third action of the first objective of the second priority
    rank: int
    area: PriorityArea
    objective: Objective
    action: Action
    updates: tuple[MonitoringUpdate, ...]
    latest: MonitoringUpdate | None
    overdue: bool

    @property
    def status(self) -> ActionStatus:
        return self.latest.status if self.latest else ActionStatus.NOT_STARTED

    @property
    def percent_done(self) -> int:
        if self.latest is None:
            return 0
        return 100 if self.latest.status is ActionStatus.DONE else self.latest.percent_done


def plan_areas(file: CityFile) -> list[PriorityArea]:
    """The plan's areas, highest priority first: the selected ones, else any with objectives."""
    areas = ranked(file.priority_areas)
    selected = [a for a in areas if a.selected]
    if selected:
        return selected
    return [a for a in areas if file.objectives_of(a.id)]


def plan_rows(file: CityFile, today: date) -> list[PlanRow]:
    rows = []
    all_updates = file.all(MonitoringUpdate)
    for rank, area in enumerate(plan_areas(file), start=1):
        for o, objective in enumerate(file.objectives_of(area.id), start=1):
            for a, action in enumerate(file.actions_of(objective.id), start=1):
                latest = latest_update(all_updates, action.id)
                rows.append(
                    PlanRow(
                        code=f"{rank}.{o}.{a}",
                        rank=rank,
                        area=area,
                        objective=objective,
                        action=action,
                        updates=tuple(file.updates_of(action.id)),
                        latest=latest,
                        overdue=is_overdue(action, latest, today),
                    )
                )
    return rows
