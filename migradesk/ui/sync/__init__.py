"""Sync in the desktop: ``install_sync(window)`` adds the menu, status line, panel and sign-in.

Pages may show a record's state with ``SyncBadge`` / ``badge_text`` (from ``labels``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from migradesk.ui.sync.labels import SyncBadge, badge_text

if TYPE_CHECKING:
    from migradesk.ui.main_window import MainWindow
    from migradesk.ui.sync.controller import SyncController
    from migradesk.ui.sync.runner import TransportFactory

__all__ = ["SyncBadge", "badge_text", "install_sync"]


def install_sync(
    window: MainWindow,
    transport: TransportFactory | None = None,
    data_dir: Path | None = None,
) -> SyncController:
    """Add sync to a built main window (call once, at the end of its construction).

    ``transport`` replaces HTTP (tests: the server app in-process); ``data_dir`` is otherwise
    asked of the window's DB worker.
    """
    from migradesk.ui.sync.controller import SyncController

    controller = SyncController(window, transport=transport, data_dir=data_dir)
    window.sync_controller = controller
    return controller
