"""``migradesk-server demo``: the demo city's whole file, a focal point and a reviewer with fresh
passwords, so that a desktop's first sync downloads it all.

Built from two steps that a bigger demo reuses: ``load_city`` (a city and its records, written
once) and ``ensure_account`` (an account with a fresh password)."""

from __future__ import annotations

import dataclasses
import logging
import secrets
from collections.abc import Sequence
from datetime import date, datetime

import sqlalchemy as sa

from migradesk.demo import demo_records
from migradesk.domain.base import Record, Role
from migradesk.domain.city import City
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


def _password() -> str:
    return secrets.token_urlsafe(12)


def ensure_account(
    conn: sa.Connection,
    passwords: Passwords,
    settings: Settings,
    username: str,
    role: Role,
    city_ids: list[str],
    now: datetime,
) -> str:
    """Create the account, or enable an existing one with this role and cities and a fresh
    password; returns the password."""
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


def load_city(conn: sa.Connection, records: Sequence[Record], now: datetime) -> tuple[City, int]:
    """Create the city of ``records`` (its ``City`` record) if missing and load its other records
    once: while the server holds only its city record. Returns the city and the records loaded."""
    city = next(r for r in records if isinstance(r, City))
    existing = {info.id for info in cities.list_cities(conn, [city.id])}
    if city.id not in existing:
        cities.create_city(conn, city, now)
    rest = [r for r in records if not isinstance(r, City) and r.city_id == city.id]
    if rest and cities.record_count(conn, city.id) <= 1:  # only the city record so far
        return city, cities.load_records(conn, city.id, rest, now)
    if rest:
        log.info("la ciudad %s ya tiene sus registros; no se cargan de nuevo", city.name)
    return city, 0


def seed(
    conn: sa.Connection, passwords: Passwords, settings: Settings, now: datetime, today: date
) -> DemoSeed:
    city, count = load_city(conn, demo_records(today), now)
    credentials = {
        username: ensure_account(conn, passwords, settings, username, role, city_ids, now)
        for username, role, city_ids in (
            (FOCAL_POINT, Role.FOCAL_POINT, [city.id]),
            (REVIEWER, Role.REVIEWER, []),
        )
    }
    return DemoSeed(city.id, city.name, count, credentials)
