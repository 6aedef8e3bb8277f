"""Sign in to the server: the password is exchanged for a device token (kept by the system's
keyring through ``sync.commands.login``) and never stored."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from migradesk.sync import commands
from migradesk.sync.errors import (
    AuthRequired,
    CredentialsError,
    NetworkError,
    ProtocolMismatch,
    ServerBusy,
    TlsError,
)
from migradesk.sync.transport import is_loopback
from migradesk.wire import protocol

from migradesk.ui import errors
from migradesk.ui.background import Background
from migradesk.ui.style import scaled_font
from migradesk.ui.sync.dialog_parts import busy_bar, error_line
from migradesk.ui.sync.messages import busy_text
from migradesk.ui.sync.runner import TransportFactory
from migradesk.ui.widgets.forms import add_row, at_least_em, fit_height, label, new_form


class SignInDialog(QDialog):
    """Non-blocking: the exchange runs on a background thread; ``signed_in`` carries the account."""

    signed_in = Signal(object)  # protocol.Account

    def __init__(
        self,
        data_dir: Path,
        transport: TransportFactory,
        server_url: str = "",
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.transport = transport
        self.background = Background(self)
        self.busy = False
        self.setObjectName("syncSignIn")
        self.setWindowTitle(self.tr("Conectar con el servidor"))
        at_least_em(self, 34)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        title = label(self.tr("Iniciar sesión en el servidor de MigraCiudades"), "cardTitle")
        title.setFont(scaled_font(title, 1.2, bold=True))
        layout.addWidget(title)
        layout.addWidget(
            label(
                self.tr(
                    "Con una sesión iniciada, este equipo envía sus cambios al servidor y recibe "
                    "los de su equipo y los comentarios de OIM. Su contraseña no se guarda: "
                    "este equipo recibe una llave propia que queda en el almacén seguro del "
                    "sistema."
                ),
                "muted",
            )
        )
        form = new_form()
        layout.addLayout(form)
        self.url_edit = QLineEdit(server_url)
        self.url_edit.setPlaceholderText(self.tr("https://servidor.ejemplo.org"))
        self.user_edit = QLineEdit(username)
        self.user_edit.setPlaceholderText(self.tr("su usuario"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        add_row(form, self.tr("Servidor"), self.url_edit, label_em=8)
        add_row(form, self.tr("Usuario"), self.user_edit, label_em=8)
        add_row(form, self.tr("Contraseña"), self.password_edit, label_em=8)

        self.message = error_line()
        layout.addWidget(self.message)
        self.insecure_box = QCheckBox(
            self.tr("Guardar la sesión en un archivo sin cifrar en este equipo (menos seguro)")
        )
        self.insecure_box.setVisible(False)
        layout.addWidget(self.insecure_box)
        self.progress = busy_bar(self)
        layout.addWidget(self.progress)

        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("Iniciar sesión"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for editor in (self.url_edit, self.user_edit, self.password_edit):
            editor.textChanged.connect(self._clear_message)
        first = next(
            (e for e in (self.url_edit, self.user_edit) if not e.text()), self.password_edit
        )
        first.setFocus()

    # Checks on this side, before any network

    def check_url(self, url: str) -> str | None:
        parts = urlsplit(url.strip())
        if not url.strip():
            return self.tr("Escriba la dirección del servidor (por ejemplo https://…).")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return self.tr("La dirección del servidor no es válida: debe empezar con https://.")
        if parts.scheme == "http" and not is_loopback(parts.hostname):
            return self.tr(
                "Por seguridad la conexión debe ser https://. Solo se acepta http:// para un "
                "servidor en este mismo equipo."
            )
        if parts.query or parts.fragment:
            return self.tr("La dirección del servidor no debe llevar parámetros (?… o #…).")
        return None

    def submit(self) -> None:
        if self.busy:
            return
        url, user, password = (
            self.url_edit.text().strip(),
            self.user_edit.text().strip(),
            self.password_edit.text(),
        )
        problem = self.check_url(url)
        if problem is None and not user:
            problem = self.tr("Escriba su usuario.")
        if problem is None and not password:
            problem = self.tr("Escriba su contraseña.")
        if problem is not None:
            self.show_message(problem)
            return
        allow_file = self.insecure_box.isVisible() and self.insecure_box.isChecked()
        transport = self.transport
        data_dir = self.data_dir

        def run() -> protocol.Account:
            return commands.login(
                data_dir,
                url,
                user,
                password,
                allow_insecure_file=allow_file,
                transport=transport,
            )

        self._set_busy(True)
        self.background.call(run, self._succeeded, self._failed, name="migradesk-login")

    def _succeeded(self, account: protocol.Account) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.signed_in.emit(account)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.password_edit.selectAll()
        if isinstance(exc, CredentialsError):
            self.insecure_box.setVisible(True)
        if errors.is_known(exc):
            self.show_message(self.explain(exc))
        else:  # a bug: the log and the crash dialog, never its text in the dialog
            errors.report(exc, self)

    def explain(self, exc: BaseException) -> str:
        if isinstance(exc, AuthRequired):
            return self.tr("Usuario o contraseña incorrectos.")
        if isinstance(exc, NetworkError):
            return self.tr(
                "No se pudo conectar con el servidor. Revise la dirección y la conexión a "
                "internet. Puede seguir trabajando sin conexión: todo queda guardado en este "
                "equipo."
            )
        if isinstance(exc, CredentialsError):
            return self.tr(
                "Este equipo no tiene un almacén seguro de contraseñas (llavero del sistema) "
                "disponible, y MigraDesk no guarda la sesión sin cifrar por su cuenta. En Linux, "
                "instale y desbloquee «gnome-keyring» o KWallet e intente de nuevo; o, si acepta "
                "el riesgo, marque la opción de abajo."
            )
        if isinstance(exc, TlsError):
            return self.tr(
                "No se pudo verificar el certificado del servidor. Revise la dirección o pida "
                "a su organización el certificado."
            )
        if isinstance(exc, ProtocolMismatch):
            return self.tr(
                "El servidor usa otra versión de MigraDesk. Actualice la aplicación; sus datos "
                "siguen guardados en este equipo."
            )
        if isinstance(exc, ServerBusy):  # e.g. an account locked after failed attempts
            return busy_text(exc.reason, exc.retry_at)
        return self.tr("No se pudo iniciar sesión: %1").replace("%1", str(exc))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
        fit_height(self)  # a long reason (a locked account) is read whole, not cut

    def _clear_message(self) -> None:
        if self.message.isVisible() and not self.insecure_box.isVisible():
            self.message.setVisible(False)
            fit_height(self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.ok_button.setEnabled(not busy)
        for editor in (self.url_edit, self.user_edit, self.password_edit):
            editor.setReadOnly(busy)
        if busy:
            self.message.setVisible(False)

    def reject(self) -> None:
        # A sign-in still running finishes in the background; its token is kept and harmless.
        self.password_edit.clear()
        super().reject()


SignInFactory = Callable[..., SignInDialog]
