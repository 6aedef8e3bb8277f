"""The user's answers to a conflict (keep mine / keep theirs / merged text / later) and to a
rejected change, each turned into the right outbox entries in one transaction.

For a record someone deleted while it was edited here (``sync_status.WHOLE_RECORD``), "keep
mine" restores it with the local values and "keep theirs" accepts the deletion (``restore`` and
``accept_deletion``)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa

from migradesk.domain.base import (
    DomainError,
    field_names,
    is_text_field,
    python_value,
    record_type,
    wire_value,
)
from migradesk.storage import outbox
from migradesk.storage.outbox import EntryState, Op
from migradesk.storage.schema import RECORD_TABLES, conflicts, history
from migradesk.storage.schema import outbox as OUTBOX
from migradesk.storage.store import Store, _record, _save, record_key, signed_in_role
from migradesk.storage.sync.sync_status import WHOLE_RECORD, ConflictSource


class Resolution(StrEnum):
    KEEP_MINE = "mine"
    KEEP_THEIRS = "theirs"
    MERGED = "merged"
    LATER = "later"


def resolve_conflict(
    store: Store,
    conflict_id: int,
    resolution: Resolution,
    merged: str | None = None,
    now: datetime | None = None,
) -> None:
    """Settle an open conflict. "Mine" is the field's current local value (the user may have
    edited it since); "theirs" is the server's latest value, which pulls keep up to date."""
    if resolution is Resolution.LATER:
        return
    if resolution is Resolution.MERGED and merged is None:
        raise DomainError("falta el texto combinado")
    now = now or datetime.now(UTC)
    with store.writing() as conn:
        found = (
            conn.execute(sa.select(conflicts).where(conflicts.c.id == conflict_id))
            .mappings()
            .first()
        )
        if found is None or found["resolved_at"] is not None:
            raise DomainError("el conflicto ya fue resuelto")
        cls = record_type(found["kind"])
        table = RECORD_TABLES[cls]
        name = found["field"]
        key = record_key(table, found["city_id"], found["record_id"])
        row = conn.execute(sa.select(table).where(key)).mappings().one()
        if found["source"] == ConflictSource.LOCAL.value:
            _resolve_local(conn, found, row, resolution, merged, now)
        elif name == WHOLE_RECORD:
            if resolution is Resolution.MERGED:
                raise DomainError("un registro eliminado no se combina: restáurelo o acepte")
            if resolution is Resolution.KEEP_MINE:
                _restore(conn, found, row, now)
            else:
                _accept_deletion(conn, found, row, now)
        else:
            local = wire_value(cls, name, row[name])
            theirs = found["theirs"]
            if resolution is Resolution.MERGED and not is_text_field(cls, name):
                raise DomainError("solo un texto se combina: conserve una de las dos versiones")
            if resolution is Resolution.KEEP_THEIRS:
                _drop_pending_field(conn, row["city_id"], row["id"], name)
                _replace_field(conn, found, local, theirs, now)
            else:
                wanted = local if resolution is Resolution.KEEP_MINE else merged
                _set_mine(conn, found, row, local, wanted, now)
        conn.execute(
            sa.update(conflicts).where(conflicts.c.id == conflict_id).values(resolved_at=now)
        )


def _resolve_local(
    conn: sa.Connection,
    found: sa.RowMapping,
    row: sa.RowMapping,
    resolution: Resolution,
    merged: str | None,
    now: datetime,
) -> None:
    """A local conflict: the record holds the stored value ("theirs"), the conflict the edit
    ("mine"). The answer becomes an ordinary local edit; the value not kept goes to history."""
    cls = record_type(found["kind"])
    name = found["field"]
    if name == WHOLE_RECORD:  # the record was deleted while its editor still showed it
        if resolution is Resolution.KEEP_MINE:
            _drop_pending_delete(conn, row["city_id"], row["id"])
            _restore(conn, found, row, now)
        else:
            _accept_deletion(conn, found, row, now)
        return
    if resolution is Resolution.KEEP_THEIRS:
        _keep_in_history(conn, found, found["mine"], now)
        return
    if row["deleted"]:
        raise DomainError(
            "el registro fue eliminado: conserve la otra versión (su texto queda en el historial)"
        )
    wanted = found["mine"] if resolution is Resolution.KEEP_MINE else merged
    stored = wire_value(cls, name, row[name])
    if wanted == stored:
        return
    _keep_in_history(conn, found, stored, now)
    updated = dataclasses.replace(_record(cls, row), **{name: python_value(cls, name, wanted)})
    _save(conn, updated, now, signed_in_role(conn))


