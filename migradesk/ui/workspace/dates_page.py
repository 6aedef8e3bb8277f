"""The dates IOM sets — the campaign launch and each phase's start — for one city or all the
selected ones at once. Each city's calendar (the guide's durations) follows from them, on this
desktop at once and on the city's desktop after its next sync. Saved here first (offline too),
sent at the next sync like any change."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from migradesk.domain.base import IOM_ROLES
from migradesk.domain.cityfile import CityFile
from migradesk.domain.review import Milestone, PhaseDate

from migradesk.ui.formats import fmt_date, fmt_int
from migradesk.ui.i18n import QT_TRANSLATE_NOOP
from migradesk.ui.widgets.dateedit import DateEdit
from migradesk.ui.widgets.flow import flow_widget
from migradesk.ui.widgets.forms import ConfirmBar, label
from migradesk.ui.widgets.table_fit import fit_columns
from migradesk.ui.workspace.snapshot import WorkspaceSnapshot

if TYPE_CHECKING:
    from migradesk.ui.workspace.controller import WorkspaceController

Index = QModelIndex | QPersistentModelIndex

# The dates IOM sets, in process order (the plan's validation is a review, not a date).
MILESTONES: dict[Milestone, str] = {
    Milestone.CAMPAIGN_LAUNCH: QT_TRANSLATE_NOOP("workspace", "Lanzamiento de la campaña"),
    Milestone.RESULTS_NOTIFIED: QT_TRANSLATE_NOOP("workspace", "Resultados notificados"),
    Milestone.PHASE_1_START: QT_TRANSLATE_NOOP("workspace", "Inicio de la Fase 1"),
    Milestone.PHASE_2_START: QT_TRANSLATE_NOOP("workspace", "Inicio de la Fase 2"),
    Milestone.PHASE_4_START: QT_TRANSLATE_NOOP("workspace", "Inicio de la Fase 4"),
    Milestone.PHASE_6_START: QT_TRANSLATE_NOOP("workspace", "Inicio de la Fase 6"),
}


def milestone_name(milestone: Milestone) -> str:
    return QCoreApplication.translate("workspace", MILESTONES[milestone])


class DatesModel(QAbstractTableModel):
    """The cities (checkable: the ones the date goes to) and their dates, one column each."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.files: list[CityFile] = []
        self.checked: set[str] = set()
        self.milestones = list(MILESTONES)

    def set_files(self, files: list[CityFile]) -> None:
        self.beginResetModel()
        self.files = files
        self.checked &= {f.city.id for f in files}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.files)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.milestones)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.tr("Ciudad") if section == 0 else milestone_name(self.milestones[section - 1])

    def flags(self, index: Index) -> Qt.ItemFlag:
        found = super().flags(index)
        return found | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        file = self.files[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{file.city.name} ({file.city.province})"
            if role == Qt.ItemDataRole.CheckStateRole:
                checked = file.city.id in self.checked
                return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            found = file.phase_date(self.milestones[index.column() - 1])
            return fmt_date(found.on) if found else "—"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        city_id = self.files[index.row()].city.id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(city_id)
        else:
            self.checked.discard(city_id)
        self.dataChanged.emit(index, index, [role])
        return True

    def set_checked(self, city_ids: set[str]) -> None:
        self.checked = city_ids & {f.city.id for f in self.files}
        if self.files:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.files) - 1, 0))


