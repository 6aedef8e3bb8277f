"""Load and save domain records; every write of a record commits its outbox entry with it."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import sqlalchemy as sa

from migradesk.domain import permissions
from migradesk.domain.base import DomainError, Record, field_names, to_wire, wire_value
from migradesk.domain.city import DEMO_CITY_ID, City
from migradesk.domain.cityfile import CityFile
from migradesk.domain.text import value_problem
from migradesk.storage import database, outbox
from migradesk.storage.schema import RECORD_TABLES, SYNC_SETTINGS_KEY, meta
from migradesk.storage.status_values import role_in_settings

log = logging.getLogger("migradesk.storage")

R = TypeVar("R", bound=Record)

DATABASE_NAME = "migradesk.sqlite3"


class Store:
    """The desktop's local database. Use one Store per data dir (and one writer thread)."""

    def __init__(self, engine: sa.Engine, path: Path) -> None:
        self.engine = engine
        self.path = path
        self.client_id = self._ensure_client_id()

    @classmethod
    def open(cls, data_dir: Path) -> Store:
        """Open (creating or upgrading) the database of a data dir."""
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise database.StorageError(
                f"No se puede crear la carpeta de datos {data_dir}: {exc.strerror}. Revise "
                "la ruta o use otra carpeta (--data-dir o MIGRADESK_DATA_DIR).",
                database.StorageProblem.NO_ACCESS,
                str(exc),
            ) from exc
        path = data_dir / DATABASE_NAME
        database.check_writable(path)
        database.check_file(path)
        engine = database.create_engine(path)
        try:
            with database.translated_errors(path, database.Doing.OPENING):
                database.upgrade(engine, path)
                return cls(engine, path)
        except BaseException:
            engine.dispose()
            raise

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def writing(self) -> Iterator[sa.Connection]:
        """The one write transaction of the local database: it takes SQLite's write lock at
        BEGIN (no upgrade deadlocks), and its errors reach the user as StorageError."""
        with (
            database.translated_errors(),
            self.engine.execution_options(immediate=True).begin() as conn,
        ):
            yield conn

    def _ensure_client_id(self) -> str:
        with self.writing() as conn:
            found = conn.execute(sa.select(meta.c.value).where(meta.c.key == "client_id"))
            value = found.scalar_one_or_none()
            if value is None:
                value = str(uuid.uuid4())
                conn.execute(sa.insert(meta).values(key="client_id", value=value))
            return str(value)

    # Reading

    def get(self, cls: type[R], record_id: str, city_id: str | None = None) -> R | None:
        """The record ``record_id`` of ``city_id``. A record's identity includes its city (sync
        G10); without ``city_id`` the id must belong to one city only (a convenience for a
        desktop of one city: code that knows the city passes it)."""
        table = RECORD_TABLES[cls]
        query = sa.select(table).where(_key(table, record_id, city_id), table.c.deleted.is_(False))
        with self.engine.connect() as conn:
            rows = conn.execute(query.limit(2)).mappings().all()
        return None if not rows else _record(cls, _only(cls, rows))

    def all(self, cls: type[R], city_id: str) -> list[R]:
        with self.engine.connect() as conn:
            return _list(conn, cls, city_id)

    def cities(self) -> list[City]:
        table = RECORD_TABLES[City]
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(table).where(table.c.deleted.is_(False))).mappings()
            found = [_record(City, row) for row in rows]
        return sorted(found, key=lambda c: c.name.casefold())

    def load_city_file(self, city_id: str) -> CityFile:
        """The city's records, with the server version each copy is based on (0: never
        acknowledged), which the process model reads as the server's order."""
        versions: dict[str, int] = {}
        with self.engine.connect() as conn:
            cities = _list(conn, City, city_id)
            if not cities:
                raise DomainError(f"no hay datos de la ciudad {city_id} en este equipo")
            records: list[Record] = []
            for cls in RECORD_TABLES:
                if cls is not City:
                    records.extend(_list(conn, cls, city_id, versions))
        return CityFile.from_records(cities[0], records, versions)

    # Writing

    def save(self, record: Record) -> bool:
        """Save one record; returns False when nothing changed (and nothing is queued)."""
        return self.save_all([record]) > 0

    def save_all(self, records: Iterable[Record]) -> int:
        """Save records in one transaction; returns how many changed.

        Only what this desktop's role may write is saved and queued (``permissions``): any
        other change raises WriteRefused with the reason, and nothing of the call is saved.
        So is text no file can hold (``domain.text``, sync G11: the server refuses it too)."""
        now = datetime.now(UTC)
        changed = 0
        with self.writing() as conn:
            role = signed_in_role(conn)
            for record in records:
                problem = value_problem(to_wire(record))
                if problem is not None:
                    raise DomainError(problem)
                changed += _save(conn, record, now, role)
        return changed

    def save_as_received(self, records: Iterable[Record]) -> int:
        """Save records someone else writes (IOM's review data, in the demo city or a test) as
        if a sync had brought them: never queued, since this desktop may not send them; the
        server's own copy replaces them at the next pull. Returns how many changed."""
        now = datetime.now(UTC)
        with self.writing() as conn:
            return sum(_save(conn, record, now, None) for record in records)

    def role(self) -> str:
        """The role this desktop writes as (``signed_in_role``)."""
        with self.engine.connect() as conn:
            return signed_in_role(conn)

    def delete(self, cls: type[Record], record_id: str, city_id: str | None = None) -> bool:
        """Soft-delete a record (kept, marked deleted, so that sync can propagate it)."""
        if cls.APPEND_ONLY:
            raise DomainError(f"{cls.KIND}: los registros de este tipo no se borran")
        table = RECORD_TABLES[cls]
        with self.writing() as conn:
            refusal = permissions.kind_refusal(signed_in_role(conn), cls)
            if refusal is not None:
                raise permissions.WriteRefused(refusal)
            rows = conn.execute(sa.select(table).where(_key(table, record_id, city_id)).limit(2))
            found = rows.mappings().all()
            if not found:
                return False
            row = _only(cls, found)
            if row["deleted"]:
                return False
            now = datetime.now(UTC)
            conn.execute(
                sa.update(table)
                .where(_key(table, record_id, row["city_id"]))
                .values(deleted=True, updated_at=now)
            )
            if row["city_id"] == DEMO_CITY_ID:  # the demo city is never sent
                return True
            outbox.append(
                conn,
                city_id=row["city_id"],
                kind=cls.KIND,
                record_id=record_id,
                op=outbox.Op.DELETE,
                changes={},
                base_version=row["version"],
                now=now,
            )
        return True

    # The outbox

    def pending_count(self, city_id: str | None = None) -> int:
        with self.engine.connect() as conn:
            return outbox.count(conn, city_id, state=outbox.EntryState.PENDING) + outbox.count(
                conn, city_id, state=outbox.EntryState.SENDING
            )

    def outbox_entries(self, limit: int | None = None) -> list[outbox.OutboxEntry]:
        with self.engine.connect() as conn:
            return outbox.entries(conn, limit=limit)


