"""Server: 100 desktops syncing at once against `migradesk-server serve --workers 2`.

Each client runs incremental syncs — push one change, then pull since its cursor — on a
keep-alive loopback connection, the way the sync engine does: one POST that pushes and pulls
(``?pull_since=<cursor>``), then GET pulls only while the page says more follow. The clients
are asyncio tasks in one thread speaking plain HTTP/1.1 (they share the machine with the
server: they must take little of its CPU).

Paced phase (~20 s): together the clients offer 200 syncs/s (each syncs every 0.5 s,
staggered), the target load; reported: syncs/s achieved and p50/p99 of a whole sync (push +
pull, one request). Targets: ≥ 200 syncs/s with p99 ≤ 250 ms. Then a saturation phase
(~10 s): every client syncs back to back, which shows the server's ceiling (there, latency is
just clients ÷ throughput). Also the size of a no-op pull (one request).

    python bench/server_sync.py [--clients 100] [--seconds 20] [--rate 200]
                                [--saturation-seconds 10] [--workers 2] [--db URL]
    python -m bench server_sync      (once listed in bench/__main__.py; `run()` returns the rows)

The database: --db, else MIGRADESK_BENCH_PG, else MIGRADESK_TEST_PG (a PostgreSQL URL as
printed by packaging/ci/postgres.sh; the benchmark creates and drops a database of its own there),
else a SQLite file (reported as such: the target is for PostgreSQL).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gzip
import http.client
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Coroutine, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

if __package__ in (None, ""):  # run as a script: make `bench` and `migradesk` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlalchemy as sa

from bench.table import Row, print_table
from migradesk.domain.base import Role
from migradesk.domain.city import Region
from migradesk.domain.plan import PriorityArea
from migradesk.server import accounts, auth, cities, db
from migradesk.server.auth import Passwords
from migradesk.server.settings import Argon2Params, Settings
from migradesk.wire.protocol import PROTOCOL_HEADER, PULL_PATH, PUSH_PATH

CHEAP = Settings(argon2=Argon2Params(time_cost=1, memory_cost_kib=8, parallelism=1))
CLIENTS_PER_CITY = 2
WARM_UP_S = 2.0
T = TypeVar("T")


@contextlib.contextmanager
def database(url: str | None) -> Iterator[tuple[str, str]]:
    """A fresh database: (URL, description)."""
    base = url or os.environ.get("MIGRADESK_BENCH_PG") or os.environ.get("MIGRADESK_TEST_PG")
    if base and sa.make_url(base).get_backend_name() == "postgresql":
        name = f"migradesk_bench_{secrets.token_hex(4)}"
        admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        try:
            yield sa.make_url(base).set(database=name).render_as_string(False), "PostgreSQL"
        finally:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.dispose()
    elif base:
        yield base, sa.make_url(base).get_backend_name()
    else:
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite:///{Path(folder) / 'server.sqlite3'}", "SQLite (no PostgreSQL URL)"


class Desk:
    """One desktop: a token, its city, the record it edits, its cursor, a keep-alive connection.

    A lean HTTP/1.1 client on asyncio streams (the clients share the server's two cores, so
    they must cost little), but a faithful one: real pushes and pulls with the bearer token,
    the protocol header and gzip accepted, answers read and checked."""

    def __init__(self, port: int, token: str, city_id: str, area: PriorityArea) -> None:
        self.port = port
        self.head = (
            f"Host: 127.0.0.1:{port}\r\nAuthorization: Bearer {token}\r\n"
            f"{PROTOCOL_HEADER}: 1\r\nAccept-Encoding: gzip\r\n"
        )
        self.city_id = city_id
        self.area = area
        self.title = area.title
        self.client_id = str(uuid.uuid4())
        self.cursor = 0
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def _exchange(self, request: bytes) -> tuple[int, bytes, int]:
        if self.streams is None:
            self.streams = await asyncio.open_connection("127.0.0.1", self.port)
        reader, writer = self.streams
        writer.write(request)
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = dict(line.lower().split(": ", 1) for line in lines[1:] if line)
        if "content-length" not in headers:
            raise RuntimeError(f"no Content-Length in {headers}")
        data = await reader.readexactly(int(headers["content-length"]))
        size = len(head) + len(data)  # on the wire, still compressed
        if headers.get("content-encoding") == "gzip":
            data = gzip.decompress(data)
        if headers.get("connection") == "close":
            self.close()
        return status, data, size

    async def request(self, method: str, path: str, body: bytes = b"") -> tuple[int, bytes, int]:
        """Status, body and the bytes of the whole answer (status line, headers, body)."""
        extra = f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n" if body else ""
        request = f"{method} {path} HTTP/1.1\r\n{self.head}{extra}\r\n".encode() + body
        try:
            return await self._exchange(request)
        except (ConnectionError, asyncio.IncompleteReadError):
            self.close()  # a keep-alive connection the server closed: once more, anew
            return await self._exchange(request)

    def close(self) -> None:
        if self.streams is not None:
            self.streams[1].close()
            self.streams = None

    async def pull(self, more: bool = True) -> tuple[int, int]:
        """Pull everything after the cursor; (records received, bytes of the last answer)."""
        received = size = 0
        while more:
            path = f"{PULL_PATH}?city_id={self.city_id}&since={self.cursor}"
            status, data, size = await self.request("GET", path)
            if status != 200:
                raise RuntimeError(f"pull: HTTP {status} {data[:200]!r}")
            page = json.loads(data)
            received += len(page["changes"])
            self.cursor = page["cursor"]
            more = page["has_more"]
        return received, size

    async def push_one(self, n: int) -> bool:
        """Push one change and pull with it; whether more changes wait (GET pulls follow)."""
        new = f"Área {self.client_id[:8]} v{n}"
        body = {
            "protocol": 1,
            "client_id": self.client_id,
            "city_id": self.city_id,
            "mutations": [
                {
                    "mutation_id": str(uuid.uuid4()),
                    "kind": "priority_area",
                    "record_id": self.area.id,
                    "op": "upsert",
                    "changes": {"title": [self.title, new]},
                    "base_version": 0,
                }
            ],
        }
        path = f"{PUSH_PATH}?pull_since={self.cursor}"
        status, data, _ = await self.request("POST", path, json.dumps(body).encode())
        if status != 200 or b'"applied"' not in data:
            raise RuntimeError(f"push: HTTP {status} {data[:200]!r}")
        self.title = new
        page = json.loads(data)["pull"]
        self.cursor = page["cursor"]
        return bool(page["has_more"])


def seed(url: str, clients: int) -> list[tuple[str, str, PriorityArea]]:
    """Cities, one focal point per client with a token, one record per client to edit."""
    engine = db.create_engine(url)
    db.upgrade(engine)
    now = datetime.now(UTC)
    passwords = Passwords(CHEAP.argon2)
    seeded = []
    with db.write(engine) as conn:
        for c in range(0, clients, CLIENTS_PER_CITY):
            city = cities.build_city(f"Ciudad {c:03d}", "Jujuy", region=Region.NOROESTE)
            cities.create_city(conn, city, now)
            for k in range(min(CLIENTS_PER_CITY, clients - c)):
                username = f"desk{c + k:03d}"
                accounts.create_user(
                    conn,
                    passwords,
                    CHEAP,
                    username=username,
                    password=secrets.token_urlsafe(12),
                    role=Role.FOCAL_POINT,
                    city_ids=[city.id],
                    now=now,
                )
                user_id = conn.execute(
                    sa.select(db.users.c.id).where(db.users.c.username == username)
                ).scalar_one()
                token, _ = auth.issue_token(conn, user_id, "bench", now, CHEAP.token_lifetime)
                area = PriorityArea(city_id=city.id, title=f"Área {username}")
                cities.load_records(conn, city.id, [area], now)
                seeded.append((token, city.id, area))
    engine.dispose()
    return seeded


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def server(url: str, workers: int, access_log: bool = True) -> Iterator[int]:
    port = free_port()
    command = [sys.executable, "-m", "migradesk.server.cli", "serve", "--db", url]
    command += ["--port", str(port), "--workers", str(workers)]
    command += ["--log-level", "info" if access_log else "warning"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                connection.request("GET", "/healthz")
                if connection.getresponse().status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("the server did not start")
            time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


async def measure(
    desks: list[Desk], seconds: float, interval: float | None
) -> tuple[list[float], list[str]]:
    """Every desk syncs in a loop, every ``interval`` seconds (None: back to back); latencies
    (ms) of the syncs that started and finished in the measured window."""
    start = time.monotonic()
    begin, end = start + WARM_UP_S, start + WARM_UP_S + seconds
    latencies: list[float] = []
    errors: list[str] = []

    async def loop(index: int, desk: Desk) -> None:
        n = 0
        due = start + (interval * index / len(desks) if interval else 0.0)
        while True:
            if interval:
                await asyncio.sleep(max(0.0, due - time.monotonic()))
                due += interval
            began = time.monotonic()
            if began >= end:
                break
            try:
                await desk.pull(await desk.push_one(n))
            except Exception as exc:  # report, do not hide
                errors.append(f"{type(exc).__name__}: {exc}")
                return
            finished = time.monotonic()
            if began >= begin and finished <= end:
                latencies.append((finished - began) * 1000)
            n += 1

    await asyncio.gather(*(loop(n, d) for n, d in enumerate(desks)))
    return latencies, errors


def _percentile(samples: list[float], p: int) -> float:
    return statistics.quantiles(samples, n=100)[p - 1] if len(samples) > 1 else samples[0]


async def _phases(
    desks: list[Desk], seconds: float, interval: float, saturation_seconds: float
) -> tuple[int, bytes, tuple[list[float], list[str]], tuple[list[float], list[str]]]:
    for desk in desks:
        await desk.pull()  # the first sync: everything
    _, noop_bytes = await desks[0].pull()  # a sync with nothing to push: one small GET
    path = f"{PULL_PATH}?city_id={desks[0].city_id}&since={desks[0].cursor}"
    _, noop_body, _ = await desks[0].request("GET", path)
    paced = await measure(desks, seconds, interval)
    no_samples: tuple[list[float], list[str]] = ([], [])
    saturated = await measure(desks, saturation_seconds, None) if saturation_seconds else no_samples
    for desk in desks:
        desk.close()
    return noop_bytes, noop_body, paced, saturated


def _run_loop(coroutine: Coroutine[Any, Any, T]) -> T:
    """On uvloop when installed (less CPU taken from the server under test)."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coroutine)
    return uvloop.run(coroutine)


