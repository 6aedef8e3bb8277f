"""``run_app(data_dir)``: the QApplication, translations, error handling and the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from migradesk import paths

from migradesk.ui import errors, i18n, settings, single_instance, startup_marks, style
from migradesk.ui.icon import app_icon
from migradesk.ui.main_window import MainWindow
from migradesk.ui.session import Session, first_load
from migradesk.ui.shell import Shell
from migradesk.ui.single_instance import Instance, bring_to_front
from migradesk.ui.sync_startup import SyncStarter
from migradesk.ui.worker import DbWorker

if TYPE_CHECKING:
    from datetime import date

    from migradesk.storage import Store


def make_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The application (made once), its style and its language (``language``: this run's,
    ``--lang``; otherwise the setting, or at the first start the system's, see i18n.choose)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:  # the style by argument: app.setStyle() would wrap a QStyle (~10 ms of Python enums)
        app = new_application([*(argv or sys.argv[:1]), "-style", style.STYLE])
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("MigraDesk")
    app.setWindowIcon(app_icon())
    style.apply(app, set_style=app is existing)
    chosen, first_start = i18n.choose(language, settings.LANGUAGE.get())
    if first_start:
        settings.LANGUAGE.set(chosen)
    i18n.install(chosen)
    return app


def new_application(args: list[str]) -> QApplication:
    """The QApplication; when Qt cannot start its platform plugin (no display, a system library
    missing), a Spanish explanation and exit status 3 instead of Qt's abort and core dump.

    Qt's messages meanwhile are held back: after the explanation when it fails (its warning
    blames the wrong library), as Qt would write them when it starts."""
    messages: list[str] = []

    def handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = context.category
        messages.append(f"{category}: {message}" if category and category != "default" else message)
        if mode == QtMsgType.QtFatalMsg:
            from migradesk import qt_platform

            qt_platform.explain(messages)
            os._exit(qt_platform.EXIT_NO_DISPLAY)  # before Qt aborts

    previous = qInstallMessageHandler(handler)
    try:
        return QApplication(args)
    finally:
        qInstallMessageHandler(previous)
        for message in messages:
            sys.stderr.write(message + "\n")


def _open_store(data_dir: Path) -> Store:
    from migradesk.storage import Store  # imported on the worker thread: the window shows first

    return Store.open(data_dir)


def _city_ids(store: Store, demo: bool) -> list[str]:
    """On the DB worker: the cities of the data dir (``demo``: the demo city, written there if
    the data dir is still empty)."""
    if demo and not store.cities():
        from migradesk.demo import fill_demo

        fill_demo(store)
    return [c.id for c in store.cities()]


def start(
    data_dir: Path,
    worker: DbWorker | None = None,
    today: Callable[[], date] | None = None,  # None: the system's date
    defer: bool = False,
    demo: bool = False,
) -> MainWindow:
    """Build the window for ``data_dir`` and start loading its city (used by tests as well).

    ``defer``: start loading only once the window has painted (the storage stack's imports
    would otherwise compete with the first paint for the interpreter). ``demo``: the data dir
    is the demo city's (written there if empty). Data that cannot be opened shows the window's
    recovery page (never a dead end).
    """
    worker = worker or DbWorker(lambda: _open_store(data_dir))
    session = Session(worker, today=today)
    window = MainWindow(session)
    window.data_dir = data_dir
    errors.data_dir = data_dir
    worker.failed.connect(lambda exc: errors.report(exc, window))
    session.load_failed.connect(window.show_recovery)

    def pick_city(cities: list[str]) -> None:
        wanted = settings.CITY_ID.get()
        session.open_city(wanted if wanted in cities else (cities[0] if cities else None))

    def opened(found: tuple[str | None, Any] | None) -> None:
        if found is None:  # the Store opens the file first (creates, upgrades, refuses…)
            worker.submit(lambda store: _city_ids(store, False), pick_city, window.show_recovery)
            return
        session.show_loaded(*found)  # the usual start: read without the Store, shown now
        # Then the Store opens at once: a read-only file, say, is told now, not at the first
        # edit (the first read only reads).
        worker.submit(lambda store: None, None, window.show_recovery)

    def load() -> None:
        if demo:  # the demo city is written there first if missing: the Store opens it
            worker.submit(lambda store: _city_ids(store, True), pick_city, window.show_recovery)
            return
        wanted = settings.CITY_ID.get()
        worker.submit_without_store(
            lambda: first_load(data_dir, wanted), opened, window.show_recovery
        )

    window.loader = load

    if defer:
        after_first_paint(window, LOAD_DELAY_MS, load)
    else:
        load()
    return window


# After the first paint, the slower start-up work is staggered over a few turns of the event
# loop, so that the window answers the first click at once: the storage stack's imports (on the
# DB thread, but competing for the interpreter), then the log file; once the city's first page
# shows, the other pages (prebuild_pages, in short steps), then sync (sync_startup.py: its
# imports on a thread of their own, then a short install on the UI thread).
LOAD_DELAY_MS = 10
LOGGING_DELAY_MS = 40
LISTEN_DELAY_MS = 30  # later launches are answered from then on (they retry meanwhile)


def after_first_paint(window: MainWindow, delay_ms: int, fn: Callable[[], object]) -> None:
    window.first_painted.connect(lambda: QTimer.singleShot(delay_ms, fn))


def _install_sync(window: MainWindow) -> None:
    """Sync (requests, keyring) loads after the first paint: not on the start-up path (its
    modules are imported already by then, see sync_startup.py)."""
    from migradesk.ui.sync import install_sync

    install_sync(window)


def run_app(
    data_dir: Path,
    instance: Instance | None = None,
    demo: bool = False,
    language: str | None = None,
) -> int:
    """The app on the user's data dir (``demo``: on the demo city's, beside it), claimed for
    this process (``single_instance``) unless the caller did it already; 0 at once when the app
    running there was brought to the front. ``language``: this run's (``--lang``)."""
    if instance is None:
        instance = single_instance.claim(data_dir)
        if instance is None:
            return 0
    try:
        app = make_application(language=language)
        errors.install_excepthook()
        shell = Shell(data_dir, lambda folder, demo: _window(folder, demo))
        window = shell.open(paths.demo_dir(data_dir) if demo else data_dir, demo)
        claimed = instance
        after_first_paint(window, LISTEN_DELAY_MS, lambda: claimed.listen(lambda: _to_front(shell)))
        startup_marks.install(window)
        # The log file (logging.handlers imports socket, pickle…) once the window is on screen.
        after_first_paint(window, LOGGING_DELAY_MS, lambda: errors.setup_logging(data_dir))
        code = app.exec()
        try:
            assert shell.window is not None
            shell.window.session.worker.shutdown()
        except Exception as exc:  # the database could not be closed cleanly: say so, do not crash
            from PySide6.QtWidgets import QMessageBox  # not on the start-up path

            QMessageBox.warning(None, "MigraDesk", str(exc))
            return 1
        return int(code)
    finally:
        instance.release()


