"""Administration (admins): the accounts — a focal point's or an official's for a city, a new
password, every device signed out — and the cities, with the server's own rules (the same as
``migradesk-server add-user``, ``reset-password``, ``revoke-tokens``, ``add-city``). It needs a
connection: accounts live on the server only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migradesk.domain.base import Role

from migradesk.ui.widgets.flow import flow_widget
from migradesk.ui.widgets.forms import Card, side_by_side
from migradesk.ui.widgets.table_fit import fit_columns
from migradesk.ui.workspace.online import ServerPage, server_table
from migradesk.ui.workspace.snapshot import WorkspaceSnapshot

if TYPE_CHECKING:
    from migradesk.sync.workspace_api import Account, City, WorkspaceApi

    from migradesk.ui.workspace.controller import WorkspaceController


class AdminPage(ServerPage):
    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.accounts: list[Account] = []
        self.cities: list[City] = []
        layout = self.page_layout

        self.accounts_card = Card("")
        self.accounts_model = QStandardItemModel(self)
        self.accounts_view = server_table(self.accounts_model)
        self.accounts_view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.accounts_card.body.addWidget(self.accounts_view, 1)
        self.new_password = QLineEdit()
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_button = QPushButton()
        self.password_button.clicked.connect(self.reset_password)
        self.revoke_button = QPushButton()
        self.revoke_button.clicked.connect(self.revoke)
        chosen, _flow = flow_widget([self.new_password, self.password_button, self.revoke_button])
        self.accounts_card.body.addWidget(chosen)

        self.new_card = Card("")
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        self.role.addItem("", Role.FOCAL_POINT.value)
        self.role.addItem("", Role.OFFICIAL.value)
        self.city = QComboBox()
        self.city.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.create_button = QPushButton()
        self.create_button.setObjectName("primary")
        self.create_button.clicked.connect(self.create_account)
        for widget in (self.username, self.password, self.role, self.city):
            self.new_card.body.addWidget(widget)
        self.new_card.body.addWidget(self.create_button)
        self.indec_code = QLineEdit()
        self.add_city_button = QPushButton()
        self.add_city_button.clicked.connect(self.add_city)
        self.new_card.body.addSpacing(10)
        self.city_title = Card("")
        self.city_title.body.addWidget(self.indec_code)
        self.city_title.body.addWidget(self.add_city_button)
        self.new_card.body.addStretch(1)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.new_card)
        column.addWidget(self.city_title)
        column.addStretch(1)
        layout.addWidget(side_by_side(self.accounts_card, right, (3, 2)), 1)
        bottom = QHBoxLayout()
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(lambda: self.refresh())
        bottom.addStretch(1)
        bottom.addWidget(self.refresh_button)
        layout.addLayout(bottom)
        self._asked = False
        self.retranslate()
        fit_columns(self.accounts_view, 2)  # measured again whenever rows come

    def retranslate(self) -> None:
        self.accounts_card.title.setText(self.tr("Cuentas"))
        self.new_card.title.setText(self.tr("Nueva cuenta de una ciudad"))
        self.city_title.title.setText(self.tr("Agregar una ciudad"))
        self.username.setPlaceholderText(self.tr("Usuario (minúsculas, dígitos y . _ @ + -)"))
        self.password.setPlaceholderText(self.tr("Contraseña inicial"))
        self.role.setItemText(0, self.tr("Punto Focal"))
        self.role.setItemText(1, self.tr("Persona funcionaria"))
        self.create_button.setText(self.tr("Crear la cuenta"))
        self.new_password.setPlaceholderText(self.tr("Nueva contraseña"))
        self.password_button.setText(self.tr("Cambiar la contraseña"))
        self.revoke_button.setText(self.tr("Cerrar la sesión en todos sus equipos"))
        self.indec_code.setPlaceholderText(self.tr("Código INDEC del gobierno local"))
        self.add_city_button.setText(self.tr("Agregar la ciudad"))
        self.refresh_button.setText(self.tr("Consultar al servidor"))
        self.accounts_model.setHorizontalHeaderLabels(
            [self.tr("Usuario"), self.tr("Rol"), self.tr("Ciudades"), self.tr("Estado")]
        )
        self._update()

    def role_name(self, role: str) -> str:
        names = {
            "focal_point": self.tr("Punto Focal"),
            "official": self.tr("Persona funcionaria"),
            "reviewer": self.tr("Revisión (OIM)"),
            "admin": self.tr("Administración"),
            "partner": self.tr("CIPPEC"),
        }
        return names.get(role, role)

    def show_snapshot(self, snapshot: WorkspaceSnapshot) -> None:
        current = self.city.currentData()
        self.city.clear()
        for row in snapshot.rows:
            self.city.addItem(f"{row.name} ({row.province})", row.city_id)
        self.city.setCurrentIndex(max(0, self.city.findData(current)))

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._asked:
            self._asked = True
            self.refresh()

    def fetch(self, api: WorkspaceApi) -> tuple[list[Account], list[City]]:
        return api.accounts(), api.cities()

    def show_answer(self, found: tuple[list[Account], list[City]]) -> None:
        self.accounts, self.cities = found
        names = {c.id: c.name for c in self.cities}
        self.accounts_model.removeRows(0, self.accounts_model.rowCount())
        for account in self.accounts:
            cities = ", ".join(names.get(c, c) for c in account.city_ids) or self.tr("todas")
            state = self.tr("deshabilitada") if account.disabled else self.tr("activa")
            self.accounts_model.appendRow(
                [
                    QStandardItem(account.username),
                    QStandardItem(self.role_name(account.role)),
                    QStandardItem(cities),
                    QStandardItem(state),
                ]
            )
        self._update()

    def _chosen(self) -> Account | None:
        rows = self.accounts_view.selectionModel().selectedRows()
        return self.accounts[rows[0].row()] if rows else None

    def _update(self) -> None:
        chosen = self._chosen() is not None
        for widget in (self.new_password, self.password_button, self.revoke_button):
            widget.setEnabled(chosen)

    def _done(self, text: str) -> object:
        def done(_answer: object) -> None:
            self.say(text, "ok")
            self.refresh(quiet=True)

        return done

    def create_account(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        role, city_id = str(self.role.currentData()), self.city.currentData()
        if not username or not password or city_id is None:
            self.say(self.tr("Escriba el usuario y la contraseña, y elija la ciudad."), "warn")
            return
        self.password.clear()
        text = self.tr("Cuenta «%1» creada: dé a la persona su usuario y su contraseña.")
        announce = self._done(text.replace("%1", username))

        def created(account: Account) -> None:
            self.username.clear()
            announce(account)  # type: ignore[operator]

        self.online.call(
            lambda api: api.create_account(username, password, role, [str(city_id)]),
            created,
            lambda t: self.say(t, "warn"),
        )

    def reset_password(self) -> None:
        account, password = self._chosen(), self.new_password.text()
        if account is None or not password:
            self.say(self.tr("Elija una cuenta y escriba la nueva contraseña."), "warn")
            return
        self.new_password.clear()
        text = self.tr("Contraseña de «%1» cambiada: sus equipos deben iniciar sesión de nuevo.")
        self.online.call(
            lambda api: api.reset_password(account.username, password),
            self._done(text.replace("%1", account.username)),  # type: ignore[arg-type]
            lambda t: self.say(t, "warn"),
        )

    def revoke(self) -> None:
        account = self._chosen()
        if account is None:
            return
        text = self.tr("Se cerró la sesión de «%1» en todos sus equipos.")
        self.online.call(
            lambda api: api.revoke_devices(account.username),
            self._done(text.replace("%1", account.username)),  # type: ignore[arg-type]
            lambda t: self.say(t, "warn"),
        )

    def add_city(self) -> None:
        code = self.indec_code.text().strip()
        if not code:
            self.say(self.tr("Escriba el código INDEC del gobierno local."), "warn")
            return
        self.indec_code.clear()

        def added(city: City) -> None:
            text = self.tr("Ciudad %1 agregada: sincronice para verla en la tabla.")
            self.say(text.replace("%1", city.name), "ok")
            self.refresh(quiet=True)

        self.online.call(
            lambda api: api.create_city(indec_code=code), added, lambda t: self.say(t, "warn")
        )
