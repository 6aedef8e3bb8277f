"""Cities on the server: a row with the city's sequence, plus its ``city`` record for desktops."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable
from datetime import datetime

import sqlalchemy as sa

from migradesk.domain import register
from migradesk.domain.base import DomainError, Record, to_wire
from migradesk.domain.city import City, Region, city_id_for
from migradesk.server import policy, push, reasons
from migradesk.server.accounts import AccountError
from migradesk.server.db import cities, records
from migradesk.wire.protocol import Mutation, Op, ResultStatus

SERVER_CLIENT_ID = "server"
SERVER_WRITER = push.Writer(role=policy.SYSTEM, city_ids=frozenset(), username="server")


@dataclasses.dataclass(frozen=True)
class CityInfo:
    id: str
    name: str
    province: str
    indec_code: str
    seq: int


def _sentence(text: str) -> str:
    """A message as a sentence: capital first letter, final period."""
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def build_city(
    name: str, province: str, *, indec_code: str = "", region: Region | None = None
) -> City:
    """A City record from the register: by INDEC code, or by its exact name in the province (the
    register's id, region — partido-aware: the 24 of Gran Buenos Aires — and facts). A name the
    register does not have gets its region from the province (and the partido's name)."""
    if indec_code:
        try:
            city: City = register.by_code(indec_code).to_city()
        except DomainError as exc:  # an unknown code (the register's own words, in Spanish)
            raise AccountError(_sentence(str(exc)), 404) from None
        return dataclasses.replace(city, region=region) if region else city
    name, province = name.strip(), province.strip()
    if not name or not province:
        raise AccountError("Una ciudad necesita nombre y provincia.")
    try:
        province = register.canonical_province(province)
    except DomainError:
        raise AccountError(f"No se reconoce la provincia «{province}».") from None
    same = [
        entry
        for entry in register.search(name, province, limit=50)
        if register.fold(entry.name) == register.fold(name)
    ]
    if len(same) > 1:
        codes = "; ".join(f"{e.name} ({e.government_type}): {e.code}" for e in same)
        raise AccountError(
            f"Hay {len(same)} gobiernos locales llamados «{name}» en {province}; indique cuál "
            f"con --indec-code: {codes}."
        )
    if same:
        found: City = same[0].to_city()
        return dataclasses.replace(found, region=region) if region else found
    if region is None:
        region = register.region_for(province, name)
    city_id = city_id_for(province, indec_code, name)
    return City(
        id=city_id,
        city_id=city_id,
        name=name,
        province=province,
        region=region,
        indec_code=indec_code,
    )


def create_city(conn: sa.Connection, city: City, now: datetime) -> CityInfo:
    """Add a city and its ``city`` record (version 1), so a desktop's first pull gets it."""
    exists = conn.execute(sa.select(cities.c.id).where(cities.c.id == city.id)).first()
    if exists is not None:
        raise AccountError(
            f"La ciudad {city.name} ({city.province}) ya existe, con el id {city.id}.", 409
        )
    conn.execute(
        sa.insert(cities).values(
            id=city.id,
            name=city.name,
            province=city.province,
            indec_code=city.indec_code,
            seq=0,
            created_at=now,
        )
    )
    load_records(conn, city.id, [city], now)
    return get_city(conn, city.id)


def load_records(conn: sa.Connection, city_id: str, loaded: Iterable[Record], now: datetime) -> int:
    """Write records as the server itself (through the push engine: sequence numbers and all)."""
    mutations = [
        Mutation(
            mutation_id=str(uuid.uuid4()),
            kind=record.KIND,
            record_id=record.id,
            op=Op.UPSERT,
            changes={name: (None, value) for name, value in to_wire(record).items()},
            base_version=0,
        )
        for record in loaded
    ]
    outcomes = push.apply_mutations(conn, SERVER_WRITER, city_id, SERVER_CLIENT_ID, mutations, now)
    for mutation, outcome in zip(mutations, outcomes, strict=True):
        if outcome.result.status is ResultStatus.REJECTED:
            raise AccountError(
                f"No se pudo cargar el registro «{mutation.record_id}» ({mutation.kind}): "
                f"{outcome.result.error}"
            )
        if outcome.result.status is ResultStatus.DELETED:
            raise AccountError(
                f"No se pudo cargar el registro «{mutation.record_id}» ({mutation.kind}): "
                "ese registro fue borrado."
            )
    return len(outcomes)


def get_city(conn: sa.Connection, city_id: str) -> CityInfo:
    found = list_cities(conn, [city_id])
    if not found:
        raise AccountError(reasons.no_such_city(city_id), 404)
    return found[0]


def list_cities(conn: sa.Connection, city_ids: list[str] | None = None) -> list[CityInfo]:
    query = sa.select(
        cities.c.id, cities.c.name, cities.c.province, cities.c.indec_code, cities.c.seq
    ).order_by(cities.c.province, cities.c.name)
    if city_ids is not None:
        query = query.where(cities.c.id.in_(city_ids))
    return [
        CityInfo(
            id=row.id,
            name=row.name,
            province=row.province,
            indec_code=row.indec_code,
            seq=row.seq,
        )
        for row in conn.execute(query)
    ]


def record_count(conn: sa.Connection, city_id: str) -> int:
    return conn.execute(
        sa.select(sa.func.count()).select_from(records).where(records.c.city_id == city_id)
    ).scalar_one()
