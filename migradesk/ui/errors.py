"""What the user sees when something fails: a plain message or the crash dialog.

qutebrowser's split: a problem of the environment (disk full, read-only folder, a database from a
newer version: StorageError) or of the input (DomainError) gets a plain message; anything else is
a bug and gets the crash dialog (``crash.py``) with the report to send (``migradesk.support``).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

log = logging.getLogger("migradesk.ui")

# The data dir of the window on screen (the crash report names it; app.start sets it).
data_dir: Path | None = None


def setup_logging(folder: Path) -> Path | None:
    """The rotating log in ``folder`` (``migradesk.logs``); None if it cannot be written."""
    from migradesk import logs

    return logs.setup(folder)


def is_known(exc: BaseException) -> bool:
    # Imported here: the storage stack loads on the worker thread, after the window shows.
    from migradesk.domain.base import DomainError
    from migradesk.storage.errors import StorageError

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
        _keep_open(box)
        box.open()
        return
    show_crash(type(exc), exc, exc.__traceback__, parent)


def show_crash(
    kind: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    parent: QWidget | None = None,
) -> None:
    from PySide6.QtCore import qVersion

    from migradesk import logs, support

    from migradesk.ui.crash import CrashDialog

    log.error("unexpected error", exc_info=(kind, exc, tb))
    report = support.report(
        kind, exc, tb, data_dir=data_dir, log_file=logs.current(), qt=qVersion()
    )
    dialog = CrashDialog(report, data_dir, parent)
    _keep_open(dialog)
    dialog.open()


# Dialogs without a parent (the excepthook's) live until closed: Python owns them otherwise.
_open: set[QWidget] = set()


def _keep_open(dialog: QDialog) -> None:
    _open.add(dialog)
    dialog.finished.connect(lambda _result: _open.discard(dialog))


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
