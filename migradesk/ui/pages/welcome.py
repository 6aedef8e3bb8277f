"""No city open: pick one from the register of local governments, go back to one already on
this computer, or open the demo city (in a data dir of its own, see data_actions.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from migradesk.domain import register
from migradesk.domain.register import LocalGovernment

from migradesk.ui import style
from migradesk.ui.domain_labels import domain_text
from migradesk.ui.formats import fmt_int
from migradesk.ui.pages.base import Page
from migradesk.ui.session import Session
from migradesk.ui.widgets.forms import Card, data_label

CodeRole = Qt.ItemDataRole.UserRole + 1
SHOWN = 50  # local governments listed at most; then a line says how many there are


class WelcomePage(Page):
    PAGE_ID = "bienvenida"
    demo_requested = Signal()
    _debounce: QTimer  # made after the widgets whose signals start it

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.stored = Card(
            self.tr("Sus ciudades en este equipo"),
            self.tr("Sus datos siguen guardados aquí: ábrala para seguir trabajando."),
        )
        self.stored.setVisible(False)
        self.stored_buttons: dict[str, QPushButton] = {}
        self.content.addWidget(self.stored)
        pick = Card(
            self.tr("Elija su ciudad"),
            self.tr(
                "Busque su municipio, partido o comuna en el registro de gobiernos locales. "
                "Los datos del registro se cargan como valores iniciales que luego puede corregir."
            ),
        )
        row = QHBoxLayout()
        self.province = QComboBox()
        self.province.setAccessibleName(self.tr("Provincia"))
        self.province.setProperty("i18n_data", True)  # province names are data
        self.province.addItem(self.tr("Todas las provincias"), None)
        for name in register.provinces():
            self.province.addItem(name, name)
        self.province.currentIndexChanged.connect(lambda _i: self._search())
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Nombre del gobierno local, por ejemplo Humahuaca"))
        self.query.setAccessibleName(self.tr("Buscar gobierno local"))
        self.query.textChanged.connect(lambda _t: self._debounce.start())
        row.addWidget(self.query, 2)
        row.addWidget(self.province, 1)
        pick.body.addLayout(row)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Resultados"))
        self.results.setMinimumHeight(self.fontMetrics().height() * 10)
        self.results.itemSelectionChanged.connect(self._selection_changed)
        self.results.itemActivated.connect(lambda _item: self.choose())
        pick.body.addWidget(self.results)
        self.details = data_label("", "muted")
        pick.body.addWidget(self.details)
        self.choose_button = QPushButton(self.tr("Empezar con esta ciudad"))
        self.choose_button.setObjectName("primary")
        self.choose_button.setEnabled(False)
        self.choose_button.clicked.connect(self.choose)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.choose_button)
        pick.body.addLayout(buttons)
        self.content.addWidget(pick)

        demo = Card(
            self.tr("¿Quiere conocer MigraDesk primero?"),
            self.tr(
                "Abra la ciudad de demostración, Santa Rosa del Cerro: un municipio ficticio con "
                "todas las etapas completas. Se guarda aparte de sus datos y nada de ella se "
                "envía a OIM; para volver aquí, use «Elegir mi ciudad»."
            ),
        )
        self.demo_button = QPushButton(self.tr("Abrir la ciudad de demostración"))
        self.demo_button.clicked.connect(self.open_demo)
        demo_row = QHBoxLayout()
        demo_row.addWidget(self.demo_button)
        demo_row.addStretch(1)
        demo.body.addLayout(demo_row)
        self.content.addWidget(demo)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._search)
        self._found: dict[str, LocalGovernment] = {}
        self._stored_ids: set[str] = set()
        session.worker.submit(
            lambda store: [(c.id, c.name, c.province) for c in store.cities()], self._show_stored
        )
        self.finish()

    def _show_stored(self, cities: list[tuple[str, str, str]]) -> None:
        """The cities already in this data dir: one click opens each again."""
        self._stored_ids = {city_id for city_id, _name, _province in cities}
        for city_id, name, province in cities:
            button = QPushButton(
                self.tr("Abrir %1 (%2)").replace("%1", name).replace("%2", province)
            )
            button.setProperty("i18n_data", True)
            button.clicked.connect(lambda _c=False, c=city_id: self.session.open_city(c))
            self.stored.body.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.stored_buttons[city_id] = button
        self.stored.setVisible(bool(cities))

    def title(self) -> str:
        return self.tr("Le damos la bienvenida a MigraDesk")

    def description(self) -> str:
        return self.tr(
            "MigraDesk acompaña al Punto Focal en la certificación MigraCiudades Argentina. "
            "Todo se guarda en este equipo y funciona sin conexión."
        )

    def _search(self) -> None:
        """The matches (accents and case ignored: at most SHOWN, and then a line says how
        many there are), or all of a province's local governments when nothing is typed."""
        self._debounce.stop()
        self.results.clear()
        self._found.clear()
        found = register.find(self.query.text(), self.province.currentData())
        shown = SHOWN if self.query.text().strip() else len(found)
        for entry in found[:shown]:
            item = QListWidgetItem(f"{entry.name} · {entry.government_type} · {entry.province}")
            item.setData(CodeRole, entry.code)
            self._found[entry.code] = entry
            self.results.addItem(item)
        if len(found) > shown:
            more = QListWidgetItem(
                self.tr("%1 de %2; escriba más para acotar")
                .replace("%1", fmt_int(SHOWN))
                .replace("%2", fmt_int(len(found)))
            )
            more.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a note, not a choice
            more.setForeground(QBrush(QColor(style.MUTED)))
            self.results.addItem(more)
        if found:
            self.results.setCurrentRow(0)
        self._selection_changed()

    def selected(self) -> LocalGovernment | None:
        item = self.results.currentItem()
        return None if item is None else self._found.get(item.data(CodeRole))

    def _selection_changed(self) -> None:
        entry = self.selected()
        self.choose_button.setEnabled(entry is not None)
        if entry is None:
            self.details.setText("")
            return
        facts = [entry.department, domain_text(entry.region.label)]
        if entry.population_2010:
            facts.append(
                self.tr(
                    "%1 habitantes según el censo 2010 (el dato que usa el formulario)"
                ).replace("%1", fmt_int(entry.population_2010))
            )
        if entry.population_2022:
            facts.append(
                self.tr("%1 según el censo 2022").replace("%1", fmt_int(entry.population_2022))
            )
        self.details.setText(" · ".join(f for f in facts if f))

    def choose(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        city = entry.to_city()
        self.choose_button.setEnabled(False)
        if city.id in self._stored_ids:  # on this computer already: its data as it is
            self.session.open_city(city.id)
            return
        self.session.city_id = city.id
        self.session.save([city], on_saved=lambda: self.session.open_city(city.id))

    def open_demo(self) -> None:
        """The demo city opens in its own data dir (the window's ``open_demo``)."""
        self.demo_button.setEnabled(False)
        self.demo_requested.emit()
