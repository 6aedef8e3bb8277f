"""A demonstration campaign: ten real cities of the register (the guide's quotas: one per
region, a second for Cuyo, Patagonia and Gran Buenos Aires, a third for Gran Buenos Aires), each
at another point of the process — an application still a draft, one waiting for IOM, the course
under way, a self-assessment to review, a report being written, sent, returned with comments, a
plan waiting for validation, a city ready to certify and one certified and monitoring.

Each city's file is the demo city's (``migradesk.demo``) cut where its stage ends and moved to
the city (``rebound``: ids are the city's own, sync G10; unique kinds under their derived
identity, G13). ``migradesk-server demo`` loads it; ``migradesk screenshots`` and the workspace's
benchmark use it too.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from migradesk.demo import demo_records
from migradesk.domain.application import Application
from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.base import Record, derived_id
from migradesk.domain.city import City
from migradesk.domain.people import COURSE_STEPS, FocalPoint, Official, current_focal_point
from migradesk.domain.plan import Action, MonitoringUpdate, Objective, PriorityArea
from migradesk.domain.register import by_code
from migradesk.domain.report import ReportSection, ReportVersion, Workshop, WorkshopKind
from migradesk.domain.review import (
    Certification,
    Comment,
    Deliverable,
    Milestone,
    PhaseDate,
    ReviewEvent,
)
from migradesk.domain.selection_applications import SentApplication
from migradesk.domain.unique import identity

# (INDEC code, the stage its file reaches: an index of STAGES)
CITIES: tuple[tuple[str, int], ...] = (
    ("060427", 9),  # La Matanza: certified, monitoring its plan
    ("380329", 8),  # Tilcara: plan validated, ready to certify
    ("540119", 7),  # Posadas: plan sent for validation
    ("500105", 6),  # San Rafael: report returned with comments
    ("620077", 5),  # San Carlos de Bariloche: report sent, to review
    ("060568", 4),  # Morón: self-assessment reviewed, report being written
    ("140357", 3),  # Villa María: self-assessment sent, to review
    ("260049", 2),  # Comodoro Rivadavia: selected, course under way
    ("700084", 1),  # Rivadavia: application sent, waiting for IOM
    ("060658", 0),  # Quilmes: application being filled in
)

STAGES = (
    "inscripcion_borrador",
    "inscripcion_enviada",
    "curso",
    "autoevaluacion_enviada",
    "reporte_en_redaccion",
    "reporte_enviado",
    "reporte_con_observaciones",
    "plan_enviado",
    "lista_para_certificar",
    "certificada",
)

# How each stage reads (the server's ``demo`` command lists them).
STAGE_NAMES: dict[str, str] = {
    "inscripcion_borrador": "inscripción en borrador",
    "inscripcion_enviada": "inscripción enviada, espera a OIM",
    "curso": "seleccionada, curso en marcha",
    "autoevaluacion_enviada": "autoevaluación enviada, por revisar",
    "reporte_en_redaccion": "reporte en redacción",
    "reporte_enviado": "reporte enviado, por revisar",
    "reporte_con_observaciones": "reporte con observaciones",
    "plan_enviado": "plan de acción enviado, por validar",
    "lista_para_certificar": "lista para certificar",
    "certificada": "certificada, en monitoreo",
}

# The review events a stage has, per deliverable: how many of the demo's, in time order.
_EVENTS: dict[int, dict[Deliverable, int]] = {
    0: {},
    1: {Deliverable.APPLICATION: 1},
    2: {Deliverable.APPLICATION: 3},
    3: {Deliverable.APPLICATION: 3, Deliverable.SELF_ASSESSMENT: 2},
    4: {Deliverable.APPLICATION: 3, Deliverable.SELF_ASSESSMENT: 3},
    5: {Deliverable.APPLICATION: 3, Deliverable.SELF_ASSESSMENT: 3, Deliverable.REPORT: 2},
    6: {Deliverable.APPLICATION: 3, Deliverable.SELF_ASSESSMENT: 3, Deliverable.REPORT: 3},
    7: {
        Deliverable.APPLICATION: 3,
        Deliverable.SELF_ASSESSMENT: 3,
        Deliverable.REPORT: 6,
        Deliverable.ACTION_PLAN: 1,
    },
}
_EVENTS[8] = {**_EVENTS[7], Deliverable.ACTION_PLAN: 2}
_EVENTS[9] = _EVENTS[8]

_MILESTONES: dict[Milestone, int] = {  # the stage from which IOM has set each date
    Milestone.CAMPAIGN_LAUNCH: 0,
    Milestone.RESULTS_NOTIFIED: 2,
    Milestone.PHASE_1_START: 2,
    Milestone.PHASE_2_START: 3,
    Milestone.PHASE_4_START: 7,
    Milestone.PHASE_6_START: 9,
}


def _kept(record: Record, stage: int) -> bool:
    """Whether the demo's ``record`` exists yet at ``stage`` (review events apart)."""
    if isinstance(record, City | FocalPoint | Application):
        return True
    if isinstance(record, Official):
        return stage >= 2
    if isinstance(record, IndicatorAnswer):
        return stage >= 3
    if isinstance(record, Workshop):
        return stage >= (4 if record.kind is WorkshopKind.DIAGNOSTIC else 7)
    if isinstance(record, ReportSection):
        return stage >= 4
    if isinstance(record, ReportVersion):
        return stage >= (5 if record.number == 1 else 7)
    if isinstance(record, PriorityArea | Objective | Action):
        return stage >= 7
    if isinstance(record, MonitoringUpdate | Certification):
        return stage >= 9
    if isinstance(record, PhaseDate):
        return stage >= _MILESTONES.get(record.milestone, 99)
    if isinstance(record, Comment):
        return _comment_kept(record, stage)
    return False


