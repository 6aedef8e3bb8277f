"""``run_app(data_dir)``: the QApplication, translations, error handling and the main window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox

from migradesk.ui import errors, i18n, settings, style
from migradesk.ui.main_window import MainWindow
from migradesk.ui.session import Session
from migradesk.ui.worker import DbWorker

if TYPE_CHECKING:
    from migradesk.storage import Store


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("MigraDesk")
    style.apply(app)
    language = settings.LANGUAGE.get()
    i18n.install(language if language in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE)
    return app


def _open_store(data_dir: Path) -> Store:
    from migradesk.storage import Store  # imported on the worker thread: the window shows first

    return Store.open(data_dir)


def start(
    data_dir: Path,
    worker: DbWorker | None = None,
    today: Callable[[], date] = date.today,
    defer: bool = False,
) -> MainWindow:
    """Build the window for ``data_dir`` and start loading its city (used by tests as well).

    ``defer``: start loading only once the window has painted (the storage stack's imports
    would otherwise compete with the first paint for the interpreter).
    """
    worker = worker or DbWorker(lambda: _open_store(data_dir))
    session = Session(worker, today=today)
    window = MainWindow(session)
    worker.failed.connect(lambda exc: errors.show_error(exc, window))

    def pick_city(cities: list[str]) -> None:
        wanted = settings.CITY_ID.get()
        session.open_city(wanted if wanted in cities else (cities[0] if cities else None))

    def cannot_open(exc: BaseException) -> None:
        errors.show_error(exc, window)

    def load() -> None:
        worker.submit(lambda store: [c.id for c in store.cities()], pick_city, cannot_open)

    if defer:
        window.first_painted.connect(load)
    else:
        load()
    return window


def _install_sync(window: MainWindow) -> None:
    """Sync (requests, keyring) loads after the first paint: not on the start-up path."""
    from migradesk.ui.sync import install_sync

    install_sync(window)


def run_app(data_dir: Path) -> int:
    app = make_application()
    errors.install_excepthook()
    window = start(data_dir, defer=True)
    # The log file (logging.handlers imports socket, pickle…) once the window is on screen.
    window.first_painted.connect(lambda: errors.setup_logging(data_dir))
    window.first_painted.connect(lambda: _install_sync(window))
    window.show()
    code = app.exec()
    try:
        window.session.worker.shutdown()
    except Exception as exc:  # the database could not be closed cleanly: say so, do not crash
        QMessageBox.warning(None, "MigraDesk", str(exc))
        return 1
    return int(code)
