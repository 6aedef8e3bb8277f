"""Sync G13, one of what the city has one of: for every kind the city has one of
(``domain.unique.UNIQUE_PER_CITY``), two desktops that create it offline end with ONE record on
a real ``migradesk-server`` (PostgreSQL when MIGRADESK_TEST_PG is set); what both set
differently is a conflict the second one resolves, and both converge."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import synckit

from migradesk.domain.application import Application
from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.base import DomainError, Record, from_wire
from migradesk.domain.city import City, Region
from migradesk.domain.people import FocalPoint, next_term, replace_focal_point
from migradesk.domain.report import (
    ReportSection,
    ReportStatus,
    ReportVersion,
    Workshop,
    WorkshopKind,
)
from migradesk.domain.review import Certification, Milestone, PhaseDate
from migradesk.domain.unique import UNIQUE_PER_CITY, identity
from migradesk.server import accounts, cities, db
from migradesk.server.auth import Passwords
from migradesk.storage.sync import resolution, sync_status

CITY = synckit.CITY.id  # only for the pure checks: each two-desktop test has its own city
CITY_USERS = ("punto.focal", "otra.persona")
IOM_USERS = ("revisora", "revisora")


@dataclasses.dataclass(frozen=True)
class Case:
    """How each desktop creates the record, and the field they set differently."""

    make: Callable[[str, object], Record]  # (city, the value of ``field``) → the record
    field: str
    values: tuple[object, object]
    users: tuple[str, str] = CITY_USERS
    fresh: bool = False  # created before the desktop ever synced (the city itself)
    also: tuple[str, ...] = ()  # other fields the two creations set differently


def _section(city: str, text: object) -> Record:
    return ReportSection(id=ReportSection.id_for(city, 1), city_id=city, section=1, text=str(text))


def _version(city: str, note: object) -> Record:
    return ReportVersion(
        id=ReportVersion.id_for(city, 1),
        city_id=city,
        number=1,
        status=ReportStatus.SENT,
        created_at=datetime.now(UTC),  # differs on each desktop: a stamp, the later stays
        sections={"1": str(note)},
        note=str(note),
    )


CASES: dict[str, Case] = {
    "city": Case(
        lambda c, v: City(
            id=c,
            city_id=c,
            name="Tilcara",
            province="Jujuy",
            region=Region.NOROESTE,
            department=str(v),
        ),
        "department",
        ("Tilcara", "Tumbaya"),
        fresh=True,
    ),
    "application": Case(
        lambda c, v: Application(id=Application.id_for(c), city_id=c, mayor_name=str(v)),
        "mayor_name",
        ("Ana Quispe", "Beatriz Cruz"),
    ),
    "focal_point": Case(
        lambda c, v: next_term(c, [], name=str(v), since=date(2026, 3, 2)),
        "name",
        ("Rosa Mamaní", "Luis Ñancucheo"),
    ),
    "indicator_answer": Case(
        lambda c, v: dataclasses.replace(IndicatorAnswer.blank(c, "1", "a01"), answer=str(v)),
        "answer",
        ("si", "no"),
    ),
    "workshop": Case(
        lambda c, v: Workshop(
            id=Workshop.id_for(c, WorkshopKind.DIAGNOSTIC),
            city_id=c,
            kind=WorkshopKind.DIAGNOSTIC,
            place=str(v),
        ),
        "place",
        ("Salón municipal", "Biblioteca popular"),
    ),
    "report_section": Case(_section, "text", ("Contexto de A", "Contexto de B")),
    "report_version": Case(_version, "note", ("Versión de A", "Versión de B"), also=("sections",)),
    "phase_date": Case(
        lambda c, v: PhaseDate(
            id=PhaseDate.id_for(c, Milestone.PHASE_1_START),
            city_id=c,
            milestone=Milestone.PHASE_1_START,
            on=date.fromisoformat(str(v)),
        ),
        "on",
        ("2026-04-01", "2026-04-06"),
        users=IOM_USERS,
    ),
    "certification": Case(
        lambda c, v: Certification(id=Certification.id_for(c), city_id=c, ceremony_place=str(v)),
        "ceremony_place",
        ("Plaza principal", "Teatro municipal"),
        users=IOM_USERS,
    ),
}


def test_every_unique_kind_has_a_two_desktop_case() -> None:
    assert sorted(CASES) == sorted(u.cls.KIND for u in UNIQUE_PER_CITY)


@pytest.fixture
def city(live_server: synckit.LiveServer) -> str:
    """A city of its own on the live server for each test, in the city accounts' lists."""
    city_id = str(uuid.uuid4())
    record = City(
        id=city_id, city_id=city_id, name="Tilcara", province="Jujuy", region=Region.NOROESTE
    )
    with db.write(live_server.inspect.engine) as conn:
        cities.create_city(conn, record, synckit.now())
        for user in CITY_USERS:
            held = accounts.get_user(conn, user).city_ids
            accounts.update_user(
                conn, Passwords(synckit.CHEAP.argon2), synckit.CHEAP, user, synckit.now(),
                city_ids=[*held, city_id],
            )  # fmt: skip
    return city_id