def _drop_pending_delete(conn: sa.Connection, city_id: str, record_id: str) -> None:
    """Restoring a record deleted here and not sent yet: the server never needs to hear of the
    deletion (an edit queued after it would be refused as an edit of a deleted record)."""
    conn.execute(
        sa.delete(OUTBOX).where(
            OUTBOX.c.city_id == city_id,
            OUTBOX.c.record_id == record_id,
            OUTBOX.c.op == Op.DELETE.value,
            OUTBOX.c.state == EntryState.PENDING.value,
        )
    )


def _set_mine(
    conn: sa.Connection,
    found: sa.RowMapping,
    row: sa.RowMapping,
    local: Any,
    wanted: Any,
    now: datetime,
) -> None:
    """Keep mine or a merged text: the outbox must carry the field from theirs to ``wanted``."""
    name = found["field"]
    theirs = found["theirs"]
    unsent = _pending_with_field(conn, row["city_id"], row["id"], name)
    if unsent:  # the chain of unsent edits already ends at ``local``: start it from theirs
        first = unsent[0]
        changes = dict(first["changes"])
        changes[name] = [theirs, changes[name][1]]
        conn.execute(sa.update(OUTBOX).where(OUTBOX.c.seq == first["seq"]).values(changes=changes))
    _replace_field(conn, found, local, wanted, now)
    start = local if unsent else theirs
    if start != wanted:
        outbox.append(
            conn,
            city_id=row["city_id"],
            kind=found["kind"],
            record_id=row["id"],
            op=Op.UPSERT,
            changes={name: [start, wanted]},
            base_version=row["version"],
            now=now,
        )


def _restore(conn: sa.Connection, found: sa.RowMapping, row: sa.RowMapping, now: datetime) -> None:
    """Bring the record back here at once with the user's values, and queue an upsert of the
    whole record based on the deletion's version: the server applies it and so undeletes."""
    cls = record_type(found["kind"])
    table = RECORD_TABLES[cls]
    mine: dict[str, Any] = {k: v for k, v in found["mine"].items() if k in table.c}
    changes: dict[str, list[Any]] = {}
    values: dict[str, Any] = {}
    for name, value in mine.items():
        current = wire_value(cls, name, row[name])
        changes[name] = [current, value]
        if current != value:
            _keep_in_history(conn, found, current, now, name)
            values[name] = python_value(cls, name, value)
    conn.execute(
        sa.update(table)
        .where(record_key(table, row["city_id"], row["id"]))
        .values(deleted=False, updated_at=now, **values)
    )
    outbox.append(
        conn,
        city_id=row["city_id"],
        kind=found["kind"],
        record_id=row["id"],
        op=Op.UPSERT,
        changes=changes,
        base_version=max(int(row["version"]), int(found["base"] or 0)),
        now=now,
    )


def _accept_deletion(
    conn: sa.Connection, found: sa.RowMapping, row: sa.RowMapping, now: datetime
) -> None:
    """The record stays as the server has it; the user's values go to history. Values equal to
    the local row's stay there: a pull still to come moves them to history when it replaces
    them (nothing is open any more to hold them)."""
    cls = record_type(found["kind"])
    for name, value in found["mine"].items():
        if name in field_names(cls) and wire_value(cls, name, row[name]) != value:
            _keep_in_history(conn, found, value, now, name)


