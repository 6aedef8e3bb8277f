"""The workspace's panel: a header that says whose workspace it is and how the replica stands,
and one tab per view — the cities at a glance, the timeline across cities, "Por revisar", the
dates, and for IOM the selection and access requests and (admins) the administration."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from migradesk.ui.formats import fmt_int
from migradesk.ui.style import scaled_font
from migradesk.ui.widgets.forms import Banner, label
from migradesk.ui.workspace.cities_model import when_text
from migradesk.ui.workspace.snapshot import WorkspaceSnapshot

if TYPE_CHECKING:
    from migradesk.ui.workspace.controller import WorkspaceController

TAB_CITIES, TAB_TIMELINE, TAB_QUEUE, TAB_DATES = "ciudades", "cronograma", "por_revisar", "fechas"
TAB_ACCESS, TAB_ADMIN = "accesos", "administracion"


class WorkspaceView(QWidget):
    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.controller = controller
        self.session = controller.session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(10)
        self.heading = label("", "pageTitle")
        self.heading.setFont(scaled_font(self.heading, 1.5, bold=True))
        self.status = label("", "muted")
        self.notice = Banner()
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.notice)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self.pages: dict[str, QWidget] = {}
        self._build_tabs()
        self.retranslate()

    def _build_tabs(self) -> None:
        from migradesk.ui.workspace.cities_page import CitiesPage
        from migradesk.ui.workspace.dates_page import DatesPage
        from migradesk.ui.workspace.queue_page import QueuePage
        from migradesk.ui.workspace.timeline_page import TimelinePage

        cities = CitiesPage(self.controller)
        cities.dates_requested.connect(self.set_dates_for)
        self.pages = {
            TAB_CITIES: cities,
            TAB_TIMELINE: TimelinePage(self.controller),
            TAB_QUEUE: QueuePage(self.controller),
            TAB_DATES: DatesPage(self.controller),
        }
        role = self.session.role
        if role in ("reviewer", "admin"):  # IOM's: the selection and the access requests
            from migradesk.ui.workspace.access_page import AccessPage

            self.pages[TAB_ACCESS] = AccessPage(self.controller)
        if role == "admin":
            from migradesk.ui.workspace.admin_page import AdminPage

            self.pages[TAB_ADMIN] = AdminPage(self.controller)
        for page in self.pages.values():
            self.tabs.addTab(page, "")

    def tab_titles(self) -> dict[str, str]:
        return {
            TAB_CITIES: self.tr("Ciudades"),
            TAB_TIMELINE: self.tr("Cronograma"),
            TAB_QUEUE: self.tr("Por revisar"),
            TAB_DATES: self.tr("Fechas"),
            TAB_ACCESS: self.tr("Selección y accesos"),
            TAB_ADMIN: self.tr("Administración"),
        }

    def retranslate(self) -> None:
        titles = self.tab_titles()
        for key, page in self.pages.items():
            self.tabs.setTabText(self.tabs.indexOf(page), titles[key])
            retranslate = getattr(page, "retranslate", None)
            if retranslate is not None:
                retranslate()
        self._header()

    def show_tab(self, key: str) -> QWidget:
        page = self.pages[key]
        self.tabs.setCurrentWidget(page)
        return page

    def set_dates_for(self, city_ids: list[str]) -> None:
        """The cities' dates, for the cities selected in the table."""
        from migradesk.ui.workspace.dates_page import DatesPage

        page = self.show_tab(TAB_DATES)
        assert isinstance(page, DatesPage)
        page.select_cities(city_ids)

    def show_snapshot(self, snapshot: WorkspaceSnapshot) -> None:
        for page in self.pages.values():
            show = getattr(page, "show_snapshot", None)
            if show is not None:
                show(snapshot)
        queue_index = self.tabs.indexOf(self.pages[TAB_QUEUE])
        title = self.tab_titles()[TAB_QUEUE]
        waiting = len(snapshot.queue)
        self.tabs.setTabText(queue_index, f"{title} ({fmt_int(waiting)})" if waiting else title)
        self._header()

    def _header(self) -> None:
        role = self.session.role
        if role == "partner":
            self.heading.setText(self.tr("Espacio de trabajo de CIPPEC"))
        elif role == "admin":
            self.heading.setText(self.tr("Espacio de trabajo de OIM · Administración"))
        else:
            self.heading.setText(self.tr("Espacio de trabajo de OIM"))
        found = self.controller.snapshot
        if found is None:
            self.status.setText(self.tr("Leyendo las ciudades de este equipo…"))
            return
        parts = [
            self.tr("%1 ciudades").replace("%1", fmt_int(len(found.rows)))
            if len(found.rows) != 1
            else self.tr("1 ciudad"),
            self.tr("%1 por revisar").replace("%1", fmt_int(len(found.queue))),
        ]
        if found.pending:
            parts.append(self.tr("%1 cambios sin enviar").replace("%1", fmt_int(found.pending)))
        if found.conflicts:
            parts.append(self.tr("%1 en conflicto").replace("%1", fmt_int(found.conflicts)))
        parts.append(self.tr("Última sincronización: %1").replace("%1", when_text(found.last_sync)))
        self.status.setText(" · ".join(parts))
        if not found.rows:
            self.notice.show_text(
                self.tr(
                    "Todavía no hay ciudades en este equipo. Sincronice (F5) para traer todas "
                    "las ciudades que su cuenta puede ver; después se trabaja también sin "
                    "conexión."
                ),
                "info",
            )
        else:
            self.notice.hide()
