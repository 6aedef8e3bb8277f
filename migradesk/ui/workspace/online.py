"""The workspace's requests that need the server now (accounts, access requests, the selection):
each runs on a thread of its own (``ui/background.py``) with this desktop's session, and its
answer — or the Spanish sentence of its failure, a bug going to ``errors.report`` — comes back
on the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QVBoxLayout, QWidget

from migradesk.ui import errors
from migradesk.ui.background import Background
from migradesk.ui.widgets.forms import Banner

if TYPE_CHECKING:
    from migradesk.sync.workspace_api import WorkspaceApi

    from migradesk.ui.workspace.controller import WorkspaceController

T = TypeVar("T")


class Online(QObject):
    def __init__(self, controller: WorkspaceController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.background = Background(self)

    def call(
        self,
        fn: Callable[[WorkspaceApi], T],
        done: Callable[[T], None],
        failed: Callable[[str], None],
    ) -> None:
        from migradesk.sync.workspace_api import signed_in

        from migradesk.ui.sync.runner import default_transport

        window = self.controller.window
        data_dir = Path(window.data_dir) if window.data_dir is not None else None
        if data_dir is None:
            return
        sync = window.sync_controller
        transport = sync.transport if sync is not None else default_transport

        def run() -> Any:
            with signed_in(data_dir, transport) as api:
                return fn(api)

        # The sync stack (requests, SQLAlchemy) is imported here, at the first request: not
        # while the workspace's first table is on its way.
        self.background.call(
            run, done, lambda exc: errors.report(exc, self.controller.window, show=failed)
        )

    @property
    def busy(self) -> bool:
        return self.background.busy


def server_table(model: QStandardItemModel) -> QTableView:
    """A read-only table of rows the server sent, one row chosen at a time."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    return view


class ServerPage(QWidget):
    """A workspace tab of what lives on the server only: ``refresh`` asks it (``fetch``, on a
    thread) and shows the answer (``show_answer``); a notice above says what is going on."""

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.online = Online(controller, self)
        self.page_layout = QVBoxLayout(self)
        self.page_layout.setContentsMargins(0, 10, 0, 0)
        self.banner = Banner()
        self.page_layout.addWidget(self.banner)
        self._quiet = False

    def fetch(self, api: WorkspaceApi) -> Any:
        raise NotImplementedError

    def show_answer(self, found: Any) -> None:
        raise NotImplementedError

    def say(self, text: str, tone: str = "info") -> None:
        self.banner.show_text(text, tone)

    def refresh(self, quiet: bool = False) -> None:
        """Ask the server again (``quiet``: keep the notice shown, the outcome of an action)."""
        self._quiet = quiet
        if not quiet:
            self.say(QCoreApplication.translate("workspace", "Consultando al servidor…"))
        self.online.call(self.fetch, self._fetched, lambda text: self.say(text, "warn"))

    def _fetched(self, found: Any) -> None:
        if not self._quiet:
            self.banner.hide()
        self.show_answer(found)
