"""Applying pushed mutations: per-field merge, conflicts, history, idempotency, city sequence.

A batch runs in ONE transaction holding its city's row lock (its first statement updates the
city's row — ``UPDATE cities SET seq = seq + n … RETURNING seq``, reserving n numbers — which
PostgreSQL locks until commit; SQLite's BEGIN IMMEDIATE serialises writers anyway; this does what
``SELECT … FOR UPDATE`` would, in one round trip instead of two). Under the lock each changed
record gets the next number of the city's sequence, and the answer to each mutation is stored
under ``(client_id, mutation_id)`` in the same transaction: a retry, sequential or concurrent,
waits for the lock and then finds the stored answer, so nothing is applied twice (sync G2), and
no reader can see a higher number committed before a lower one (a cursor never skips a change).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from migradesk.domain.base import (
    DomainError,
    Record,
    asks_before_restoring,
    field_names,
    from_wire,
    per_class,
    python_value,
    record_type,
    to_wire,
    wire_value,
)
from migradesk.domain.text import text_problem
from migradesk.domain.unique import identity_refusal, unique_kind
from migradesk.server import db, policy, process_gates, reads, reasons
from migradesk.server.db import cities, conflicts, idempotency, record_history, records
from migradesk.wire.protocol import (
    DEFAULT_PAGE,
    FieldConflict,
    Mutation,
    MutationResult,
    Op,
    PullResponse,
    ResultStatus,
)

MAX_JSON_DEPTH = 32


@dataclasses.dataclass(frozen=True)
class Writer:
    """Who is writing: an account's role and cities, or the server itself (policy.SYSTEM)."""

    role: policy.Actor
    city_ids: frozenset[str]
    username: str


class PushRefused(Exception):
    """The whole batch is refused: the city does not exist (404) or is not the account's (403)."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


@dataclasses.dataclass(frozen=True)
class Outcome:
    result: MutationResult
    forbidden: bool = False  # rejected by the policy (the REST API answers 403, not 422)
    out_of_turn: bool = False  # refused by the process's gates (the REST API answers 409)


class _Counter:
    def __init__(self, value: int) -> None:
        self.value = value

    def next(self) -> int:
        self.value += 1
        return self.value


# The statements of the hot path, built once (SQLAlchemy then reuses their compiled form).
_b = sa.bindparam
_STORED_KEY = (
    idempotency.c.client_id == _b("client_id"),
    idempotency.c.mutation_id.in_(_b("mutation_ids", expanding=True)),
)
# The batch's record ids that another city holds (sync G10: such a record is never created).
_OTHER_CITY_KEY = (
    records.c.id.in_(_b("record_ids", expanding=True)),
    records.c.city_id != _b("city_id"),
)
# Locks the city's row and reserves numbers for a batch, and says how many of its mutations
# have a stored answer and how many of its ids are another city's (nearly always none: then
# neither needs a query of its own).
_RESERVE = (
    sa.update(cities)
    .where(cities.c.id == _b("city_id"))
    .values(seq=cities.c.seq + _b("count"))
    .returning(
        cities.c.seq,
        sa.select(sa.func.count()).select_from(idempotency).where(*_STORED_KEY).scalar_subquery(),
        sa.select(sa.func.count()).select_from(records).where(*_OTHER_CITY_KEY).scalar_subquery(),
    )
)
_OTHER_CITY = sa.select(records.c.id).where(*_OTHER_CITY_KEY)
_SET_SEQ = sa.update(cities).where(cities.c.id == _b("city_id")).values(seq=_b("seq"))
_STORED = sa.select(idempotency.c.mutation_id, idempotency.c.city_id, idempotency.c.result).where(
    *_STORED_KEY
)
_STORE = sa.insert(idempotency)
_RECORD_KEY = (
    records.c.city_id == _b("k_city"),
    records.c.kind == _b("k_kind"),
    records.c.id == _b("k_id"),
)
_RECORD = sa.select(records.c.version, records.c.deleted, records.c.fields).where(*_RECORD_KEY)
_INSERT_RECORD = sa.insert(records)
_UPDATE_RECORD = sa.update(records).where(*_RECORD_KEY)


def apply_mutations(
    conn: sa.Connection,
    writer: Writer,
    city_id: str,
    client_id: str,
    mutations: Sequence[Mutation],
    now: datetime,
) -> list[Outcome]:
    """Apply a batch inside the caller's write transaction; one Outcome per mutation."""
    reason = policy.decide(writer.role, writer.city_ids, policy.Access.WRITE, city_id)
    if reason is not None:
        raise PushRefused(403, reason)
    # Lock the city and reserve a number per mutation; the unused ones are given back at the
    # end (still under the lock), so the sequence has no gaps.
    mutation_ids = sorted({m.mutation_id for m in mutations})
    # (Ids the database cannot hold are refused one by one below: never sent in a query.)
    record_ids = sorted({m.record_id for m in mutations if unstorable(m.record_id) is None})
    reservation = conn.execute(
        _RESERVE,
        {
            "city_id": city_id,
            "count": len(mutations),
            "client_id": client_id,
            "mutation_ids": mutation_ids,
            "record_ids": record_ids,
        },
    ).first()
    if reservation is None:
        raise PushRefused(404, reasons.no_such_city(city_id))
    reserved, stored_count, other_count = reservation
    counter = _Counter(reserved - len(mutations))
    stored = _stored_results(conn, client_id, mutation_ids) if stored_count else {}
    others: frozenset[str] = frozenset()
    if other_count:
        found = conn.execute(_OTHER_CITY, {"record_ids": record_ids, "city_id": city_id})
        others = frozenset(found.scalars())
    outcomes: list[Outcome] = []
    done: dict[str, Outcome] = {}
    new_results: list[dict[str, Any]] = []
    for mutation in mutations:
        if mutation.mutation_id in done:  # the same mutation twice in one batch
            outcomes.append(done[mutation.mutation_id])
            continue
        if mutation.mutation_id in stored:
            stored_city, result = stored[mutation.mutation_id]
            if stored_city == city_id:
                outcome = Outcome(MutationResult.model_validate(result))
            else:
                outcome = _rejected(mutation, reasons.MUTATION_ID_REUSED)
        else:
            outcome = _apply_one(conn, writer, city_id, client_id, mutation, counter, now, others)
            new_results.append(
                {
                    "client_id": client_id,
                    "mutation_id": mutation.mutation_id,
                    "city_id": city_id,
                    "result": outcome.result.model_dump(mode="json"),
                    "created_at": now,
                }
            )
        done[mutation.mutation_id] = outcome
        outcomes.append(outcome)
    if new_results:
        conn.execute(_STORE, new_results)
    if counter.value != reserved:
        conn.execute(_SET_SEQ, {"city_id": city_id, "seq": counter.value})
    return outcomes


