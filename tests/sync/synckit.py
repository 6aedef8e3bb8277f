"""Test support for sync: the real server app in-process, desktops, fault-injecting transports
and the checks every sync test ends with (applied once, outbox empty, desktop equals server)."""

from __future__ import annotations

import asyncio
import dataclasses
import gzip
import json
import random
import shutil
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import sqlalchemy as sa
from requests.structures import CaseInsensitiveDict

sys.path.insert(0, str(Path(__file__).parents[1] / "server"))  # the server tests' kit
import serverkit

from migradesk.demo.workspace import MemoryKeyring as MemoryKeyring
from migradesk.demo.workspace import memory_keyring as memory_keyring
from migradesk.domain.base import Record, Role, field_names, record_types, wire_value
from migradesk.domain.city import City, Region
from migradesk.domain.plan import Action
from migradesk.server import accounts, auth, cities, db, policy, push, reads
from migradesk.server.app import create_app
from migradesk.server.auth import Passwords
from migradesk.server.settings import Argon2Params, Settings
from migradesk.storage import Store, database
from migradesk.storage.outbox import EntryState
from migradesk.storage.schema import RECORD_TABLES
from migradesk.storage.store import DATABASE_NAME
from migradesk.storage.sync import sync_settings
from migradesk.storage.sync.sync_settings import SyncSettings
from migradesk.sync.api import Api
from migradesk.sync.backoff import Backoff
from migradesk.sync.engine import SyncEngine, SyncReport
from migradesk.sync.errors import NetworkError
from migradesk.sync.synclog import SyncLog
from migradesk.sync.transport import Request, Response, Transport
from migradesk.wire import protocol

PASSWORD = "una-clave-larga-de-prueba"
CHEAP = Settings(argon2=Argon2Params(time_cost=1, memory_cost_kib=8, parallelism=1))
CITY = City(
    id="22222222-2222-4222-8222-222222222222",
    city_id="22222222-2222-4222-8222-222222222222",
    name="Tilcara",
    province="Jujuy",
    region=Region.NOROESTE,
)
OTHER_CITY = City(
    id="33333333-3333-4333-8333-333333333333",
    city_id="33333333-3333-4333-8333-333333333333",
    name="Maimará",
    province="Jujuy",
    region=Region.NOROESTE,
)


def now() -> datetime:
    return datetime.now(UTC)


class Server:
    """The real server app on a SQLite file (or a URL), with a city and accounts."""

    def __init__(self, url: str) -> None:
        self.engine = db.create_engine(url)
        db.upgrade(self.engine)
        self.app = create_app(engine=self.engine, settings=CHEAP)
        self.client = AsgiBridge(self.app)
        self.passwords = Passwords(CHEAP.argon2)

    def close(self) -> None:
        self.client.close()
        self.engine.dispose()

    def add_city(self, city: City = CITY, records: list[Record] | None = None) -> None:
        with db.write(self.engine) as conn:
            cities.create_city(conn, city, now())
            if records:
                cities.load_records(conn, city.id, [r for r in records if r.id != city.id], now())

    def taken_id(self) -> str:
        """The id of a record of another city on this server: a change of CITY's that carries
        it is refused (sync G10), whatever the desktop's role. Creates that city once."""
        taken = "44444444-4444-4444-8444-444444444444"
        if taken not in self.records(OTHER_CITY.id):
            action = Action(id=taken, city_id=OTHER_CITY.id, objective_id="o", title="Ajena")
            self.add_city(OTHER_CITY, [action])
        return taken

    def add_records(self, city_id: str, records: list[Record]) -> None:
        with db.write(self.engine) as conn:
            cities.load_records(conn, city_id, records, now())

    def store_unchecked(self, city_id: str, record: Record) -> None:
        """Write a record straight into the server's table, past every check of the push: what
        an older server may have accepted."""
        serverkit.store_unchecked(self.engine, city_id, record)

    def add_user(self, username: str, role: Role, city_ids: list[str]) -> None:
        with db.write(self.engine) as conn:
            accounts.create_user(
                conn,
                self.passwords,
                CHEAP,
                username=username,
                password=PASSWORD,
                role=role,
                city_ids=city_ids,
                now=now(),
            )

    def transport(self) -> AppTransport:
        return AppTransport(self.client)

    def records(self, city_id: str) -> dict[str, tuple[int, bool, dict[str, Any]]]:
        with db.read(self.engine) as conn:
            rows = conn.execute(
                sa.select(
                    db.records.c.id, db.records.c.version, db.records.c.deleted, db.records.c.fields
                ).where(db.records.c.city_id == city_id)
            )
            return {r.id: (r.version, r.deleted, dict(r.fields)) for r in rows}

    def seq(self, city_id: str) -> int:
        with db.read(self.engine) as conn:
            return int(
                conn.execute(sa.select(db.cities.c.seq).where(db.cities.c.id == city_id)).scalar()
            )

    def answered(self, client_id: str) -> dict[str, dict[str, Any]]:
        """(mutation_id → stored result) for one desktop: what the server acknowledged."""
        with db.read(self.engine) as conn:
            rows = conn.execute(
                sa.select(db.idempotency.c.mutation_id, db.idempotency.c.result).where(
                    db.idempotency.c.client_id == client_id
                )
            )
            return {r.mutation_id: dict(r.result) for r in rows}

    def history_values(self, city_id: str) -> set[tuple[str, str, str]]:
        with db.read(self.engine) as conn:
            found = {
                (r.record_id, r.field, _key(r.value))
                for r in conn.execute(
                    sa.select(db.record_history).where(db.record_history.c.city_id == city_id)
                )
            }
            for r in conn.execute(sa.select(db.conflicts).where(db.conflicts.c.city_id == city_id)):
                found.add((r.record_id, r.field, _key(r.mine)))
                found.add((r.record_id, r.field, _key(r.theirs)))
            return found


