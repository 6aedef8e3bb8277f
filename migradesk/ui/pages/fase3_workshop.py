"""Fase 3: the diagnostic workshop (date, place, attendees, notes), autosaved."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from migradesk.domain.calendar import WORKSHOP_FIRST_WEEK, WORKSHOP_LAST_WEEK
from migradesk.domain.cityfile import CityFile
from migradesk.domain.report import Attendee, Workshop, WorkshopKind

from migradesk.ui.pages.base import Page
from migradesk.ui.undo import UpdateFieldsCommand
from migradesk.ui.widgets.dateedit import DateEdit
from migradesk.ui.widgets.forms import Card, add_row, label
from migradesk.ui.widgets.report_editor import ReportEditor, bind_markdown

FIELDS = ("name", "organisation", "role")
Index = QModelIndex | QPersistentModelIndex


class AttendeesModel(QAbstractTableModel):
    """The attendees as a table; every edit hands the whole new list to ``edited``."""

    edited = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attendees: list[Attendee] = []
        self.headers = (self.tr("Nombre y apellido"), self.tr("Organización"), self.tr("Función"))

    def set_attendees(self, attendees: list[Attendee]) -> None:
        if attendees == self.attendees:
            return
        self.beginResetModel()
        self.attendees = [dataclasses.replace(a) for a in attendees]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.attendees)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return getattr(self.attendees[index.row()], FIELDS[index.column()])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        attendee = self.attendees[index.row()]
        name = FIELDS[index.column()]
        text = str(value or "").strip()
        if getattr(attendee, name) == text:
            return False
        self.attendees[index.row()] = dataclasses.replace(attendee, **{name: text})
        self.dataChanged.emit(index, index)
        self.edited.emit(list(self.attendees))
        return True


def _new_workshop(file: CityFile) -> Workshop:
    return Workshop(
        id=Workshop.id_for(file.city.id, WorkshopKind.DIAGNOSTIC),
        city_id=file.city.id,
        kind=WorkshopKind.DIAGNOSTIC,
    )


class WorkshopPanel(QWidget):
    """The workshop card; the page owns the binder (flushed on page switch and close)."""

    def __init__(self, page: Page) -> None:
        super().__init__()
        self.page = page
        self.session = page.session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        card = Card(
            self.tr("Taller de evaluación y diagnóstico"),
            self.tr(
                "Lo conducen OIM y CIPPEC entre las semanas %1 y %2 de la Fase 2: se comparte la "
                "autoevaluación, se detectan buenas prácticas, iniciativas a profundizar y áreas "
                "a mejorar."
            )
            .replace("%1", str(WORKSHOP_FIRST_WEEK))
            .replace("%2", str(WORKSHOP_LAST_WEEK)),
        )
        layout.addWidget(card)
        self.binder = page.bind(
            Workshop,
            lambda f: f.workshop(WorkshopKind.DIAGNOSTIC),
            _new_workshop,
            self.tr("taller de diagnóstico"),
        )
        self.held_on = DateEdit()
        self.held_on.setMaximumWidth(self.held_on.fontMetrics().horizontalAdvance("0") * 16)
        self.binder.date(
            "held_on", self.held_on, None, add_row(card.form, self.tr("Fecha"), self.held_on)
        )
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("Salón, edificio, dirección"))
        self.binder.text(
            "place", self.place, None, add_row(card.form, self.tr("Lugar"), self.place)
        )

        card.body.addWidget(label(self.tr("Asistentes"), "cardTitle"))
        self.model = AttendeesModel(self)
        self.model.edited.connect(self._save_attendees)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Asistentes"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 8)
        card.body.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Agregar asistente"))
        self.add_button.clicked.connect(self.add_attendee)
        self.remove_button = QPushButton(self.tr("Quitar seleccionados"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.count = label("", "muted")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        card.body.addLayout(buttons)

        card.body.addWidget(label(self.tr("Notas del taller"), "cardTitle"))
        self.notes = ReportEditor(lines=8)
        bind_markdown(self.binder, "notes", self.notes)
        card.body.addWidget(self.notes)

    def refresh(self, file: CityFile) -> None:
        workshop = file.workshop(WorkshopKind.DIAGNOSTIC)
        self.model.set_attendees(workshop.attendees if workshop is not None else [])
        count = len(self.model.attendees)
        self.count.setText(
            self.tr("1 asistente") if count == 1 else
            self.tr("%1 asistentes").replace("%1", str(count))
        )  # fmt: skip

    def add_attendee(self) -> None:
        self.model.set_attendees([*self.model.attendees, Attendee(name="")])
        self._save_attendees(list(self.model.attendees))
        index = self.model.index(self.model.rowCount() - 1, 0)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def remove_selected(self) -> None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        if rows:
            kept = [a for n, a in enumerate(self.model.attendees) if n not in rows]
            self._save_attendees(kept)

    def _save_attendees(self, attendees: list[Attendee]) -> None:
        """Save the list on top of the workshop as stored (date, place and notes autosave on
        their own: neither edit overwrites the other, whatever order the worker runs them)."""
        file = self.session.file
        if file is None:
            return
        before = file.workshop(WorkshopKind.DIAGNOSTIC)
        if before is not None and before.attendees == attendees:
            return
        base = before if before is not None else _new_workshop(file)
        command = UpdateFieldsCommand(
            self.session,
            base,
            {"attendees": [dataclasses.replace(a) for a in attendees]},
            self.tr("Editar asistentes del taller"),
            new=before is None,
        )
        self.session.undo_stack.push(command)
