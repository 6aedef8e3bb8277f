"""A city's file as the server holds it, for the process model (review states, gates)."""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa

from migradesk.domain.base import DomainError, Record, from_wire
from migradesk.domain.city import City
from migradesk.domain.cityfile import CityFile
from migradesk.server.db import records


def load(conn: sa.Connection, city_id: str, kinds: Iterable[type[Record]] = ()) -> CityFile:
    """The city's live records (only ``kinds`` and the city, if given), each with its sequence
    number. A record that no longer validates is left out: reading never fails a city (G11)."""
    query = sa.select(records.c.kind, records.c.id, records.c.version, records.c.fields).where(
        records.c.city_id == city_id, records.c.deleted.is_(False)
    )
    wanted = {cls.KIND for cls in kinds}
    if wanted:
        query = query.where(records.c.kind.in_(wanted | {City.KIND}))
    found: list[Record] = []
    versions: dict[str, int] = {}
    city: City | None = None
    for row in conn.execute(query):
        try:
            record = from_wire(row.kind, row.id, city_id, row.fields)
        except DomainError:
            continue
        versions[row.id] = row.version
        if isinstance(record, City):
            city = record
        else:
            found.append(record)
    if city is None:
        raise DomainError(f"la ciudad {city_id} no tiene datos en el servidor")
    return CityFile.from_records(city, found, versions)
