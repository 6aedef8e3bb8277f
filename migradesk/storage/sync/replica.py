"""The desktop's side of sync: outbox batches out, push answers and pulled pages in.

Each step is one SQLite transaction (sync G6): a batch is marked as sending, an answer is applied,
a pulled page is applied together with its cursor. A pull never overwrites a field that still has a
local change on its way (G7) or an open conflict, and every value it replaces goes to ``history``
(G4).

Edit vs delete: an edit the server refuses because someone deleted the record (``DELETED``), or
an unsent edit of a record a pull finds deleted, is set aside as a conflict of the whole record
(``sync_status.WHOLE_RECORD``) holding the local values; the delete then applies and the user
chooses to restore the record with those values or to accept the deletion (``resolution``).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Collection, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pydantic
import sqlalchemy as sa

from migradesk.domain import permissions
from migradesk.domain.base import (
    DomainError,
    asks_before_restoring,
    field_names,
    from_wire,
    python_value,
    record_type,
    wire_value,
)
from migradesk.domain.city import DEMO_CITY_ID
from migradesk.storage import outbox
from migradesk.storage.outbox import EntryState, OutboxEntry
from migradesk.storage.schema import RECORD_TABLES, conflicts, history, meta, sync_state
from migradesk.storage.schema import outbox as OUTBOX
from migradesk.storage.store import Store, record_key, signed_in_role
from migradesk.storage.sync.sync_status import WHOLE_RECORD, ConflictSource
from migradesk.wire import protocol

IN_FLIGHT = (EntryState.PENDING.value, EntryState.SENDING.value)


class ReplicaError(DomainError):
    """The server sent something this desktop cannot apply (a newer kind, another city)."""


@dataclasses.dataclass(frozen=True)
class Batch:
    city_id: str
    entries: tuple[OutboxEntry, ...]

    def mutations(self) -> list[protocol.Mutation]:
        return [to_mutation(entry) for entry in self.entries]


@dataclasses.dataclass(frozen=True)
class PushOutcome:
    applied: int = 0
    conflicts: int = 0  # opened: fields edited on both sides, and records deleted (below)
    rejected: int = 0
    unanswered: int = 0  # left as sending: the next push re-sends them
    deleted: int = 0  # edits of records someone deleted: set aside as conflicts


@dataclasses.dataclass(frozen=True)
class PageOutcome:
    records: int
    replaced: int  # local values moved to history
    kept_local: int  # fields left alone because of a local change or an open conflict
    conflicts: int = 0  # unsent edits of records this page deleted, set aside as conflicts
    # (kind, id, other city) of records whose id this desktop also holds under another city:
    # kept apart under their own city, never applied to the other one (sync G10).
    other_city: tuple[tuple[str, str, str], ...] = ()


def to_mutation(entry: OutboxEntry) -> protocol.Mutation:
    return protocol.Mutation(
        mutation_id=entry.mutation_id,
        kind=entry.kind,
        record_id=entry.record_id,
        op=protocol.Op(entry.op.value),
        changes={name: (old, new) for name, (old, new) in entry.changes.items()},
        base_version=entry.base_version,
    )


def _unsendable(entry: OutboxEntry, role: str) -> str | None:
    """Why an entry must not leave this desktop: it would fail every push, or the signed-in
    role may not write its kind (queued under another account, or by an older MigraDesk: the
    outbox only sends what the role may write, never to be discovered at the server)."""
    if entry.city_id == DEMO_CITY_ID:  # queued by a release that still queued the demo
        return "La ciudad de demostración no se envía a OIM; el cambio sigue en este equipo."
    try:
        to_mutation(entry)
        cls = record_type(entry.kind)
    except pydantic.ValidationError as exc:
        return f"Este cambio no se puede enviar: {exc.errors()[0]['msg']}"
    except DomainError:
        return None  # a kind this version does not know: the server explains
    if entry.state is not EntryState.PENDING:
        return None  # maybe applied already: the server's stored answer decides
    refusal = permissions.kind_refusal(role, cls)
    return None if refusal is None else f"{refusal} No se envió; sigue en este equipo."


def entry_size(entry: OutboxEntry) -> int:
    """Roughly the bytes of the entry's JSON, to keep a batch near the size target."""
    return 200 + len(json.dumps(entry.changes, ensure_ascii=False).encode())


