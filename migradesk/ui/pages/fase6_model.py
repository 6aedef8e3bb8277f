"""Fase 6: the plan's actions (``domain.plan_figures.plan_rows``) as a filterable table model."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from migradesk.domain.plan_figures import PlanRow

from migradesk.ui import style
from migradesk.ui.formats import fmt_date
from migradesk.ui.widgets.plan_labels import STATUS_COLORS, status_label

Index = QModelIndex | QPersistentModelIndex
TITLE, RESPONSIBLE, END, STATUS, PERCENT, REPORTED = range(6)
PERCENT_ROLE = Qt.ItemDataRole.UserRole + 1


class Filter(Enum):
    ALL = "all"
    OVERDUE = "overdue"
    IN_PROGRESS = "in_progress"


def matches(row: PlanRow, wanted: Filter) -> bool:
    if wanted is Filter.OVERDUE:
        return row.overdue
    if wanted is Filter.IN_PROGRESS:
        return row.running
    return True


class MonitoringModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PlanRow] = []
        self._texts: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[PlanRow]) -> None:
        self._texts = [tuple(self._display(r, c) for c in range(REPORTED + 1)) for r in rows]
        if [r.action.id for r in rows] == [r.action.id for r in self.rows]:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, REPORTED))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, action_id: str) -> int:
        return next((n for n, r in enumerate(self.rows) if r.action.id == action_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else REPORTED + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Acción"),
            self.tr("Área responsable"),
            self.tr("Fin"),
            self.tr("Estado"),
            self.tr("Avance"),
            self.tr("Última actualización"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][column]
        if role == PERCENT_ROLE:
            return row.percent
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == END and row.overdue:
                return self.tr("Pasó la fecha de fin y la acción no está completada.")
            if column == TITLE:
                return "\n\n".join(t for t in (row.action.title, row.objective.title) if t)
            return self._texts[index.row()][column] or None
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return QColor(style.WARN_SOFT)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == STATUS:
                return QColor(STATUS_COLORS[row.status])
            if column == END and row.overdue:
                return QColor(style.WARN)
            if column == REPORTED and row.latest is None:
                return QColor(style.MUTED)
        if role == Qt.ItemDataRole.FontRole and column == END and row.overdue:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, row: PlanRow, column: int) -> str:
        if column == TITLE:
            return row.action.title
        if column == RESPONSIBLE:
            return row.action.responsible_area
        if column == END:
            return fmt_date(row.action.end)
        if column == STATUS:
            if row.overdue:
                return self.tr("%1 · vencida").replace("%1", status_label(row.status))
            return status_label(row.status)
        if column == PERCENT:
            return f"{row.percent} %"
        if column == REPORTED:
            return fmt_date(row.latest.reported_on) if row.latest else "—"
        return ""


class FilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.wanted = Filter.ALL

    def set_filter(self, wanted: Filter) -> None:
        self.beginFilterChange()
        self.wanted = wanted
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, MonitoringModel)
        return matches(model.rows[source_row], self.wanted)
