"""Compare-on-write: an edit carries the values it replaced and never overwrites what its editor
did not see.

A page edits from a snapshot of the city's file. Between the moment an editor showed a value and
the moment the edit reaches the database, the stored value may have changed: a sync landed, a
copy was restored, another window (or another program) saved. Each field of an ``Edit`` carries
the value its editor showed ("old") and the one the user left ("new"), and is compared with the
value stored now, in the edit's own transaction:

- stored == old: applied (the normal case); stored == new: nothing to do;
- otherwise the value changed meanwhile, and sync.md's rules for two sides apply here too:
  - a long text (``Record.LONG_TEXT``: a description, a report section) is NOT overwritten: the
    record keeps the stored value and a *local conflict* keeps the edit ("mine") beside it, shown
    and resolved like a sync conflict (keep mine / keep the other / combine / later, see
    ``resolution``); further edits of the same field update that open conflict;
  - a short field (a choice, a date, a number) takes the later edit, as the server does, and the
    value it replaced goes to ``history``;
- a record deleted meanwhile, while its editor still showed it, is not brought back: a conflict
  of the whole record keeps the edit's values (restore with them, or accept the deletion).

Nothing is lost in any branch: every value is in the record, a conflict or the history.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from migradesk.domain.base import DomainError, Record, field_names, wire_value
from migradesk.storage.schema import RECORD_TABLES, conflicts, history
from migradesk.storage.status_values import WHOLE_RECORD, ConflictSource
from migradesk.storage.store import Store, _record, _save, record_key, signed_in_role


@dataclasses.dataclass(frozen=True)
class Edit:
    """One record's change as its editor made it.

    ``record`` is the record as the edit leaves it (stored as is when the record does not exist);
    ``changes`` maps each edited field to (the value the editor showed, the new value); ``new``
    says the editor showed no stored record (a creation: a deleted record of the same id comes
    back instead of being set aside).
    """

    record: Record
    changes: Mapping[str, tuple[Any, Any]]
    new: bool = False

    @classmethod
    def between(cls, before: Record | None, after: Record, new: bool | None = None) -> Edit:
        """The edit from ``before`` (as the editor showed it; None: a new record, compared with
        the type's defaults) to ``after``: only the fields that differ are changes."""
        kind = type(after)
        if before is not None and (type(before) is not kind or before.id != after.id):
            raise ValueError("an edit goes from one record to the same record")
        changes: dict[str, tuple[Any, Any]] = {}
        for name in field_names(kind):
            old = getattr(before, name) if before is not None else _default(kind, name)
            value = getattr(after, name)
            if old != value:
                changes[name] = (old, value)
        return cls(after, changes, before is None if new is None else new)


@dataclasses.dataclass
class EditOutcome:
    saved: int = 0  # records written
    conflicts: int = 0  # fields (or deleted records) set aside as local conflicts
    replaced: int = 0  # short fields changed meanwhile: overwritten, the other value in history
    created: list[str] = dataclasses.field(default_factory=list)  # ids of records inserted
    # Per record id, the stored values the edit replaced (Python values): what undo puts back.
    previous: dict[str, dict[str, Any]] = dataclasses.field(default_factory=dict)


def apply(store: Store, edits: Iterable[Edit], now: datetime | None = None) -> EditOutcome:
    """Apply edits in one transaction (with their outbox entries), comparing each field."""
    now = now or datetime.now(UTC)
    outcome = EditOutcome()
    with store.writing() as conn:
        role = signed_in_role(conn)  # what this desktop may write (store.save_all's rule)
        for edit in edits:
            _apply(conn, edit, now, role, outcome)
    return outcome


def _default(cls: type[Record], name: str) -> Any:
    for f in dataclasses.fields(cls):
        if f.name == name:
            if f.default is not dataclasses.MISSING:
                return f.default
            if f.default_factory is not dataclasses.MISSING:
                return f.default_factory()
    return None


def _same(cls: type[Record], name: str, a: Any, b: Any) -> bool:
    return bool(a == b or wire_value(cls, name, a) == wire_value(cls, name, b))


def _apply(conn: sa.Connection, edit: Edit, now: datetime, role: str, outcome: EditOutcome) -> None:
    record = edit.record
    cls = type(record)
    table = RECORD_TABLES[cls]
    key = record_key(table, record.city_id, record.id)
    row = conn.execute(sa.select(table).where(key)).mappings().first()
    if row is None or (row["deleted"] and edit.new):
        # Not stored (or deleted, and the editor creates it anew): the record as the edit has it.
        if _save(conn, record, now, role):
            outcome.saved += 1
            if row is None:
                outcome.created.append(record.id)
        return
    if row["deleted"]:
        _set_aside_deleted(conn, row, record, now)
        outcome.conflicts += 1
        return
    values: dict[str, Any] = {}
    for name, (old, new) in edit.changes.items():
        stored = row[name]
        if _same(cls, name, stored, new):
            continue
        if _same(cls, name, stored, old):
            values[name] = new
        elif name in cls.LONG_TEXT:
            _open_local_conflict(conn, row, cls, name, mine=new, base=old, now=now)
            outcome.conflicts += 1
        else:
            _keep_in_history(conn, row, cls.KIND, name, wire_value(cls, name, stored), now)
            values[name] = new
            outcome.replaced += 1
    if not values:
        return
    try:
        updated = dataclasses.replace(_record(cls, row), **values)
    except ValueError as exc:  # the stored record with these values breaks a rule of its type
        raise DomainError(str(exc)) from None
    if _save(conn, updated, now, role):
        outcome.saved += 1
        outcome.previous[record.id] = {name: row[name] for name in values}


def _open_local_conflict(
    conn: sa.Connection,
    row: sa.RowMapping,
    cls: type[Record],
    name: str,
    *,
    mine: Any,
    base: Any,
    now: datetime,
) -> None:
    """Keep ``mine`` beside the stored value; an open local conflict of the field takes the
    newer text (the user went on typing in the same editor)."""
    theirs = wire_value(cls, name, row[name])
    mine_wire = wire_value(cls, name, mine)
    _keep_local(conn, row, cls, name, mine_wire, theirs, wire_value(cls, name, base), now)


def _set_aside_deleted(
    conn: sa.Connection, row: sa.RowMapping, record: Record, now: datetime
) -> None:
    """The record was deleted while its editor showed it: keep every value of the edit in a
    whole-record conflict ("restore with my edits?"), as a sync does for a deletion; its
    ``base`` is the version a restore is based on."""
    cls = type(record)
    mine = {name: wire_value(cls, name, getattr(record, name)) for name in field_names(cls)}
    _keep_local(conn, row, cls, WHOLE_RECORD, mine, None, row["version"], now)


def _keep_local(
    conn: sa.Connection,
    row: sa.RowMapping,
    cls: type[Record],
    name: str,
    mine: Any,
    theirs: Any,
    base: Any,
    now: datetime,
) -> None:
    """Open a local conflict, or give the open one of the same field the newer ``mine``."""
    found = conn.execute(
        sa.update(conflicts)
        .where(
            conflicts.c.city_id == row["city_id"],
            conflicts.c.record_id == row["id"],
            conflicts.c.field == name,
            conflicts.c.source == ConflictSource.LOCAL.value,
            conflicts.c.resolved_at.is_(None),
        )
        .values(mine=mine, theirs=theirs)
    )
    if found.rowcount:
        return
    conn.execute(
        sa.insert(conflicts).values(
            city_id=row["city_id"],
            kind=cls.KIND,
            record_id=row["id"],
            field=name,
            mine=mine,
            theirs=theirs,
            base=base,
            created_at=now,
            source=ConflictSource.LOCAL.value,
        )
    )


def _keep_in_history(
    conn: sa.Connection, row: sa.RowMapping, kind: str, name: str, value: Any, now: datetime
) -> None:
    conn.execute(
        sa.insert(history).values(
            city_id=row["city_id"],
            kind=kind,
            record_id=row["id"],
            field=name,
            value=value,
            replaced_at=now,
        )
    )
