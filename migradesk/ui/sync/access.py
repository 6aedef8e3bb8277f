"""Send the application and ask for access: for a city that is not yet in the programme.

The application filled in on this desktop goes to an open campaign of IOM with the account the
focal point asks for; IOM reviews it and an admin approves it. The dialog then shows the
request's state and, once approved, opens the sign-in with the username chosen here (the
password is never stored). Design: ``migradesk/server/SELECTION.md``.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migradesk.storage.sync.access_ticket import AccessTicket
from migradesk.sync import access
from migradesk.sync.errors import NetworkError, RequestRejected, ServerBusy
from migradesk.wire.access_protocol import (
    AccessRequestStatus,
    CampaignOut,
    Contact,
    RequestState,
)

from migradesk.ui import errors
from migradesk.ui.background import Background
from migradesk.ui.formats import fmt_date
from migradesk.ui.style import scaled_font
from migradesk.ui.sync.dialog_parts import busy_bar, error_line
from migradesk.ui.sync.messages import busy_text
from migradesk.ui.sync.runner import TransportFactory
from migradesk.ui.widgets.forms import (
    add_row,
    at_least_em,
    data_label,
    fit_height,
    label,
    new_form,
)

MIN_PASSWORD = 10


class AccessDialog(QDialog):
    """Non-blocking: every exchange runs on a background thread."""

    sign_in_requested = Signal(str, str)  # server URL, username

    def __init__(
        self,
        data_dir: Path,
        transport: TransportFactory,
        server_url: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.transport = transport
        self.background = Background(self)
        self.busy = False
        self.campaigns: list[CampaignOut] = []
        self.ticket: AccessTicket | None = None
        self.setObjectName("accessRequest")
        self.setWindowTitle(self.tr("Solicitar acceso"))
        at_least_em(self, 38)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        title = label(self.tr("Enviar la inscripción a la OIM y pedir acceso"), "cardTitle")
        title.setFont(scaled_font(title, 1.2, bold=True))
        layout.addWidget(title)
        self.intro = label(
            self.tr(
                "Si su ciudad todavía no participa de MigraCiudades, envíe aquí su inscripción "
                "(formulario y carta de intención) a una convocatoria abierta y pida la cuenta "
                "de la persona Punto Focal. La OIM revisa la solicitud; cuando la apruebe, "
                "inicie sesión con el usuario y la contraseña que elija aquí. La contraseña no "
                "se guarda en este equipo."
            ),
            "muted",
        )
        layout.addWidget(self.intro)

        self.form_box = QWidget()
        form = new_form()
        self.form_box.setLayout(form)
        self.url_edit = QLineEdit(server_url)
        self.url_edit.setPlaceholderText(self.tr("https://servidor.ejemplo.org"))
        self.find_button = QPushButton(self.tr("Buscar convocatorias"))
        self.find_button.clicked.connect(self.find_campaigns)
        server_row = QWidget()
        row = QHBoxLayout(server_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.url_edit, 1)
        row.addWidget(self.find_button)
        self.campaign_combo = QComboBox()
        self.campaign_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.name_edit = QLineEdit()
        self.post_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        add_row(form, self.tr("Servidor"), server_row, label_em=11)
        add_row(form, self.tr("Convocatoria"), self.campaign_combo, label_em=11)
        add_row(
            form,
            self.tr("Usuario que pide"),
            self.user_edit,
            self.tr("Letras minúsculas, dígitos y . _ @ + -"),
            label_em=11,
        )
        add_row(form, self.tr("Contraseña"), self.password_edit, label_em=11)
        add_row(form, self.tr("Repetir contraseña"), self.repeat_edit, label_em=11)
        add_row(form, self.tr("Nombre de contacto"), self.name_edit, label_em=11)
        add_row(form, self.tr("Cargo"), self.post_edit, label_em=11)
        add_row(form, self.tr("Correo"), self.email_edit, label_em=11)
        add_row(form, self.tr("Teléfono"), self.phone_edit, label_em=11)
        layout.addWidget(self.form_box)

        self.status_title = label("", "cardTitle")
        self.status_title.setFont(scaled_font(self.status_title, 1.05, bold=True))
        self.status_text = data_label("")
        self.status_text.setWordWrap(True)
        self.status_box = QWidget()
        status_layout = QVBoxLayout(self.status_box)
        status_layout.setContentsMargins(0, 0, 0, 0)
        status_layout.addWidget(self.status_title)
        status_layout.addWidget(self.status_text)
        buttons_row = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Consultar estado"))
        self.check_button.clicked.connect(self.check_status)
        self.sign_in_button = QPushButton(self.tr("Iniciar sesión"))
        self.sign_in_button.setObjectName("primary")
        self.sign_in_button.clicked.connect(self._sign_in)
        self.sign_in_button.setVisible(False)
        self.again_button = QPushButton(self.tr("Enviar otra solicitud"))
        self.again_button.setObjectName("link")
        self.again_button.clicked.connect(self.show_form)
        for button in (self.check_button, self.sign_in_button, self.again_button):
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        status_layout.addLayout(buttons_row)
        self.status_box.setVisible(False)
        layout.addWidget(self.status_box)

        self.message = error_line()
        layout.addWidget(self.message)
        self.progress = busy_bar(self)
        layout.addWidget(self.progress)

        self.buttons = QDialogButtonBox()
        self.send_button = self.buttons.addButton(
            self.tr("Enviar solicitud"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(self.submit)
        self.close_button = self.buttons.addButton(
            self.tr("Cerrar"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._load_ticket()

    # What this desktop already sent

    def _load_ticket(self) -> None:
        data_dir = self.data_dir
        self.background.call(
            lambda: access.saved_ticket(data_dir), self._ticket_loaded, self._failed
        )

    def _ticket_loaded(self, ticket: AccessTicket | None) -> None:
        self.ticket = ticket
        if ticket is not None:
            self.show_status(
                self.tr("Solicitud enviada"),
                self.tr("Enviada el %1 a la convocatoria «%2» con el usuario «%3».")
                .replace("%1", fmt_date(ticket.sent_at.date()))
                .replace("%2", ticket.campaign_name)
                .replace("%3", ticket.username),
            )

    def show_form(self) -> None:
        self.form_box.setVisible(True)
        self.status_box.setVisible(False)
        self.send_button.setVisible(True)
        fit_height(self)

    def show_status(self, title: str, text: str, approved: bool = False) -> None:
        self.form_box.setVisible(False)
        self.send_button.setVisible(False)
        self.status_box.setVisible(True)
        self.status_title.setText(title)
        self.status_text.setText(text)
        self.sign_in_button.setVisible(approved)
        fit_height(self)

    # Campaigns

    def find_campaigns(self) -> None:
        url = self.url_edit.text().strip()
        if not url:
            self.show_message(self.tr("Escriba la dirección del servidor (por ejemplo https://…)."))
            return
        data_dir, transport = self.data_dir, self.transport
        self._set_busy(True)
        self.background.call(
            lambda: access.open_campaigns(data_dir, url, transport=transport),
            self._campaigns_found,
            self._failed,
        )

    def _campaigns_found(self, found: list[CampaignOut]) -> None:
        self._set_busy(False)
        self.campaigns = found
        self.campaign_combo.clear()
        for campaign in found:
            self.campaign_combo.addItem(
                self.tr("%1 (hasta el %2)")
                .replace("%1", campaign.name)
                .replace("%2", fmt_date(campaign.deadline)),
                campaign.id,
            )
        if not found:
            self.show_message(self.tr("La OIM no tiene convocatorias abiertas hoy."))

    # Sending

    def _problem(self) -> str | None:
        if not self.campaigns or self.campaign_combo.currentIndex() < 0:
            return self.tr("Busque las convocatorias del servidor y elija una.")
        if not self.user_edit.text().strip():
            return self.tr("Escriba el usuario que pide.")
        if len(self.password_edit.text()) < MIN_PASSWORD:
            return self.tr("La contraseña debe tener al menos %1 caracteres.").replace(
                "%1", str(MIN_PASSWORD)
            )
        if self.password_edit.text() != self.repeat_edit.text():
            return self.tr("Las contraseñas no coinciden.")
        if not self.name_edit.text().strip() or "@" not in self.email_edit.text():
            return self.tr("Escriba el nombre y el correo de contacto.")
        return None

    def submit(self) -> None:
        if self.busy:
            return
        problem = self._problem()
        contact: Contact | None = None
        if problem is None:
            try:
                contact = Contact(
                    name=self.name_edit.text().strip(),
                    post=self.post_edit.text().strip(),
                    email=self.email_edit.text().strip(),
                    phone=self.phone_edit.text().strip(),
                )
            except ValidationError:
                problem = self.tr("Revise el nombre y el correo de contacto.")
        if problem is not None or contact is None:
            self.show_message(problem or "")
            return
        campaign = self.campaigns[self.campaign_combo.currentIndex()]
        url, username = self.url_edit.text().strip(), self.user_edit.text().strip()
        password = self.password_edit.text()
        data_dir, transport = self.data_dir, self.transport

        def run() -> AccessTicket:
            return access.request_access(
                data_dir, url, campaign, username, password, contact, transport=transport
            )

        self._set_busy(True)
        self.background.call(run, self._sent, self._failed, name="migradesk-access")

    def _sent(self, ticket: AccessTicket) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.repeat_edit.clear()
        self._ticket_loaded(ticket)

    def check_status(self) -> None:
        data_dir, transport = self.data_dir, self.transport
        self._set_busy(True)
        self.background.call(
            lambda: access.request_status(data_dir, transport=transport),
            self._status,
            self._failed,
        )

    def _status(self, answer: tuple[AccessTicket, AccessRequestStatus]) -> None:
        self._set_busy(False)
        ticket, status = answer
        self.ticket = ticket
        texts = {
            RequestState.PENDING: self.tr("Pendiente: la OIM revisa la solicitud."),
            RequestState.APPROVED: self.tr(
                "Aprobada. Inicie sesión con el usuario «%1» y la contraseña que eligió."
            ).replace("%1", ticket.username),
            RequestState.REJECTED: self.tr("Rechazada. Motivo: %1").replace("%1", status.reason),
        }
        self.show_status(
            self.tr("Solicitud de acceso de %1").replace("%1", status.city_name),
            texts[status.state],
            approved=status.state is RequestState.APPROVED,
        )

    def _sign_in(self) -> None:
        if self.ticket is not None:
            self.sign_in_requested.emit(self.ticket.server_url, self.ticket.username)
            self.accept()

    # Errors and busy state

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if errors.is_known(exc):
            self.show_message(self.explain(exc))
        else:  # a bug: the log and the crash dialog, never its text in the dialog
            errors.report(exc, self)

    def explain(self, exc: BaseException) -> str:
        if isinstance(exc, NetworkError):
            return self.tr(
                "No se pudo conectar con el servidor. Revise la dirección y la conexión; la "
                "inscripción sigue guardada en este equipo."
            )
        if isinstance(exc, ServerBusy):
            return busy_text(exc.reason, exc.retry_at)
        if isinstance(exc, (RequestRejected, access.AccessError)):
            return str(exc)  # the server's or this side's own Spanish sentence
        return self.tr("No se pudo enviar la solicitud: %1").replace("%1", str(exc))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        fit_height(self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        for button in (self.send_button, self.find_button, self.check_button):
            button.setEnabled(not busy)
        if busy:
            self.message.setVisible(False)
