"""What the user sees of sync (G9): changes waiting, rejections with the server's reason, open
conflicts, the last successful sync and a badge per record."""

from __future__ import annotations

import dataclasses
from collections import Counter
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from migradesk.domain.base import record_type, wire_value
from migradesk.storage import outbox
from migradesk.storage.outbox import EntryState, OutboxEntry
from migradesk.storage.schema import RECORD_TABLES, conflicts, sync_state
from migradesk.storage.schema import outbox as OUTBOX
from migradesk.storage.status_values import WHOLE_RECORD as WHOLE_RECORD  # re-exported
from migradesk.storage.status_values import Badge as Badge  # re-exported
from migradesk.storage.status_values import ConflictSource as ConflictSource  # re-exported
from migradesk.storage.status_values import badges_of
from migradesk.storage.store import Store, record_key


@dataclasses.dataclass(frozen=True)
class Conflict:
    id: int
    city_id: str
    kind: str
    record_id: str
    field: str
    mine: Any
    theirs: Any
    base: Any
    created_at: datetime
    resolved_at: datetime | None
    source: ConflictSource = ConflictSource.SYNC

    @property
    def deleted(self) -> bool:
        """Deleted by someone else while edited here: "restore with my edits?"."""
        return self.field == WHOLE_RECORD

    @property
    def local(self) -> bool:
        """Both versions were written on this computer (another window, a sync that landed or a
        restore changed the value the edit was based on)."""
        return self.source is ConflictSource.LOCAL


@dataclasses.dataclass(frozen=True)
class CityStatus:
    city_id: str
    pending: int
    rejected: list[OutboxEntry]
    conflicts: list[Conflict]
    last_success_at: datetime | None
    last_error: str | None
    # Records of this city whose id this desktop also holds under another city: kept apart,
    # each under its own city (sync G10), and shown so that someone asks IOM to look.
    other_city: int = 0


def _conflict(row: sa.RowMapping) -> Conflict:
    values = {f.name: row[f.name] for f in dataclasses.fields(Conflict)}
    values["source"] = ConflictSource(values["source"])
    return Conflict(**values)


def _with_stored_values(conn: sa.Connection, found: list[Conflict]) -> list[Conflict]:
    """A local conflict's "theirs" is whatever the record holds now (a pull or a later edit may
    have replaced the value found when it opened)."""
    shown = []
    for conflict in found:
        if conflict.local and not conflict.deleted:
            cls = record_type(conflict.kind)
            table = RECORD_TABLES[cls]
            key = record_key(table, conflict.city_id, conflict.record_id)
            stored = conn.execute(sa.select(table.c[conflict.field]).where(key)).first()
            if stored is not None:
                theirs = wire_value(cls, conflict.field, stored[0])
                conflict = dataclasses.replace(conflict, theirs=theirs)
        shown.append(conflict)
    return shown


def pending_count(store: Store, city_id: str | None = None) -> int:
    """Changes waiting to reach the server (pending or being sent)."""
    query = sa.select(sa.func.count()).where(
        OUTBOX.c.state.in_((EntryState.PENDING.value, EntryState.SENDING.value))
    )
    if city_id is not None:
        query = query.where(OUTBOX.c.city_id == city_id)
    with store.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def rejected_entries(store: Store, city_id: str | None = None) -> list[OutboxEntry]:
    with store.engine.connect() as conn:
        query = (
            sa.select(OUTBOX)
            .where(OUTBOX.c.state == EntryState.REJECTED.value)
            .order_by(OUTBOX.c.seq)
        )
        if city_id is not None:
            query = query.where(OUTBOX.c.city_id == city_id)
        return [outbox._entry(row) for row in conn.execute(query).mappings()]


def open_conflicts(store: Store, city_id: str | None = None) -> list[Conflict]:
    query = sa.select(conflicts).where(conflicts.c.resolved_at.is_(None)).order_by(conflicts.c.id)
    if city_id is not None:
        query = query.where(conflicts.c.city_id == city_id)
    with store.engine.connect() as conn:
        found = [_conflict(row) for row in conn.execute(query).mappings()]
        return _with_stored_values(conn, found)