def _desks(
    live: synckit.LiveServer, tmp: Path, template: Path, users: tuple[str, str], city: str
) -> tuple[synckit.Desktop, synckit.Desktop]:
    a = synckit.live_desktop(live, tmp / "a", template, users[0])
    b = synckit.live_desktop(live, tmp / "b", template, users[1])
    a.city_ids = b.city_ids = [city]
    return a, b


def _close(*desks: synckit.Desktop) -> None:
    for desk in desks:
        desk.transport.close()
        desk.store.close()


@pytest.mark.parametrize("kind", sorted(CASES))
def test_two_offline_creations_meet_as_one_record_and_a_conflict(
    kind: str, city: str, live_server: synckit.LiveServer, tmp_path: Path, template_dir: Path
) -> None:
    case = CASES[kind]
    a, b = _desks(live_server, tmp_path, template_dir, case.users, city)
    try:
        if not case.fresh:
            assert a.sync().ok and b.sync().ok
        mine_a, mine_b = case.make(city, case.values[0]), case.make(city, case.values[1])
        assert mine_a.id == mine_b.id == identity(mine_a)
        a.store.save(mine_a)  # both offline
        b.store.save(mine_b)
        assert a.sync().ok
        report = b.sync()
        assert report.ok and report.rejected == 0, report.log
        found = sync_status.open_conflicts(b.store)
        assert {(c.kind, c.record_id) for c in found} == {(kind, mine_a.id)}
        assert sorted(c.field for c in found) == sorted((case.field, *case.also))
        on_server = {
            rid: fields
            for rid, (_v, _d, fields) in live_server.inspect.records(city).items()
            if identity_of(kind, city, rid, fields) == mine_a.id
        }
        assert list(on_server) == [mine_a.id]  # one record, never two

        for conflict in found:
            resolution.resolve_conflict(b.store, conflict.id, resolution.Resolution.KEEP_MINE)
        for _ in range(2):
            assert b.sync().ok and a.sync().ok
        for desk in (a, b):
            synckit.assert_outbox_empty(desk.store)
            synckit.assert_converged(live_server.inspect, desk.store, city)
            got = desk.store.get(type(mine_a), mine_a.id, city)
            assert got is not None
            assert getattr(got, case.field) == getattr(mine_b, case.field)
    finally:
        _close(a, b)


def identity_of(kind: str, city: str, record_id: str, fields: dict[str, object]) -> str | None:
    """The identity a stored record has by its natural key (None for another kind)."""
    try:
        record = from_wire(kind, record_id, city, dict(fields))
    except DomainError:
        return None
    return identity(record)


def test_two_offline_replacements_of_the_focal_point_name_one_successor(
    city: str, live_server: synckit.LiveServer, tmp_path: Path, template_dir: Path
) -> None:
    """The issue's case, one step on: both desktops replace the current focal point offline."""
    a, b = _desks(live_server, tmp_path, template_dir, CITY_USERS, city)
    try:
        a.store.save(next_term(city, [], name="Rosa Mamaní", since=date(2026, 3, 2)))
        assert a.sync().ok and b.sync().ok
        current = b.store.load_city_file(city).focal_point
        assert current is not None
        on = date(2026, 9, 1)
        for desk, name in ((a, "Carla Vilte"), (b, "Diego Choque")):
            newcomer = next_term(city, [], name=name)
            desk.store.save_all(replace_focal_point(current, newcomer, on, "Renuncia"))
        assert a.sync().ok
        report = b.sync()
        assert report.ok and report.conflicts == 1
        (conflict,) = sync_status.open_conflicts(b.store)
        assert conflict.field == "name" and conflict.record_id == FocalPoint.id_for(
            city, current.id
        )
        resolution.resolve_conflict(b.store, conflict.id, resolution.Resolution.KEEP_THEIRS)
        assert b.sync().ok and a.sync().ok
        for desk in (a, b):
            file = desk.store.load_city_file(city)
            assert file.focal_point is not None and file.focal_point.name == "Carla Vilte"
            assert [fp.until is None for fp in file.focal_point_history].count(True) == 1
            synckit.assert_converged(live_server.inspect, desk.store, city)
    finally:
        _close(a, b)


def test_the_city_check_leaves_cities_of_the_register_as_they_are() -> None:
    """Sanity of the list: every identity is a function of the city (two cities never meet)."""
    other = "99999999-9999-4999-8999-999999999999"
    for case in CASES.values():
        here = case.make(CITY, case.values[0])
        if isinstance(here, City):
            continue
        there = dataclasses.replace(here, city_id=other)
        assert identity(there) != identity(here), type(here).KIND
