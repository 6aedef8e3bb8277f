"""'Por revisar': what the cities wait for from this account (IOM, or CIPPEC), by its own
deadlines — week 11 for the self-assessment, three weeks for the report — the undated last.
A double click (or Enter) opens the city on the step where it is answered."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTableView, QVBoxLayout, QWidget

from migradesk.domain.process.queue import Waiting

from migradesk.ui import style
from migradesk.ui.formats import fmt_date
from migradesk.ui.process_labels import actors_text, phrase_text
from migradesk.ui.widgets.forms import label
from migradesk.ui.widgets.table_fit import fit_columns
from migradesk.ui.workspace.snapshot import WorkspaceSnapshot

if TYPE_CHECKING:
    from migradesk.ui.workspace.controller import WorkspaceController

Index = QModelIndex | QPersistentModelIndex
DUE, CITY, WHAT, WHO, SINCE = range(5)


class QueueModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[Waiting] = []
        self.today = date.today()
        self.headers = [
            self.tr("Vence"),
            self.tr("Ciudad"),
            self.tr("Qué"),
            self.tr("A cargo de"),
            self.tr("Enviado el"),
        ]

    def set_items(self, items: list[Waiting], today: date) -> None:
        self.beginResetModel()
        self.items = items
        self.today = today
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        late = item.overdue(self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DUE:
                if item.due is None:
                    return self.tr("sin plazo en la guía")
                text = fmt_date(item.due)
                return self.tr("%1 (vencido)").replace("%1", text) if late else text
            if column == CITY:
                return f"{item.city_name} ({item.province})"
            if column == WHAT:
                return phrase_text(item.action.text)
            if column == WHO:
                return actors_text(item.action.actors)
            if column == SINCE:
                return fmt_date(item.since) if item.since else "—"
        if role == Qt.ItemDataRole.ForegroundRole and column == DUE:
            return QBrush(QColor(style.DANGER if late else style.TEXT))
        if role == Qt.ItemDataRole.FontRole and column == DUE and late:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == WHAT:
            return phrase_text(item.action.text)
        return None


class QueuePage(QWidget):
    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        self.intro = label("", "muted")
        layout.addWidget(self.intro)
        self.model = QueueModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(self.open_item)
        self.table.activated.connect(self.open_item)
        self.fitter = fit_columns(self.table, WHAT, nowrap=(DUE, SINCE))
        layout.addWidget(self.table, 1)
        self.empty = label("", "muted")
        layout.addWidget(self.empty)
        self.retranslate()

    def retranslate(self) -> None:
        partner = self.controller.session.role == "partner"
        self.intro.setText(
            self.tr(
                "Lo que las ciudades esperan de CIPPEC: los reportes por comentar y los "
                "comentarios por validar. Doble clic abre la ciudad en esa etapa."
            )
            if partner
            else self.tr(
                "Lo que las ciudades esperan de OIM, por sus propios plazos: la autoevaluación se "
                "revisa en la semana 11 de la Fase 2 y el reporte dentro de las 3 semanas de su "
                "entrega. Doble clic abre la ciudad en esa etapa."
            )
        )
        self.empty.setText(self.tr("Nada espera su revisión en este momento."))

    def show_snapshot(self, snapshot: WorkspaceSnapshot) -> None:
        self.model.set_items(list(snapshot.queue), snapshot.today)
        self.fitter.measure()
        self.empty.setVisible(not snapshot.queue)

    def open_item(self, index: QModelIndex) -> None:
        if index.isValid():
            item = self.model.items[index.row()]
            self.controller.open_city(item.city_id, item.action.step_id)
