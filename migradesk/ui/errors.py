"""What the user sees when something fails: a plain message or the crash dialog.

qutebrowser's split: a problem of the environment (disk full, read-only folder, a database from a
newer version: StorageError) or of the input (DomainError) gets a plain message; anything else is
a bug and gets the crash dialog with the log file's location and the details to send.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger("migradesk.ui")

_log_file: Path | None = None


def setup_logging(data_dir: Path) -> Path | None:
    """Rotating log under ``data_dir/logs``; returns its path (None if it cannot be written)."""
    import logging.handlers  # socket, pickle…: not before the window shows

    global _log_file
    folder = data_dir / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "migradesk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("migradesk")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _log_file = folder / "migradesk.log"
    return _log_file


def is_known(exc: BaseException) -> bool:
    # Imported here: the storage stack loads on the worker thread, after the window shows.
    from migradesk.domain.base import DomainError
    from migradesk.storage.database import StorageError

    return isinstance(exc, StorageError | DomainError)


def show_error(exc: BaseException, parent: QWidget | None = None) -> None:
    """Show ``exc`` as the user should see it (call on the UI thread)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    if is_known(exc):
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("errors", "MigraDesk"))
        box.setText(str(exc))
        box.open()
        return
    show_crash(type(exc), exc, exc.__traceback__, parent)


def show_crash(
    kind: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    parent: QWidget | None = None,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    details = "".join(traceback.format_exception(kind, exc, tb))
    log.error("unexpected error\n%s", details)
    where = str(_log_file) if _log_file else QCoreApplication.translate("errors", "(sin registro)")
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("errors", "MigraDesk: error inesperado"))
    box.setText(
        QCoreApplication.translate(
            "errors",
            "Ocurrió un error inesperado en MigraDesk. Lo que ya figuraba como guardado está a "
            "salvo en este equipo.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "errors", "Si el problema se repite, envíe a OIM el archivo de registro:\n%1"
        ).replace("%1", where)
    )
    box.setDetailedText(details)
    box.open()


def install_excepthook() -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if is_known(exc):
            log.warning("%s", exc)
            show_error(exc)
        else:
            show_crash(kind, exc, tb)

    sys.excepthook = hook
