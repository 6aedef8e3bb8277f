"""Fase 4: the candidate areas as a ranked table, rated 1–5 from the keyboard."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from migradesk.domain.cityfile import CityFile
from migradesk.domain.plan import PriorityArea, ranked

from migradesk.ui import style
from migradesk.ui.domain_labels import dimension_short
from migradesk.ui.session import Session
from migradesk.ui.undo import SaveRecordsCommand
from migradesk.ui.widgets.forms import SpinBox
from migradesk.ui.widgets.plan_labels import source_label
from migradesk.ui.widgets.table_fit import fit_columns

Index = QModelIndex | QPersistentModelIndex

RANK, TITLE, SOURCE, IMPORTANCE, URGENCY, FEASIBILITY, SCORE, SELECTED = range(8)
RATINGS = {IMPORTANCE: "importance", URGENCY: "urgency", FEASIBILITY: "feasibility"}


class AreasModel(QAbstractTableModel):
    """``ranked`` areas; ratings, title and "prioritaria" are edited in place (undoable)."""

    problem = Signal(str)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.areas: list[PriorityArea] = []
        self.editable = True

    def set_file(self, file: CityFile, editable: bool) -> None:
        areas = ranked(file.priority_areas)
        if [a.id for a in areas] == [a.id for a in self.areas] and editable == self.editable:
            self.areas = areas
            if areas:
                self.dataChanged.emit(self.index(0, 0), self.index(len(areas) - 1, SELECTED))
            return
        self.beginResetModel()
        self.areas = areas
        self.editable = editable
        self.endResetModel()

    def row_of(self, area_id: str) -> int:
        return next((r for r, a in enumerate(self.areas) if a.id == area_id), -1)

    # Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.areas)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else SELECTED + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Nº"),
                self.tr("Área a fortalecer"),
                self.tr("Origen"),
                self.tr("Importancia"),
                self.tr("Urgencia"),
                self.tr("Factibilidad"),
                self.tr("Total"),
                self.tr("Prioritaria"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and section in RATINGS:
            return self.tr("De 1 (baja) a 5 (alta). Escriba el número en la celda.")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.editable:
            return base
        if index.column() in RATINGS or index.column() == TITLE:
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == SELECTED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        area, column = self.areas[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(area, index.row(), column)
        if role == Qt.ItemDataRole.EditRole:
            if column in RATINGS:
                return getattr(area, RATINGS[column]) or 0
            return area.title if column == TITLE else None
        if role == Qt.ItemDataRole.CheckStateRole and column == SELECTED:
            return Qt.CheckState.Checked if area.selected else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column != TITLE:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and column in (TITLE, SOURCE):
            dims = ", ".join(f"{c}) {dimension_short(c)}" for c in area.dimensions)
            return "\n\n".join(t for t in (area.title, area.description, dims) if t)
        if role == Qt.ItemDataRole.FontRole and (column == SCORE or area.selected):
            font = QFont()
            font.setBold(column in (SCORE, TITLE, RANK))
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in (*RATINGS, SCORE) and self._display(area, index.row(), column) == "—":
                return QColor(style.MUTED)
            if column == SOURCE:
                return QColor(style.MUTED)
        if role == Qt.ItemDataRole.BackgroundRole and area.selected:
            return QColor(style.ACCENT_SOFT)
        return None

    def _display(self, area: PriorityArea, row: int, column: int) -> str:
        if column == RANK:
            return str(row + 1)
        if column == TITLE:
            return area.title
        if column == SOURCE:
            return source_label(area.source)
        if column in RATINGS:
            value = getattr(area, RATINGS[column])
            return "—" if value is None else str(value)
        if column == SCORE:
            return "—" if area.score is None else str(area.score)
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.editable:
            return False
        area, column = self.areas[index.row()], index.column()
        if column in RATINGS and role == Qt.ItemDataRole.EditRole:
            rating = int(value) if value not in (None, "") else 0
            if not 0 <= rating <= 5:
                return False
            rated: dict[str, Any] = {RATINGS[column]: rating or None}
            new = dataclasses.replace(area, **rated)
            text = self.tr("Calificar «%1»")
        elif column == TITLE and role == Qt.ItemDataRole.EditRole:
            title = str(value or "").strip()
            if not title:
                self.problem.emit(self.tr("El área necesita un nombre."))
                return False
            new = dataclasses.replace(area, title=title)
            text = self.tr("Renombrar «%1»")
        elif column == SELECTED and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            new = dataclasses.replace(area, selected=checked)
            text = (
                self.tr("Marcar «%1» como prioritaria")
                if checked
                else self.tr("Quitar «%1» de las prioritarias")
            )
        else:
            return False
        if new == area:
            return False
        self.areas[index.row()] = new
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), SELECTED))
        self.session.undo_stack.push(
            SaveRecordsCommand(self.session, [area], [new], text.replace("%1", area.title), self)
        )
        return True


class RatingDelegate(QStyledItemDelegate):
    """A 0–5 spin box (0 shows "—": not rated) for the rating columns; text for the title."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() not in RATINGS:
            return super().createEditor(parent, option, index)
        editor = SpinBox(0, 5, parent)
        editor.setSpecialValueText("—")
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QSpinBox):
            model.setData(index, editor.value())
        else:
            super().setModelData(editor, model, index)


class AreasView(QTableView):
    """Keyboard: 1–5 rate the cell and move to the next criterion, 0/Supr clear it, Espacio
    marks the area as priority. The current area stays current when the ranking reorders."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(RatingDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setAlternatingRowColors(False)
        self.verticalHeader().setVisible(False)
        self.setTabKeyNavigation(False)
        self._keep: tuple[str, int] | None = None

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        assert isinstance(model, AreasModel)
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)
        fit_columns(self, TITLE, nowrap=(RANK, IMPORTANCE, URGENCY, FEASIBILITY, SCORE, SELECTED))

    def areas_model(self) -> AreasModel:
        model = self.model()
        assert isinstance(model, AreasModel)
        return model

    def current_area(self) -> PriorityArea | None:
        index = self.currentIndex()
        model = self.areas_model()
        return (
            model.areas[index.row()] if index.isValid() and index.row() < len(model.areas) else None
        )

    def _remember(self) -> None:
        area = self.current_area()
        self._keep = (area.id, self.currentIndex().column()) if area else None

    def _restore(self) -> None:
        if self._keep is None:
            return
        row = self.areas_model().row_of(self._keep[0])
        if row >= 0:
            self.setCurrentIndex(self.areas_model().index(row, self._keep[1]))
        self._keep = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        model = self.areas_model()
        if index.isValid() and index.column() in RATINGS and model.editable:
            text = event.text()
            if text in ("1", "2", "3", "4", "5"):
                area_id = model.areas[index.row()].id
                next_column = min(index.column() + 1, FEASIBILITY)
                self.setCurrentIndex(model.index(index.row(), next_column))
                self._keep = None
                model.setData(index, int(text))
                row = model.row_of(area_id)
                if row >= 0 and row != index.row():
                    self.setCurrentIndex(model.index(row, next_column))
                return
            if text == "0" or event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                model.setData(index, 0)
                return
        super().keyPressEvent(event)