def _key(value: Any) -> str:
    import json

    return json.dumps(value, sort_keys=True, ensure_ascii=False)


class AsgiBridge:
    """Calls an ASGI app from synchronous code, on an event loop of its own thread."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join()
        self.loop.close()

    def send(self, request: Request) -> Response:
        future = asyncio.run_coroutine_threadsafe(self._call(request), self.loop)
        return future.result()

    async def _call(self, request: Request) -> Response:
        query = urlencode(dict(request.params)).encode()
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": request.method,
            "scheme": "http",
            "path": request.path,
            "raw_path": request.path.encode(),
            "query_string": query,
            "root_path": "",
            "headers": [(k.lower().encode(), v.encode()) for k, v in request.headers.items()]
            + [(b"host", b"testserver")]
            + ([(b"content-length", str(len(request.body)).encode())] if request.body else []),
            "client": ("127.0.0.1", 40000),
            "server": ("testserver", 80),
            "state": {},
        }
        sent_body = False
        done = asyncio.Event()

        async def receive() -> dict[str, Any]:
            nonlocal sent_body
            if not sent_body:
                sent_body = True
                return {"type": "http.request", "body": request.body or b"", "more_body": False}
            await done.wait()
            return {"type": "http.disconnect"}

        status = 500
        headers: dict[str, str] = {}
        chunks: list[bytes] = []

        async def send(message: dict[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                for k, v in message.get("headers", []):
                    headers[k.decode("latin-1").lower()] = v.decode("latin-1")
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    done.set()

        await self.app(scope, receive, send)
        body = b"".join(chunks)
        if headers.get("content-encoding") == "gzip":
            body = gzip.decompress(body)
        return Response(status, CaseInsensitiveDict(headers), body)


class AppTransport:
    """A Transport straight into the ASGI app (no sockets): fast, for most tests."""

    def __init__(self, client: AsgiBridge) -> None:
        self.client = client
        self.sent: list[Request] = []

    def send(self, request: Request) -> Response:
        self.sent.append(request)
        return self.client.send(request)

    def close(self) -> None:
        pass


class DirectTransport:
    """The server's own sync functions without HTTP (auth, policy, push, pull, summary): about
    ten times cheaper per request than the ASGI app, for the state machine's thousands of syncs.
    The HTTP layer itself is exercised by the other tests through AppTransport and sockets."""

    def __init__(self, server: Server) -> None:
        self.server = server

    def send(self, request: Request) -> Response:
        engine = self.server.engine
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        with db.read(engine) as conn:
            found = auth.principal_for_token(conn, token, now())
        if found is None:
            return Response(401, {}, b'{"detail":"token"}')
        principal = found[0]
        if request.path == protocol.PUSH_PATH:
            assert request.body is not None
            raw = request.body
            if request.headers.get("Content-Encoding") == "gzip":
                raw = gzip.decompress(raw)
            body = protocol.PushRequest.model_validate_json(raw)
            writer = push.Writer(principal.role, principal.city_ids, principal.username)
            try:
                outcomes = push.push(
                    engine, writer, body.city_id, body.client_id, body.mutations, now()
                )
            except push.PushRefused as exc:
                return Response(exc.status, {}, json.dumps({"detail": exc.detail}).encode())
            page = None
            if "pull_since" in request.params:
                since, limit = int(request.params["pull_since"]), int(request.params["pull_limit"])
                with db.read(engine) as conn:
                    page = reads.pull(conn, body.city_id, since, limit)
            results = [o.result for o in outcomes]
            pushed = protocol.PushResponse(results=results, pull=page)
            return Response(200, {}, pushed.wire().encode())
        city_id = request.params["city_id"]
        refusal = policy.decide(principal.role, principal.city_ids, policy.Access.READ, city_id)
        if refusal is not None:
            return Response(403, {}, json.dumps({"detail": refusal}).encode())
        answer: Any
        with db.read(engine) as conn:
            if request.path == protocol.PULL_PATH:
                since, limit = int(request.params["since"]), int(request.params["limit"])
                answer = reads.pull(conn, city_id, since, limit)
            else:
                answer = reads.summary(conn, city_id)
        return Response(200, {}, answer.model_dump_json().encode())

    def close(self) -> None:
        pass


# Faults at the transport level: what the network can do to one exchange.
FAULTS = (
    "ok",
    "refused",  # never reached the server
    "lost_response",  # the server committed, the answer never came back
    "twice",  # delivered twice in sequence (a proxy retried)
    "concurrent",  # delivered twice at the same time
    "busy_429",
    "busy_503",
    "garbled",  # the answer arrived damaged (corrupt gzip, cut body)
)


class FaultyTransport:
    """Wraps a transport; each exchange suffers the next fault from ``plan`` (a callable)."""

    def __init__(self, inner: Transport, plan: Callable[[Request], str]) -> None:
        self.inner = inner
        self.plan = plan
        self.faults: list[str] = []
        self.offline = False

    def send(self, request: Request) -> Response:
        fault = "refused" if self.offline else self.plan(request)
        self.faults.append(fault)
        if fault == "refused":
            raise NetworkError("ConnectionRefusedError (inyectado)")
        if fault in ("busy_429", "busy_503"):
            status = 429 if fault == "busy_429" else 503
            return Response(status, {"Retry-After": "2"}, b'{"detail":"ocupado"}')
        if fault == "twice":
            self.inner.send(request)
        if fault == "concurrent":
            other = threading.Thread(target=self.inner.send, args=(request,))
            other.start()
            answer = self.inner.send(request)
            other.join()
            return answer
        answer = self.inner.send(request)
        if fault in ("lost_response", "garbled"):
            raise NetworkError(f"{fault} (inyectado)")
        return answer

    def close(self) -> None:
        self.inner.close()


def random_plan(rng: random.Random, fault_rate: float) -> Callable[[Request], str]:
    def plan(_request: Request) -> str:
        return rng.choice(FAULTS[1:]) if rng.random() < fault_rate else "ok"

    return plan


class FakeSleep:
    """Backoff's sleep, recorded instead of slept."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


