"""The crash dialog: an unexpected error shows the report (version, system, traceback, log's
last lines), copies it for IOM, and leaves the window usable."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from migradesk import logs

from migradesk.ui import errors
from migradesk.ui.crash import CrashDialog

from .conftest import OpenWindow
from .test_translations import bare, pseudo, pseudo_qm, visible_texts  # noqa: F401


def _dialogs() -> list[CrashDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()
    ]


def test_an_unexpected_error_shows_and_copies_the_report(
    open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir)
    logs.setup(demo_dir)
    try:
        logging.getLogger("migradesk.sync").info("una línea anterior del registro")
        errors.install_excepthook()
        try:
            raise ZeroDivisionError("división por cero en una página")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
        (dialog,) = _dialogs()
        report = dialog.report.toPlainText()
        assert report.startswith("Informe de error de MigraDesk")
        for part in (
            "MigraDesk 0.",
            "Sistema: ",
            "Python 3.",
            "Qt 6.",
            f"Carpeta de datos: {demo_dir}",
            "ZeroDivisionError: división por cero en una página",
            "Últimas líneas del registro",
            "migradesk.sync: una línea anterior del registro",
        ):
            assert part in report, part
        dialog.copy_button.click()
        assert QApplication.clipboard().text() == report
        assert "Informe copiado" in dialog.copied.text()
        dialog.close_button.click()
        assert window.isVisible() and window.session.file is not None  # goes on working
        log = (demo_dir / "registros" / "migradesk.log").read_text(encoding="utf-8")
        assert "ZeroDivisionError" in log
    finally:
        sys.excepthook = sys.__excepthook__
        logs.stop()


def test_the_crash_dialog_is_translatable(qapp: QApplication, pseudo: None) -> None:  # noqa: F811
    dialog = CrashDialog("informe", Path("/tmp"))
    dialog.show()
    try:
        assert not bare(list(visible_texts(dialog)))
    finally:
        dialog.close()
