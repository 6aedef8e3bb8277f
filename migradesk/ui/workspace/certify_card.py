"""Fase 5 as IOM sees it: the public ceremony — its date, place and invitees — and the
certification itself, possible only when every requirement of Phase 5 holds (the process
model's checklist, on this page; the server checks again and refuses otherwise), then the
certificate PDF in the guide's words.

The place and the invitees can be saved before (the ceremony is prepared while the city
finishes); the date is the certification's: it is set by "Certificar".
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
)

from migradesk.domain.process import Act, can_role
from migradesk.domain.report import Attendee
from migradesk.domain.review import Certification

from migradesk.ui.formats import fmt_long_date
from migradesk.ui.process_labels import phrase_text
from migradesk.ui.widgets.dateedit import DateEdit
from migradesk.ui.widgets.forms import Card, ConfirmBar, add_row, label, multiline

if TYPE_CHECKING:
    from migradesk.ui.pages.base import Page
    from migradesk.ui.workspace.controller import WorkspaceController

NAME, ORGANISATION, ROLE = range(3)


class CertifyCard(Card):
    def __init__(self, page: Page, controller: WorkspaceController) -> None:
        super().__init__("")
        self.page = page
        self.controller = controller
        self.session = controller.session
        self.state = label("")
        self.body.addWidget(self.state)
        self.day = DateEdit()
        self.place = QLineEdit()
        self.note = multiline(2)
        self.day_error = add_row(self.form, "", self.day)
        add_row(self.form, "", self.place)
        self.invitees = QStandardItemModel(self)
        self.table = QTableView()
        self.table.setModel(self.invitees)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(self.fontMetrics().height() * 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.body.addWidget(self.table)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_invitee)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_invitee)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addWidget(self.note)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(lambda: self.save(certify=False))
        self.certify_button = QPushButton()
        self.certify_button.setObjectName("primary")
        self.certify_button.clicked.connect(self.ask)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(lambda: page.export_requested.emit("certificate"))
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.certify_button)
        self.body.addLayout(actions)
        self.why = label("", "muted")
        self.body.addWidget(self.why)
        self.confirm = ConfirmBar()
        self.confirm.confirmed.connect(lambda: self.save(certify=True))
        self.body.addWidget(self.confirm)
        self._shown: Certification | None = None
        self.retranslate()
        page.refreshed.connect(self.refresh)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Ceremonia y certificación (OIM)"))
        labels = [self.tr("Fecha de la ceremonia"), self.tr("Lugar")]
        for row, text in enumerate(labels):
            item = self.form.itemAt(row, self.form.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setText(text)  # type: ignore[attr-defined]
        self.place.setPlaceholderText(self.tr("Por ejemplo: Salón del Concejo Deliberante"))
        self.note.setPlaceholderText(self.tr("Nota (opcional): autoridades presentes, etc."))
        self.invitees.setHorizontalHeaderLabels(
            [self.tr("Invitado/a"), self.tr("Organización"), self.tr("Cargo")]
        )
        self.add_button.setText(self.tr("Agregar invitado/a"))
        self.remove_button.setText(self.tr("Quitar"))
        self.save_button.setText(self.tr("Guardar lugar e invitados"))
        self.certify_button.setText(self.tr("Certificar…"))
        self.export_button.setText(self.tr("Exportar el certificado…"))

    def refresh(self) -> None:
        file = self.session.file
        if file is None:
            return
        seal = file.certification
        if seal != self._shown:  # not over what IOM is typing, unless it changed
            self._shown = seal
            self.day.set_date(seal.certified_on if seal else None)
            self.place.setText(seal.ceremony_place if seal else "")
            self.note.setPlainText(seal.note if seal else "")
            self.invitees.removeRows(0, self.invitees.rowCount())
            for invitee in seal.invitees if seal else []:
                self.invitees.appendRow(
                    [QStandardItem(invitee.name), QStandardItem(invitee.organisation),
                     QStandardItem(invitee.role)]
                )  # fmt: skip
        certified_on = seal.certified_on if seal else None
        if certified_on is not None:
            self.state.setText(
                self.tr("Certificada: ceremonia el %1.").replace("%1", fmt_long_date(certified_on))
            )
        else:
            self.state.setText(self.tr("Todavía no certificada."))
        verdict = can_role(
            self.session.role, Act.CERTIFY, None, file=file, today=self.session.today()
        )
        self.certify_button.setEnabled(verdict.allowed)
        self.why.setText("" if verdict else " ".join(phrase_text(m) for m in verdict.missing))
        self.why.setVisible(not verdict.allowed)
        self.export_button.setEnabled(certified_on is not None)

    def add_invitee(self) -> None:
        self.invitees.appendRow([QStandardItem(""), QStandardItem(""), QStandardItem("")])
        index = self.invitees.index(self.invitees.rowCount() - 1, NAME)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_invitee(self) -> None:
        for index in sorted(self.table.selectionModel().selectedRows(), key=lambda i: -i.row()):
            self.invitees.removeRow(index.row())

    def listed(self) -> list[Attendee]:
        found = []
        for row in range(self.invitees.rowCount()):
            texts = [
                (self.invitees.item(row, column) or QStandardItem("")).text().strip()
                for column in (NAME, ORGANISATION, ROLE)
            ]
            if texts[NAME]:
                found.append(Attendee(texts[NAME], texts[ORGANISATION], texts[ROLE]))
        return found

    def ask(self) -> None:
        try:
            day = self.day.date()
        except ValueError as exc:
            self._error(str(exc))
            return
        if day is None:
            self._error(self.tr("Escriba la fecha de la ceremonia (dd/mm/aaaa)."))
            return
        self._error("")
        text = self.tr(
            "¿Certificar a la ciudad con la ceremonia del %1? Certifica el proceso, no la calidad "
            "de las políticas; la ciudad lo verá al sincronizar."
        )
        self.confirm.ask(text.replace("%1", fmt_long_date(day)), self.tr("Certificar"))

    def _error(self, text: str) -> None:
        self.day_error.setText(text)
        self.day_error.setVisible(bool(text))

    def save(self, certify: bool) -> None:
        file = self.session.file
        if file is None:
            return
        shown = file.certification
        current = shown or Certification(
            id=Certification.id_for(file.city.id), city_id=file.city.id
        )
        if certify:
            try:
                day = self.day.date()
            except ValueError as exc:
                self._error(str(exc))
                return
        else:
            day = current.certified_on
        after = dataclasses.replace(
            current,
            certified_on=day,
            ceremony_place=self.place.text().strip(),
            note=self.note.toPlainText().strip(),
            invitees=self.listed(),
        )
        text = (
            self.tr("Ciudad certificada: sale en la próxima sincronización.")
            if certify
            else self.tr("Ceremonia guardada: sale en la próxima sincronización.")
        )
        self.session.save(
            [after],
            initiator=self,
            before=[shown],
            on_saved=lambda: self.controller.notify(text, "ok"),
        )
