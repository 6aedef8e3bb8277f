"""The local database schema: one table per record kind, derived from the domain dataclasses,
plus the outbox and the sync bookkeeping. Alembic migrations create it; a test checks they agree."""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa

from migradesk.domain.base import Record, field_types
from migradesk.domain.kinds import record_types
from migradesk.storage.types import StrEnumType, TypedJson, UtcDateTime

metadata = sa.MetaData()

# Columns every record table has besides the record's own fields.
META_COLUMNS = ("id", "city_id", "version", "deleted", "updated_at")


def _unwrap_optional(hint: Any) -> tuple[Any, bool]:
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return rest[0], True
    return hint, False


def column_type(hint: Any) -> sa.types.TypeEngine[Any]:
    if hint is bool:
        return sa.Boolean()
    if hint is int:
        return sa.Integer()
    if hint is float:
        return sa.Float()
    if hint is str:
        return sa.Text()
    if hint is datetime:
        return UtcDateTime()
    if hint is date:
        return sa.Date()
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return StrEnumType(hint)
    return TypedJson(hint)


def _server_default(hint: Any, default: Any) -> sa.TextClause | None:
    """Defaults in the schema too, so that a migration adding a column fills existing rows."""
    if default is dataclasses.MISSING or default is None:
        return None
    if isinstance(default, bool):
        return sa.text("1" if default else "0")
    if isinstance(default, (int, float)):
        return sa.text(str(default))
    if isinstance(default, str):
        return sa.text("'" + default.replace("'", "''") + "'")
    return None


def _record_table(cls: type[Record]) -> sa.Table:
    columns: list[sa.Column[Any]] = [
        # A record's identity is (id, city) (sync G10): the same id under two cities is two
        # records, and nothing written for one city can reach a row of another.
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("city_id", sa.String(36), primary_key=True, index=True),
        # The server version this copy is based on; 0 = never synced.
        sa.Column("version", sa.Integer, nullable=False, server_default=sa.text("0")),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.text("0")),
        # Local clock, for display only (sync never orders by it).
        sa.Column("updated_at", UtcDateTime, nullable=False),
    ]
    defaults = {f.name: f.default for f in dataclasses.fields(cls)}
    for name, hint in field_types(cls).items():
        inner, optional = _unwrap_optional(hint)
        columns.append(
            sa.Column(
                name,
                column_type(inner),
                nullable=optional,
                server_default=_server_default(inner, defaults[name]),
            )
        )
    return sa.Table(cls.KIND, metadata, *columns)


RECORD_TABLES: dict[type[Record], sa.Table] = {cls: _record_table(cls) for cls in record_types()}

meta = sa.Table(
    "meta",
    metadata,
    sa.Column("key", sa.String(60), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)
# The meta key of where this desktop syncs to and as whom (``sync_settings``): the store reads
# the role in it to refuse what that role may not write.
SYNC_SETTINGS_KEY = "sync.settings"

# Every local change of a syncable record, written in the same transaction as the record.
outbox = sa.Table(
    "outbox",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("mutation_id", sa.String(36), nullable=False, unique=True),
    sa.Column("city_id", sa.String(36), nullable=False, index=True),
    sa.Column("kind", sa.String(40), nullable=False),
    sa.Column("record_id", sa.String(36), nullable=False, index=True),
    sa.Column("op", sa.String(10), nullable=False),  # upsert | delete
    # {field: [old, new]} in wire (JSON) form.
    sa.Column("changes", sa.JSON, nullable=False),
    sa.Column("base_version", sa.Integer, nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    # pending → sending (a push is in flight: never coalesce into it) → deleted on ack; or rejected.
    sa.Column("state", sa.String(10), nullable=False, server_default=sa.text("'pending'")),
    sa.Column("error", sa.Text, nullable=True),
)

sync_state = sa.Table(
    "sync_state",
    metadata,
    sa.Column("city_id", sa.String(36), primary_key=True),
    sa.Column("cursor", sa.Integer, nullable=False, server_default=sa.text("0")),
    sa.Column("last_success_at", UtcDateTime, nullable=True),
    sa.Column("last_error", sa.Text, nullable=True),
)

# Same long text edited on two sides: both values kept until the user decides. ``source``: "sync"
# (this desktop and the server: the row holds mine, ``theirs`` the server's latest) or "local" (an
# edit based on a value that changed meanwhile on this computer: the row keeps the stored value,
# ``mine`` the edit; see storage/edits.py).
conflicts = sa.Table(
    "conflicts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("city_id", sa.String(36), nullable=False, index=True),
    sa.Column("kind", sa.String(40), nullable=False),
    sa.Column("record_id", sa.String(36), nullable=False, index=True),
    sa.Column("field", sa.String(60), nullable=False),
    sa.Column("mine", sa.JSON, nullable=True),
    sa.Column("theirs", sa.JSON, nullable=True),
    sa.Column("base", sa.JSON, nullable=True),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("resolved_at", UtcDateTime, nullable=True),
    sa.Column("source", sa.String(10), nullable=False, server_default=sa.text("'sync'")),
)

# Values replaced by someone else's later change (sync G4: never lost silently).
history = sa.Table(
    "history",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("city_id", sa.String(36), nullable=False, index=True),
    sa.Column("kind", sa.String(40), nullable=False),
    sa.Column("record_id", sa.String(36), nullable=False, index=True),
    sa.Column("field", sa.String(60), nullable=False),
    sa.Column("value", sa.JSON, nullable=True),
    sa.Column("replaced_at", UtcDateTime, nullable=False),
)

SYNC_TABLES = ("sync_state", "conflicts", "history")  # added by migration 0002
