"""Every city at a glance: a sortable, filterable table; a city opens with a double click (or
Enter), several selected get their dates in one go."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from migradesk.domain.city import Region

from migradesk.ui.formats import fmt_int
from migradesk.ui.style import em
from migradesk.ui.widgets.flow import flow_widget
from migradesk.ui.widgets.forms import label
from migradesk.ui.widgets.table_fit import fit_columns
from migradesk.ui.workspace.cities_model import (
    CITY,
    DUE,
    SEEN,
    UNSENT,
    CitiesFilter,
    CitiesModel,
    region_name,
)
from migradesk.ui.workspace.snapshot import WorkspaceSnapshot

if TYPE_CHECKING:
    from migradesk.ui.workspace.controller import WorkspaceController


class CitiesPage(QWidget):
    dates_requested = Signal(list)  # the ids of the cities selected

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(em(self.search, 18))
        self.search.textChanged.connect(lambda text: self.proxy.set_filter(text=text))
        self.region = QComboBox()
        self.region.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.region.setMinimumContentsLength(16)
        self.region.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filter(region=self.region.currentData())
        )
        self.only_overdue = QCheckBox()
        self.only_overdue.toggled.connect(lambda on: self.proxy.set_filter(only_overdue=on))
        self.only_waiting = QCheckBox()
        self.only_waiting.toggled.connect(lambda on: self.proxy.set_filter(only_waiting=on))
        filters, _flow = flow_widget(
            [self.search, self.region, self.only_overdue, self.only_waiting]
        )
        layout.addWidget(filters)

        self.model = CitiesModel(self)
        self.proxy: CitiesFilter = CitiesFilter(self)
        self.proxy.setSourceModel(self.model)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(lambda *_: self._update_count())
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)  # Enter
        self.fitter = fit_columns(self.table, CITY, nowrap=(DUE, UNSENT, SEEN))
        self.table.setSortingEnabled(True)  # after fit_columns: it installs its own header
        self.table.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.count = label("", "muted")
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.dates_button = QPushButton()
        self.dates_button.clicked.connect(lambda: self.dates_requested.emit(self.selected_ids()))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.dates_button)
        bottom.addWidget(self.open_button)
        layout.addLayout(bottom)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Buscar una ciudad o una provincia…"))
        self.search.setAccessibleName(self.tr("Buscar ciudades"))
        current = self.region.currentData()
        self.region.blockSignals(True)
        self.region.clear()
        self.region.addItem(self.tr("Todas las regiones"), None)
        for region in Region:
            self.region.addItem(region_name(region), region)
        self.region.setCurrentIndex(max(0, self.region.findData(current)))
        self.region.blockSignals(False)
        self.only_overdue.setText(self.tr("Solo con vencimientos atrasados"))
        self.only_waiting.setText(self.tr("Solo con algo por revisar"))
        self.open_button.setText(self.tr("Abrir la ciudad"))
        self.dates_button.setText(self.tr("Fechas de las seleccionadas…"))
        self.dates_button.setToolTip(
            self.tr("Fijar el lanzamiento o el inicio de una fase para todas las seleccionadas")
        )
        self._update_count()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        QTimer.singleShot(0, self, self.fitter.measure)  # at the width the page has now

    def show_snapshot(self, snapshot: WorkspaceSnapshot) -> None:
        selected = set(self.selected_ids())
        self.model.set_rows(list(snapshot.rows), snapshot.today)
        self.fitter.measure()
        selection = self.table.selectionModel()
        for row in range(self.proxy.rowCount()):
            if self.proxy.city_id(self.proxy.index(row, 0)) in selected:
                selection.select(
                    self.proxy.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("%1 de %2 ciudades") if shown != total else self.tr("%2 ciudades")
        self.count.setText(text.replace("%1", fmt_int(shown)).replace("%2", fmt_int(total)))

    def _update_buttons(self) -> None:
        chosen = self.selected_ids()
        self.open_button.setEnabled(len(chosen) == 1)
        self.dates_button.setEnabled(bool(chosen) and self.controller.session.role == "reviewer")

    def selected_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        return [self.proxy.city_id(index) for index in sorted(rows, key=lambda i: i.row())]

    def select(self, city_ids: list[str]) -> None:
        """Select these cities (tests, and the cities chosen elsewhere)."""
        self.table.clearSelection()
        selection = self.table.selectionModel()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.city_id(index) in city_ids:
                selection.select(
                    index,
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def open_selected(self) -> None:
        chosen = self.selected_ids()
        if len(chosen) == 1:
            self.controller.open_city(chosen[0])

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.controller.open_city(self.proxy.city_id(index))