# Push


def take_batch(store: Store, *, max_entries: int, max_bytes: int) -> Batch | None:
    """The oldest unsent entries of one city, marked as sending, in one transaction.

    Entries already marked as sending come first: they are left from an interrupted push and the
    server's idempotency makes re-sending them safe. They stay "sending" (never back to pending)
    so that a later edit cannot fold into an entry the server may already have applied.
    """
    with store.writing() as conn:
        role = signed_in_role(conn)
        rows = conn.execute(
            sa.select(OUTBOX)
            .where(OUTBOX.c.state.in_(IN_FLIGHT))
            .order_by(OUTBOX.c.seq)
            .limit(max_entries)
        ).mappings()
        chosen: list[OutboxEntry] = []
        size = 0
        for row in rows:
            entry = outbox._entry(row)
            problem = _unsendable(entry, role)
            if problem is not None:  # would fail every push: set aside now, with the reason
                conn.execute(
                    sa.update(OUTBOX)
                    .where(OUTBOX.c.seq == entry.seq)
                    .values(state=EntryState.REJECTED.value, error=problem)
                )
                continue
            if chosen and (
                entry.city_id != chosen[0].city_id or size + entry_size(entry) > max_bytes
            ):
                break
            chosen.append(entry)
            size += entry_size(entry)
        if not chosen:
            return None
        conn.execute(
            sa.update(OUTBOX)
            .where(OUTBOX.c.seq.in_([e.seq for e in chosen]))
            .values(state=EntryState.SENDING.value)
        )
    return Batch(chosen[0].city_id, tuple(chosen))


def apply_push(
    store: Store, batch: Batch, results: Sequence[protocol.MutationResult], now: datetime
) -> PushOutcome:
    """Apply the server's answers: drop acknowledged entries, keep rejected ones with the reason,
    note conflicts; entries the server did not answer stay as sending for the next push."""
    answers = {result.mutation_id: result for result in results}
    applied = conflicted = rejected = unanswered = deleted = 0
    in_batch = {entry.seq for entry in batch.entries}
    set_aside: set[str] = set()
    with store.writing() as conn:
        for entry in batch.entries:
            result = answers.get(entry.mutation_id)
            if result is None:
                unanswered += 1
                continue
            if result.status is protocol.ResultStatus.DELETED:
                deleted += 1
                conn.execute(sa.delete(OUTBOX).where(OUTBOX.c.seq == entry.seq))
                if entry.record_id not in set_aside:  # later edits of it in the batch: the same
                    set_aside.add(entry.record_id)
                    version = result.version or entry.base_version + 1
                    record = (entry.kind, entry.city_id, entry.record_id)
                    if set_aside_deleted(conn, *record, version, now, in_batch):
                        conflicted += 1
                continue
            if result.status is protocol.ResultStatus.REJECTED:
                rejected += 1
                conn.execute(
                    sa.update(OUTBOX)
                    .where(OUTBOX.c.seq == entry.seq)
                    .values(
                        state=EntryState.REJECTED.value,
                        error=result.error or "El servidor rechazó el cambio sin dar un motivo.",
                    )
                )
                continue
            applied += 1
            conn.execute(sa.delete(OUTBOX).where(OUTBOX.c.seq == entry.seq))
            if result.version is not None:
                _raise_version(conn, entry.kind, entry.city_id, entry.record_id, result.version)
            for found in result.conflicts:
                conflicted += 1
                base = entry.changes.get(found.field, [None, None])[0]
                record_conflict(conn, entry, found, base, now)
    return PushOutcome(applied, conflicted, rejected, unanswered, deleted)


def reject(store: Store, entries: Iterable[OutboxEntry], reason: str) -> None:
    """Mark entries as rejected locally (the server refused the request that carried them)."""
    with store.writing() as conn:
        conn.execute(
            sa.update(OUTBOX)
            .where(OUTBOX.c.seq.in_([e.seq for e in entries]))
            .values(state=EntryState.REJECTED.value, error=reason)
        )


