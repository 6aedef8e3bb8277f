"""The start-up's first read: the city's file, its sync badges and the changes waiting, read with
the standard library's sqlite3 so that the city shows before SQLAlchemy, alembic and pydantic
are imported (~200 ms on the machines MigraDesk runs on). The Store opens afterwards, in the
background, for everything else.

Only the usual start takes this path: a healthy database file at the newest schema. Anything
else — no file yet, an older or newer schema, a file that fails SQLite's quick check, a value
this reader does not know how to decode, any SQLite error — returns None, and the Store opens
the file as it always does (creating, upgrading after a backup, keeping a damaged file aside,
with its messages for the user). It reads the tables the Store writes, with the same rules:
``tests/storage/test_firstread.py`` compares both on every record kind.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import sqlite3
import types
import typing
from collections.abc import Iterator
from contextlib import closing
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from migradesk.domain.base import Record, field_names, field_types
from migradesk.domain.city import City
from migradesk.domain.cityfile import CityFile
from migradesk.domain.kinds import record_types
from migradesk.storage.status_values import Badge, EntryState, badges_of, role_in_settings

DATABASE_NAME = "migradesk.sqlite3"  # store.DATABASE_NAME (a test keeps them equal)
SYNC_SETTINGS_KEY = "sync.settings"  # schema.SYNC_SETTINGS_KEY (idem)
SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).resolve().parent / "migrations" / "versions"

R = TypeVar("R", bound=Record)


class _Unknown(Exception):
    """A value this reader cannot decode as the Store would: leave it to the Store."""


UnknownValue = _Unknown  # what ``read_records`` raises, for the readers built on it


@dataclasses.dataclass(frozen=True)
class FirstRead:
    city_id: str | None  # None: no city in this data dir yet
    file: CityFile | None
    pending: int
    badges: dict[str, Badge]
    role: str  # the role this desktop writes as


def schema_head() -> str:
    """The newest migration's revision (its file name starts with it: ``0002_….py``)."""
    return max(p.name.split("_", 1)[0] for p in MIGRATIONS.glob("[0-9]*_*.py"))


def first_read(data_dir: Path, wanted_city: str | None) -> FirstRead | None:
    """The city ``wanted_city`` (else the first by name) as the Store would load it, or None
    when the Store must open the file first."""
    path = data_dir / DATABASE_NAME
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        with path.open("rb") as f:
            if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
        with closing(sqlite3.connect(path, isolation_level=None)) as conn:
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA query_only = ON")
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return None
            if _revision(conn) != schema_head():
                return None
            conn.execute("BEGIN")  # one snapshot for every table
            return _read(conn, wanted_city)
    except (sqlite3.Error, OSError, _Unknown, ValueError, TypeError, KeyError):
        return None


def _revision(conn: sqlite3.Connection) -> str | None:
    found = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if found is None:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def _read(conn: sqlite3.Connection, wanted_city: str | None) -> FirstRead:
    cities = sorted(read_records(conn, City, "deleted = 0", ()), key=lambda c: c.name.casefold())
    ids = [c.id for c in cities]
    city_id = wanted_city if wanted_city in ids else (ids[0] if ids else None)
    settings = conn.execute("SELECT value FROM meta WHERE key = ?", (SYNC_SETTINGS_KEY,))
    found = settings.fetchone()
    role = role_in_settings(None if found is None else found[0])
    if city_id is None:
        return FirstRead(None, None, 0, {}, role)
    where, args = "city_id = ? AND deleted = 0", (city_id,)
    versions: dict[str, int] = {}
    records: list[Record] = []
    for cls in record_types():
        if cls is not City:
            records.extend(read_records(conn, cls, where, args, versions))
    city = next(c for c in cities if c.id == city_id)
    file = CityFile.from_records(city, records, versions)
    return FirstRead(city_id, file, _pending(conn, city_id), _badges(conn, city_id), role)