def run(
    clients: int = 100,
    seconds: float = 20.0,
    workers: int = 2,
    db_url: str | None = None,
    rate: float = 200.0,
    saturation_seconds: float = 10.0,
) -> list[Row]:
    """Paced: the clients together offer ``rate`` syncs/s (each syncs every clients/rate s)
    for ``seconds``; then saturation: back to back for ``saturation_seconds``."""
    with database(db_url) as (url, kind):
        seeded = seed(url, clients)
        with server(url, workers, access_log=True) as port:
            desks = [Desk(port, token, city_id, area) for token, city_id, area in seeded]
            phases = _phases(desks, seconds, clients / rate, saturation_seconds)
            noop_bytes, noop_body, (paced, errors), (saturated, more) = _run_loop(phases)
    errors += more
    if errors:
        raise RuntimeError(f"{len(errors)} clients failed, e.g. {errors[0]}")
    achieved = len(paced) / seconds
    p50, p99 = statistics.median(paced), _percentile(paced, 99)
    where = f"{clients} clients, {workers} workers, {kind}"
    rows = [
        Row(f"paced syncs/s, {rate:.0f}/s offered ({where})", achieved, "syncs/s", f"≥ {rate:.0f}",
            achieved >= 0.98 * rate),
        Row("  sync latency p50 (push one change + pull: one POST)", p50, "ms", "", None),
        Row("  sync latency p99", p99, "ms", "≤ 250 ms", p99 <= 250),
    ]  # fmt: skip
    if saturated:
        rows += [
            Row("saturation: syncs/s back to back", len(saturated) / saturation_seconds, "syncs/s"),
            Row("  sync latency p50", statistics.median(saturated), "ms"),
            Row("  sync latency p99", _percentile(saturated, 99), "ms"),
        ]
    rows.append(Row(f"no-op pull: one request, body {len(noop_body)} B", noop_bytes, "B"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=20.0, help="paced phase")
    parser.add_argument("--rate", type=float, default=200.0, help="syncs/s offered when paced")
    parser.add_argument("--saturation-seconds", type=float, default=10.0, help="0: skip")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--db", help="database URL (default: see the module's docstring)")
    args = parser.parse_args(argv)
    rows = run(
        args.clients, args.seconds, args.workers, args.db, args.rate, args.saturation_seconds
    )
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
