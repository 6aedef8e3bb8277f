"""The server schema: migrations agree with the tables; engines are configured for durability."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from migradesk.server import db
from migradesk.server.app import create_app


def test_migrations_match_the_tables(engine: sa.Engine) -> None:
    assert db.current_revision(engine) == db.head_revision()
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, db.metadata) == []


def test_upgrade_is_idempotent(engine: sa.Engine) -> None:
    assert db.upgrade(engine) is False


def test_sqlite_is_wal_with_full_sync(tmp_path: Path) -> None:
    engine = db.create_engine(f"sqlite:///{tmp_path / 's.sqlite3'}")
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()


def test_an_unmigrated_or_newer_database_is_refused(tmp_path: Path) -> None:
    engine = db.create_engine(f"sqlite:///{tmp_path / 's.sqlite3'}")
    try:
        with pytest.raises(db.DatabaseNotReady, match="init-db"):
            create_app(engine=engine)
        db.upgrade(engine)
        with engine.begin() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
        with pytest.raises(db.DatabaseNotReady, match="newer than this server"):
            db.upgrade(engine)
    finally:
        engine.dispose()


def test_only_sqlite_and_postgresql_urls() -> None:
    with pytest.raises(ValueError, match="unsupported database URL"):
        db.create_engine("mysql://localhost/x")
    engine = db.create_engine("postgresql://user@localhost/x")  # no connection yet
    assert engine.url.drivername == "postgresql+psycopg"
    engine.dispose()
