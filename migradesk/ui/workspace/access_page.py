"""The cities asking to join (access requests) and the selection runs, as the server has them
now (they live on the server only: this page needs a connection). Reviewers read; an admin
approves or rejects a request (the server's rules: ``server/SELECTION.md``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from migradesk.ui.formats import fmt_date, fmt_int
from migradesk.ui.widgets.forms import Card
from migradesk.ui.widgets.table_fit import fit_columns
from migradesk.ui.workspace.online import ServerPage, server_table

if TYPE_CHECKING:
    from migradesk.sync.workspace_api import AccessRequest, Run, WorkspaceApi

    from migradesk.ui.workspace.controller import WorkspaceController

STATES = {"pendiente": "pendiente", "aprobada": "aprobada", "rechazada": "rechazada"}


def _row(*texts: str) -> list[QStandardItem]:
    return [QStandardItem(t) for t in texts]


class AccessPage(ServerPage):
    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.requests: list[AccessRequest] = []
        self.runs: list[Run] = []
        layout = self.page_layout
        top = QHBoxLayout()
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(lambda: self.refresh())
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)

        self.requests_card = Card("")
        self.requests_model = QStandardItemModel(self)
        self.requests_view = server_table(self.requests_model)
        self.requests_view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.requests_card.body.addWidget(self.requests_view)
        self.reason = QLineEdit()
        self.approve_button = QPushButton()
        self.approve_button.setObjectName("primary")
        self.approve_button.clicked.connect(self.approve)
        self.reject_button = QPushButton()
        self.reject_button.clicked.connect(self.reject)
        decide = QHBoxLayout()
        decide.addWidget(self.reason, 1)
        decide.addWidget(self.reject_button)
        decide.addWidget(self.approve_button)
        self.requests_card.body.addLayout(decide)
        layout.addWidget(self.requests_card, 3)

        self.runs_card = Card("")
        self.runs_model = QStandardItemModel(self)
        self.runs_view = server_table(self.runs_model)
        self.runs_view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.runs_card.body.addWidget(self.runs_view)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self.save_results)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.pdf_button)
        self.runs_card.body.addLayout(row)
        layout.addWidget(self.runs_card, 2)
        self.retranslate()
        # Columns measured again whenever rows come (table_fit).
        fit_columns(self.requests_view, 4, nowrap=(2,))
        fit_columns(self.runs_view, 0, nowrap=(2, 3, 4))
        self._asked = False

    @property
    def admin(self) -> bool:
        return self.controller.session.role == "admin"

    def retranslate(self) -> None:
        self.requests_card.title.setText(self.tr("Solicitudes de acceso"))
        self.runs_card.title.setText(self.tr("Corridas de la selección"))
        self.refresh_button.setText(self.tr("Consultar al servidor"))
        self.approve_button.setText(self.tr("Aprobar"))
        self.reject_button.setText(self.tr("Rechazar"))
        self.reason.setPlaceholderText(self.tr("Motivo del rechazo (lo ve la ciudad)"))
        self.pdf_button.setText(self.tr("Resultados en PDF…"))
        for widget in (self.approve_button, self.reject_button, self.reason):
            widget.setVisible(self.admin)
        self.requests_model.setHorizontalHeaderLabels(
            [
                self.tr("Ciudad"),
                self.tr("Usuario"),
                self.tr("Recibida"),
                self.tr("Estado"),
                self.tr("Observaciones"),
            ]
        )
        self.runs_model.setHorizontalHeaderLabels(
            [
                self.tr("Corrida"),
                self.tr("Estado"),
                self.tr("Candidatas"),
                self.tr("Seleccionadas"),
                self.tr("Empates por decidir"),
            ]
        )
        self._update()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._asked:
            self._asked = True
            self.refresh()

    def fetch(self, api: WorkspaceApi) -> tuple[list[AccessRequest], list[Run]]:
        return api.access_requests(), api.runs()

    def show_answer(self, found: tuple[list[AccessRequest], list[Run]]) -> None:
        self.requests, self.runs = found
        self.requests_model.removeRows(0, self.requests_model.rowCount())
        for request in self.requests:
            notes = "; ".join(request.missing)
            if request.city_in_programme:
                notes = (notes + "; " if notes else "") + self.tr("la ciudad ya participa")
            if request.reason:
                notes = (notes + "; " if notes else "") + request.reason
            self.requests_model.appendRow(
                _row(
                    f"{request.city_name} ({request.province})",
                    request.username,
                    fmt_date(request.received_at.astimezone().date()),
                    request.state,
                    notes or "—",
                )
            )
        self.runs_model.removeRows(0, self.runs_model.rowCount())
        for run in self.runs:
            self.runs_model.appendRow(
                _row(
                    run.title,
                    run.status,
                    fmt_int(run.candidates),
                    fmt_int(run.selected),
                    fmt_int(run.pending_ties),
                )
            )
        self._update()

    def _chosen_request(self) -> AccessRequest | None:
        rows = self.requests_view.selectionModel().selectedRows()
        return self.requests[rows[0].row()] if rows else None

    def _chosen_run(self) -> Run | None:
        rows = self.runs_view.selectionModel().selectedRows()
        return self.runs[rows[0].row()] if rows else None

    def _update(self) -> None:
        request = self._chosen_request()
        pending = request is not None and request.state == "pendiente"
        self.approve_button.setEnabled(pending)
        self.reject_button.setEnabled(pending)
        self.pdf_button.setEnabled(self._chosen_run() is not None)

    def approve(self) -> None:
        request = self._chosen_request()
        if request is None:
            return
        self._decided(lambda api: api.approve(request.id), self.tr("Solicitud aprobada: la cuenta "
                      "existe y la ciudad ya puede iniciar sesión."))  # fmt: skip

    def reject(self) -> None:
        request = self._chosen_request()
        reason = self.reason.text().strip()
        if request is None:
            return
        if not reason:
            self.say(self.tr("Escriba el motivo del rechazo: la ciudad lo verá."), "warn")
            return
        self._decided(lambda api: api.reject(request.id, reason), self.tr("Solicitud rechazada."))

    def _decided(self, fn: object, done_text: str) -> None:
        def done(_answer: object) -> None:
            self.reason.clear()
            self.say(done_text, "ok")
            self.refresh(quiet=True)

        self.online.call(fn, done, lambda text: self.say(text, "warn"))  # type: ignore[arg-type]

    def save_results(self) -> None:
        run = self._chosen_run()
        if run is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Guardar los resultados"), f"{run.title}.pdf", "PDF (*.pdf)"
        )
        if not name:
            return

        def saved(body: bytes) -> None:
            Path(name).write_bytes(body)
            self.say(self.tr("Resultados guardados en %1.").replace("%1", name), "ok")

        self.online.call(lambda api: api.results_pdf(run.id), saved, lambda t: self.say(t, "warn"))
