"""Every sync ends (sync G12): a server that drips its answer is cut at the deadline, a sync in
flight can be cancelled, and either way the lock is released and the outbox kept."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import synckit
from synckit import DripServer

from migradesk.storage.sync.sync_settings import SyncSettings
from migradesk.sync import commands
from migradesk.sync.cancel import Cancel
from migradesk.sync.engine import SyncReport
from migradesk.sync.errors import ErrorKind, SyncCancelled
from migradesk.sync.transport import HttpTransport, Request, Response, Transport


@pytest.fixture
def drip() -> Iterator[DripServer]:
    server = DripServer(every=2.0)
    yield server
    server.close()


def _desktop(tmp_path: Path, template_dir: Path, url: str) -> Path:
    return synckit.signed_in_dir(tmp_path / "datos", template_dir, url, edits=3)


def test_a_sync_against_a_dripping_server_ends_and_keeps_the_outbox(
    drip: DripServer, tmp_path: Path, template_dir: Path
) -> None:
    data = _desktop(tmp_path, template_dir, drip.url)
    before = synckit.outbox_ids(data)

    def short_deadline(settings: SyncSettings) -> Transport:
        return HttpTransport(settings.server_url, deadline_base=3.0)

    started = time.monotonic()
    report = commands.sync(data, transport=short_deadline)  # up to 8 attempts for other faults
    assert time.monotonic() - started < 8  # one deadline: the drip would only repeat itself
    assert not report.ok and report.error_kind is ErrorKind.NETWORK
    assert "tardó más de" in (report.error or "")
    assert synckit.lock_is_free(data)
    assert synckit.outbox_ids(data) == before and report.pending_after == len(before)


def _sync_in_thread(data: Path, cancel: Cancel) -> tuple[threading.Thread, list[SyncReport]]:
    reports: list[SyncReport] = []
    thread = threading.Thread(target=lambda: reports.append(commands.sync(data, cancel=cancel)))
    thread.start()
    return thread, reports


def test_cancel_stops_a_sync_in_flight(
    drip: DripServer, tmp_path: Path, template_dir: Path
) -> None:
    data = _desktop(tmp_path, template_dir, drip.url)
    before = synckit.outbox_ids(data)
    cancel = Cancel()
    thread, reports = _sync_in_thread(data, cancel)
    assert drip.requested.wait(20)
    assert not synckit.lock_is_free(data)  # the sync holds it while the server drips
    cancelled_at = time.monotonic()
    cancel.cancel()
    thread.join(10)
    assert not thread.is_alive() and time.monotonic() - cancelled_at < 2
    (report,) = reports
    assert report.error_kind is ErrorKind.CANCELLED and "cancelada" in (report.error or "")
    assert synckit.lock_is_free(data)
    assert synckit.outbox_ids(data) == before and report.pending_after == len(before)
    assert drip.paths == [p for p in drip.paths if p.startswith("/api/v1/sync/push")]


class Busy:
    """A server that asks to come back in two minutes, every time."""

    def __init__(self) -> None:
        self.asked = threading.Event()

    def send(self, request: Request) -> Response:
        self.asked.set()
        return Response(503, {"Retry-After": "120"}, b'{"detail":"ocupado"}')

    def close(self) -> None:
        pass


def test_cancel_cuts_the_wait_between_retries(tmp_path: Path, template_dir: Path) -> None:
    data = _desktop(tmp_path, template_dir, "http://127.0.0.1:9")
    before = synckit.outbox_ids(data)
    cancel = Cancel()
    reports: list[SyncReport] = []

    busy = Busy()

    def run() -> None:
        reports.append(commands.sync(data, transport=lambda _s: busy, cancel=cancel))

    thread = threading.Thread(target=run)
    thread.start()
    assert busy.asked.wait(10)  # answered "come back later": the sync waits now
    cancel.cancel()
    thread.join(5)
    assert not thread.is_alive()
    assert reports[0].error_kind is ErrorKind.CANCELLED
    assert synckit.lock_is_free(data) and synckit.outbox_ids(data) == before


def test_cancel_runs_late_registrations_at_once() -> None:
    cancel = Cancel()
    cancel.cancel()
    ran: list[str] = []
    cancel.on_cancel(lambda: ran.append("abort"))
    assert ran == ["abort"]
    with pytest.raises(SyncCancelled):
        cancel.sleep(60)


def test_a_first_download_sizes_its_deadline_by_the_city(
    make_desktop: synckit.DesktopFactory, server: synckit.Server
) -> None:
    desk = make_desktop()
    desk.sync(page_size=300)
    transport = desk.transport
    assert isinstance(transport, synckit.AppTransport)
    (pull,) = [r for r in transport.sent if r.path.endswith("/sync/pull")]
    count = len(server.records(synckit.CITY.id))
    assert count < 300
    assert pull.expected_bytes == count * 2_000  # the city's size, not a full page's
