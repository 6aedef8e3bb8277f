"""The outbox: every local change waiting to reach the server, in the order it was made."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa

from migradesk.storage.schema import outbox
from migradesk.storage.status_values import EntryState as EntryState  # re-exported

# {field: [old, new]} with values in wire (JSON) form.
Changes = dict[str, list[Any]]


class Op(StrEnum):
    UPSERT = "upsert"
    DELETE = "delete"


@dataclasses.dataclass(frozen=True)
class OutboxEntry:
    seq: int
    mutation_id: str
    city_id: str
    kind: str
    record_id: str
    op: Op
    changes: Changes
    base_version: int
    created_at: datetime
    state: EntryState
    error: str | None


def _entry(row: sa.RowMapping) -> OutboxEntry:
    return OutboxEntry(
        seq=row["seq"],
        mutation_id=row["mutation_id"],
        city_id=row["city_id"],
        kind=row["kind"],
        record_id=row["record_id"],
        op=Op(row["op"]),
        changes=row["changes"],
        base_version=row["base_version"],
        created_at=row["created_at"],
        state=EntryState(row["state"]),
        error=row["error"],
    )


def append(
    conn: sa.Connection,
    *,
    city_id: str,
    kind: str,
    record_id: str,
    op: Op,
    changes: Changes,
    base_version: int,
    now: datetime,
) -> None:
    """Record a change; consecutive edits of one record fold into one entry while unsent.

    Folding only into the newest entry keeps each desktop's changes in order (sync G8), and only
    while it is pending, so that a push in flight is never altered under it.
    """
    last = conn.execute(sa.select(outbox).order_by(outbox.c.seq.desc()).limit(1)).mappings().first()
    if (
        last is not None
        and op is Op.UPSERT
        and last["op"] == Op.UPSERT
        and (last["city_id"], last["kind"], last["record_id"]) == (city_id, kind, record_id)
        and last["state"] == EntryState.PENDING
    ):
        merged: Changes = dict(last["changes"])
        for name, (old, new) in changes.items():
            merged[name] = [merged[name][0], new] if name in merged else [old, new]
        conn.execute(sa.update(outbox).where(outbox.c.seq == last["seq"]).values(changes=merged))
        return
    conn.execute(
        sa.insert(outbox).values(
            mutation_id=str(uuid.uuid4()),
            city_id=city_id,
            kind=kind,
            record_id=record_id,
            op=op.value,
            changes=changes,
            base_version=base_version,
            created_at=now,
            state=EntryState.PENDING.value,
        )
    )


def entries(conn: sa.Connection, *, limit: int | None = None) -> list[OutboxEntry]:
    query = sa.select(outbox).order_by(outbox.c.seq)
    if limit is not None:
        query = query.limit(limit)
    return [_entry(row) for row in conn.execute(query).mappings()]


def count(
    conn: sa.Connection, city_id: str | None = None, *, state: EntryState | None = None
) -> int:
    query = sa.select(sa.func.count()).select_from(outbox)
    if city_id is not None:
        query = query.where(outbox.c.city_id == city_id)
    if state is not None:
        query = query.where(outbox.c.state == state.value)
    return conn.execute(query).scalar_one()


def pending_fields(conn: sa.Connection, city_id: str, record_id: str) -> set[str]:
    """Fields of a record with a local change not yet acknowledged (a pull must not touch them)."""
    rows = conn.execute(
        sa.select(outbox.c.changes).where(
            outbox.c.city_id == city_id,
            outbox.c.record_id == record_id,
            outbox.c.state != EntryState.REJECTED.value,
        )
    )
    return {name for (changes,) in rows for name in changes}
