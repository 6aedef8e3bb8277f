"""What the user sees when something fails: a plain message or the crash dialog.

qutebrowser's split, in one place (``report``): a known error (``migradesk.errors.KnownError``:
the input's, the disk's, the connection's or the server's, a document that cannot be exported)
is said with its own message; anything else is a bug: its traceback goes to the log and the
user gets the crash dialog (``crash.py``) with the report to send (``migradesk.support``), never
the bug's own text. Code that catches an exception to show it hands it to ``report``.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from migradesk.errors import KnownError

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
    """Whether ``exc`` carries a message for the user (else it is a bug)."""
    return isinstance(exc, KnownError)


def report(
    exc: BaseException,
    parent: QWidget | None = None,
    show: Callable[[str], None] | None = None,
) -> None:
    """The one way the UI reports a failure (call on the UI thread). A known error: its message,
    through ``show`` (a status bar, a banner, a dialog's error line) or else a message box, and
    a line in the log. Anything else: the log, with its traceback, and the crash dialog."""
    if isinstance(exc, KnownError):
        log.warning("%s: %s", type(exc).__name__, exc.user_message)
        if show is not None:
            show(exc.user_message)
        else:
            _message_box(exc.user_message, parent)
        return
    show_crash(type(exc), exc, exc.__traceback__, parent)


def _message_box(text: str, parent: QWidget | None) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("errors", "MigraDesk"))
    box.setText(text)
    _keep_open(box)
    box.open()


def show_crash(
    kind: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    parent: QWidget | None = None,
) -> None:
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QApplication

    from migradesk import logs, support

    from migradesk.ui.crash import CrashDialog

    log.error("unexpected error", exc_info=(kind, exc, tb))
    if QApplication.instance() is None:
        return
    text = support.report(kind, exc, tb, data_dir=data_dir, log_file=logs.current(), qt=qVersion())
    dialog = CrashDialog(text, data_dir, parent)
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
        report(exc)

    sys.excepthook = hook
