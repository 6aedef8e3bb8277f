"""The demo: a city, a focal point and a reviewer with fresh passwords, and — when
``migradesk.demo.demo_records`` exists — the city's full file, so a desktop's first sync
downloads it all."""

from __future__ import annotations

import dataclasses
import importlib
import logging
import secrets
from datetime import date, datetime

import sqlalchemy as sa

from migradesk.domain.base import Record, Role
from migradesk.domain.city import City, Region, city_id_for
from migradesk.server import accounts, cities
from migradesk.server.auth import Passwords
from migradesk.server.db import users
from migradesk.server.settings import Settings

log = logging.getLogger("migradesk.server")

FOCAL_POINT = "demo.puntofocal"
REVIEWER = "demo.revisor"


@dataclasses.dataclass(frozen=True)
class DemoSeed:
    city_id: str
    city_name: str
    records_loaded: int
    credentials: dict[str, str]  # username → password


def demo_records(today: date) -> list[Record]:
    """The demo city's records from ``migradesk.demo`` (another part of MigraDesk), if present."""
    try:
        module = importlib.import_module("migradesk.demo")
    except ImportError:
        return []
    make = getattr(module, "demo_records", None)
    if make is None:
        return []
    found: list[Record] = list(make(today))
    return found


def _fallback_city() -> City:
    city_id = city_id_for("Jujuy", "", "Villa Demostración")
    return City(
        id=city_id,
        city_id=city_id,
        name="Villa Demostración",
        province="Jujuy",
        region=Region.NOROESTE,
    )


def _password() -> str:
    return secrets.token_urlsafe(12)


def _ensure_user(
    conn: sa.Connection,
    passwords: Passwords,
    settings: Settings,
    username: str,
    role: Role,
    city_ids: list[str],
    now: datetime,
) -> str:
    """Create the demo account, or give an existing one a fresh password; returns it."""
    password = _password()
    exists = conn.execute(sa.select(users.c.id).where(users.c.username == username)).first()
    if exists is None:
        accounts.create_user(
            conn,
            passwords,
            settings,
            username=username,
            password=password,
            role=role,
            city_ids=city_ids,
            now=now,
        )
    else:
        accounts.update_user(
            conn, passwords, settings, username, now, role=role, city_ids=city_ids, disabled=False
        )
        accounts.set_password(conn, passwords, settings, username, password, now)
    return password


def seed(
    conn: sa.Connection, passwords: Passwords, settings: Settings, now: datetime, today: date
) -> DemoSeed:
    loaded = demo_records(today)
    city = next((r for r in loaded if isinstance(r, City)), None) or _fallback_city()
    existing = {info.id for info in cities.list_cities(conn, [city.id])}
    if city.id not in existing:
        cities.create_city(conn, city, now)
    count = 0
    rest = [r for r in loaded if not isinstance(r, City) and r.city_id == city.id]
    if rest and cities.record_count(conn, city.id) <= 1:  # only the city record so far
        count = cities.load_records(conn, city.id, rest, now)
    elif rest:
        log.info("la ciudad de demostración ya tiene sus registros; no se cargan de nuevo")
    credentials = {
        FOCAL_POINT: _ensure_user(
            conn, passwords, settings, FOCAL_POINT, Role.FOCAL_POINT, [city.id], now
        ),
        REVIEWER: _ensure_user(conn, passwords, settings, REVIEWER, Role.REVIEWER, [], now),
    }
    return DemoSeed(city.id, city.name, count, credentials)
