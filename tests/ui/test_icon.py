"""MigraDesk's icon on its windows, and its version in the About box."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

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


def test_the_about_box_shows_pyprojects_version(
    open_window: OpenWindow, empty_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def about(parent: QWidget, title: str, text: str) -> None:
        shown.append(text)

    monkeypatch.setattr(QMessageBox, "about", about)
    window = open_window(empty_dir)
    window.about_action.trigger()
    assert shown and f"MigraDesk {migradesk.version()}" in shown[0]
