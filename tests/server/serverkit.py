"""Test support for the server: databases (SQLite, PostgreSQL), accounts, a real server process."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import types
import typing
import uuid
import warnings
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import requests
import sqlalchemy as sa

with warnings.catch_warnings():
    # Starlette 1.x prefers httpx2 for its TestClient; httpx (installed) works the same.
    warnings.filterwarnings("ignore", "Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient as TestClient

from migradesk.domain.base import Record, Role, field_types, record_type, to_wire
from migradesk.domain.city import Region
from migradesk.server import accounts, cities, db
from migradesk.server.auth import Passwords
from migradesk.server.settings import Argon2Params, Settings
from migradesk.wire.protocol import LOGIN_PATH, PROTOCOL_HEADER, PROTOCOL_VERSION

PG_ENV = "MIGRADESK_TEST_PG"
PASSWORD = "una-clave-larga-de-prueba"
# Real argon2id, at the lowest cost: tests create many accounts.
FAST = Settings(argon2=Argon2Params(time_cost=1, memory_cost_kib=8, parallelism=1))
PROTOCOL = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}


def now() -> datetime:
    return datetime.now(UTC)


# PostgreSQL


def pg_base_url() -> str | None:
    return os.environ.get(PG_ENV) or None


@contextlib.contextmanager
def fresh_pg_database(base: str) -> Iterator[str]:
    """A new, empty database on the server of ``base`` (dropped afterwards); yields its URL."""
    name = f"migradesk_t_{os.getpid()}_{secrets.token_hex(4)}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
            # Tests need no durability: commits need not wait for the disk (the server's own
            # settings are untouched; the benchmark uses a database of its own).
            conn.exec_driver_sql(f'ALTER DATABASE "{name}" SET synchronous_commit TO off')
        url = sa.make_url(base).set(database=name).render_as_string(hide_password=False)
        try:
            yield url
        finally:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


def truncate_all(url: str) -> None:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"TRUNCATE {', '.join(db.TABLES)} RESTART IDENTITY CASCADE")
    finally:
        engine.dispose()


@contextlib.contextmanager
def fast_tmp_dir() -> Iterator[Path]:
    """A temporary folder in memory when there is one (/dev/shm): SQLite's fsync per commit
    (synchronous=FULL, as in production) then costs nothing."""
    shm = Path("/dev/shm")
    parent = shm if shm.is_dir() and os.access(shm, os.W_OK) else None
    folder = Path(tempfile.mkdtemp(prefix="migradesk-test-", dir=parent))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# Accounts and cities


def add_city(engine: sa.Engine, name: str, province: str = "Jujuy") -> str:
    city = cities.build_city(name, province, region=Region.NOROESTE)
    with db.write(engine) as conn:
        cities.create_city(conn, city, now())
    return city.id


def add_user(engine: sa.Engine, username: str, role: Role, city_ids: Sequence[str] = ()) -> None:
    with db.write(engine) as conn:
        accounts.create_user(
            conn,
            Passwords(FAST.argon2),
            FAST,
            username=username,
            password=PASSWORD,
            role=role,
            city_ids=list(city_ids),
            now=now(),
        )


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", **PROTOCOL}


class World:
    """Cities and accounts on the app under test, and logged-in headers for them."""

    def __init__(self, client: TestClient, engine: sa.Engine) -> None:
        self.client = client
        self.engine = engine

    def city(self, name: str, province: str = "Jujuy") -> str:
        return add_city(self.engine, name, province)

    def user(self, username: str, role: Role, city_ids: Sequence[str] = ()) -> None:
        add_user(self.engine, username, role, city_ids)

    def login(self, username: str, password: str = PASSWORD) -> dict[str, str]:
        response = self.client.post(
            LOGIN_PATH, json={"username": username, "password": password}, headers=PROTOCOL
        )
        assert response.status_code == 200, response.text
        return bearer(response.json()["token"])

    def account(self, username: str, role: Role, city_ids: Sequence[str] = ()) -> dict[str, str]:
        self.user(username, role, city_ids)
        return self.login(username)

    def seq(self, city_id: str) -> int:
        with db.read(self.engine) as conn:
            return int(
                conn.execute(
                    sa.select(db.cities.c.seq).where(db.cities.c.id == city_id)
                ).scalar_one()
            )

    def rows(self, table: sa.Table, **where: Any) -> list[sa.RowMapping]:
        query = sa.select(table).where(*(table.c[name] == value for name, value in where.items()))
        with db.read(self.engine) as conn:
            return list(conn.execute(query).mappings())


def store_unchecked(engine: sa.Engine, city_id: str, record: Record) -> None:
    """Write a record straight into the records table, past every check of the push: what an
    older server may have accepted (the next number of its city's sequence)."""
    with db.write(engine) as conn:
        seq = conn.execute(
            sa.update(db.cities)
            .where(db.cities.c.id == city_id)
            .values(seq=db.cities.c.seq + 1)
            .returning(db.cities.c.seq)
        ).scalar_one()
        values = {"kind": record.KIND, "id": record.id, "version": seq, "updated_at": now()}
        conn.execute(
            sa.insert(db.records).values(city_id=city_id, fields=to_wire(record), **values)
        )


# Building requests


def mutation(
    record: Record | None = None,
    *,
    kind: str | None = None,
    record_id: str | None = None,
    changes: dict[str, list[Any]] | None = None,
    op: str = "upsert",
    base_version: int = 0,
    mutation_id: str | None = None,
) -> dict[str, Any]:
    """A mutation as the desktop sends it; for a record, every field from None to its value."""
    if record is not None:
        kind = record.KIND
        record_id = record.id
        if changes is None:
            changes = {name: [None, value] for name, value in to_wire(record).items()}
    assert kind is not None and record_id is not None
    return {
        "mutation_id": mutation_id or str(uuid.uuid4()),
        "kind": kind,
        "record_id": record_id,
        "op": op,
        "changes": changes or {},
        "base_version": base_version,
    }


def push_body(
    city_id: str, mutations: list[dict[str, Any]], client_id: str = "desk-1"
) -> dict[str, Any]:
    return {
        "protocol": PROTOCOL_VERSION,
        "client_id": client_id,
        "city_id": city_id,
        "mutations": mutations,
    }


def _sample_value(hint: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return None
    if hint is str:
        return "x"
    if hint is bool:
        return False
    if hint is int:
        return 1
    if hint is float:
        return 1.0
    if hint is date:
        return "2026-01-01"
    if hint is datetime:
        return "2026-01-01T00:00:00Z"
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return next(iter(hint)).value
    if origin is list:
        return []
    if origin is dict:
        return {}
    raise TypeError(f"no sample value for {hint!r}")


def sample_fields(kind: str, **overrides: Any) -> dict[str, Any]:
    """Wire fields of a minimal valid record of ``kind`` (required fields only, plus overrides)."""
    cls = record_type(kind)
    hints = field_types(cls)
    required = [
        f.name
        for f in dataclasses.fields(cls)
        if f.name in hints
        and f.default is dataclasses.MISSING
        and f.default_factory is dataclasses.MISSING
    ]
    return {name: _sample_value(hints[name]) for name in required} | overrides


def record_id_for(kind: str, city_id: str, fields: dict[str, Any], default: str) -> str:
    """The id a record of ``kind`` with these fields takes in ``city_id``: derived from the city
    for the kinds it has one of (sync G13: the server creates them under no other), else
    ``default``."""
    from migradesk.domain.base import from_wire
    from migradesk.domain.unique import identity

    return identity(from_wire(kind, default, city_id, fields)) or default


# A real server process


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def run_cli(
    args: Sequence[str], *, db_url: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``migradesk-server`` as a subprocess (python -m migradesk.server.cli)."""
    return subprocess.run(
        [sys.executable, "-m", "migradesk.server.cli", *args, "--db", db_url],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


class ServerProcess:
    """``migradesk-server serve`` on a free loopback port, until stop()."""

    def __init__(self, db_url: str, log_path: Path, *, workers: int = 1) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self._tokens: dict[str, str] = {}
        self._log = log_path.open("w")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "migradesk.server.cli",
                "serve",
                "--db",
                db_url,
                "--port",
                str(self.port),
                "--workers",
                str(workers),
                "--log-level",
                "warning",
            ],
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        self._wait_healthy()

    def _wait_healthy(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited: {self.log_path.read_text()}")
            try:
                if requests.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return
            except requests.ConnectionError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"the server did not become healthy: {self.log_path.read_text()}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()

    def login(self, username: str, password: str = PASSWORD) -> requests.Session:
        """A session with a token of ``username`` (one login per account: argon2 at full cost)."""
        if username not in self._tokens:
            response = requests.post(
                f"{self.url}{LOGIN_PATH}",
                json={"username": username, "password": password},
                headers=PROTOCOL,
                timeout=30,
            )
            assert response.status_code == 200, response.text
            self._tokens[username] = response.json()["token"]
        session = requests.Session()
        session.headers.update(bearer(self._tokens[username]))
        return session
