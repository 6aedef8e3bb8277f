"""One way to report a failure in the UI (``errors.report``): a known error's message where the
caller shows messages, a bug to the log and the crash dialog, never its own text. The sync
controller's status bar goes through it (it once showed ``str(exc)`` of anything, unlogged)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QMessageBox

from migradesk.storage.errors import StorageError, StorageProblem
from migradesk.sync import commands
from migradesk.sync.errors import NetworkError
from migradesk.sync.transport import Request, Response

from migradesk.ui import errors
from migradesk.ui.crash import CrashDialog
from migradesk.ui.sync import install_sync
from migradesk.ui.sync.controller import AUTO_MINUTES

from .conftest import OpenWindow


def _crash_dialogs() -> list[CrashDialog]:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)]
    return [w for w in found if w.isVisible()]


def _close_dialogs() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, CrashDialog | QMessageBox) and widget.isVisible():
            widget.close()


def test_a_known_error_is_said_with_its_message(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    said: list[str] = []
    error = StorageError("El disco está lleno: libere espacio.", StorageProblem.DISK_FULL)
    with caplog.at_level(logging.WARNING, logger="migradesk.ui"):
        errors.report(error, None, said.append)
    assert said == ["El disco está lleno: libere espacio."]
    assert not _crash_dialogs()
    assert [r.levelno for r in caplog.records] == [logging.WARNING]  # logged, no traceback
    assert caplog.records[0].exc_info is None


def test_a_bug_goes_to_the_log_and_the_crash_dialog_never_to_the_message(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    said: list[str] = []
    try:
        {}["clave interna"]
    except KeyError as exc:
        with caplog.at_level(logging.ERROR, logger="migradesk.ui"):
            errors.report(exc, None, said.append)
    assert said == []
    (dialog,) = _crash_dialogs()
    assert "KeyError: 'clave interna'" in dialog.report.toPlainText()
    (record,) = caplog.records
    assert record.exc_info is not None and record.exc_info[0] is KeyError
    _close_dialogs()


class _Offline:
    def send(self, request: Request) -> Response:
        raise NetworkError("sin red")

    def close(self) -> None:
        pass


@pytest.mark.parametrize("known", [True, False])
def test_the_sync_status_bar_says_known_errors_and_reports_bugs(
    qtbot: QtBot,
    open_window: OpenWindow,
    demo_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    known: bool,
) -> None:
    AUTO_MINUTES.set(0)  # no automatic syncs during the test
    window = open_window(demo_dir)
    controller = install_sync(window, transport=lambda _settings: _Offline())

    def logout(_data_dir: Path) -> None:
        if known:
            raise StorageError("No se pudo escribir en la carpeta de datos.")
        raise RuntimeError("detalle interno de un error de programación")

    monkeypatch.setattr(commands, "logout", logout)
    controller.sign_out()
    if known:
        qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()))
        assert window.statusBar().currentMessage() == "No se pudo escribir en la carpeta de datos."
        assert not _crash_dialogs()
    else:
        qtbot.waitUntil(lambda: bool(_crash_dialogs()))
        assert "detalle interno" not in window.statusBar().currentMessage()
        assert "RuntimeError: detalle interno" in _crash_dialogs()[0].report.toPlainText()
    _close_dialogs()
    controller.wait()


def test_a_write_that_meets_a_bug_says_so_without_its_text(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir)

    def broken(_store: object) -> None:
        raise RuntimeError("detalle interno de un error de programación")

    window.session.run(broken, kinds={"city"})
    qtbot.waitUntil(lambda: bool(_crash_dialogs()))
    said = window.save_label.text()
    assert said == "No se pudo guardar: Ocurrió un error inesperado en MigraDesk"
    assert "RuntimeError: detalle interno" in _crash_dialogs()[0].report.toPlainText()
    _close_dialogs()
    (error,) = open_window.errors  # type: ignore[attr-defined]
    assert isinstance(error, RuntimeError)
    open_window.errors.clear()  # type: ignore[attr-defined]


def test_a_question_asked_in_the_background_reports_a_bug_and_still_answers(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    """Is a token kept? Does the server answer? A known failure is a plain "no"; a bug is a
    "no" too, but reported (it used to vanish without a trace)."""
    AUTO_MINUTES.set(0)
    window = open_window(demo_dir)
    controller = install_sync(window, transport=lambda _settings: _Offline())
    answers: list[bool] = []
    failed = controller._or(answers.append, False)
    failed(NetworkError("No se pudo conectar con el servidor."))
    assert answers == [False] and not _crash_dialogs()
    failed(KeyError("un error de programación"))
    assert answers == [False, False]
    (dialog,) = _crash_dialogs()
    assert "KeyError: 'un error de programación'" in dialog.report.toPlainText()
    _close_dialogs()
    controller.wait()