def record_key(table: sa.Table, city_id: str, record_id: str) -> sa.ColumnElement[bool]:
    """One record's row: its id within its city (sync G10; the local primary key)."""
    return (table.c.id == record_id) & (table.c.city_id == city_id)


def _key(table: sa.Table, record_id: str, city_id: str | None) -> sa.ColumnElement[bool]:
    if city_id is None:
        return table.c.id == record_id
    return record_key(table, city_id, record_id)


def _only(cls: type[Record], rows: Sequence[sa.RowMapping]) -> sa.RowMapping:
    if len(rows) > 1:
        raise DomainError(
            f"{cls.KIND} {rows[0]['id']}: el identificador existe en varias ciudades; "
            "indique la ciudad"
        )
    return rows[0]


def _record(cls: type[R], row: sa.RowMapping) -> R:
    return cls(id=row["id"], city_id=row["city_id"], **{n: row[n] for n in field_names(cls)})


def _list(
    conn: sa.Connection, cls: type[R], city_id: str, versions: dict[str, int] | None = None
) -> list[R]:
    table = RECORD_TABLES[cls]
    query = sa.select(table).where(table.c.city_id == city_id, table.c.deleted.is_(False))
    rows = conn.execute(query).mappings().all()
    if versions is not None:
        versions.update((row["id"], row["version"]) for row in rows if row["version"])
    return [_record(cls, row) for row in rows]


def signed_in_role(conn: sa.Connection) -> str:
    """The role this desktop writes as (``status_values.role_in_settings``)."""
    raw = conn.execute(
        sa.select(meta.c.value).where(meta.c.key == SYNC_SETTINGS_KEY)
    ).scalar_one_or_none()
    return role_in_settings(raw)


def _save(conn: sa.Connection, record: Record, now: datetime, role: str | None) -> int:
    """Write one record; with ``role``, queue the change, refusing what the role may not write
    (None: a record received, never queued)."""
    cls = type(record)
    table = RECORD_TABLES[cls]
    values = record.field_values()
    key = _key(table, record.id, record.city_id)
    row = conn.execute(sa.select(table).where(key)).mappings().first()
    if row is None:
        conn.execute(
            sa.insert(table).values(
                id=record.id, city_id=record.city_id, updated_at=now, version=0, **values
            )
        )
        changes = {n: [None, wire_value(cls, n, v)] for n, v in values.items()}
        base_version = 0
    else:
        changed = {n: v for n, v in values.items() if row[n] != v}
        if not changed and not row["deleted"]:
            return 0
        if cls.APPEND_ONLY and changed:
            raise DomainError(f"{cls.KIND}: los registros de este tipo no se modifican")
        conn.execute(sa.update(table).where(key).values(updated_at=now, deleted=False, **changed))
        changes = {
            n: [wire_value(cls, n, row[n]), wire_value(cls, n, v)] for n, v in changed.items()
        }
        base_version = row["version"]
    if role is None:
        return 1
    permissions.check_write(role, record)
    if record.city_id == DEMO_CITY_ID:  # the demo city is never sent (paths.DEMO_FOLDER)
        return 1
    outbox.append(
        conn,
        city_id=record.city_id,
        kind=cls.KIND,
        record_id=record.id,
        op=outbox.Op.UPSERT,
        changes=changes,
        base_version=base_version,
        now=now,
    )
    return 1
