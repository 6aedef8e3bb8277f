"""The app's one window, over one data dir at a time.

Opening another data dir — the demo city's and back, another folder chosen after an error —
replaces the window by a new one in the same place: the previous window is closed first (its
edits flushed, its database closed), so that two windows never hold files of the app open.
``home`` is the user's own data dir: where "Salir de la demostración" goes back to.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from migradesk.ui.main_window import MainWindow

log = logging.getLogger("migradesk.ui")

# Builds a window for a data dir; ``demo``: write the demo city there first if it is empty.
WindowFactory = Callable[[Path, bool], MainWindow]


class Shell(QObject):
    def __init__(self, home: Path, build: WindowFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.build = build
        self.window: MainWindow | None = None

    def open(self, data_dir: Path, demo: bool = False) -> MainWindow:
        """Show a window on ``data_dir`` in place of the current one."""
        from PySide6.QtWidgets import QApplication

        old = self.window
        geometry = old.saveGeometry() if old is not None else None
        quits = QApplication.quitOnLastWindowClosed()
        QApplication.setQuitOnLastWindowClosed(False)  # the app goes on in the new window
        if old is not None:
            old.close()  # flushes the pages, waits for the worker
            try:
                old.session.worker.shutdown()
            except Exception:  # its failure was shown already; the new window opens anyway
                log.exception("closing the data of %s", old.data_dir)
            old.deleteLater()
        window = self.build(data_dir, demo)
        window.home_dir = self.home
        window.open_requested.connect(self.open)
        if geometry is not None:
            window.restoreGeometry(geometry)
        window.show()
        QApplication.setQuitOnLastWindowClosed(quits)
        self.window = window
        log.info("window on %s", data_dir)
        return window