class Tokens:
    def __init__(self, token: str) -> None:
        self.value = token

    def token(self) -> str | None:
        return self.value

    def refresh(self, refused: str | None) -> str | None:
        return None


def login_token(transport: Transport, username: str, store: Store | None = None) -> str:
    """Sign in; with ``store``, that desktop remembers the account as ``migradesk login`` does
    (its role decides what the desktop may save)."""
    answer = Api(transport).login(protocol.LoginRequest(username=username, password=PASSWORD))
    if store is not None:
        account = answer.account
        settings = SyncSettings(
            "http://127.0.0.1:8000", username, account.role, tuple(account.city_ids)
        )
        sync_settings.save(store, settings)
    return answer.token


# Desktops

_TEMPLATES: dict[str, Path] = {}


def fresh_store(data_dir: Path, template_dir: Path) -> Store:
    """A desktop database from a migrated template (migrations run once per session); the
    desktop gets its own client id when the Store opens."""
    template = _TEMPLATES.get(str(template_dir))
    if template is None:
        template = template_dir / DATABASE_NAME
        if not template.exists():
            template_dir.mkdir(parents=True, exist_ok=True)
            engine = database.create_engine(template)
            database.upgrade(engine, template)
            engine.dispose()
        _TEMPLATES[str(template_dir)] = template
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, data_dir / DATABASE_NAME)
    return Store.open(data_dir)