def _raise_version(
    conn: sa.Connection, kind: str, city_id: str, record_id: str, version: int
) -> None:
    table = RECORD_TABLES[record_type(kind)]
    conn.execute(
        sa.update(table)
        .where(record_key(table, city_id, record_id), table.c.version < version)
        .values(version=version)
    )


def _of_record(table: sa.Table, city_id: str, record_id: str) -> sa.ColumnElement[bool]:
    """The rows of the outbox, conflicts or history about one record."""
    return (table.c.record_id == record_id) & (table.c.city_id == city_id)


def record_conflict(
    conn: sa.Connection,
    entry: OutboxEntry,
    found: protocol.FieldConflict,
    base: Any,
    now: datetime,
) -> None:
    """Open a conflict; an older open one on the same field is superseded, never deleted."""
    same_field = (
        _of_record(conflicts, entry.city_id, entry.record_id)
        & (conflicts.c.field == found.field)
        & (conflicts.c.source == ConflictSource.SYNC.value)  # a local one stays: its own answer
        & conflicts.c.resolved_at.is_(None)
    )
    conn.execute(sa.update(conflicts).where(same_field).values(resolved_at=now))
    conn.execute(
        sa.insert(conflicts).values(
            city_id=entry.city_id,
            kind=entry.kind,
            record_id=entry.record_id,
            field=found.field,
            mine=found.mine,
            theirs=found.theirs,
            base=base,
            created_at=now,
        )
    )


def set_aside_deleted(
    conn: sa.Connection,
    kind: str,
    city_id: str,
    record_id: str,
    version: int,
    now: datetime,
    keep: Collection[int] = (),
) -> bool:
    """Someone deleted the record at ``version`` while this desktop edited it: keep the local
    values in a whole-record conflict (the user is asked to restore or accept), drop the unsent
    edits the server would refuse the same way (based before ``version``; ``keep``: entries of
    the batch being answered, settled by their own answers) and mark the record deleted.

    A record the user deleted here too needs no question: its edits go to history. Returns
    whether a conflict was opened."""
    cls = record_type(kind)
    table = RECORD_TABLES[cls]
    key = record_key(table, city_id, record_id)
    row = conn.execute(sa.select(table).where(key)).mappings().first()
    if row is None:
        return False
    stale = conn.execute(
        sa.select(OUTBOX.c.seq).where(
            _of_record(OUTBOX, city_id, record_id),
            OUTBOX.c.state.in_(IN_FLIGHT),
            OUTBOX.c.op == outbox.Op.UPSERT.value,
            OUTBOX.c.base_version < version,
        )
    )
    drop = [seq for (seq,) in stale if seq not in keep]
    if drop:
        conn.execute(sa.delete(OUTBOX).where(OUTBOX.c.seq.in_(drop)))
    mine = {name: wire_value(cls, name, row[name]) for name in field_names(cls)}
    if row["deleted"]:
        conn.execute(
            sa.insert(history),
            [
                {
                    "city_id": row["city_id"],
                    "kind": kind,
                    "record_id": record_id,
                    "field": name,
                    "value": value,
                    "replaced_at": now,
                }
                for name, value in mine.items()
            ],
        )
        return False
    # Its open conflicts (fields, or an earlier deletion) are part of the question now; their
    # rows stay, resolved, and the local values of their fields are in ``mine``. Edits kept
    # aside by local conflicts were never in the record: they go to history.
    _local_edits_to_history(conn, city_id, record_id, now)
    conn.execute(
        sa.update(conflicts)
        .where(_of_record(conflicts, city_id, record_id), conflicts.c.resolved_at.is_(None))
        .values(resolved_at=now)
    )
    conn.execute(
        sa.insert(conflicts).values(
            city_id=row["city_id"],
            kind=kind,
            record_id=record_id,
            field=WHOLE_RECORD,
            mine=mine,
            theirs=None,  # nothing: the record is deleted on the server
            base=version,  # the deletion's version, which a restore is based on
            created_at=now,
        )
    )
    conn.execute(sa.update(table).where(key).values(deleted=True, updated_at=now))
    return True