def _stored_results(
    conn: sa.Connection, client_id: str, mutation_ids: list[str]
) -> dict[str, tuple[str, Any]]:
    rows = conn.execute(_STORED, {"client_id": client_id, "mutation_ids": mutation_ids})
    return {row.mutation_id: (row.city_id, row.result) for row in rows}


def _rejected(mutation: Mutation, error: str, *, forbidden: bool = False) -> Outcome:
    result = MutationResult(
        mutation_id=mutation.mutation_id, status=ResultStatus.REJECTED, error=error
    )
    return Outcome(result, forbidden)


def _applied(mutation: Mutation, version: int | None) -> Outcome:
    return Outcome(
        MutationResult(
            mutation_id=mutation.mutation_id, status=ResultStatus.APPLIED, version=version
        )
    )


def _deleted(mutation: Mutation, version: int) -> Outcome:
    return Outcome(
        MutationResult(
            mutation_id=mutation.mutation_id, status=ResultStatus.DELETED, version=version
        )
    )


def _edit_after_delete(cls: type[Record], mutation: Mutation, deleted_at: int) -> bool:
    """Whether an upsert of a soft-deleted record edits a version older than the deletion (not
    applied: the desktop asks "restore with my edits?"). An upsert based on the deletion's
    version is a deliberate restore."""
    return asks_before_restoring(cls) and mutation.base_version < deleted_at


def unstorable(value: Any, depth: int = 0) -> str | None:
    """Why a JSON value cannot be stored (text that cannot be kept, NaN, absurd nesting), or
    None. Sync G11: refused here, one mutation at a time, it never reaches the tables that
    every later pull of the city reads."""
    if depth > MAX_JSON_DEPTH:
        return reasons.TOO_DEEP
    if isinstance(value, str):
        return text_problem(value)
    if isinstance(value, float):
        return None if math.isfinite(value) else reasons.NOT_FINITE
    if isinstance(value, dict):
        for key, item in value.items():
            problem = unstorable(key, depth + 1) or unstorable(item, depth + 1)
            if problem:
                return problem
        return None
    if isinstance(value, (list, tuple)):
        for item in value:
            problem = unstorable(item, depth + 1)
            if problem:
                return problem
    return None


def _normal(cls: type[Record], name: str, value: Any) -> Any:
    """A field's value in canonical wire form (DomainError if it is not valid for the field)."""
    return wire_value(cls, name, python_value(cls, name, value))


@per_class
def _initial_values(cls: type[Record]) -> dict[str, Any]:
    """Each field's value before anyone writes it (its default; None when it has none)."""
    found: dict[str, Any] = {}
    for field in dataclasses.fields(cls):
        if field.name not in field_names(cls):
            continue
        if field.default is not dataclasses.MISSING:
            found[field.name] = wire_value(cls, field.name, field.default)
        elif field.default_factory is not dataclasses.MISSING:
            found[field.name] = wire_value(cls, field.name, field.default_factory())
        else:
            found[field.name] = None
    return found


