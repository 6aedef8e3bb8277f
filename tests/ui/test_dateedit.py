"""The date field: typed, or picked from a calendar made the first time it opens."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, QPoint

from migradesk.ui.widgets.dateedit import DateEdit


def test_calendar_is_made_when_first_opened_and_picks_a_date(qtbot: QtBot) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.set_date(date(2026, 3, 15))
    edit.show()
    assert edit.calendar is None  # not built with the page
    edited: list[bool] = []
    edit.edited.connect(lambda: edited.append(True))

    menu = edit.button.menu()
    assert menu is not None
    menu.popup(edit.mapToGlobal(QPoint(0, edit.height())))
    qtbot.waitUntil(menu.isVisible)
    calendar = edit.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate() == QDate(2026, 3, 15)  # shows the typed date

    calendar.clicked.emit(QDate(2026, 4, 2))
    assert edit.line.text() == "02/04/2026" and edit.date() == date(2026, 4, 2)
    assert edited and not menu.isVisible()

    edit.set_date(date(2026, 5, 20))
    menu.popup(edit.mapToGlobal(QPoint(0, edit.height())))
    qtbot.waitUntil(menu.isVisible)
    assert edit.calendar is calendar and calendar.selectedDate() == QDate(2026, 5, 20)
    menu.hide()