def _pending_with_field(
    conn: sa.Connection, city_id: str, record_id: str, name: str
) -> list[sa.RowMapping]:
    rows = conn.execute(
        sa.select(OUTBOX)
        .where(
            OUTBOX.c.city_id == city_id,
            OUTBOX.c.record_id == record_id,
            OUTBOX.c.state == EntryState.PENDING.value,
        )
        .order_by(OUTBOX.c.seq)
    ).mappings()
    return [row for row in rows if name in row["changes"]]


def _drop_pending_field(conn: sa.Connection, city_id: str, record_id: str, name: str) -> None:
    """Keeping theirs: unsent edits of the field must not overwrite it later."""
    for row in _pending_with_field(conn, city_id, record_id, name):
        changes = {k: v for k, v in row["changes"].items() if k != name}
        if not changes and row["op"] == Op.UPSERT.value:
            conn.execute(sa.delete(OUTBOX).where(OUTBOX.c.seq == row["seq"]))
        else:
            conn.execute(
                sa.update(OUTBOX).where(OUTBOX.c.seq == row["seq"]).values(changes=changes)
            )


def _replace_field(
    conn: sa.Connection, found: sa.RowMapping, local: Any, wanted: Any, now: datetime
) -> None:
    """The conflict's field set to ``wanted`` (a wire value), ``local`` kept in the history."""
    if wanted == local:
        return
    _keep_in_history(conn, found, local, now)
    cls = record_type(found["kind"])
    table = RECORD_TABLES[cls]
    name = found["field"]
    conn.execute(
        sa.update(table)
        .where(record_key(table, found["city_id"], found["record_id"]))
        .values({name: python_value(cls, name, wanted), "updated_at": now})
    )


def _keep_in_history(
    conn: sa.Connection,
    found: sa.RowMapping,
    value: Any,
    now: datetime,
    field: str | None = None,
) -> None:
    conn.execute(
        sa.insert(history).values(
            city_id=found["city_id"],
            kind=found["kind"],
            record_id=found["record_id"],
            field=field or found["field"],
            value=value,
            replaced_at=now,
        )
    )


def retry_rejected(store: Store, mutation_id: str) -> None:
    """Send a rejected change again (e.g. after IOM fixed a permission)."""
    with store.writing() as conn:
        conn.execute(
            sa.update(OUTBOX)
            .where(
                OUTBOX.c.mutation_id == mutation_id,
                OUTBOX.c.state == EntryState.REJECTED.value,
            )
            .values(state=EntryState.PENDING.value, error=None)
        )


def discard_rejected(store: Store, mutation_id: str, now: datetime | None = None) -> None:
    """Give up a rejected change: the values it carried go to history (never lost) and the
    fields it touched go back to what they were, where nobody changed them since."""
    now = now or datetime.now(UTC)
    with store.writing() as conn:
        row = (
            conn.execute(
                sa.select(OUTBOX).where(
                    OUTBOX.c.mutation_id == mutation_id,
                    OUTBOX.c.state == EntryState.REJECTED.value,
                )
            )
            .mappings()
            .first()
        )
        if row is None:
            return
        cls = record_type(row["kind"])
        table = RECORD_TABLES[cls]
        key = record_key(table, row["city_id"], row["record_id"])
        current = conn.execute(sa.select(table).where(key)).mappings().first()
        if current is not None:
            values: dict[str, Any] = {}
            for name, (old, new) in row["changes"].items():
                if wire_value(cls, name, current[name]) == new and old is not None:
                    values[name] = python_value(cls, name, old)
                conn.execute(
                    sa.insert(history).values(
                        city_id=row["city_id"],
                        kind=row["kind"],
                        record_id=row["record_id"],
                        field=name,
                        value=new,
                        replaced_at=now,
                    )
                )
            if row["op"] == Op.DELETE.value:
                values["deleted"] = False
            if values:
                conn.execute(sa.update(table).where(key).values(updated_at=now, **values))
        conn.execute(sa.delete(OUTBOX).where(OUTBOX.c.seq == row["seq"]))