def _initial(cls: type[Record], name: str) -> Any:
    return _initial_values(cls).get(name)


def _normal_lenient(cls: type[Record], name: str, value: Any) -> Any:
    try:
        return _normal(cls, name, value)
    except DomainError:
        return value


def _apply_one(
    conn: sa.Connection,
    writer: Writer,
    city_id: str,
    client_id: str,
    mutation: Mutation,
    counter: _Counter,
    now: datetime,
    other_cities_ids: frozenset[str] = frozenset(),
) -> Outcome:
    """One mutation. ``other_cities_ids``: record ids of the batch that another city holds."""
    # First of all, before any of its text reaches an answer or a table (sync G11).
    problem = unstorable(mutation.kind) or unstorable(mutation.record_id)
    if problem is not None:
        return _rejected(mutation, problem)
    reason = policy.decide(
        writer.role, writer.city_ids, policy.Access.WRITE, city_id, mutation.kind
    )
    if reason is not None:
        return _rejected(mutation, reason, forbidden=True)
    try:
        cls = record_type(mutation.kind)
    except DomainError:
        return _rejected(mutation, reasons.unknown_kind(mutation.kind))
    problem = unstorable(mutation.changes)
    if problem is not None:
        return _rejected(mutation, problem)
    key = {"k_city": city_id, "k_kind": cls.KIND, "k_id": mutation.record_id}
    row = conn.execute(_RECORD, key).first()
    if row is None and mutation.op is Op.UPSERT and mutation.record_id in other_cities_ids:
        # Sync G10: a record belongs to one city. Creating this id here would make a desktop
        # of both cities hold two records under one id; the other city's record stays as is.
        return _rejected(mutation, reasons.ID_OF_ANOTHER_CITY)

    if mutation.op is Op.DELETE:
        if cls.APPEND_ONLY:
            return _rejected(mutation, reasons.not_deletable(cls.KIND))
        if row is None or row.deleted:
            return _applied(mutation, None if row is None else row.version)
        deleted_at = counter.next()
        conn.execute(
            _UPDATE_RECORD,
            {
                **key,
                "deleted": True,
                "version": deleted_at,
                "updated_at": now,
                "updated_by": writer.username,
            },
        )
        return _applied(mutation, deleted_at)

    if row is not None and row.deleted and _edit_after_delete(cls, mutation, row.version):
        return _deleted(mutation, row.version)

    current: dict[str, Any] = dict(row.fields) if row is not None else {}
    merged = dict(current)
    overwritten: list[tuple[str, Any]] = []
    kept: list[tuple[FieldConflict, Any]] = []
    applied_long_text: list[str] = []
    # Sync G13: a record the city has one of, created here while someone created it elsewhere
    # (same derived id, never seen by this desktop): whatever both set differently is a
    # conflict the user resolves, not a silent overwrite.
    unique = unique_kind(cls)
    met = row is not None and mutation.base_version == 0 and unique is not None
    for name, (old, new) in mutation.changes.items():
        try:
            wanted = _normal(cls, name, new)
        except DomainError:
            return _rejected(mutation, reasons.invalid_field(cls, name))
        problem = unstorable(wanted)  # the text "nan" is a valid float, and no JSON (G11)
        if problem is not None:
            return _rejected(mutation, problem)
        if row is None or name not in current:
            merged[name] = wanted
            continue
        server = current[name]
        if server == wanted:
            continue
        # A creation carries no earlier value: its base is what the field is before anyone
        # writes it, and a field it leaves so keeps the value written elsewhere.
        created = mutation.base_version == 0 and old is None
        base = _initial(cls, name) if created else _normal_lenient(cls, name, old)
        if created and wanted == base:
            continue
        if server == base:
            merged[name] = wanted
            if name in cls.LONG_TEXT:
                applied_long_text.append(name)
        elif name in cls.LONG_TEXT or (met and unique is not None and name not in unique.stamps):
            # Edited on both sides: keep the server's, park the other for the user.
            kept.append((FieldConflict(field=name, mine=wanted, theirs=server), base))
        else:  # a short field: the later arrival wins, the replaced value goes to history
            overwritten.append((name, server))
            merged[name] = wanted

    try:
        record = from_wire(cls.KIND, mutation.record_id, city_id, merged)
    except DomainError:
        return _rejected(mutation, reasons.invalid_record(cls, mutation.record_id, city_id, merged))
    if row is None:  # sync G13: created only under the identity its city gives it
        refusal = identity_refusal(record)
        if refusal is not None:
            return _rejected(mutation, refusal)
    reason = policy.decide_record(writer.role, record)
    if reason is not None:
        return _rejected(mutation, reason, forbidden=True)
    reason = process_gates.refusal(conn, writer.role, city_id, record, now)
    if reason is not None:
        return Outcome(_rejected(mutation, reason).result, out_of_turn=True)
    fields = to_wire(record)
    changed = row is None or row.deleted or fields != current
    if cls.APPEND_ONLY and row is not None and changed:
        return _rejected(mutation, reasons.not_changeable(cls.KIND))

    version: int | None = row.version if row is not None else None
    if changed:
        version = counter.next()
        values = {
            "version": version,
            "deleted": False,
            "fields": fields,
            "updated_at": now,
            "updated_by": writer.username,
        }
        if row is None:
            conn.execute(
                _INSERT_RECORD,
                {"city_id": city_id, "kind": cls.KIND, "id": mutation.record_id, **values},
            )
        else:
            conn.execute(_UPDATE_RECORD, {**key, **values})
        _keep_history(
            conn, city_id, cls.KIND, mutation.record_id, overwritten, version, writer, now
        )
        if applied_long_text:
            _resolve_conflicts(conn, city_id, cls.KIND, mutation.record_id, applied_long_text, now)
    if kept:
        conn.execute(
            sa.insert(conflicts),
            [
                {
                    "city_id": city_id,
                    "kind": cls.KIND,
                    "record_id": mutation.record_id,
                    "field": conflict.field,
                    "mine": conflict.mine,
                    "theirs": conflict.theirs,
                    "base": base,
                    "client_id": client_id,
                    "mutation_id": mutation.mutation_id,
                    "username": writer.username,
                    "created_at": now,
                }
                for conflict, base in kept
            ],
        )
        return Outcome(
            MutationResult(
                mutation_id=mutation.mutation_id,
                status=ResultStatus.CONFLICT,
                version=version,
                conflicts=[conflict for conflict, _ in kept],
            )
        )
    return _applied(mutation, version)


