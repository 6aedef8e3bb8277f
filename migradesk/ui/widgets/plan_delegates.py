"""Inline editors of the action plan tree: dates with a calendar (es-AR), text with completion."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QLineEdit,
    QStyleOptionViewItem,
    QWidget,
)

from migradesk.ui.formats import AR, DATE_FORMAT
from migradesk.ui.widgets.wrap import WrapDelegate

Index = QModelIndex | QPersistentModelIndex


class PlanDelegate(WrapDelegate):
    """``date_columns`` get a QDateEdit with a calendar popup; ``completions(column)`` feeds a
    completer for the text columns (responsible areas and partners already used)."""

    def __init__(
        self,
        date_columns: tuple[int, ...],
        completions: Callable[[int], list[str]],
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.date_columns = date_columns
        self.completions = completions
        self.today = today
        self.last_editor: QWidget | None = None  # for tests and accessibility tools

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor: QWidget
        if index.column() in self.date_columns:
            date_edit = QDateEdit(parent)
            date_edit.setCalendarPopup(True)
            date_edit.setLocale(AR)
            date_edit.setDisplayFormat(DATE_FORMAT)
            calendar = date_edit.calendarWidget()
            calendar.setLocale(AR)
            calendar.setGridVisible(False)
            editor = date_edit
        else:
            line = QLineEdit(parent)
            words = self.completions(index.column())
            if words:
                completer = QCompleter(words, line)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                line.setCompleter(completer)
            editor = line
        self.last_editor = editor
        editor.destroyed.connect(self._forget)
        return editor

    def _forget(self) -> None:
        self.last_editor = None

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateEdit):
            day = value if isinstance(value, date) else self.today()
            editor.setDate(QDate(day.year, day.month, day.day))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QDateEdit):
            picked = editor.date()
            model.setData(index, date(picked.year(), picked.month(), picked.day()))
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect
        hint = editor.sizeHint()
        rect.setWidth(max(rect.width(), hint.width()))
        rect.setHeight(max(rect.height(), hint.height()))
        editor.setGeometry(rect)
