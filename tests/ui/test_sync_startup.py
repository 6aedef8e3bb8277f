"""Sync comes up by itself after start-up (``launch``), its imports off the UI thread, once the
other pages are prebuilt; the automatic sync at start still runs."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from migradesk.ui import app as ui_app
from migradesk.ui import errors
from migradesk.ui.main_window import MainWindow
from migradesk.ui.sync import controller as sync_controller
from migradesk.ui.sync.controller import SyncController
from migradesk.ui.sync_startup import SyncStarter

sys.path.insert(0, str(Path(__file__).parents[1] / "sync"))  # the sync tests' server kit

WAIT_MS = 30_000


@pytest.fixture
def launched(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[MainWindow]]:
    """Windows opened as the app opens them (``launch``: real DB thread), closed afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # launch() installs its own
    monkeypatch.setattr(errors, "setup_logging", lambda _data_dir: None)  # no log file
    monkeypatch.setattr(sync_controller, "STARTUP_DELAY_MS", 50)  # not 20 s
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        controller = window.sync_controller
        window.close()
        if isinstance(controller, SyncController):
            controller.wait()
        window.session.worker.shutdown()


def _launch(qtbot: QtBot, data_dir: Path, windows: list[MainWindow]) -> MainWindow:
    window = ui_app.launch(data_dir)
    qtbot.addWidget(window)
    windows.append(window)
    window.resize(1366, 768)
    window.show()
    return window


def _installed(window: MainWindow) -> SyncController:
    controller = window.sync_controller
    assert isinstance(controller, SyncController)
    return controller


def test_sync_is_installed_after_the_prebuild_and_syncs_at_start(
    qtbot: QtBot,
    demo_dir: Path,
    launched: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    automatic: list[str] = []
    monkeypatch.setattr(SyncController, "auto_sync", lambda _self, why: automatic.append(why))
    installs: list[bool] = []  # was the prebuild done when sync was installed?
    install = ui_app._install_sync

    def watched(window: MainWindow) -> None:
        assert threading.current_thread() is threading.main_thread()  # Qt objects: UI thread
        installs.append(window.prebuilder is not None and window.prebuilder.done)
        install(window)

    monkeypatch.setattr(ui_app, "_install_sync", watched)
    window = _launch(qtbot, demo_dir, launched)
    assert window.sync_controller is None  # not on the start-up path

    qtbot.waitUntil(lambda: window.sync_controller is not None, timeout=WAIT_MS)
    assert installs == [True]
    starter = window.findChild(SyncStarter)
    assert starter is not None and starter.import_thread is not None
    assert starter.import_thread is not threading.main_thread()
    controller = _installed(window)
    assert controller.menu.menuAction() in window.menuBar().actions()
    assert controller._panel is None  # built when first opened, not in the install's turn
    qtbot.waitUntil(lambda: automatic == ["inicio"], timeout=WAIT_MS)  # nobody clicked

    controller.set_panel_visible(True)
    assert controller.dock.isVisible() and controller.dock.widget() is controller.panel


def test_without_a_city_sync_comes_up_and_the_first_automatic_sync_brings_it(
    qtbot: QtBot,
    tmp_path: Path,
    launched: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("migradesk.server.app")
    import synckit

    from migradesk.sync import commands

    server = synckit.Server(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    try:
        server.add_city()
        server.add_user("punto.focal", synckit.Role.FOCAL_POINT, [synckit.CITY.id])
        with synckit.memory_keyring():
            data_dir = tmp_path / "datos"
            link = lambda _settings: server.transport()  # noqa: E731
            url = "http://127.0.0.1:8000"
            commands.login(data_dir, url, "punto.focal", synckit.PASSWORD, transport=link)
            monkeypatch.setattr(sync_controller, "default_transport", link)
            window = _launch(qtbot, data_dir, launched)
            qtbot.waitUntil(lambda: window.sync_controller is not None, timeout=WAIT_MS)
            controller = _installed(window)
            # The automatic sync at start, without a click, pulled the city and opened it.
            qtbot.waitUntil(lambda: controller.last_report is not None, timeout=WAIT_MS)
            assert controller.last_report is not None and controller.last_report.ok
            qtbot.waitUntil(lambda: window.current_page_id is not None, timeout=WAIT_MS)
            assert window.session.file is not None
            assert window.session.file.city.id == synckit.CITY.id
            controller.wait()
    finally:
        server.close()
