"""One city at a glance, for a table of every city (IOM's workspace, ``migradesk status``):
where it stands, what comes next and by when, and what waits for IOM's review.

Computed from one ``CityFile`` in a few milliseconds; a server listing many cities loads each
city's records once and asks this (``bench/process.py`` measures 100 cities).
"""

from __future__ import annotations

import dataclasses
from datetime import date

from migradesk.domain.cityfile import CityFile
from migradesk.domain.process.next_actions import NextAction, headline, next_actions
from migradesk.domain.process.reviews import WAITING_FOR_IOM, review
from migradesk.domain.process.steps import STEP_IDS, StepState, certified, step_state
from migradesk.domain.review import Deliverable


@dataclasses.dataclass(frozen=True)
class CityOverview:
    city_id: str
    name: str
    province: str
    step_id: str  # the step the city is in: the furthest one it has begun
    state: StepState | None
    next: NextAction | None  # "Lo próximo"
    next_due: date | None  # the earliest due date of any open action
    to_review: tuple[Deliverable, ...]  # sent and waiting for IOM ("Por revisar")
    certified: bool


def overview(file: CityFile, today: date) -> CityOverview:
    actions = next_actions(file, today)
    first = headline(actions, today)
    states = {s: step_state(s, file, today) for s in STEP_IDS[1:]}
    begun = [s for s, state in states.items() if state is not StepState.NOT_STARTED]
    step_id = begun[-1] if begun else STEP_IDS[1]
    dues = [a.due for a in actions if a.due is not None]
    waiting = tuple(d for d in Deliverable if review(file, d).stage in WAITING_FOR_IOM)
    return CityOverview(
        city_id=file.city.id,
        name=file.city.name,
        province=file.city.province,
        step_id=step_id,
        state=states[step_id],
        next=first,
        next_due=min(dues, default=None),
        to_review=waiting,
        certified=certified(file, today),
    )
