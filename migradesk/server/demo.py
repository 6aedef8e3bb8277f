"""``migradesk-server demo``: the demo city's whole file, and a campaign of ten cities at
different points of the process (``migradesk.demo.campaign``) with IOM's workspace accounts — a
reviewer, the partner (CIPPEC), an admin — and a focal point for each city, all with fresh
passwords, so that every desktop's first sync downloads its part.

Built from two steps: ``load_city`` (a city and its records, written once) and
``ensure_account`` (an account with a fresh password). Running it again loads nothing twice and
gives every account a new password."""

from __future__ import annotations

import dataclasses
import logging
import re
import secrets
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, timedelta

import sqlalchemy as sa

from migradesk.demo import campaign as demo_campaign
from migradesk.demo import demo_records
from migradesk.domain.base import Record, Role
from migradesk.domain.city import City
from migradesk.domain.selection_params import default_parameters
from migradesk.server import access, accounts, campaigns, cities, selection_store
from migradesk.server.auth import Passwords
from migradesk.server.db import users
from migradesk.server.settings import Settings

log = logging.getLogger("migradesk.server")

FOCAL_POINT = "demo.puntofocal"
REVIEWER = "demo.revisor"
PARTNER = "demo.cippec"
ADMIN = "demo.admin"
CAMPAIGN = "MigraCiudades Argentina (demostración)"


@dataclasses.dataclass(frozen=True)
class DemoCity:
    city_id: str
    name: str
    stage: str  # demo_campaign.STAGES
    focal_point: str  # its account's username


@dataclasses.dataclass(frozen=True)
class DemoSeed:
    city_id: str
    city_name: str
    records_loaded: int
    credentials: dict[str, str]  # username → password
    campaign: list[DemoCity] = dataclasses.field(default_factory=list)


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


def account_name(city: City) -> str:
    """The demo focal point's username of a campaign city: ``demo.villa.maria``."""
    plain = unicodedata.normalize("NFKD", city.name).encode("ascii", "ignore").decode()
    return "demo." + ".".join(re.findall(r"[a-z0-9]+", plain.lower()))[:60]


def seed(
    conn: sa.Connection, passwords: Passwords, settings: Settings, now: datetime, today: date
) -> DemoSeed:
    city, count = load_city(conn, demo_records(today), now)
    wanted: list[tuple[str, Role, list[str]]] = [
        (FOCAL_POINT, Role.FOCAL_POINT, [city.id]),
        (REVIEWER, Role.REVIEWER, []),
        (PARTNER, Role.PARTNER, []),
        (ADMIN, Role.ADMIN, []),
    ]
    found = demo_campaign.campaign(today)
    listed = []
    for member in found:
        loaded, n = load_city(conn, [member.city, *member.records], now)
        count += n
        username = account_name(loaded)
        wanted.append((username, Role.FOCAL_POINT, [loaded.id]))
        listed.append(DemoCity(loaded.id, loaded.name, member.stage, username))
    _campaign(conn, passwords, settings, found, now, today)
    credentials = {
        username: ensure_account(conn, passwords, settings, username, role, city_ids, now)
        for username, role, city_ids in wanted
    }
    return DemoSeed(city.id, city.name, count, credentials, listed)


def _campaign(
    conn: sa.Connection,
    passwords: Passwords,
    settings: Settings,
    found: list[demo_campaign.DemoCity],
    now: datetime,
    today: date,
) -> None:
    """The campaign the ten cities applied to (once): their applications, a first selection
    run over them, and a city that asks to join and waits for IOM (an access request)."""
    if any(c.name == CAMPAIGN for c in campaigns.list_campaigns(conn)):
        return
    # Still receiving applications (a city asks to join today); the ten applied earlier.
    info = campaigns.create_campaign(conn, CAMPAIGN, today - timedelta(days=10), "demo", now)
    for member in found:
        if member.stage != demo_campaign.STAGES[0]:  # the draft is not sent yet
            sent = campaigns.application_from_records(conn, member.city.id)
            campaigns.record_application(conn, info.id, sent, by="demo", via="demo", at=now)
    selection_store.create_run(
        conn,
        campaign_id=info.id,
        title="Primera corrida (demostración)",
        # As IOM's runs start (the API's parameters_from): the register's regional reference
        # for Gran Buenos Aires, without which no candidate there can be scored.
        parameters=default_parameters(),
        by="demo",
        now=now,
    )
    applicant = demo_campaign.applicant(today)
    access.submit(
        conn,
        settings,
        campaign_id=info.id,
        sent=applicant,
        username="demo.solicitud",
        password_hash=passwords.hash(secrets.token_urlsafe(12)),
        contact={
            "name": applicant.focal_point.name if applicant.focal_point else "Punto Focal",
            "post": "Secretaría de Desarrollo Humano",
            "email": "desarrollo.humano@purmamarca.example",
            "phone": "",
        },
        address="demo",
        now=now,
    )