def _comment_kept(comment: Comment, stage: int) -> bool:
    if comment.anchor_kind == IndicatorAnswer.KIND:
        return stage >= 4
    if comment.anchor_kind == ReportSection.KIND:
        return stage >= (7 if comment.reply_to else 6)
    return stage >= 8  # on the plan's actions


def _cut(record: Record, stage: int) -> Record:
    """The record as it stood at ``stage``."""
    if isinstance(record, Application) and stage < 2:
        return dataclasses.replace(record, confirmation_sent_on=None)
    if isinstance(record, Official) and stage == 2:  # the course under way: modules 1–2 done
        undone: dict[str, Any] = dict.fromkeys(COURSE_STEPS[3:])
        return dataclasses.replace(record, **undone)
    if isinstance(record, ReportSection) and stage == 4 and record.section > 2:
        return dataclasses.replace(record, text="")  # written up to section 2
    return record


def stage_records(records: Iterable[Record], stage: int) -> list[Record]:
    """The demo's file as it stood at ``stage`` (an index of STAGES)."""
    found = [_cut(r, stage) for r in records if _kept(r, stage)]
    events = sorted((r for r in records if isinstance(r, ReviewEvent)), key=lambda e: e.at)
    wanted = dict(_EVENTS[stage])
    for event in events:
        if wanted.get(event.deliverable, 0) > 0:
            wanted[event.deliverable] -= 1
            found.append(event)
    return found


DEMO_SERVER = "https://migradesk.demo.invalid"  # a workspace demo's server (never reached)
RECENT_DAYS = 12  # a city's latest event, this many days before today (a campaign under way)
LATE_ENROLMENT_DAYS = 30  # officials enrolled later than this after it joined afterwards


def _dates(record: Record) -> Iterable[date]:
    for value in record.field_values().values():
        if isinstance(value, datetime):
            yield value.date()
        elif isinstance(value, date):
            yield value


def _shifted(value: object, days: timedelta) -> object:
    if isinstance(value, date):  # datetimes too
        return value + days
    return value


def brought_forward(records: list[Record], today: date) -> list[Record]:
    """The records with every date moved so that the stage's last event (a review event, a
    date IOM set) is RECENT_DAYS ago: a city stopped at an early stage is under way today, not
    a year late. Officials enrolled well after that event are not in the file yet."""
    events = [d for r in records if isinstance(r, ReviewEvent | PhaseDate) for d in _dates(r)]
    past = [d for d in events if d <= today]
    if not past:
        return records
    last = max(past)
    records = [
        r
        for r in records
        if not (
            isinstance(r, Official)
            and r.enrolled_on is not None
            and r.enrolled_on > last + timedelta(days=LATE_ENROLMENT_DAYS)
        )
    ]
    days = (today - timedelta(days=RECENT_DAYS)) - last
    if days <= timedelta(0):
        return records
    moved = []
    for r in records:
        changes: dict[str, Any] = {
            k: _shifted(v, days) for k, v in r.field_values().items() if isinstance(v, date)
        }
        moved.append(dataclasses.replace(r, **changes))
    return moved


