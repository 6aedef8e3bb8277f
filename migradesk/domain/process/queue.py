"""What waits for IOM (or CIPPEC) across the campaign's cities: the workspace's "Por revisar"
queue, ordered by their own deadlines — week 11 of Phase 2 for the self-assessment, three weeks
from the delivery for the report (the calendar's), then what has no date in the guide, the
oldest send first.

Each entry is the process model's own next action of a city (``next_actions``) whose actors are
the account's: nothing here decides a state.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date

from migradesk.domain.actors import Actor
from migradesk.domain.cityfile import CityFile
from migradesk.domain.process.next_actions import NextAction, next_actions
from migradesk.domain.process.reviews import review
from migradesk.domain.review import Deliverable

# The actions that answer what a city sent (keys of ``next_actions``), and the deliverable each
# is about (None: the certification, which answers the whole file).
REVIEW_ACTIONS: dict[str, Deliverable | None] = {
    "inscripcion.recibir": Deliverable.APPLICATION,
    "fase2.revisar": Deliverable.SELF_ASSESSMENT,
    "fase3.revisar": Deliverable.REPORT,
    "fase3.aprobar": Deliverable.REPORT,
    "fase3.validar": Deliverable.REPORT,
    "fase4.validar": Deliverable.ACTION_PLAN,
    "fase5.certificar": None,
}


@dataclasses.dataclass(frozen=True)
class Waiting:
    """One thing a city waits for from IOM or CIPPEC."""

    city_id: str
    city_name: str
    province: str
    action: NextAction
    deliverable: Deliverable | None
    since: date | None  # when the city sent it (for the certification: the plan's validation)

    @property
    def due(self) -> date | None:
        return self.action.due

    def overdue(self, today: date) -> bool:
        return self.action.overdue(today)


def waiting_for(file: CityFile, actors: Iterable[Actor], today: date) -> list[Waiting]:
    """What ``file``'s city waits for from any of ``actors``."""
    mine = set(actors)
    found = []
    for action in next_actions(file, today):
        if action.key not in REVIEW_ACTIONS or not mine.intersection(action.actors):
            continue
        deliverable = REVIEW_ACTIONS[action.key]
        answered = review(file, deliverable or Deliverable.ACTION_PLAN)
        since = answered.sent_on if deliverable is not None else answered.since
        city = file.city
        found.append(Waiting(city.id, city.name, city.province, action, deliverable, since))
    return found


def queue(files: Iterable[CityFile], actors: Iterable[Actor], today: date) -> list[Waiting]:
    """Every city's waiting items for ``actors``: by due date (undated last), then the oldest
    send first, then by city."""
    mine = list(actors)
    found = [w for file in files for w in waiting_for(file, mine, today)]
    return sorted(
        found,
        key=lambda w: (
            w.due is None,
            w.due or date.max,
            w.since or date.max,
            w.city_name.casefold(),
        ),
    )
