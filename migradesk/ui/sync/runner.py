"""Sync work off the UI thread: a thread of its own (``ui/background.py``; not the DB worker,
which must stay free for the user's saves). The engine opens its own Store on the data dir;
SQLite's WAL lets both work. Results and progress come back on the UI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from migradesk.storage.sync.sync_settings import SyncSettings
from migradesk.sync import commands
from migradesk.sync.backoff import Backoff
from migradesk.sync.cancel import Cancel
from migradesk.sync.engine import Progress, SyncReport
from migradesk.sync.errors import SyncError
from migradesk.sync.transport import Request, Transport
from migradesk.wire import protocol

from migradesk.ui.background import Background

log = logging.getLogger("migradesk.ui.sync")

TransportFactory = Callable[[SyncSettings], Transport]

# Automatic syncs wait between retries at most this long; a server asking for longer
# (Retry-After) ends the sync, and the next automatic one waits until then.
AUTO_PATIENCE = 60.0


def default_transport(settings: SyncSettings) -> Transport:
    from migradesk.sync.transport import HttpTransport

    return HttpTransport(settings.server_url, ca_bundle=settings.ca_bundle)


class SyncRunner(QObject):
    """One sync at a time; ``progress`` never goes backwards within a sync."""

    started = Signal()
    progress = Signal(object)  # Progress
    finished = Signal(object)  # SyncReport

    def __init__(self, transport: TransportFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.transport = transport
        self.background = Background(self)
        self.running = False
        self.fraction = 0.0
        self._cancel: Cancel | None = None

    def start(self, data_dir: Path, automatic: bool = False) -> bool:
        """``automatic``: nobody is watching, so it may wait between retries; a sync the user
        started never waits more than a few seconds in silence."""
        if self.running:
            return False
        self.running = True
        self.fraction = 0.0
        cancel = self._cancel = Cancel()
        if automatic:
            backoff = Backoff(max_attempts=5, cap=AUTO_PATIENCE, patience=AUTO_PATIENCE)
        else:
            backoff = Backoff.interactive()
        self.started.emit()
        report_progress = self.background.on_ui_thread(self._on_progress)

        def run() -> SyncReport:
            return commands.sync(
                data_dir,
                progress=report_progress,
                transport=self.transport,
                backoff=backoff,
                cancel=cancel,
            )

        def failed(exc: BaseException) -> None:
            log.error("sync failed", exc_info=exc)
            self._done(SyncReport.failure(exc))

        self.background.call(run, self._done, failed, name="migradesk-sync")
        return True

    def cancel(self) -> None:
        """Stop the running sync: the exchange in flight is aborted, the lock released, and
        ``finished`` brings a report of kind CANCELLED."""
        if self.running and self._cancel is not None:
            self._cancel.cancel()

    def _on_progress(self, step: Progress) -> None:
        if not self.running:
            return
        self.fraction = max(self.fraction, step.fraction)
        self.progress.emit(Progress(step.phase, self.fraction, step.detail))

    def _done(self, report: SyncReport) -> None:
        self.running = False
        self._cancel = None
        self.finished.emit(report)

    def probe(self, settings: SyncSettings) -> bool:
        """Whether the server answers now (runs on a background thread: blocking)."""
        link = self.transport(settings)
        try:
            answer = link.send(Request("GET", protocol.HEALTH_PATH))
        except SyncError:
            return False
        finally:
            link.close()
        return 200 <= answer.status < 300
