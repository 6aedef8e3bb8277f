"""SIGKILL a syncing desktop at random points (during a save, while applying a pulled page,
between a push answer and the outbox deletion) against a real server process; after each kill
the database is intact, the outbox holds what the server never acknowledged and the cursor
matches the data; at the end one clean sync brings every saved value to the server."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
import synckit

from migradesk.storage import Store
from migradesk.storage.outbox import EntryState
from migradesk.storage.sync import replica
from migradesk.sync.transport import HttpTransport

CITY = synckit.CITY.id
RUNS = int(os.environ.get("MIGRADESK_CRASH_RUNS", "20"))
CHILD = Path(__file__).with_name("sync_child.py")


def _check_after_kill(live: synckit.LiveServer, data_dir: Path) -> None:
    with sqlite3.connect(data_dir / "migradesk.sqlite3") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with Store.open(data_dir) as store:
        answered = live.inspect.answered(store.client_id)
        for entry in store.outbox_entries():
            if entry.mutation_id in answered:  # answered, but the answer was never applied
                assert entry.state is EntryState.SENDING, entry
        # The cursor matches the data: every server record up to it is here, at its version.
        cursor = replica.cursor(store, CITY)
        local = synckit.local_records(store, CITY)
        for record_id, (version, _deleted, _fields) in live.inspect.records(CITY).items():
            if version <= cursor:
                assert record_id in local and local[record_id][0] >= version, record_id


@pytest.mark.slow
def test_sigkill_at_random_points_loses_nothing(
    live_server: synckit.LiveServer, tmp_path: Path, template_dir: Path
) -> None:
    data_dir = tmp_path / "escritorio"
    synckit.fresh_store(data_dir, template_dir).close()
    rng = random.Random(20261125)
    number = 0
    for run in range(RUNS):
        child = subprocess.Popen(
            [
                sys.executable,
                str(CHILD),
                str(data_dir),
                live_server.url,
                live_server.tokens["punto.focal"],
                CITY,
                str(number),
            ],
            stderr=subprocess.PIPE,
        )
        time.sleep(rng.uniform(0.4, 2.0))  # imports take ~0.4 s
        assert child.poll() is None, child.stderr.read() if child.stderr else run
        child.send_signal(signal.SIGKILL)
        child.wait()
        if child.stderr:
            child.stderr.close()
        number += 100_000  # the next child's values are all larger
        _check_after_kill(live_server, data_dir)

    # One clean sync: the outbox empties and the server has the last saved value of each field.
    store = Store.open(data_dir)
    try:
        link = HttpTransport(live_server.url, connect_timeout=2, read_timeout=10)
        desk = synckit.Desktop("a", store, link, live_server.tokens["punto.focal"], [CITY])
        assert desk.sync().ok
        synckit.assert_outbox_empty(store)
        synckit.assert_converged(live_server.inspect, store, CITY)
        last: dict[tuple[str, str], int] = {}
        for line in (data_dir / "saved.log").read_text().splitlines():
            record_id, field, value = line.split()
            last[(record_id, field)] = int(value)
        assert last, "the children saved nothing"
        server = live_server.inspect.records(CITY)
        for (record_id, field), value in last.items():
            held = server[record_id][2][field]
            # A save may commit and be killed before its log line: the server may be newer.
            assert int(held.removeprefix("v")) >= value, (record_id, field, held, value)
        with live_server.inspect.engine.connect() as conn:
            applied = conn.execute(sa.text("SELECT count(*) FROM idempotency")).scalar()
        assert applied and applied >= len(last) // 2
    finally:
        store.close()