def _to_front(shell: Shell) -> None:
    """A later launch brings the window on screen now (the Shell's latest) to the front."""
    if shell.window is not None:
        bring_to_front(shell.window)


def launch(data_dir: Path, instance: Instance | None = None) -> MainWindow:
    """The window as the app starts it (run_app; bench/ui_startup.py measures exactly this).
    ``instance``: the data dir's claim, which answers later launches once the window shows."""
    errors.install_excepthook()
    window = _window(data_dir, False)
    if instance is not None:
        after_first_paint(
            window, LISTEN_DELAY_MS, lambda: instance.listen(lambda: bring_to_front(window))
        )
    after_first_paint(window, LOGGING_DELAY_MS, lambda: errors.setup_logging(data_dir))
    return window


def _window(data_dir: Path, demo: bool) -> MainWindow:
    """A window on ``data_dir`` with its deferred start-up work (the Shell makes each)."""
    window = start(data_dir, defer=True, demo=demo)
    # Sync once the city's first page is on screen and the other pages are prebuilt (its
    # imports would delay them), without a long turn of the loop.
    SyncStarter(window, _install_sync)
    # The prebuilder waits for the first page to show; made after the first paint as well.
    after_first_paint(window, LOAD_DELAY_MS, window.prebuild_pages)
    return window