def _local_edits_to_history(
    conn: sa.Connection, city_id: str, record_id: str, now: datetime
) -> None:
    rows = conn.execute(
        sa.select(conflicts).where(
            _of_record(conflicts, city_id, record_id),
            conflicts.c.source == ConflictSource.LOCAL.value,
            conflicts.c.resolved_at.is_(None),
        )
    ).mappings()
    kept = [
        {
            "city_id": row["city_id"],
            "kind": row["kind"],
            "record_id": record_id,
            "field": name,
            "value": value,
            "replaced_at": now,
        }
        for row in rows
        for name, value in (
            row["mine"].items() if row["field"] == WHOLE_RECORD else [(row["field"], row["mine"])]
        )
    ]
    if kept:
        conn.execute(sa.insert(history), kept)


# Pull


def cursor(store: Store, city_id: str) -> int:
    with store.engine.connect() as conn:
        found = conn.execute(
            sa.select(sync_state.c.cursor).where(sync_state.c.city_id == city_id)
        ).scalar_one_or_none()
    return int(found or 0)


def _save_cursor(conn: sa.Connection, city_id: str, value: int) -> None:
    updated = conn.execute(
        sa.update(sync_state).where(sync_state.c.city_id == city_id).values(cursor=value)
    )
    if updated.rowcount == 0:
        conn.execute(sa.insert(sync_state).values(city_id=city_id, cursor=value))


def apply_page(
    store: Store, city_id: str, page: protocol.PullResponse, now: datetime
) -> PageOutcome:
    """Apply a pulled page and save its cursor in the same transaction (sync G6).

    Every row is found by its id *within* ``city_id`` (sync G10): a state never lands on a
    record of another city, whatever id it carries. A state whose id this desktop already holds
    under another city is kept under its own city, apart, and reported (``other_city``) so that
    the sync log and panel can say so."""
    replaced = kept = opened = 0
    with store.writing() as conn:
        for state in page.changes:
            if state.city_id != city_id:
                raise ReplicaError(f"el servidor envió datos de otra ciudad ({state.city_id})")
        opened = _set_aside_deleted_edits(conn, city_id, page.changes, now)
        ids = [state.id for state in page.changes]
        protected = _protected_fields(conn, city_id, ids)
        # Local conflicts keep an edit beside the record: the record itself takes pulls as usual.
        open_fields = _open_conflict_fields(conn, city_id, ids, ConflictSource.SYNC)
        # Records set aside whole: their local values are in the conflict, not history's too.
        aside = {rid for rid, field in open_fields if field == WHOLE_RECORD}
        other_city = _ids_of_other_cities(conn, city_id, page.changes)
        for state in page.changes:
            quiet = state.deleted and state.id in aside
            r, k = _apply_state(conn, state, protected.get(state.id), open_fields, now, quiet)
            replaced += r
            kept += k
        _save_cursor(conn, city_id, page.cursor)
    return PageOutcome(len(page.changes), replaced, kept, opened, tuple(other_city))


def _ids_of_other_cities(
    conn: sa.Connection, city_id: str, states: Sequence[protocol.RecordState]
) -> list[tuple[str, str, str]]:
    """(kind, id, other city) of the states whose id this desktop holds under another city."""
    by_kind: dict[str, list[str]] = {}
    for state in states:
        by_kind.setdefault(state.kind, []).append(state.id)
    found: list[tuple[str, str, str]] = []
    for kind, ids in by_kind.items():
        try:
            table = RECORD_TABLES[record_type(kind)]
        except DomainError:
            continue  # _apply_state explains it
        rows = conn.execute(
            sa.select(table.c.id, table.c.city_id).where(
                table.c.id.in_(ids), table.c.city_id != city_id
            )
        )
        found.extend((kind, record_id, other) for record_id, other in rows)
    return found


