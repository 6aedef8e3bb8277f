"""MigraDesk's icon on its windows, and its version in the About box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

import migradesk

from migradesk.ui.icon import SIZES, app_icon

from .conftest import OpenWindow


def test_the_icon_has_every_size_from_the_files() -> None:
    icon = app_icon()
    assert {(s.width(), s.height()) for s in icon.availableSizes()} == {(n, n) for n in SIZES}
    pixmap = icon.pixmap(QSize(48, 48))
    assert not pixmap.isNull()
    # The rounded blue square of the SVG, not a placeholder: its centre-left is the accent blue.
    colour = pixmap.toImage().pixelColor(6, 24)
    assert colour.blue() > colour.red() + 60


def test_the_application_and_its_windows_carry_it(
    qapp: QApplication, open_window: OpenWindow, empty_dir: Path
) -> None:
    assert not qapp.windowIcon().isNull()
    window = open_window(empty_dir)
    assert window.windowIcon().cacheKey() == qapp.windowIcon().cacheKey()


def test_the_about_box_shows_pyprojects_version(open_window: OpenWindow, empty_dir: Path) -> None:
    from migradesk.ui.about import AboutDialog

    window = open_window(empty_dir)
    window.about_action.trigger()
    (about,) = window.findChildren(AboutDialog)
    assert about.version_label.text() == migradesk.version()
    assert not about.windowIcon().isNull()
