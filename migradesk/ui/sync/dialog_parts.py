"""Pieces the sync dialogs share: the error line and the busy bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from migradesk.ui.style import em
from migradesk.ui.widgets.forms import label


def error_line() -> QLabel:
    """A hidden error message, selectable so that it can be copied into an e-mail."""
    message = label("", "error")
    message.setObjectName("error")
    message.setVisible(False)
    message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return message


def busy_bar(owner: QWidget) -> QProgressBar:
    """A thin, hidden, indeterminate bar shown while a request runs."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(em(owner, 0.5))
    bar.setVisible(False)
    return bar
