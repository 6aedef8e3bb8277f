"""Sending a deliverable to IOM: the inline (non-modal) confirmation bar and the SENT event."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from migradesk.domain.cityfile import CityFile
from migradesk.domain.review import Deliverable, ReviewEvent, ReviewState

from migradesk.ui.widgets.forms import label


def now_on(day: date) -> datetime:
    """The current time of day on the session's ``day`` (tests fix the day)."""
    now = datetime.now().astimezone()  # the storage keeps aware datetimes only
    return datetime.combine(day, now.time().replace(microsecond=0), tzinfo=now.tzinfo)


def sent_event(
    file: CityFile, deliverable: Deliverable, at: datetime, note: str = ""
) -> ReviewEvent:
    """The city's "sent to IOM" step, signed with the focal point's name."""
    focal_point = file.focal_point
    return ReviewEvent(
        city_id=file.city.id,
        deliverable=deliverable,
        state=ReviewState.SENT,
        at=at,
        by=focal_point.name if focal_point is not None else "",
        note=note,
    )


class ConfirmBar(QFrame):
    """A banner asking to confirm an action, with Confirm / Cancel; Escape cancels."""

    confirmed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setProperty("tone", "warn")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(10)
        self.text = label("")
        layout.addWidget(self.text, 1)
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("primary")
        self.confirm_button.setAutoDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancelar"))
        layout.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.confirm_button.clicked.connect(self._confirm)
        self.cancel_button.clicked.connect(self.cancel)
        self.setVisible(False)

    def ask(self, text: str, confirm_text: str) -> None:
        self.text.setText(text)
        self.confirm_button.setText(confirm_text)
        self.setVisible(True)
        self.confirm_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel(self) -> None:
        self.setVisible(False)
        self.cancelled.emit()

    def _confirm(self) -> None:
        self.setVisible(False)
        self.confirmed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)