def _set_aside_deleted_edits(
    conn: sa.Connection, city_id: str, states: Sequence[protocol.RecordState], now: datetime
) -> int:
    """Deletes arriving for records with unsent edits based before the delete (which the server
    will refuse as DELETED) or with open conflicts: ask the user now, as a push would (G7 holds:
    the edits are kept in the conflict, not overwritten)."""
    deletes = {state.id: state for state in states if state.deleted}
    if not deletes:
        return 0
    rows = conn.execute(
        sa.select(OUTBOX.c.record_id, OUTBOX.c.base_version).where(
            OUTBOX.c.city_id == city_id,
            OUTBOX.c.record_id.in_(list(deletes)),
            OUTBOX.c.state.in_(IN_FLIGHT),
            OUTBOX.c.op == outbox.Op.UPSERT.value,
        )
    )
    edited = {rid for rid, base in rows if base < deletes[rid].version}
    edited.update(
        rid
        for rid, field in _open_conflict_fields(conn, city_id, list(deletes))
        if field != WHOLE_RECORD
    )
    opened = 0
    for record_id in sorted(edited):
        state = deletes[record_id]
        try:
            cls = record_type(state.kind)
        except DomainError:
            continue  # _apply_state explains it
        if not asks_before_restoring(cls):
            continue  # the server applies such an edit (and undeletes): G7 keeps it meanwhile
        if set_aside_deleted(conn, cls.KIND, city_id, record_id, state.version, now):
            opened += 1
    return opened


def _protected_fields(conn: sa.Connection, city_id: str, ids: list[str]) -> dict[str, set[str]]:
    """Per record: the fields of its unacknowledged local changes ("" stands for the record's
    existence, i.e. a pending delete or upsert, which keeps the local deleted flag)."""
    found: dict[str, set[str]] = {}
    if not ids:
        return found
    rows = conn.execute(
        sa.select(OUTBOX.c.record_id, OUTBOX.c.changes).where(
            OUTBOX.c.city_id == city_id,
            OUTBOX.c.record_id.in_(ids),
            OUTBOX.c.state.in_(IN_FLIGHT),
        )
    )
    for record_id, changes in rows:
        found.setdefault(record_id, {""}).update(changes)
    return found


def _open_conflict_fields(
    conn: sa.Connection, city_id: str, ids: list[str], source: ConflictSource | None = None
) -> set[tuple[str, str]]:
    if not ids:
        return set()
    query = sa.select(conflicts.c.record_id, conflicts.c.field).where(
        conflicts.c.city_id == city_id,
        conflicts.c.record_id.in_(ids),
        conflicts.c.resolved_at.is_(None),
    )
    if source is not None:
        query = query.where(conflicts.c.source == source.value)
    rows = conn.execute(query)
    return {(record_id, field) for record_id, field in rows}


def _apply_state(
    conn: sa.Connection,
    state: protocol.RecordState,
    protected: set[str] | None,
    open_fields: set[tuple[str, str]],
    now: datetime,
    quiet: bool = False,
) -> tuple[int, int]:
    try:
        cls = record_type(state.kind)
    except DomainError:
        raise ReplicaError(
            f"el servidor envió un tipo de dato desconocido ({state.kind}): actualice MigraDesk"
        ) from None
    table = RECORD_TABLES[cls]
    key = record_key(table, state.city_id, state.id)
    row = conn.execute(sa.select(table).where(key)).mappings().first()
    if row is None:
        try:
            record = from_wire(state.kind, state.id, state.city_id, state.fields)
        except DomainError as exc:
            raise ReplicaError(f"dato del servidor inválido: {exc}") from None
        conn.execute(
            sa.insert(table).values(
                id=state.id,
                city_id=state.city_id,
                version=state.version,
                deleted=state.deleted,
                updated_at=now,
                **record.field_values(),
            )
        )
        return 0, 0
    protected = protected or set()
    values: dict[str, Any] = {"version": state.version}
    replaced = kept = 0
    for name, theirs in state.fields.items():
        if name not in table.c:
            raise ReplicaError(f"{state.kind}: campo desconocido {name!r}: actualice MigraDesk")
        if name in protected:
            kept += 1
            continue
        if (state.id, name) in open_fields:
            # The conflict follows the server's latest value, so "keep theirs" is never stale.
            conn.execute(
                sa.update(conflicts)
                .where(
                    _of_record(conflicts, state.city_id, state.id),
                    conflicts.c.field == name,
                    conflicts.c.resolved_at.is_(None),
                )
                .values(theirs=theirs)
            )
            kept += 1
            continue
        mine = wire_value(cls, name, row[name])
        if mine == theirs:
            continue
        try:
            values[name] = python_value(cls, name, theirs)
        except DomainError as exc:
            raise ReplicaError(f"dato del servidor inválido: {exc}") from None
        if quiet:
            continue
        conn.execute(
            sa.insert(history).values(
                city_id=row["city_id"],
                kind=state.kind,
                record_id=state.id,
                field=name,
                value=mine,
                replaced_at=now,
            )
        )
        replaced += 1
    if "" not in protected and state.deleted != row["deleted"]:
        values["deleted"] = state.deleted
    if len(values) > 1:
        values["updated_at"] = now
    if len(values) > 1 or state.version != row["version"]:
        conn.execute(sa.update(table).where(key).values(**values))
    return replaced, kept


