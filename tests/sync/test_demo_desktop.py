"""The demo city is never sent: a desktop made with ``migradesk demo``, then signed in to a
server seeded with ``migradesk-server demo`` as the demo's focal point, has nothing queued
(neither the city's work nor IOM's certification, phase dates, comments, review answers), sends
nothing, and takes the server's copy."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import synckit

from migradesk.demo import DEMO_CITY_ID, write_demo
from migradesk.server import db
from migradesk.server import demo as server_demo
from migradesk.storage import Store
from migradesk.storage.sync import sync_status
from migradesk.sync import commands

TODAY = date(2026, 11, 25)
URL = "http://127.0.0.1:8000"


def test_a_demo_desktop_signed_in_sends_nothing(tmp_path: Path) -> None:
    server = synckit.Server(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    try:
        with db.write(server.engine) as conn:
            seeded = server_demo.seed(conn, server.passwords, synckit.CHEAP, synckit.now(), TODAY)
        assert seeded.city_id == DEMO_CITY_ID and seeded.records_loaded > 0
        desk = tmp_path / "escritorio"
        write_demo(desk, TODAY)
        with Store.open(desk) as store:
            assert store.outbox_entries() == []

        link: commands.TransportFactory = lambda _settings: server.transport()  # noqa: E731
        with synckit.memory_keyring():
            password = seeded.credentials[server_demo.FOCAL_POINT]
            commands.login(desk, URL, server_demo.FOCAL_POINT, password, transport=link)
            report = commands.sync(desk, transport=link)
        assert report.ok, report.error
        assert report.pushed == 0 and report.rejected == 0
        with Store.open(desk) as store:
            assert sync_status.rejected_entries(store) == []
            synckit.assert_outbox_empty(store)
            synckit.assert_converged(server, store, DEMO_CITY_ID)
    finally:
        server.close()


def test_demo_changes_an_older_release_queued_are_never_sent(tmp_path: Path) -> None:
    """A data dir where an older MigraDesk wrote the demo city with its changes queued: the
    next sync sets them aside with the reason, and sends nothing of the demo."""
    from migradesk.storage import outbox as queue
    from migradesk.storage.sync.replica import take_batch

    desk = tmp_path / "escritorio"
    write_demo(desk, TODAY)
    with Store.open(desk) as store:
        with store.engine.begin() as conn:  # as the older release queued them
            queue.append(
                conn,
                city_id=DEMO_CITY_ID,
                kind="city",
                record_id=DEMO_CITY_ID,
                op=queue.Op.UPSERT,
                changes={"name": [None, "Santa Rosa del Cerro"]},
                base_version=0,
                now=synckit.now(),
            )
        assert take_batch(store, max_entries=10, max_bytes=100_000) is None
        (kept,) = sync_status.rejected_entries(store)
        assert "demostración no se envía" in (kept.error or "")
