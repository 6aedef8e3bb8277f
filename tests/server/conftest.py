"""Server fixtures: the app on SQLite and, when MIGRADESK_TEST_PG names a server, PostgreSQL.

MIGRADESK_TEST_PG is a URL such as
``postgresql+psycopg://migradesk_test:migradesk_test@127.0.0.1:5432/migradesk_test``
(``packaging/ci/postgres.sh`` prints one). The session creates its own database from it, migrates
it once and truncates the tables before each test; without the variable the PostgreSQL
parameters are skipped.
"""

from __future__ import annotations

import shutil
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi import FastAPI

from migradesk.server import db
from migradesk.server.app import create_app

sys.path.insert(0, str(Path(__file__).parent))  # the serverkit helpers, beside the tests

import serverkit
from serverkit import FAST, TestClient, World


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A database of this test session on the PostgreSQL of MIGRADESK_TEST_PG, migrated."""
    base = serverkit.pg_base_url()
    if base is None:
        pytest.skip(f"set {serverkit.PG_ENV} to run against PostgreSQL")
    with serverkit.fresh_pg_database(base) as url:
        engine = db.create_engine(url)
        try:
            db.upgrade(engine)
        finally:
            engine.dispose()
        yield url


@pytest.fixture(scope="session")
def sqlite_dir() -> Iterator[Path]:
    with serverkit.fast_tmp_dir() as folder:
        yield folder


@pytest.fixture(scope="session")
def sqlite_template(sqlite_dir: Path) -> Path:
    """A migrated SQLite database, copied for each test (cheaper than migrating each time)."""
    path = sqlite_dir / "template.sqlite3"
    engine = db.create_engine(f"sqlite:///{path}")
    try:
        db.upgrade(engine)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, sqlite_dir: Path) -> Iterator[str]:
    if request.param == "sqlite":
        path = sqlite_dir / f"{uuid.uuid4().hex}.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        return
    url: str = request.getfixturevalue("pg_url")
    serverkit.truncate_all(url)
    yield url


@pytest.fixture
def engine(database_url: str) -> Iterator[sa.Engine]:
    engine = db.create_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def app(engine: sa.Engine) -> FastAPI:
    return create_app(engine=engine, settings=FAST)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def world(client: TestClient, engine: sa.Engine) -> World:
    return World(client, engine)
