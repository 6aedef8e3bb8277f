"""Start-up: what the first paint does without (Qt's enum namespace, the storage stack), that
the window is complete when it first answers, and its shortcuts afterwards."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QListView

from migradesk.ui import early_qt
from migradesk.ui.navigator import Navigator

from .conftest import OpenWindow

ROOT = Path(__file__).resolve().parents[2]

# As bench/ui_startup.py launches the app: until the window has painted and the loop turned.
PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from migradesk.ui import app as ui_app, settings, single_instance

settings.use_settings_path(Path(sys.argv[2]))
instance = single_instance.claim(Path(sys.argv[1]))
qapp = ui_app.make_application()
window = ui_app.launch(Path(sys.argv[1]), instance)
window.resize(1366, 768)
found = {}

def interactive():
    import PySide6.QtCore
    found["qt_namespace"] = "Qt" in vars(PySide6.QtCore)
    heavy = ("sqlalchemy", "reportlab", "requests", "keyring", "pydantic", "migradesk.storage",
             "PySide6.QtNetwork")
    found["heavy"] = [name for name in heavy if name in sys.modules]
    found["menus"] = [m.title() for m in window.menuBar().findChildren(type(window.file_menu))]
    found["shortcuts"] = {
        name: [k.toString() for k in action.shortcuts()]
        for name, action in (("find", window.find_action), ("export", window.export_action),
                             ("undo", window.undo_action))
    }
    found["rows"] = window.navigator.model().rowCount()
    qapp.quit()

window.first_painted.connect(lambda: QTimer.singleShot(0, interactive))
window.show()
qapp.exec()
window.session.worker.shutdown()
print(json.dumps(found))
"""


def test_the_window_answers_complete_before_qt_namespace_and_storage_load(
    demo_dir: Path, tmp_path: Path
) -> None:
    found = _probe(PROBE, demo_dir, tmp_path)
    assert found["qt_namespace"] is False  # ~40 ms of Python enums, after the first paint
    assert found["heavy"] == []  # the city's file loads on the DB thread afterwards
    assert found["rows"] == 9
    assert {"&Archivo", "&Editar", "&Preferencias", "A&yuda"} <= set(found["menus"])
    shortcuts = found["shortcuts"]
    assert "Ctrl+F" in shortcuts["find"]
    assert "Ctrl+P" in shortcuts["export"]
    assert "Ctrl+Z" in shortcuts["undo"]


def test_early_qt_values_are_qts_own() -> None:
    assert Qt.ItemDataRole.DisplayRole.value == early_qt.DISPLAY_ROLE
    assert Qt.ItemDataRole.AccessibleTextRole.value == early_qt.ACCESSIBLE_TEXT_ROLE
    assert Qt.ItemDataRole.UserRole.value == early_qt.USER_ROLE
    assert Qt.AlignmentFlag.AlignLeft.value == early_qt.ALIGN_LEFT
    assert Qt.AlignmentFlag.AlignTop.value == early_qt.ALIGN_TOP
    assert Qt.AlignmentFlag.AlignCenter.value == early_qt.ALIGN_CENTER
    assert Qt.ScrollBarPolicy.ScrollBarAlwaysOff.value == early_qt.SCROLL_BAR_ALWAYS_OFF
    assert Qt.TextFlag.TextWordWrap.value == early_qt.TEXT_WORD_WRAP
    assert QListView.ResizeMode.Adjust.value == early_qt.LIST_RESIZE_ADJUST


def test_navigator_takes_the_focus_without_asking_for_a_page(qtbot: QtBot) -> None:
    """At start-up the steps have the focus while the city loads: that must not open Inicio
    (Qt makes the first row current when a view without one gets the focus)."""
    navigator = Navigator()
    qtbot.addWidget(navigator)
    navigator.show()
    asked: list[str] = []
    navigator.page_requested.connect(asked.append)
    QApplication.sendEvent(
        navigator, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.ActiveWindowFocusReason)
    )
    assert not navigator.currentIndex().isValid()
    assert asked == []
    assert (
        navigator.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    )  # set as a property (early_qt)
    navigator.setCurrentIndex(navigator.model().index(3, 0))  # the user moves: a request
    assert asked == ["fase1"]


def test_shortcuts_work_after_start_up(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(demo_dir)
    window.windowHandle().requestActivate()  # shortcuts reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.navigator.hasFocus()  # the steps, not the search box

    qtbot.keyClick(window.navigator, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()

    asked: list[str] = []

    def cancel(_parent: object, title: str, *_args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append(title)
        return "", ""  # the user cancels: nothing is written

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    qtbot.keyClick(window.search, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Exportar «Expediente completo» a PDF"]  # Inicio's document
    assert window.redo_action.shortcuts()[0] == QKeySequence(QKeySequence.StandardKey.Redo)


# As the app starts: until the city's first page has shown, then one write through the Store.
CONTENT_PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from migradesk.ui import app as ui_app, settings

settings.use_settings_path(Path(sys.argv[2]))
qapp = ui_app.make_application()
window = ui_app.launch(Path(sys.argv[1]))
found = {}

def content(page):
    if "page" in found:
        return
    heavy = ("sqlalchemy", "pydantic", "holidays", "alembic", "requests", "keyring")
    found["heavy"] = [name for name in heavy if name in sys.modules]
    found["page"] = page
    found["city"] = window.session.file and window.session.file.city.name
    found["badges"] = len(window.session.badges)
    found["pending"] = window.session.pending
    window.session.worker.submit(lambda store: store.pending_count(), written)

def written(count):
    found["store_pending"] = count
    found["after"] = "sqlalchemy" in sys.modules
    qapp.quit()

def welcome():  # no city: the welcome page (which is no page of the navigator's)
    if window.session.file is None:
        QTimer.singleShot(0, lambda: content("bienvenida" if window._welcome else "?"))

window.page_shown.connect(content)
window.session.loaded.connect(welcome)
window.show()
qapp.exec()
window.session.worker.shutdown()
print(json.dumps(found))
"""


def _probe(probe: str, data_dir: Path, settings_dir: Path) -> dict[str, Any]:
    """Run a probe script in a fresh process on ``data_dir``; what it printed last, as JSON."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", probe, str(data_dir), str(settings_dir)],
        check=True,
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    found: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return found


def test_the_citys_first_page_shows_before_the_storage_stack_loads(
    demo_dir: Path, tmp_path: Path
) -> None:
    """The first read goes through sqlite3 (storage/firstread.py): SQLAlchemy, pydantic and the
    holiday library load afterwards, when the Store opens for the first operation that needs it."""
    found = _probe(CONTENT_PROBE, demo_dir, tmp_path)
    assert found["heavy"] == []
    assert found["page"] == "inicio"
    assert found["city"] == "Santa Rosa del Cerro"
    assert found["badges"] > 0
    assert found["pending"] == found["store_pending"] == 0  # the demo is never queued
    assert found["after"] is True


def test_a_new_data_dir_is_created_by_the_store_and_welcomes(tmp_path: Path) -> None:
    """No file yet: the first read steps aside and the Store creates the database."""
    data = tmp_path / "nuevo"
    found = _probe(CONTENT_PROBE, data, tmp_path)
    assert found["city"] is None
    assert found["page"] == "bienvenida"
    assert (data / "migradesk.sqlite3").is_file()
