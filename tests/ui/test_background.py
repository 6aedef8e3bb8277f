"""One helper for background work that is not the database's (``ui/background.py``): the work
runs on its own thread, its result, error and progress come back on the UI thread, in order; an
error nobody takes is reported (a known error's message, a bug's crash dialog); and no other
module of the UI makes threads of its own (the DB worker stays the only queue of DB work)."""

from __future__ import annotations

import ast
import logging
import threading
from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from migradesk.sync.errors import NetworkError

import migradesk.ui
from migradesk.ui.background import Background
from migradesk.ui.crash import CrashDialog

UI = Path(migradesk.ui.__file__).parent
# The two places of the UI that start threads: the DB worker and the helper for the rest.
THREAD_MAKERS = {"worker.py", "background.py"}


def _on_ui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def test_work_runs_off_the_ui_thread_and_answers_on_it_in_order(qtbot: QtBot) -> None:
    background = Background()
    seen: list[tuple[object, bool]] = []
    progress = background.on_ui_thread(lambda step: seen.append((step, _on_ui_thread())))

    def work() -> str:
        for step in range(5):
            progress(step)
        return f"hecho en el hilo principal: {_on_ui_thread()}"

    thread = background.call(work, lambda result: seen.append((result, _on_ui_thread())))
    assert thread is not threading.current_thread()
    qtbot.waitUntil(lambda: len(seen) == 6)
    assert seen == [
        *((step, True) for step in range(5)),
        ("hecho en el hilo principal: False", True),
    ]
    assert not background.busy


def test_an_error_goes_to_on_error_on_the_ui_thread(qtbot: QtBot) -> None:
    background = Background()
    failures: list[tuple[BaseException, bool]] = []

    def work() -> None:
        raise NetworkError("No se pudo conectar con el servidor.")

    background.call(work, on_error=lambda exc: failures.append((exc, _on_ui_thread())))
    qtbot.waitUntil(lambda: bool(failures))
    ((error, on_ui),) = failures
    assert isinstance(error, NetworkError) and on_ui


def _visible(kind: type) -> list[QObject]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_an_error_nobody_takes_is_reported(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    """A known error: its message in a box. A bug: the log with its traceback and the crash
    dialog, never silence."""
    background = Background()

    def known() -> None:
        raise NetworkError("No se pudo conectar con el servidor.")

    background.call(known)
    qtbot.waitUntil(lambda: bool(_visible(QMessageBox)))
    (box,) = _visible(QMessageBox)
    assert isinstance(box, QMessageBox) and box.text() == "No se pudo conectar con el servidor."
    box.close()

    def bug() -> None:
        raise ZeroDivisionError("un error de programación")

    with caplog.at_level(logging.ERROR, logger="migradesk.ui"):
        background.call(bug)
        qtbot.waitUntil(lambda: bool(_visible(CrashDialog)))
    (dialog,) = _visible(CrashDialog)
    assert isinstance(dialog, CrashDialog)
    assert "ZeroDivisionError: un error de programación" in dialog.report.toPlainText()
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)
    dialog.close()


def test_what_a_task_hands_back_after_its_owner_is_gone_is_dropped(qtbot: QtBot) -> None:
    owner = QObject()
    background = Background(owner)
    release = threading.Event()
    delivered: list[object] = []
    progress = background.on_ui_thread(delivered.append)

    def work() -> str:
        release.wait(10)
        progress("paso")
        return "resultado"

    thread = background.call(work, delivered.append)
    shiboken6.delete(owner)  # the window closed while the task ran
    release.set()
    thread.join(10)
    QApplication.processEvents()  # what was posted is delivered now: nothing arrives
    assert delivered == [] and not thread.is_alive()


def _thread_makers(path: Path) -> list[str]:
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = {a.name for a in node.names}
            if node.module == "concurrent.futures" or names & {
                "QThread",
                "QThreadPool",
                "QRunnable",
            }:
                found.append(f"from {node.module} import {sorted(names)}")
        elif isinstance(node, ast.Call):  # threading.Thread(...) or Thread(...)
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "Thread":
                found.append("Thread(...)")
    return found


def test_no_module_of_the_ui_starts_threads_of_its_own() -> None:
    makers = {
        str(path.relative_to(UI)): found
        for path in sorted(UI.rglob("*.py"))
        if (found := _thread_makers(path))
    }
    assert set(makers) == THREAD_MAKERS, makers
