"""Sync on the wire: bytes of a small sync, and the demo city's first sync over a poor link.

``python bench/sync_wire.py`` (or ``python -m bench sync_wire``) starts a real server on
loopback seeded with the demo city, puts a counting/shaping TCP proxy in front of it and prints:

- bytes (requests + responses, headers included, after gzip) of a sync after editing one answer
  (target ≤ 2 KB) and of a sync with nothing to do (≤ 1 KB), each beside the gzipped size of the
  whole city file;
- the first sync of the demo city through ~100 kbit/s, 300 ms RTT, 2 % loss, with the link cut
  midway (≤ 30 s in total), and how many pulled records had to come again after the cut.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import requests

from bench.sync_proxy import Link, Proxy
from bench.table import Row, print_table
from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.base import to_wire
from migradesk.server import db, demo
from migradesk.server.auth import Passwords
from migradesk.server.settings import Argon2Params, Settings
from migradesk.storage import Store
from migradesk.sync.api import Api
from migradesk.sync.backoff import Backoff
from migradesk.sync.engine import Progress, SyncEngine, SyncReport
from migradesk.sync.synclog import SyncLog
from migradesk.sync.transport import HttpTransport
from migradesk.wire import protocol

CHEAP = Settings(argon2=Argon2Params(time_cost=1, memory_cost_kib=8, parallelism=1))


class _Token:
    def __init__(self, token: str) -> None:
        self.value = token

    def token(self) -> str | None:
        return self.value

    def refresh(self, refused: str | None) -> str | None:
        return None


@contextmanager
def _server(folder: Path) -> Iterator[tuple[int, str, str]]:
    """(port, city id, focal point token) of a seeded server process."""
    url = f"sqlite:///{folder / 'server.sqlite3'}"
    engine = db.create_engine(url)
    db.upgrade(engine)
    with db.write(engine) as conn:
        seeded = demo.seed(conn, Passwords(CHEAP.argon2), CHEAP, datetime.now(UTC), date.today())
    engine.dispose()
    username, password = next(iter(seeded.credentials.items()))
    sock_port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "migradesk.server.cli",
            "serve",
            "--db",
            url,
            "--port",
            str(sock_port),
            "--log-level",
            "warning",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{sock_port}"
        for _ in range(300):
            try:
                if requests.get(base + protocol.HEALTH_PATH, timeout=1).ok:
                    break
            except requests.RequestException:
                time.sleep(0.1)
        login = Api(HttpTransport(base)).login(
            protocol.LoginRequest(username=username, password=password)
        )
        yield sock_port, seeded.city_id, login.token
    finally:
        process.terminate()
        process.wait(timeout=20)


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _sync(store: Store, url: str, token: str, city_id: str, **options: object) -> SyncReport:
    transport = HttpTransport(url, connect_timeout=5, read_timeout=20)
    backoff = Backoff(base=0.5, cap=4, max_attempts=20)
    api = Api(transport, _Token(token), backoff=backoff, log=SyncLog())
    try:
        return SyncEngine(store, api, [city_id], **options).run()  # type: ignore[arg-type]
    finally:
        transport.close()


def _city_file_bytes(store: Store, city_id: str) -> int:
    file = store.load_city_file(city_id)
    records = [{"kind": r.KIND, "id": r.id, "fields": to_wire(r)} for r in file]
    return len(gzip.compress(json.dumps(records, ensure_ascii=False).encode()))


def run() -> list[Row]:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp, _server(Path(tmp)) as (port, city_id, token):
        # First sync over a poor link, cut midway.
        link = Link(rate_bps=100_000, rtt_s=0.3, loss=0.02, seed=7)
        shaped = Proxy(port, link)
        store = Store.open(Path(tmp) / "escritorio")
        summary_count = 0
        cut_done = threading.Event()

        def cut_midway(progress: Progress) -> None:
            if progress.phase == "recibiendo" and progress.fraction > 0.6 and not cut_done.is_set():
                cut_done.set()
                shaped.cut()

        started = time.monotonic()
        first = _sync(store, shaped.url, token, city_id, progress=cut_midway, page_size=100)
        if not first.ok:
            first = _sync(store, shaped.url, token, city_id, page_size=100)
        elapsed = time.monotonic() - started
        with store.engine.connect():
            summary_count = first.cities[0].pulled if first.cities else 0
        local = sum(1 for _ in store.load_city_file(city_id))
        shaped.close()
        rows.append(
            Row(
                "first sync of the demo city, 100 kbit/s 300 ms 2% loss, cut midway",
                elapsed,
                "s",
                "≤ 30 s",
                first.ok and elapsed <= 30,
            )
        )
        rows.append(
            Row(
                f"  records pulled (city has {local}; a re-sent page shows as more)",
                summary_count,
                "records",
                f"≈ {local}",
                None,
            )
        )
        rows.append(Row("  link cut during the sync", 1.0 if cut_done.is_set() else 0.0, "cuts"))

        # Bytes of small syncs, unshaped.
        counting = Proxy(port)
        whole = _city_file_bytes(store, city_id)
        _sync(store, counting.url, token, city_id)  # warm: nothing pending
        counting.reset_counts()
        report = _sync(store, counting.url, token, city_id)
        idle = counting.total
        answer = next(iter(store.all(IndicatorAnswer, city_id)))
        answer.notes = "Se agregó la ordenanza municipal 123/2026."
        store.save(answer)
        counting.reset_counts()
        report = _sync(store, counting.url, token, city_id)
        one = counting.total
        assert report.ok and report.pushed == 1, report.log
        counting.close()
        store.close()
        rows.append(Row("whole city file, gzipped JSON (for the ratios)", whole, "B"))
        rows.append(
            Row("sync after editing one answer (both ways)", one, "B", "≤ 2048 B", one <= 2048)
        )
        rows.append(Row(f"  ratio to the whole file ({one / whole:.1%})", one / whole * 100, "%"))
        rows.append(Row("sync with nothing to do (both ways)", idle, "B", "≤ 1024 B", idle <= 1024))
        rows.append(Row(f"  ratio to the whole file ({idle / whole:.1%})", idle / whole * 100, "%"))
    return rows


if __name__ == "__main__":
    print_table(run())
