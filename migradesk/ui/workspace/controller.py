"""The window in workspace mode: the panel of every city, or one city opened read-only.

The window asks ``is_workspace_role(session.role)`` when the data loads and when the role
changes (a sign-in); the controller then owns what the window shows. The panel's snapshot is
read on the DB worker after every change (coalesced: one read in flight at a time), from the
database file directly (``snapshot.load_path``: no Store needed, so the first table shows
before the storage stack has loaded).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from migradesk.ui.events import Change
from migradesk.ui.workspace import snapshot

if TYPE_CHECKING:
    from migradesk.ui.main_window import MainWindow
    from migradesk.ui.pages.base import Page
    from migradesk.ui.workspace.view import WorkspaceView

log = logging.getLogger("migradesk.ui.workspace")

DATABASE_NAME = "migradesk.sqlite3"  # storage.store.DATABASE_NAME (not imported: start-up)
PANEL_PAGE_ID = "espacio"  # the window's page_shown when the panel shows a snapshot


class WorkspaceController(QObject):
    changed = Signal()  # a new snapshot
    city_shown = Signal(str)  # a city opened from the panel (its id)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.snapshot: snapshot.WorkspaceSnapshot | None = None
        self._view: WorkspaceView | None = None
        self.city_open = False
        self._opening: tuple[str, str] | None = None  # (city, page) asked, not loaded yet
        self._reading = False
        self._read_again = False
        self.back_button = QPushButton()
        self.back_button.setObjectName("link")
        self.back_button.clicked.connect(self.show_panel)
        self.back_button.setVisible(False)
        row = QHBoxLayout()
        row.setContentsMargins(10, 10, 10, 0)
        row.addWidget(self.back_button)
        row.addStretch(1)
        layout = window.side.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertLayout(0, row)
        self.session.bus.changed.connect(self._on_change)
        window.language_changed.connect(self._retranslate)
        self._retranslate()

    def _retranslate(self, *_args: object) -> None:
        self.back_button.setText(self.tr("◀ Todas las ciudades"))
        self.back_button.setToolTip(self.tr("Volver al espacio de trabajo (todas las ciudades)"))
        if self._view is not None:
            self._view.retranslate()

    @property
    def view(self) -> WorkspaceView:
        if self._view is None:
            from migradesk.ui.workspace.view import WorkspaceView

            self._view = WorkspaceView(self)
            self.window.stack.addWidget(self._view)
            if self.snapshot is not None:
                self._view.show_snapshot(self.snapshot)
        return self._view

    # What the window shows

    def loaded(self) -> None:
        """The window's data loaded (start-up, a sign-in, a city opened): show what was asked."""
        self.reload()  # first: the worker reads while the panel is built here
        opening, self._opening = self._opening, None
        if opening is not None and self.session.file is not None:
            self._show_city(opening[1])
        else:
            self.show_panel()

    def show_panel(self) -> None:
        self.city_open = False
        self.back_button.setVisible(False)
        self.window.show_workspace_panel(self.view)

    def open_city(self, city_id: str, page_id: str = "inicio") -> None:
        """Show a city's pages (its file is loaded first when it is another city)."""
        file = self.session.file
        if file is not None and file.city.id == city_id:
            self._show_city(page_id)
            return
        self._opening = (city_id, page_id)
        self.session.open_city(city_id)

    def _show_city(self, page_id: str) -> None:
        self.city_open = True
        self.back_button.setVisible(True)
        self.window.show_city_pages(page_id)
        if self.session.city_id is not None:
            self.city_shown.emit(self.session.city_id)

    # What the city pages need

    def adapt(self, page: Page) -> None:
        """A city's page as this account sees it (``city_review``)."""
        from migradesk.ui.workspace.city_review import adapt

        adapt(page, self)

    def author_name(self) -> str:
        """How IOM's (or CIPPEC's) writings are signed: the account and its organisation."""
        found = self.snapshot.username if self.snapshot is not None else ""
        organisation = "CIPPEC" if self.session.role == "partner" else "OIM"
        return f"{found} ({organisation})" if found else organisation

    def notify(self, text: str, tone: str = "info") -> None:
        """A notice at the top of the window (a review saved, dates set)."""
        self.window.notify(text, tone)

    # The snapshot

    def _on_change(self, change: Change) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the replica again on the DB worker (coalesced)."""
        if self._reading:
            self._read_again = True
            return
        data_dir = self.window.data_dir
        if data_dir is None:
            return
        self._reading = True
        path = Path(data_dir) / DATABASE_NAME
        role, today = self.session.role, self.session.today()
        self.session.worker.submit_without_store(
            lambda: snapshot.load_path(path, role, today), self._got, self._unreadable
        )

    def _unreadable(self, exc: BaseException) -> None:
        """The fast reader could not read it: through the Store (``snapshot.load``)."""
        log.info("workspace read through the Store: %s", exc)
        today = self.session.today()
        self.session.worker.submit(
            lambda store: snapshot.load(store, today), self._got, self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        self._reading = False
        self.session.worker.failed.emit(exc)

    def _got(self, found: snapshot.WorkspaceSnapshot) -> None:
        self._reading = False
        self.snapshot = found
        if self._view is not None:
            self._view.show_snapshot(found)
        self.changed.emit()
        if not self.city_open and self.window.stack.currentWidget() is self._view:
            self.window.page_shown.emit(PANEL_PAGE_ID)  # the table is filled (startup_marks)
        if self._read_again:
            self._read_again = False
            self.reload()