@dataclasses.dataclass
class Desktop:
    name: str
    store: Store
    transport: Transport
    token: str
    city_ids: list[str]
    sleep: FakeSleep = dataclasses.field(default_factory=FakeSleep)
    rng: random.Random = dataclasses.field(default_factory=lambda: random.Random(1))

    def sync(self, *, max_attempts: int = 6, **options: Any) -> SyncReport:
        backoff = Backoff(max_attempts=max_attempts, rng=self.rng, sleep=self.sleep)
        api = Api(self.transport, Tokens(self.token), backoff=backoff, log=SyncLog())
        engine = SyncEngine(self.store, api, self.city_ids, **options)
        return engine.run()


def local_records(store: Store, city_id: str) -> dict[str, tuple[int, bool, dict[str, Any]]]:
    """Every record of a city on a desktop, in the server's shape (wire fields)."""
    found: dict[str, tuple[int, bool, dict[str, Any]]] = {}
    with store.engine.connect() as conn:
        for cls in record_types():
            table = RECORD_TABLES[cls]
            for row in conn.execute(sa.select(table).where(table.c.city_id == city_id)).mappings():
                fields = {n: wire_value(cls, n, row[n]) for n in field_names(cls)}
                found[row["id"]] = (row["version"], row["deleted"], fields)
    return found


def assert_converged(server: Server, store: Store, city_id: str) -> None:
    """The desktop equals the server: same records, versions, deleted flags and fields."""
    mine = local_records(store, city_id)
    theirs = server.records(city_id)
    assert set(mine) == set(theirs), set(mine) ^ set(theirs)
    for record_id, (version, deleted, fields) in theirs.items():
        assert mine[record_id] == (version, deleted, fields), record_id


def assert_outbox_empty(store: Store) -> None:
    left = [(e.kind, e.state.value, e.error) for e in store.outbox_entries()]
    assert left == [], left


def unacknowledged_ok(server: Server, store: Store) -> None:
    """The outbox holds exactly what the server never acknowledged (rejections stay, shown)."""
    answered = server.answered(store.client_id)
    for entry in store.outbox_entries():
        if entry.state is EntryState.PENDING:  # never sent; sending ones may await their answer
            assert entry.mutation_id not in answered, entry


def temp_dirs(base: Path) -> Iterator[Path]:
    n = 0
    while True:
        n += 1
        yield base / f"d{n}"


DesktopFactory = Callable[..., Desktop]


# A real `migradesk-server serve` on loopback


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    """Seeds a database (SQLite file, or PostgreSQL when given its URL) with the city and the
    accounts, then runs ``python -m migradesk.server.cli serve`` on a free loopback port."""

    def __init__(
        self, url: str, log_path: Path, seed: Callable[[Server], None] | None = None
    ) -> None:
        """``seed``: what to write instead of the city and the three accounts (no tokens)."""
        import subprocess
        import sys

        seeding = Server(url)
        self.tokens: dict[str, str] = {}
        if seed is not None:
            seed(seeding)
        else:
            seeding.add_city()
            seeding.add_user("punto.focal", Role.FOCAL_POINT, [CITY.id])
            seeding.add_user("otra.persona", Role.OFFICIAL, [CITY.id])
            seeding.add_user("revisora", Role.REVIEWER, [])
            self.tokens = {
                u: login_token(seeding.transport(), u)
                for u in ("punto.focal", "otra.persona", "revisora")
            }
        seeding.close()
        self.inspect = Server.__new__(Server)  # reads only: no app needed
        self.inspect.engine = db.create_engine(url)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log_path.open("wb")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "migradesk.server.cli",
                "serve",
                "--db",
                url,
                "--port",
                str(self.port),
                "--log-level",
                "warning",
            ],
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self._wait_ready()

    def _wait_ready(self) -> None:
        import time

        import requests

        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("the server exited; see its log")
            try:
                if requests.get(self.url + protocol.HEALTH_PATH, timeout=1).ok:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.1)
        raise RuntimeError("the server did not start in 30 s")

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)
        self.log.close()
        self.inspect.engine.dispose()


def live_desktop(live: LiveServer, folder: Path, template: Path, user: str) -> Desktop:
    """A desktop signed in to the live server over HTTP (requests), in ``folder / user``."""
    from migradesk.sync.transport import HttpTransport

    store = fresh_store(folder / user, template)
    link = HttpTransport(live.url, connect_timeout=2, read_timeout=10)
    login_token(link, user, store)
    return Desktop(user, store, link, live.tokens[user], [CITY.id])


