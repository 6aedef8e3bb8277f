"""UI fixtures: isolated settings, a synchronous DB worker, windows on a data dir, typing."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication

from migradesk.domain.base import Record
from migradesk.storage import Store

from migradesk.ui import app as ui_app
from migradesk.ui import i18n, settings
from migradesk.ui.events import EVERYTHING
from migradesk.ui.main_window import MainWindow
from migradesk.ui.shell import Shell
from migradesk.ui.worker import SyncDbWorker

TODAY = date(2026, 11, 25)

OpenWindow = Callable[..., MainWindow]


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    """QSettings in a temp INI file; Spanish interface; no state leaks between tests."""
    folder = tmp_path / "settings"
    folder.mkdir()
    settings.use_settings_path(folder)
    settings.LANGUAGE.set("es")  # not the machine's locale (i18n.choose)
    ui_app.make_application()
    yield folder
    i18n.install("es")
    settings.use_settings_path(None)


@pytest.fixture
def empty_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo city written once per test session; tests copy it."""
    from migradesk.demo import write_demo

    folder = tmp_path_factory.mktemp("demo") / "data"
    write_demo(folder, TODAY)
    return folder


@pytest.fixture
def demo_dir(demo_template: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "demo"
    shutil.copytree(demo_template, target)
    return target


@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[OpenWindow]:
    """Open a main window on a data dir with a synchronous worker; closed at teardown."""
    opened: list[MainWindow] = []
    errors: list[BaseException] = []

    def open_(
        data_dir: Path, today: date = TODAY, size: tuple[int, int] | None = (1366, 768)
    ) -> MainWindow:
        worker = SyncDbWorker(lambda: Store.open(data_dir))  # opened as the app does
        window = ui_app.start(data_dir, worker=worker, today=lambda: today)
        worker.failed.connect(errors.append)
        qtbot.addWidget(window)
        if size is not None:
            window.resize(*size)
        window.show()
        opened.append(window)
        return window

    open_.errors = errors  # type: ignore[attr-defined]  # a test that expects one takes it
    yield open_
    for window in opened:
        if window.isVisible():
            window.close()
        window.session.worker.shutdown()
    assert not errors, errors


def close_window(window: MainWindow) -> None:
    window.close()
    window.session.worker.shutdown()


def receive_from_iom(window: MainWindow, records: list[Record]) -> None:
    """What a sync does when IOM answered: IOM's records arrive (never queued here: this
    desktop, the focal point's, may not write them) and the pages refresh."""
    window.session.run(
        lambda store: store.save_as_received(records), kinds={r.KIND for r in records}
    )


@pytest.fixture
def shell(qtbot: QtBot, tmp_path: Path) -> Iterator[Shell]:
    """The app's Shell on a home data dir (``tmp_path / "home"``), its windows as ``open_window``
    makes them; every window it made is closed at teardown."""
    made: list[MainWindow] = []

    def build(data_dir: Path, demo: bool) -> MainWindow:
        worker = SyncDbWorker(lambda: Store.open(data_dir))
        window = ui_app.start(data_dir, worker=worker, today=lambda: TODAY, demo=demo)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        made.append(window)
        return window

    opened = Shell(tmp_path / "home", build)
    yield opened
    for window in made:
        if window.isVisible():
            window.close()
        window.session.worker.shutdown()


# --- Cities at a stage of the process, and what sync brings ------------------------------------

sys.path.insert(0, str(Path(__file__).parents[1] / "domain" / "process"))
import citykit  # noqa: E402  (the process tests' city builder)


def acknowledge(window: MainWindow) -> None:
    """The server acknowledges everything this desktop has waiting (as a sync's push would)."""
    window.session.run(citykit.push_all, kinds={EVERYTHING})


def from_server(window: MainWindow, *records: Record) -> None:
    """Records written by IOM arrive as a sync's pull would bring them."""
    city_id = window.session.city_id
    assert city_id is not None
    window.session.run(
        lambda store: citykit.pull(store, city_id, list(records)), kinds={EVERYTHING}
    )