def get_conflict(store: Store, conflict_id: int) -> Conflict | None:
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(conflicts).where(conflicts.c.id == conflict_id)).mappings()
        found = row.first()
        return None if found is None else _with_stored_values(conn, [_conflict(found)])[0]


def oldest_success(store: Store) -> datetime | None:
    """When every city this desktop has synced last succeeded, the oldest of them (a workspace
    holds them all); None before a first sync or while a city has never succeeded."""
    with store.engine.connect() as conn:
        rows: list[datetime | None] = list(
            conn.execute(sa.select(sync_state.c.last_success_at)).scalars()
        )
    found = [r for r in rows if r is not None]
    return min(found) if found and len(found) == len(rows) else None


def city_status(store: Store, city_id: str) -> CityStatus:
    with store.engine.connect() as conn:
        state = (
            conn.execute(sa.select(sync_state).where(sync_state.c.city_id == city_id))
            .mappings()
            .first()
        )
    return CityStatus(
        city_id=city_id,
        pending=pending_count(store, city_id),
        rejected=rejected_entries(store, city_id),
        conflicts=open_conflicts(store, city_id),
        last_success_at=None if state is None else state["last_success_at"],
        last_error=None if state is None else state["last_error"],
        other_city=other_city_count(store, city_id),
    )


def _shared_ids(table: sa.Table) -> sa.Select[tuple[str]]:
    other = table.alias()
    return sa.select(table.c.id).where(
        table.c.city_id == sa.bindparam("city_id"),
        sa.exists().where(other.c.id == table.c.id, other.c.city_id != table.c.city_id),
    )


# One statement over every record table (the primary key (id, city_id) serves each probe).
_OTHER_CITY = sa.select(sa.func.count()).select_from(
    sa.union_all(*(_shared_ids(table) for table in RECORD_TABLES.values())).subquery()
)


def other_city_count(store: Store, city_id: str) -> int:
    """How many records of a city carry an id this desktop also holds under another city."""
    with store.engine.connect() as conn:
        return int(conn.execute(_OTHER_CITY, {"city_id": city_id}).scalar_one())


def badges(store: Store, city_id: str) -> dict[str, Badge]:
    """Every record of a city (not deleted, or deleted with the user's edits waiting for an
    answer) with its badge, for a whole list view at once."""
    with store.engine.connect() as conn:
        records = [
            (record_id, version)
            for table in RECORD_TABLES.values()
            for record_id, version in conn.execute(
                sa.select(table.c.id, table.c.version).where(
                    table.c.city_id == city_id, table.c.deleted.is_(False)
                )
            )
        ]
        entries = conn.execute(
            sa.select(OUTBOX.c.record_id, OUTBOX.c.state).where(OUTBOX.c.city_id == city_id)
        )
        open_ids = conn.execute(
            sa.select(conflicts.c.record_id, conflicts.c.field).where(
                conflicts.c.city_id == city_id, conflicts.c.resolved_at.is_(None)
            )
        )
        return badges_of(records, entries, open_ids)


def badge_counts(store: Store, city_id: str) -> dict[str, Counter[Badge]]:
    """How many records of each kind of a city carry each badge (the sync panel's summary;
    deleted records only when in conflict)."""
    found = badges(store, city_id)
    counts: dict[str, Counter[Badge]] = {}
    with store.engine.connect() as conn:
        for cls, table in RECORD_TABLES.items():
            rows = conn.execute(sa.select(table.c.id).where(table.c.city_id == city_id))
            for (record_id,) in rows:
                shown = found.get(record_id)
                if shown is not None:
                    counts.setdefault(cls.KIND, Counter())[shown] += 1
    return counts


def badge(store: Store, city_id: str, record_id: str) -> Badge | None:
    return badges(store, city_id).get(record_id)
