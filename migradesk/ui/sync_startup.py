"""Sync comes up by itself after start-up, without one long turn of the event loop.

Its imports (requests, keyring, pydantic, the engine, the panel: ~300 ms) run in the background
(``background.py``), once the other pages are prebuilt: started earlier, they would compete with the
first page and the prebuild for the interpreter. Then ``install`` builds sync's Qt objects on
the UI thread (a short step: the panel waits for its first opening). No Qt object is made on
the import thread.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from migradesk.ui.background import Background

if TYPE_CHECKING:
    from migradesk.ui.main_window import MainWindow

log = logging.getLogger("migradesk.ui.sync")

MODULE = "migradesk.ui.sync.controller"  # its imports are the whole sync stack
NO_PREBUILD_DELAY_MS = 80  # no city (the welcome page): nothing to wait for
LATEST_MS = 5000  # after the city loaded: go on even if the prebuild is slower than that


class SyncStarter(QObject):
    """Waits for the first ``loaded`` and the prebuild, imports, then installs (once)."""

    def __init__(self, window: MainWindow, install: Callable[[MainWindow], object]) -> None:
        super().__init__(window)
        self.window = window
        self.install = install
        self.started = False
        self.installed = False
        self.import_thread: threading.Thread | None = None
        self.background = Background(self)
        window.session.loaded.connect(self._loaded)

    def _loaded(self) -> None:
        window = self.window
        window.session.loaded.disconnect(self._loaded)  # the first city only
        prebuilder = window.prebuilder
        if window.session.file is None or prebuilder is None:
            QTimer.singleShot(NO_PREBUILD_DELAY_MS, self, self.start)
            return
        prebuilder.finished.connect(self.start)
        QTimer.singleShot(LATEST_MS, self, self.start)

    def start(self) -> None:
        if self.started:
            return
        self.started = True
        self.import_thread = self.background.call(
            lambda: importlib.import_module(MODULE),
            lambda _module: self._install(),
            self._not_imported,
            name="migradesk-sync-import",
        )

    def _not_imported(self, exc: BaseException) -> None:
        # install() imports it again on the UI thread, where a failure is reported.
        log.warning("sync could not be imported in the background", exc_info=exc)
        self._install()

    def _install(self) -> None:
        if not self.installed:
            self.installed = True
            self.install(self.window)