def read_records(
    conn: sqlite3.Connection,
    cls: type[R],
    where: str,
    args: tuple[str, ...],
    versions: dict[str, int] | None = None,
) -> Iterator[R]:
    """The records of ``cls`` whose rows match ``where`` (raises UnknownValue on a value the
    Store would read otherwise); ``versions`` gets each one's server version."""
    names = field_names(cls)
    hints = field_types(cls)
    for row in conn.execute(f'SELECT * FROM "{cls.KIND}" WHERE {where}', args):
        if versions is not None and row["version"]:
            versions[row["id"]] = row["version"]
        values = {name: _column(hints[name], row[name]) for name in names}
        yield cls(id=row["id"], city_id=row["city_id"], **values)


def _pending(conn: sqlite3.Connection, city_id: str) -> int:
    states = (EntryState.PENDING.value, EntryState.SENDING.value)
    query = "SELECT count(*) FROM outbox WHERE city_id = ? AND state IN (?, ?)"
    return int(conn.execute(query, (city_id, *states)).fetchone()[0])


def _badges(conn: sqlite3.Connection, city_id: str) -> dict[str, Badge]:
    records = [
        (row[0], row[1])
        for cls in record_types()
        for row in conn.execute(
            f'SELECT id, version FROM "{cls.KIND}" WHERE city_id = ? AND deleted = 0', (city_id,)
        )
    ]
    entries = conn.execute("SELECT record_id, state FROM outbox WHERE city_id = ?", (city_id,))
    conflicts = conn.execute(
        "SELECT record_id, field FROM conflicts WHERE city_id = ? AND resolved_at IS NULL",
        (city_id,),
    )
    return badges_of(records, (tuple(r) for r in entries), (tuple(r) for r in conflicts))


# Values: the column types of storage/schema.py and storage/types.py, read back.


@functools.cache  # per type hint: the same few, for every row
def _optional(hint: Any) -> Any:
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        if len(rest) == 1:
            return rest[0]
        raise _Unknown(hint)
    return hint


def _column(hint: Any, value: Any) -> Any:
    """A column's SQLite value as the Store's column type returns it."""
    if value is None:
        return None
    inner = _optional(hint)
    if inner is bool:
        return bool(value)
    if inner in (int, float, str):
        return inner(value)
    if inner is datetime:  # UtcDateTime: ISO 8601 text, UTC
        return datetime.fromisoformat(value)
    if inner is date:  # SQLAlchemy's Date on SQLite: YYYY-MM-DD
        return date.fromisoformat(value)
    if isinstance(inner, type) and issubclass(inner, StrEnum):
        return inner(value)
    return _json(inner, json.loads(value))  # TypedJson


def _json(hint: Any, value: Any) -> Any:
    """A JSON value as pydantic's TypeAdapter(hint) validates what the Store wrote (its dump in
    "json" mode), for the shapes the records use; anything else is left to the Store."""
    if value is None:
        return None
    hint = _optional(hint)
    origin = typing.get_origin(hint)
    if origin is list:
        (item,) = typing.get_args(hint)
        return [_json(item, v) for v in value]
    if origin is dict:
        key, item = typing.get_args(hint)
        if key is not str:
            raise _Unknown(hint)
        return {str(k): _json(item, v) for k, v in value.items()}
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        hints, known = _dataclass_fields(hint)
        if set(value) - known:
            raise _Unknown(hint)
        return hint(**{name: _json(hints[name], v) for name, v in value.items()})
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if hint in (str, int, float, bool):
        if not isinstance(value, hint) or (hint is not bool and isinstance(value, bool)):
            raise _Unknown(hint)
        return value
    if hint is date:
        return date.fromisoformat(value)
    if hint is datetime:
        return datetime.fromisoformat(value)
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return hint(value)
    raise _Unknown(hint)


@functools.cache
def _dataclass_fields(cls: type) -> tuple[dict[str, Any], frozenset[str]]:
    return typing.get_type_hints(cls), frozenset(f.name for f in dataclasses.fields(cls))
