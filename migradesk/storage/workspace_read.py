"""Every city of the replica at once, for IOM's workspace: each city's file, what waits to be
sent, the conflicts and refusals, and what the server said of each city at the last sync.

Read with the standard library's sqlite3 on a connection of its own (WAL: it sees what the DB
worker committed, never waits for it), one query per record kind over all the cities, with the
first read's decoding (``firstread.read_records``, which the Store's reading is checked
against). 100 cities of ≈420 records read in a fraction of a second (``bench/workspace.py``).
Whatever this reader cannot read (an older schema, a value it does not know) raises
``WorkspaceUnreadable``: the caller reads through the Store instead.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any

from migradesk.domain.base import Record
from migradesk.domain.city import City
from migradesk.domain.cityfile import CityFile
from migradesk.domain.kinds import record_types
from migradesk.storage import firstread
from migradesk.storage.status_values import EntryState

# The meta key where the last sync keeps what the server said of each city it lists.
SERVER_CITIES_KEY = "workspace.cities"


class WorkspaceUnreadable(Exception):
    """This reader cannot read the file as the Store would: read it through the Store."""


@dataclasses.dataclass(frozen=True)
class ServerCity:
    """A city as the server listed it at the last sync of a workspace."""

    city_id: str
    seq: int  # the server's latest sequence number for the city
    last_seen_at: datetime | None  # when a desktop of the city last reached the server

    def to_json(self) -> dict[str, Any]:
        seen = self.last_seen_at.isoformat() if self.last_seen_at else None
        return {"city_id": self.city_id, "seq": self.seq, "last_seen_at": seen}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ServerCity:
        seen = data.get("last_seen_at")
        return cls(
            city_id=str(data["city_id"]),
            seq=int(data.get("seq", 0)),
            last_seen_at=datetime.fromisoformat(seen) if seen else None,
        )


def server_cities(raw: str | None) -> dict[str, ServerCity]:
    """The meta value under SERVER_CITIES_KEY, by city id (a value that does not parse: none)."""
    if not raw:
        return {}
    try:
        found = [ServerCity.from_json(item) for item in json.loads(raw)]
    except (ValueError, TypeError, KeyError):
        return {}
    return {c.city_id: c for c in found}


@dataclasses.dataclass(frozen=True)
class Replica:
    """What the workspace shows of this desktop's copy of every city."""

    files: dict[str, CityFile]  # city id → its file, the cities by name
    pending: dict[str, int]  # city id → changes waiting to be sent (absent: none)
    conflicts: dict[str, int]  # city id → open conflicts
    rejected: dict[str, int]  # city id → changes the server refused
    server: dict[str, ServerCity]  # city id → what the server said at the last sync
    last_sync: datetime | None  # this desktop's last successful sync of any city
    username: str = ""  # the account this desktop is signed in with


def read(path: Path) -> Replica:
    """The replica in the database file ``path`` (the Store's)."""
    try:
        with closing(sqlite3.connect(path, isolation_level=None)) as conn:
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA query_only = ON")
            conn.execute("BEGIN")  # one snapshot for every table
            return _read(conn)
    except (sqlite3.Error, OSError, firstread.UnknownValue, ValueError, TypeError, KeyError) as e:
        raise WorkspaceUnreadable(str(e)) from e


def _read(conn: sqlite3.Connection) -> Replica:
    cities = sorted(
        firstread.read_records(conn, City, "deleted = 0", ()), key=lambda c: c.name.casefold()
    )
    versions: dict[str, int] = {}
    by_city: dict[str, list[Record]] = defaultdict(list)
    for cls in record_types():
        if cls is City:
            continue
        for record in firstread.read_records(conn, cls, "deleted = 0", (), versions):
            by_city[record.city_id].append(record)
    files = {c.id: CityFile.from_records(c, by_city.get(c.id, ()), versions) for c in cities}
    states = (EntryState.PENDING.value, EntryState.SENDING.value)
    pending = _counts(
        conn.execute(
            "SELECT city_id, count(*) FROM outbox WHERE state IN (?, ?) GROUP BY city_id", states
        )
    )
    rejected = _counts(
        conn.execute(
            "SELECT city_id, count(*) FROM outbox WHERE state = ? GROUP BY city_id",
            (EntryState.REJECTED.value,),
        )
    )
    conflicts = _counts(
        conn.execute(
            "SELECT city_id, count(*) FROM conflicts WHERE resolved_at IS NULL GROUP BY city_id"
        )
    )
    raw = conn.execute("SELECT value FROM meta WHERE key = ?", (SERVER_CITIES_KEY,)).fetchone()
    last = conn.execute("SELECT max(last_success_at) FROM sync_state").fetchone()[0]
    account = conn.execute(
        "SELECT value FROM meta WHERE key = ?", (firstread.SYNC_SETTINGS_KEY,)
    ).fetchone()
    return Replica(
        files=files,
        pending=pending,
        conflicts=conflicts,
        rejected=rejected,
        server=server_cities(None if raw is None else raw[0]),
        last_sync=datetime.fromisoformat(last) if last else None,
        username=_username(None if account is None else account[0]),
    )


def _username(raw: str | None) -> str:
    try:
        found = json.loads(raw) if raw else {}
    except ValueError:
        return ""
    return str(found.get("username", "")) if isinstance(found, dict) else ""


def _counts(rows: Iterable[Any]) -> dict[str, int]:
    return {str(city): int(count) for city, count in rows}
