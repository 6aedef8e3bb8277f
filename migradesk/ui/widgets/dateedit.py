"""A date field that may be empty: typed as dd/mm/aaaa or picked from a calendar."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from migradesk.ui.formats import AR, fmt_date, parse_date
from migradesk.ui.style import icon


class DateEdit(QWidget):
    """``edited`` fires on user edits only (typing or picking), never on ``set_date``."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("dd/mm/aaaa"))
        self.line.setMaxLength(10)
        self._setting = False
        self.line.textChanged.connect(self._text_changed)
        self.setFocusProxy(self.line)

        # The calendar is made when first opened: a page has several date fields, and each
        # calendar costs about a millisecond to build.
        self.calendar: QCalendarWidget | None = None
        self._menu = QMenu(self)
        self._menu.aboutToShow.connect(self._sync_calendar)

        self.button = QToolButton(self)
        self.button.setObjectName("datePicker")  # its look: style.py (no second arrow)
        self.button.setIcon(icon("calendar"))
        self.button.setToolTip(self.tr("Elegir en el calendario"))
        self.button.setAccessibleName(self.tr("Elegir en el calendario"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self._menu)
        self.button.setFocusPolicy(self.button.focusPolicy().NoFocus)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)

    def set_read_only(self, read_only: bool) -> None:
        """Locked content: the date stays readable and selectable, without the calendar."""
        from migradesk.ui.widgets.forms import mark_locked

        self.line.setReadOnly(read_only)
        self.line.setPlaceholderText("" if read_only else self.tr("dd/mm/aaaa"))
        mark_locked(self.line, read_only)
        self.button.setVisible(not read_only)

    def date(self) -> datetime.date | None:
        """The typed date; raises ValueError (with a message for the user) when it is not one."""
        return parse_date(self.line.text())

    def set_date(self, day: datetime.date | None) -> None:
        self._setting = True
        try:
            self.line.setText(fmt_date(day))
        finally:
            self._setting = False

    def _text_changed(self, _text: str) -> None:
        if not self._setting:
            self.edited.emit()  # typing, the line's own undo/redo, or a pick

    def _sync_calendar(self) -> None:
        """Before the menu opens: the calendar (made the first time), on the typed date."""
        if self.calendar is None:
            self.calendar = QCalendarWidget()
            self.calendar.setLocale(AR)
            self.calendar.setGridVisible(False)
            self.calendar.clicked.connect(self._picked)
            action = QWidgetAction(self._menu)
            action.setDefaultWidget(self.calendar)
            self._menu.addAction(action)  # (a menu takes an action's widget when it is added)
        try:
            day = self.date()
        except ValueError:
            day = None
        if day is not None:
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, qdate: QDate) -> None:
        self.line.setText(fmt_date(datetime.date(qdate.year(), qdate.month(), qdate.day())))
        menu = self.button.menu()
        if menu is not None:
            menu.hide()