# Bookkeeping and the sanity check


def mark_success(store: Store, city_id: str, now: datetime) -> None:
    with store.writing() as conn:
        _ensure_state(conn, city_id)
        conn.execute(
            sa.update(sync_state)
            .where(sync_state.c.city_id == city_id)
            .values(last_success_at=now, last_error=None)
        )


def mark_error(store: Store, city_id: str, message: str) -> None:
    with store.writing() as conn:
        _ensure_state(conn, city_id)
        conn.execute(
            sa.update(sync_state).where(sync_state.c.city_id == city_id).values(last_error=message)
        )


def _ensure_state(conn: sa.Connection, city_id: str) -> None:
    found = conn.execute(sa.select(sync_state.c.city_id).where(sync_state.c.city_id == city_id))
    if found.first() is None:
        conn.execute(sa.insert(sync_state).values(city_id=city_id, cursor=0))


# One statement over every record table (not one per kind): it runs after every sync.
_KNOWN_VERSIONS = sa.union_all(
    *(
        sa.select(table.c.id, table.c.version).where(
            table.c.city_id == sa.bindparam("city_id"), table.c.version > 0
        )
        for table in RECORD_TABLES.values()
    )
)


def local_summary(store: Store, city_id: str) -> protocol.Summary:
    """Count and digest of (id, version) over the city's records the server knows (version > 0,
    deleted ones included): what the server's Summary should equal after a clean sync."""
    with store.engine.connect() as conn:
        pairs = [(str(i), int(v)) for i, v in conn.execute(_KNOWN_VERSIONS, {"city_id": city_id})]
    return protocol.Summary(
        city_id=city_id, count=len(pairs), digest=protocol.summary_digest(pairs)
    )


def last_check(store: Store, city_id: str) -> datetime | None:
    """When the sanity check last found this city equal on both sides."""
    with store.engine.connect() as conn:
        raw = conn.execute(
            sa.select(meta.c.value).where(meta.c.key == f"sync.check.{city_id}")
        ).scalar_one_or_none()
    return None if raw is None else datetime.fromisoformat(raw)


def save_check(store: Store, city_id: str, when: datetime | None) -> None:
    key = f"sync.check.{city_id}"
    with store.writing() as conn:
        conn.execute(sa.delete(meta).where(meta.c.key == key))
        if when is not None:
            conn.execute(sa.insert(meta).values(key=key, value=when.isoformat()))


def prepare_redownload(store: Store, city_id: str, aside: Path, now: datetime) -> Path:
    """Before downloading a city again: copy its outbox to a file beside the database, then rewind
    the cursor. Nothing local is deleted: the re-pull goes through ``apply_page``, which keeps
    unsent changes and moves every replaced value to history."""
    aside.mkdir(parents=True, exist_ok=True)
    target = aside / f"cambios-{city_id}-{now.strftime('%Y%m%d-%H%M%S')}.json"
    with store.writing() as conn:
        rows = conn.execute(sa.select(OUTBOX).where(OUTBOX.c.city_id == city_id)).mappings()
        saved = [
            {
                key: (value.isoformat() if isinstance(value, datetime) else value)
                for key, value in row.items()
            }
            for row in rows
        ]
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps(saved, ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(target)
        _save_cursor(conn, city_id, 0)
    return target


def utcnow() -> datetime:
    return datetime.now(UTC)
