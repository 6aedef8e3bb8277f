"""The demonstration city: a fictional, fully filled certification file.

*Santa Rosa del Cerro* (Jujuy) does not exist; nor do its people. Its file is in Phase 6: every
deliverable up to the action plan is approved, the city is certified and the plan is being
monitored. Its texts and figures are data, ``resources/demo/*.toml`` (their conventions:
``data.py``); ``build.py`` makes the records. Every date is computed from ``today``, so the demo
looks current, and every id is derived, so writing it twice changes nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from migradesk.demo.build import (
    answer_records,
    city_records,
    clock_for,
    milestone_offset,
    plan_records,
    report_records,
    review_records,
    workshop_records,
)
from migradesk.demo.data import DemoDataError
from migradesk.domain import permissions
from migradesk.domain.base import Record
from migradesk.domain.city import DEMO_CITY_ID
from migradesk.domain.questionnaire import load_questionnaire
from migradesk.domain.review import Milestone, PhaseDate

if TYPE_CHECKING:  # the records need no storage (the server seeds its own from them)
    from migradesk.storage.store import Store

__all__ = ["DEMO_CITY_ID", "DemoDataError", "demo_records", "fill_demo", "write_demo"]


def demo_records(today: date) -> list[Record]:
    """Every record of the demo city's file, as it stands on ``today``."""
    clock = clock_for(today)
    questionnaire = load_questionnaire()
    return [
        *city_records(clock),
        *answer_records(clock, questionnaire),
        *workshop_records(clock),
        *report_records(clock),
        *plan_records(clock),
        *review_records(clock, questionnaire),
    ]


def _stored_today(store: Store) -> date | None:
    """The ``today`` of a demo already written, so that writing it again changes nothing."""
    launch_id = PhaseDate.id_for(DEMO_CITY_ID, Milestone.CAMPAIGN_LAUNCH)
    launch = store.get(PhaseDate, launch_id, DEMO_CITY_ID)
    if launch is None:
        return None
    return launch.on - milestone_offset(Milestone.CAMPAIGN_LAUNCH, clock_for(launch.on))


def write_demo(data_dir: Path, today: date | None = None) -> str:
    """Write the demo city into the data dir's store and return its id (``fill_demo``)."""
    from migradesk.storage.store import Store

    with Store.open(data_dir) as store:
        return fill_demo(store, today)


def fill_demo(store: Store, today: date | None = None) -> str:
    """Write the demo city into ``store`` and return its id.

    Without ``today``, a demo already in the store keeps its dates; otherwise today's date is used.
    Comments and review events are append-only: those already stored are left as they are.

    Nothing of the demo is ever queued for sending (the store never queues the demo city's
    records); what this desktop's role may not write (IOM's certification, phase dates,
    comments and answers to reviews) is stored as IOM's, as a sync would bring it.
    """
    records = demo_records(today or _stored_today(store) or date.today())
    fresh = [r for r in records if not (r.APPEND_ONLY and store.get(type(r), r.id, r.city_id))]
    role = store.role()
    theirs = [r for r in fresh if permissions.record_refusal(role, r) is not None]
    store.save_all([r for r in fresh if r not in theirs])
    store.save_as_received(theirs)
    return DEMO_CITY_ID
