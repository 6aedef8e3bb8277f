"""The server's tables, the engine factory (SQLite WAL or PostgreSQL) and its migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Dialect

metadata = sa.MetaData()

# Autoincrementing ids: BIGINT on PostgreSQL, INTEGER (the rowid alias) on SQLite.
BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
# JSON documents: JSONB on PostgreSQL, JSON text on SQLite.
Json = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(sa.TypeDecorator[datetime]):
    """An aware UTC datetime: TIMESTAMPTZ in PostgreSQL, UTC text in SQLite (which sorts)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; use an aware datetime")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


users = sa.Table(
    "users",
    metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column("username", sa.String(200), nullable=False, unique=True),
    sa.Column("password_hash", sa.Text, nullable=False),  # argon2id, never the password
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("password_changed_at", UtcDateTime, nullable=False),
)

cities = sa.Table(
    "cities",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("province", sa.String(100), nullable=False),
    sa.Column("indec_code", sa.String(20), nullable=False, server_default=""),
    # The city's sequence: the version of its last change. Assigned under this row's lock.
    sa.Column("seq", sa.BigInteger, nullable=False, server_default=sa.text("0")),
    sa.Column("created_at", UtcDateTime, nullable=False),
)

# The cities of a focal point or official (reviewers and admins see every city).
user_cities = sa.Table(
    "user_cities",
    metadata,
    sa.Column("user_id", BigId, sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("city_id", sa.String(64), sa.ForeignKey("cities.id"), primary_key=True),
)

# Device tokens: only the SHA-256 of the token is kept.
tokens = sa.Table(
    "tokens",
    metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column(
        "user_id",
        BigId,
        sa.ForeignKey("users.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("device_name", sa.String(200), nullable=False, server_default=""),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("expires_at", UtcDateTime, nullable=False),
    sa.Column("last_used_at", UtcDateTime, nullable=True),
    sa.Column("revoked_at", UtcDateTime, nullable=True),
)

# Every record of every city, as its latest state in wire form (full fields).
records = sa.Table(
    "records",
    metadata,
    sa.Column("city_id", sa.String(64), sa.ForeignKey("cities.id"), primary_key=True),
    sa.Column("kind", sa.String(40), primary_key=True),
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("version", sa.BigInteger, nullable=False),  # the city seq of its last change
    sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("fields", Json, nullable=False),
    sa.Column("updated_at", UtcDateTime, nullable=False),
    sa.Column("updated_by", sa.String(200), nullable=False, server_default=""),
    sa.Index("ix_records_city_version", "city_id", "version", unique=True),
    # A record id belongs to one city (sync G10): a push looks its ids up in every city.
    sa.Index("ix_records_id", "id"),
)

# Values overwritten by a later arrival (sync G4: kept, never lost silently).
record_history = sa.Table(
    "record_history",
    metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column("city_id", sa.String(64), nullable=False),
    sa.Column("kind", sa.String(40), nullable=False),
    sa.Column("record_id", sa.String(64), nullable=False),
    sa.Column("field", sa.String(60), nullable=False),
    sa.Column("value", Json, nullable=True),  # the value that was replaced
    sa.Column("version", sa.BigInteger, nullable=False),  # the version that replaced it
    sa.Column("replaced_by", sa.String(200), nullable=False),
    sa.Column("replaced_at", UtcDateTime, nullable=False),
    sa.Index("ix_record_history_record", "city_id", "kind", "record_id"),
)

# Long text edited on both sides: the server keeps its value, the pushed one waits here.
conflicts = sa.Table(
    "conflicts",
    metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column("city_id", sa.String(64), nullable=False),
    sa.Column("kind", sa.String(40), nullable=False),
    sa.Column("record_id", sa.String(64), nullable=False),
    sa.Column("field", sa.String(60), nullable=False),
    sa.Column("mine", Json, nullable=True),  # what the mutation wanted
    sa.Column("theirs", Json, nullable=True),  # the server value it would have replaced
    sa.Column("base", Json, nullable=True),  # what the desktop had seen
    sa.Column("client_id", sa.String(64), nullable=False),
    sa.Column("mutation_id", sa.String(64), nullable=False),
    sa.Column("username", sa.String(200), nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("resolved", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("resolved_at", UtcDateTime, nullable=True),
    sa.Index("ix_conflicts_record", "city_id", "kind", "record_id"),
)

# (client_id, mutation_id) → the MutationResult, committed with the mutation's effect.
idempotency = sa.Table(
    "idempotency",
    metadata,
    sa.Column("client_id", sa.String(64), primary_key=True),
    sa.Column("mutation_id", sa.String(64), primary_key=True),
    sa.Column("city_id", sa.String(64), nullable=False),
    sa.Column("result", Json, nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
)

login_attempts = sa.Table(
    "login_attempts",
    metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column("username", sa.String(200), nullable=False),
    sa.Column("address", sa.String(100), nullable=False),
    sa.Column("at", UtcDateTime, nullable=False),
    sa.Column("success", sa.Boolean, nullable=False),
    sa.Index("ix_login_attempts_username_at", "username", "at"),
    sa.Index("ix_login_attempts_address_at", "address", "at"),
)

# City selection (issue 14): IOM's campaigns, the access requests of cities not yet in the
# programme, the applications of each campaign, IOM's Census figures per candidate, the
# selection runs (records: inputs, decisions, outcome), the offers after the results and the
# financial support. IOM's data: no desktop of a city reads these tables.
campaigns = sa.Table(
    "campaigns",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("launched_on", sa.Date, nullable=False),
    sa.Column("deadline", sa.Date, nullable=False),  # launch + 4 weeks (the calendar)
    sa.Column("closed_at", UtcDateTime, nullable=True),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("created_by", sa.String(200), nullable=False),
)

access_requests = sa.Table(
    "access_requests",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("campaign_id", sa.String(64), sa.ForeignKey("campaigns.id"), nullable=False),
    sa.Column("city_id", sa.String(64), nullable=False),  # the desktop's city id
    sa.Column("indec_code", sa.String(20), nullable=False, server_default=""),
    sa.Column("city_name", sa.String(200), nullable=False),
    sa.Column("province", sa.String(100), nullable=False),
    sa.Column("username", sa.String(200), nullable=False),
    sa.Column("password_hash", sa.Text, nullable=False),  # argon2id, never the password
    sa.Column("contact", Json, nullable=False),
    sa.Column("snapshot", Json, nullable=False),  # the application as sent (wire records)
    sa.Column("claim_hash", sa.String(64), nullable=False),  # SHA-256 of the status secret
    sa.Column("address", sa.String(100), nullable=False),
    sa.Column("received_at", UtcDateTime, nullable=False),
    sa.Column("state", sa.String(20), nullable=False),
    sa.Column("decided_at", UtcDateTime, nullable=True),
    sa.Column("decided_by", sa.String(200), nullable=False, server_default=""),
    sa.Column("reason", sa.Text, nullable=False, server_default=""),
    sa.Index("ix_access_requests_address_at", "address", "received_at"),
    sa.Index("ix_access_requests_state", "state"),
)

applications = sa.Table(
    "applications",
    metadata,
    sa.Column("campaign_id", sa.String(64), sa.ForeignKey("campaigns.id"), primary_key=True),
    sa.Column("city_id", sa.String(64), sa.ForeignKey("cities.id"), primary_key=True),
    sa.Column("snapshot", Json, nullable=False),
    sa.Column("sent_at", UtcDateTime, nullable=False),
    sa.Column("sent_by", sa.String(200), nullable=False),
    sa.Column("via", sa.String(20), nullable=False),  # "solicitud" or "cuenta"
)

candidate_figures = sa.Table(
    "candidate_figures",
    metadata,
    sa.Column("campaign_id", sa.String(64), sa.ForeignKey("campaigns.id"), primary_key=True),
    sa.Column("city_id", sa.String(64), primary_key=True),
    sa.Column("foreign_born", sa.Integer, nullable=False),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("entered_at", UtcDateTime, nullable=False),
    sa.Column("entered_by", sa.String(200), nullable=False),
)

selection_runs = sa.Table(
    "selection_runs",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("campaign_id", sa.String(64), sa.ForeignKey("campaigns.id"), nullable=True),
    sa.Column("title", sa.String(200), nullable=False),
    sa.Column("version", sa.Integer, nullable=False),  # +1 on each decision recorded
    sa.Column("status", sa.String(30), nullable=False),
    sa.Column("record", Json, nullable=False),  # selection_record.dump_run
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("created_by", sa.String(200), nullable=False),
    sa.Column("updated_at", UtcDateTime, nullable=False),
    sa.Column("published_at", UtcDateTime, nullable=True),
    sa.Column("published_by", sa.String(200), nullable=False, server_default=""),
)

selection_offers = sa.Table(
    "selection_offers",
    metadata,
    sa.Column("run_id", sa.String(64), sa.ForeignKey("selection_runs.id"), primary_key=True),
    sa.Column("city_id", sa.String(64), primary_key=True),
    sa.Column("region", sa.String(30), nullable=False),
    sa.Column("notified_on", sa.Date, nullable=False),
    sa.Column("state", sa.String(20), nullable=False),
    sa.Column("replaces", sa.String(64), nullable=True),
    sa.Column("settled_on", sa.Date, nullable=True),
    sa.Column("note", sa.Text, nullable=False, server_default=""),
    sa.Column("updated_at", UtcDateTime, nullable=False),
    sa.Column("updated_by", sa.String(200), nullable=False),
)

selection_support = sa.Table(
    "selection_support",
    metadata,
    sa.Column("run_id", sa.String(64), sa.ForeignKey("selection_runs.id"), primary_key=True),
    sa.Column("city_id", sa.String(64), primary_key=True),
    sa.Column("record", Json, nullable=False),  # selection_offers.Support, as JSON
    sa.Column("updated_at", UtcDateTime, nullable=False),
    sa.Column("updated_by", sa.String(200), nullable=False),
)

TABLES = (
    "users",
    "cities",
    "user_cities",
    "tokens",
    "records",
    "record_history",
    "conflicts",
    "idempotency",
    "login_attempts",
    "campaigns",
    "access_requests",
    "applications",
    "candidate_figures",
    "selection_runs",
    "selection_offers",
    "selection_support",
)


# Engines


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, see _sqlite_begin
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")  # an acknowledged push survives a power cut
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_begin(connection: sa.Connection) -> None:
    # Writers take the lock at BEGIN: no deadlock upgrading a read lock, and writers queue.
    immediate = connection.get_execution_options().get("immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_engine(url: str, *, pool_size: int = 10) -> sa.Engine:
    """An engine for ``sqlite:///path`` (WAL, full sync) or ``postgresql+psycopg://…``."""
    parsed = sa.make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.drivername == "sqlite":
            parsed = parsed.set(drivername="sqlite+pysqlite")
        engine = sa.create_engine(parsed, connect_args={"check_same_thread": False})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        sa.event.listen(engine, "begin", _sqlite_begin)
        return engine
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return sa.create_engine(
            parsed,
            pool_size=pool_size,
            max_overflow=pool_size * 2,
            # No ping per checkout (a round trip on every request): a connection the database
            # dropped fails one request with 503 + Retry-After, and the pool is renewed.
            pool_pre_ping=False,
            pool_recycle=1800,
        )
    raise ValueError(f"unsupported database URL {url!r}: use sqlite:/// or postgresql+psycopg://")


def is_postgres(engine: sa.Engine | sa.Connection) -> bool:
    return engine.dialect.name == "postgresql"


@contextmanager
def write(engine: sa.Engine) -> Iterator[sa.Connection]:
    """A write transaction (SQLite: BEGIN IMMEDIATE; PostgreSQL: READ COMMITTED + row locks)."""
    with engine.connect() as conn, write_on(conn):
        yield conn


@contextmanager
def read(engine: sa.Engine) -> Iterator[sa.Connection]:
    """A read: on PostgreSQL in autocommit (each statement sees the latest commits; no BEGIN
    and COMMIT round trips on the hot path); on SQLite one deferred transaction."""
    with engine.connect() as conn, read_on(conn):
        yield conn


@contextmanager
def write_on(conn: sa.Connection) -> Iterator[sa.Connection]:
    """``write`` on a connection the caller holds (e.g. one request's), outside a transaction."""
    with conn.execution_options(immediate=True).begin():
        yield conn


@contextmanager
def read_on(conn: sa.Connection) -> Iterator[sa.Connection]:
    """``read`` on a connection the caller holds, outside a transaction; on PostgreSQL the
    connection stays in autocommit until it goes back to the pool (which resets it)."""
    if conn.dialect.name == "postgresql":
        yield conn.execution_options(isolation_level="AUTOCOMMIT")
        return
    with conn.execution_options(immediate=False).begin():
        yield conn


# Migrations


def migrations_config(connection: sa.Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", "migradesk.server:migrations")
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(migrations_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: sa.Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


class DatabaseNotReady(Exception):
    """The database has no server schema, or an older or newer one: run init-db."""


def upgrade(engine: sa.Engine) -> bool:
    """Bring the schema to the newest revision; returns whether anything was done."""
    revision = current_revision(engine)
    known = {
        rev.revision for rev in ScriptDirectory.from_config(migrations_config()).walk_revisions()
    }
    if revision is not None and revision not in known:
        raise DatabaseNotReady(
            f"the database schema ({revision}) is newer than this server: upgrade migradesk-server"
        )
    if revision == head_revision():
        return False
    with engine.begin() as conn:
        command.upgrade(migrations_config(conn), "head")
    return True


def check_schema(engine: sa.Engine) -> None:
    revision = current_revision(engine)
    if revision != head_revision():
        raise DatabaseNotReady(
            f"the database schema is at {revision or 'nothing'}, this server needs "
            f"{head_revision()}: run `migradesk-server init-db`"
        )