class DatesPage(QWidget):
    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.session = controller.session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        self.intro = label("", "muted")
        layout.addWidget(self.intro)
        self.milestone = QComboBox()
        for milestone in MILESTONES:
            self.milestone.addItem("", milestone)
        self.milestone.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.milestone.setMinimumContentsLength(24)
        self.day = DateEdit()
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("primary")
        self.apply_button.clicked.connect(self.ask)
        self.all_button = QPushButton()
        self.all_button.setObjectName("link")
        self.all_button.clicked.connect(lambda: self.model.set_checked(set(self._ids())))
        self.none_button = QPushButton()
        self.none_button.setObjectName("link")
        self.none_button.clicked.connect(lambda: self.model.set_checked(set()))
        self.form, _flow = flow_widget(
            [self.milestone, self.day, self.apply_button, self.all_button, self.none_button]
        )
        layout.addWidget(self.form)
        self.error = label("", "error")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.confirm = ConfirmBar()
        self.confirm.confirmed.connect(self.apply)
        layout.addWidget(self.confirm)
        self.model: DatesModel = DatesModel(self)
        self.model.dataChanged.connect(lambda *_: self._update_button())
        self.model.modelReset.connect(self._update_button)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.clicked.connect(self._toggle)
        self.fitter = fit_columns(self.table, 0, nowrap=tuple(range(1, 7)))
        layout.addWidget(self.table, 1)
        self.retranslate()

    @property
    def can_set(self) -> bool:
        return self.session.role in IOM_ROLES  # dates are IOM's (the partner's: read only)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "OIM fija el lanzamiento de la campaña y el inicio de cada fase. Los plazos de "
                "cada ciudad (los de la guía) se calculan desde esas fechas: aquí de inmediato, y "
                "en el equipo de la ciudad después de su próxima sincronización. Marque las "
                "ciudades, elija la fecha y aplíquela a todas juntas."
            )
            if self.can_set
            else self.tr("Las fechas que fija OIM para cada ciudad (solo lectura).")
        )
        for index, milestone in enumerate(MILESTONES):
            self.milestone.setItemText(index, milestone_name(milestone))
        self.milestone.setAccessibleName(self.tr("Fecha a fijar"))
        self.day.setAccessibleName(self.tr("Día"))
        self.all_button.setText(self.tr("Marcar todas"))
        self.none_button.setText(self.tr("Ninguna"))
        self.form.setVisible(self.can_set)
        self._update_button()

    def _ids(self) -> list[str]:
        return [f.city.id for f in self.model.files]

    def _toggle(self, index: QModelIndex) -> None:
        if index.column() != 0 and self.can_set:
            checked = self.model.files[index.row()].city.id in self.model.checked
            state = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
            self.model.setData(
                self.model.index(index.row(), 0), state, Qt.ItemDataRole.CheckStateRole
            )

    def select_cities(self, city_ids: list[str]) -> None:
        """Check these cities (the table's selection): the date goes to them."""
        self.model.set_checked(set(city_ids))

    def _update_button(self) -> None:
        count = len(self.model.checked)
        text = (
            self.tr("Aplicar a 1 ciudad")
            if count == 1
            else self.tr("Aplicar a %1 ciudades").replace("%1", fmt_int(count))
        )
        self.apply_button.setText(text)
        self.apply_button.setEnabled(count > 0 and self.can_set)

    def show_snapshot(self, snapshot: WorkspaceSnapshot) -> None:
        self.model.set_files([snapshot.files[r.city_id] for r in snapshot.rows])
        self.fitter.measure()

    def _chosen(self) -> tuple[Milestone, date] | None:
        try:
            day = self.day.date()
        except ValueError as exc:
            self._show_error(str(exc))
            return None
        if day is None:
            self._show_error(self.tr("Escriba la fecha (dd/mm/aaaa)."))
            return None
        self._show_error("")
        return Milestone(self.milestone.currentData()), day

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def ask(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        milestone, day = chosen
        count = len(self.model.checked)
        text = (
            self.tr("¿Fijar «%1» el %2 para 1 ciudad?")
            if count == 1
            else self.tr("¿Fijar «%1» el %2 para %3 ciudades?")
        )
        self.confirm.ask(
            text.replace("%1", milestone_name(milestone))
            .replace("%2", fmt_date(day))
            .replace("%3", fmt_int(count)),
            self.tr("Fijar la fecha"),
        )

    def apply(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        milestone, day = chosen
        before, after = [], []
        for file in self.model.files:
            if file.city.id not in self.model.checked:
                continue
            city_id = file.city.id
            before.append(file.phase_date(milestone))
            after.append(
                PhaseDate(
                    id=PhaseDate.id_for(city_id, milestone),
                    city_id=city_id,
                    milestone=milestone,
                    on=day,
                )
            )
        count = len(after)
        self.session.save(
            after,
            initiator=self,
            before=before,
            on_saved=lambda: self.controller.notify(
                self.tr(
                    "Fecha fijada para %1 ciudades: sale en la próxima sincronización."
                ).replace("%1", fmt_int(count)),
                "ok",
            ),
        )