def _keep_history(
    conn: sa.Connection,
    city_id: str,
    kind: str,
    record_id: str,
    overwritten: Iterable[tuple[str, Any]],
    version: int,
    writer: Writer,
    now: datetime,
) -> None:
    rows = [
        {
            "city_id": city_id,
            "kind": kind,
            "record_id": record_id,
            "field": name,
            "value": value,
            "version": version,
            "replaced_by": writer.username,
            "replaced_at": now,
        }
        for name, value in overwritten
    ]
    if rows:
        conn.execute(sa.insert(record_history), rows)


def _resolve_conflicts(
    conn: sa.Connection, city_id: str, kind: str, record_id: str, names: list[str], now: datetime
) -> None:
    """A long text written by someone who had seen the server's value settles its conflicts."""
    conn.execute(
        sa.update(conflicts)
        .where(
            conflicts.c.city_id == city_id,
            conflicts.c.kind == kind,
            conflicts.c.record_id == record_id,
            conflicts.c.field.in_(names),
            conflicts.c.resolved.is_(False),
        )
        .values(resolved=True, resolved_at=now)
    )


def push(
    engine: sa.Engine,
    writer: Writer,
    city_id: str,
    client_id: str,
    mutations: Sequence[Mutation],
    now: datetime,
) -> list[Outcome]:
    """A whole batch in one transaction."""
    with engine.connect() as conn:
        return push_on(conn, lambda _: writer, city_id, client_id, mutations, now).outcomes


@dataclasses.dataclass(frozen=True)
class Pushed:
    outcomes: list[Outcome]
    page: PullResponse | None  # the pull asked for with the push, if any


def push_on(
    conn: sa.Connection,
    writer_of: Callable[[sa.Connection], Writer],
    city_id: str,
    client_id: str,
    mutations: Sequence[Mutation],
    now: datetime,
    *,
    pull_since: int | None = None,
    pull_limit: int = DEFAULT_PAGE,
) -> Pushed:
    """A whole batch in one transaction on the caller's connection (outside a transaction).
    ``writer_of`` runs first in that transaction and says who writes: the request's token
    lookup joins the push's round trips instead of needing a connection of its own.

    With ``pull_since``, the city's changes after it are read at the end of the transaction,
    under the city's lock: every change numbered before this batch's has committed and none
    after can exist yet, so the page skips nothing and holds this batch's own changes.

    Two concurrent pushes of one mutation id to *different* cities do not share a lock; the
    loser hits the idempotency key and runs again, finding the stored answer."""
    for attempt in range(3):
        try:
            with db.write_on(conn):
                writer = writer_of(conn)
                outcomes = apply_mutations(conn, writer, city_id, client_id, mutations, now)
                page = None
                if pull_since is not None:
                    page = reads.pull(conn, city_id, pull_since, pull_limit)
                return Pushed(outcomes, page)
        except sa.exc.IntegrityError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")