def rebound(records: list[Record], city_id: str) -> list[Record]:
    """A file moved to another city: ids are the city's own (sync G10), unique kinds under
    their derived identity (G13), every link between records kept."""
    new: dict[str, str] = {}
    pending = [r for r in records if not isinstance(r, City)]
    for _ in range(len(pending)):  # a focal point's identity needs the one it follows
        for r in pending:
            links = {k: v for k, v in r.field_values().items() if isinstance(v, str) and v}
            if any(v not in new for k, v in links.items() if k == "follows"):
                continue
            moved = dataclasses.replace(r, city_id=city_id, **{
                k: new[v] for k, v in links.items() if v in new
            })  # fmt: skip
            new[r.id] = identity(moved) or derived_id("campaign", city_id, r.id)
    out = []
    for r in pending:
        links = {k: v for k, v in r.field_values().items() if isinstance(v, str) and v in new}
        out.append(
            dataclasses.replace(
                r, id=new[r.id], city_id=city_id, **{k: new[v] for k, v in links.items()}
            )
        )
    return out


APPLICANT = "386189"  # Purmamarca: not in the campaign yet, it asks to join


def applicant(today: date) -> SentApplication:
    """A city not in the programme that sends its application and asks for access."""
    city = by_code(APPLICANT).to_city()
    records = rebound(stage_records(demo_records(today), 0), city.id)
    form = next(r for r in records if isinstance(r, Application))
    focal = [r for r in records if isinstance(r, FocalPoint)]
    return SentApplication(city, form, current_focal_point(focal))


@dataclasses.dataclass(frozen=True)
class DemoCity:
    city: City
    stage: str
    records: list[Record]  # the city's file, the city record apart


def campaign(today: date) -> list[DemoCity]:
    """The ten cities of the demonstration campaign, as they stand on ``today``."""
    source = demo_records(today)
    found = []
    for code, stage in CITIES:
        city = by_code(code).to_city()
        found.append(DemoCity(city, STAGES[stage], staged(source, stage, today, city.id)))
    return found


def staged(source: list[Record], stage: int, today: date, city_id: str) -> list[Record]:
    """The demo's file (``source``: ``demo_records(today)``) as a city at ``stage`` has it on
    ``today``, moved to the city ``city_id``."""
    records = stage_records(source, stage)
    if stage < len(STAGES) - 1:  # the demo's own file (the last stage) is today's already
        records = brought_forward(records, today)
    return rebound(records, city_id)


def write_workspace(
    data_dir: Path, today: date, role: str = "reviewer", username: str = "demo.revisor"
) -> list[str]:
    """A workspace's data dir with the campaign, as an IOM (or partner) desktop has it after its
    first sync: every city's records with server versions, signed in as ``username`` (no token:
    it syncs only after a real sign-in). Returns the cities' ids."""
    from datetime import UTC
    from datetime import datetime as moment

    from migradesk.domain.base import to_wire
    from migradesk.storage import Store
    from migradesk.storage.sync import sync_settings
    from migradesk.storage.sync.replica import apply_page
    from migradesk.storage.sync.sync_settings import SyncSettings
    from migradesk.wire import protocol

    with Store.open(data_dir) as store:
        sync_settings.save(
            store, SyncSettings(server_url=DEMO_SERVER, username=username, role=role)
        )
        ids = []
        for found in campaign(today):
            city_id = found.city.id
            records = [found.city, *found.records]
            changes = [
                protocol.RecordState(
                    kind=r.KIND, id=r.id, city_id=city_id, version=n, fields=to_wire(r)
                )
                for n, r in enumerate(records, start=1)
            ]
            page = protocol.PullResponse(changes=changes, cursor=len(changes), has_more=False)
            apply_page(store, city_id, page, moment.now(UTC))
            ids.append(city_id)
    return ids
