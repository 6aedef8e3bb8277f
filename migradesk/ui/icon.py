"""MigraDesk's icon (resources/icons, rendered from migradesk.svg by packaging/make_icons.py)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from migradesk.assets import resource

SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """Every rendered size: the window's title bar, the taskbar and the Alt+Tab switcher each pick
    theirs (files are read only when a size is drawn)."""
    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(resource("icons", f"migradesk-{size}.png")))
    return icon