def postgres_database(base_url: str, name: str) -> Iterator[str]:
    """A fresh database on the test PostgreSQL (MIGRADESK_TEST_PG), dropped afterwards."""
    admin = sa.create_engine(
        sa.make_url(base_url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield (
            sa.make_url(base_url)
            .set(drivername="postgresql+psycopg", database=name)
            .render_as_string(hide_password=False)
        )
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


# Servers that misbehave on real sockets


class _Loopback:
    """A threaded HTTP server on a free loopback port, for the misbehaving servers below."""

    def __init__(self, handler: Any) -> None:
        import http.server

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class BrokenServer(_Loopback):
    """What a broken network or proxy does, by path (or ``always`` the same): /stall sends a
    little and then nothing, /gzip announces gzip and sends garbage, /reset closes without an
    answer, anything else is 503 with Retry-After: 7."""

    def __init__(self, always: str | None = None) -> None:
        import http.server
        import time

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                path = always or self.path
                if path.startswith("/stall"):
                    self.send_response(200)
                    self.send_header("Content-Length", "1000")
                    self.end_headers()
                    self.wfile.write(b'{"changes":[')
                    self.wfile.flush()
                    time.sleep(2)
                elif path.startswith("/gzip"):
                    self.send_response(200)
                    self.send_header("Content-Encoding", "gzip")
                    self.send_header("Content-Length", "40")
                    self.end_headers()
                    self.wfile.write(b"\x1f\x8b\x08\x00" + b"\x00" * 36)
                elif path.startswith("/reset"):
                    self.connection.close()
                else:
                    self.send_response(503)
                    self.send_header("Retry-After", "7")
                    self.send_header("Content-Length", "2")
                    self.end_headers()
                    self.wfile.write(b"{}")

            do_POST = do_GET

        super().__init__(Handler)


class DripServer(_Loopback):
    """Answers every request 200 with a long body sent one byte every ``every`` seconds: a
    server (or a proxy) that never quite stalls, so the read timeout never fires."""

    def __init__(self, every: float = 2.0) -> None:
        import http.server

        self.requested = threading.Event()
        self.paths: list[str] = []
        self.stop = threading.Event()
        drip = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                drip.paths.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", "100000")
                self.end_headers()
                drip.requested.set()
                try:
                    while not drip.stop.is_set():
                        self.wfile.write(b" ")
                        self.wfile.flush()
                        drip.stop.wait(every)
                except OSError:
                    pass  # the client gave up: what we want

            do_POST = do_GET

        super().__init__(Handler)

    def close(self) -> None:
        self.stop.set()
        super().close()


def signed_in_dir(
    data_dir: Path,
    template_dir: Path,
    server_url: str,
    edits: int = 0,
    token: str = "token-de-prueba",
) -> Path:
    """A desktop data dir connected to ``server_url`` (the token in the opt-in file, so that a
    ``migradesk`` subprocess finds it without a keyring) with ``edits`` changes in its outbox."""
    from migradesk.domain.assessment import IndicatorAnswer
    from migradesk.storage.sync import sync_settings
    from migradesk.sync.credentials import INSECURE_FILE, account_key

    with fresh_store(data_dir, template_dir) as store:
        settings = sync_settings.SyncSettings(
            server_url=server_url,
            username="punto.focal",
            role=Role.FOCAL_POINT.value,
            city_ids=(CITY.id,),
            allow_insecure_file=True,
        )
        sync_settings.save(store, settings)
        store.save(CITY)
        for n in range(edits):
            answer = IndicatorAnswer.blank(CITY.id, "1", f"a{n + 1:02d}")
            answer.measure_description = f"Medida {n + 1}"
            store.save(answer)
    saved = {account_key(server_url, "punto.focal"): token}
    (data_dir / INSECURE_FILE).write_text(json.dumps(saved), encoding="utf-8")
    return data_dir


def outbox_ids(data_dir: Path) -> list[str]:
    with Store.open(data_dir) as store:
        return [entry.mutation_id for entry in store.outbox_entries()]


def lock_is_free(data_dir: Path) -> bool:
    from migradesk.sync.lock import SyncBusy, SyncLock

    try:
        with SyncLock(data_dir):
            return True
    except SyncBusy:
        return False
