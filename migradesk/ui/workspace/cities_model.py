"""Every city at a glance: the table model of the workspace and its sort and filter proxy.

One row per city of the replica (``snapshot.CityRow``): region, the current step and its state,
the next due date (overdue in red), what waits for the account's review, what this desktop has
not sent yet, and when a desktop of the city last reached the server.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from migradesk.domain.city import Region
from migradesk.domain.process.reviews import DELIVERABLE_NAMES
from migradesk.domain.process.steps import STEP_IDS

from migradesk.ui import style
from migradesk.ui.domain_labels import domain_text
from migradesk.ui.formats import fmt_date, fmt_int
from migradesk.ui.i18n import QT_TRANSLATE_NOOP
from migradesk.ui.navigator import state_label
from migradesk.ui.pages import spec
from migradesk.ui.process_labels import phrase_text
from migradesk.ui.workspace.snapshot import CityRow

Index = QModelIndex | QPersistentModelIndex

CITY, REGION, STEP, STATE, DUE, REVIEW, UNSENT, SEEN = range(8)
SortRole = Qt.ItemDataRole.UserRole + 1  # a value that sorts (dates as ordinals…)
IdRole = Qt.ItemDataRole.UserRole + 2  # the city's id

translate = QCoreApplication.translate

REGION_NAMES: dict[Region, str] = {
    Region.NOROESTE: QT_TRANSLATE_NOOP("workspace", "Noroeste"),
    Region.NORESTE: QT_TRANSLATE_NOOP("workspace", "Noreste"),
    Region.PAMPEANA: QT_TRANSLATE_NOOP("workspace", "Pampeana"),
    Region.CUYO: QT_TRANSLATE_NOOP("workspace", "Cuyo"),
    Region.PATAGONIA: QT_TRANSLATE_NOOP("workspace", "Patagonia"),
    Region.GRAN_BUENOS_AIRES: QT_TRANSLATE_NOOP("workspace", "Gran Buenos Aires"),
}


def region_name(region: Region) -> str:
    return translate("workspace", REGION_NAMES[region])


def when_text(moment: datetime | None) -> str:
    """A moment on this computer's clock: '25/11/2026 14:05'; '—' for never."""
    if moment is None:
        return "—"
    local = moment.astimezone()
    return f"{fmt_date(local.date())} {local:%H:%M}"


class CitiesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CityRow] = []
        self.today = date.today()
        self.headers = [
            self.tr("Ciudad"),
            self.tr("Región"),
            self.tr("Paso actual"),
            self.tr("Estado"),
            self.tr("Próximo vencimiento"),
            self.tr("Por revisar"),
            self.tr("Sin enviar"),
            self.tr("Última conexión"),
        ]

    def set_rows(self, rows: list[CityRow], today: date) -> None:
        self.beginResetModel()
        self.rows = rows
        self.today = today
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == SEEN:
            return self.tr("Cuándo un equipo de la ciudad habló por última vez con el servidor")
        if role == Qt.ItemDataRole.ToolTipRole and section == UNSENT:
            return self.tr("Cambios de este equipo para la ciudad que todavía no se enviaron")
        return None

    def row_of(self, city_id: str) -> int:
        return next((n for n, r in enumerate(self.rows) if r.city_id == city_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SortRole:
            return self._sort_key(row, column)
        if role == IdRole:
            return row.city_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == DUE and row.overdue(self.today):
                return QBrush(QColor(style.DANGER))
            if column == UNSENT and (row.conflicts or row.rejected):
                return QBrush(QColor(style.WARN))
            if column == SEEN:
                return QBrush(QColor(style.MUTED))
        if role == Qt.ItemDataRole.FontRole and (
            (column == DUE and row.overdue(self.today)) or (column == REVIEW and row.waiting)
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, row: CityRow, column: int) -> str:
        view = row.overview
        if column == CITY:
            return f"{row.name} ({row.province})"
        if column == REGION:
            return region_name(row.region)
        if column == STEP:
            return spec(view.step_id).title
        if column == STATE:
            if view.certified:
                return self.tr("certificada")
            return state_label(view.state) if view.state is not None else ""
        if column == DUE:
            due = view.next_due
            if due is None:
                return "—"
            return (
                self.tr("%1 (vencido)").replace("%1", fmt_date(due))
                if row.overdue(self.today)
                else fmt_date(due)
            )
        if column == REVIEW:
            names = [domain_text(DELIVERABLE_NAMES[d]) for d in view.to_review]
            if not names and any(w.deliverable is None for w in row.waiting):
                names = [self.tr("Certificación")]
            return ", ".join(names) if names else "—"
        if column == UNSENT:
            parts = [fmt_int(row.pending)] if row.pending else []
            if row.conflicts:
                parts.append(self.tr("%1 en conflicto").replace("%1", fmt_int(row.conflicts)))
            if row.rejected:
                parts.append(self.tr("%1 rechazados").replace("%1", fmt_int(row.rejected)))
            return " · ".join(parts) if parts else "—"
        if column == SEEN:
            return when_text(row.last_seen)
        return ""

    def _sort_key(self, row: CityRow, column: int) -> Any:
        view = row.overview
        if column == STEP:
            return STEP_IDS.index(view.step_id)
        if column == DUE:
            return view.next_due.toordinal() if view.next_due else 10**7
        if column == REVIEW:
            return -len(row.waiting)
        if column == UNSENT:
            return -(row.pending + 1000 * (row.conflicts + row.rejected))
        if column == SEEN:
            return -(row.last_seen.timestamp() if row.last_seen else 0.0)
        return self._text(row, column).casefold()

    def _tooltip(self, row: CityRow, column: int) -> str | None:
        if column in (STEP, STATE, DUE) and row.overview.next is not None:
            return self.tr("Lo próximo: %1").replace("%1", phrase_text(row.overview.next.text))
        if column == REVIEW and row.waiting:
            return "\n".join(phrase_text(w.action.text) for w in row.waiting)
        return None


class CitiesFilter(QSortFilterProxyModel):
    """Sorts by ``SortRole``; filters by a text (city or province), a region, only overdue
    cities, only those with something waiting for the account."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.text = ""
        self.region: Region | None = None
        self.only_overdue = False
        self.only_waiting = False

    def set_filter(
        self,
        text: str | None = None,
        region: Region | bool | None = False,
        only_overdue: bool | None = None,
        only_waiting: bool | None = None,
    ) -> None:
        """Change some of the filters (``region=False``: leave it as it is)."""
        self.beginFilterChange()
        if text is not None:
            self.text = text.strip().casefold()
        if region is not False:  # (a combo box hands back the value as a plain string)
            self.region = Region(region) if isinstance(region, str) and region else None
        if only_overdue is not None:
            self.only_overdue = only_overdue
        if only_waiting is not None:
            self.only_waiting = only_waiting
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CitiesModel)
        row = model.rows[source_row]
        if self.text and self.text not in f"{row.name} {row.province}".casefold():
            return False
        if self.region is not None and row.region is not self.region:
            return False
        if self.only_overdue and not row.overdue(model.today):
            return False
        return not (self.only_waiting and not row.waiting)

    def city_id(self, index: QModelIndex) -> str:
        return str(self.data(index, IdRole))
