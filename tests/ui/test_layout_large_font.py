"""Usable at 1366×768 with a 14 pt system font: no page scrolls sideways, nothing sticks out."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QWidget,
)

from migradesk.ui.main_window import MainWindow
from migradesk.ui.pages import PAGE_IDS
from migradesk.ui.pages.base import Page

from .conftest import OpenWindow

LEAVES = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractScrollArea, QTabBar)


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[QFont]:
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(14)
    qapp.setFont(font)
    yield font
    qapp.setFont(before)


def _inside_nested_scroll(widget: QWidget, page_scroll: QScrollArea) -> bool:
    """Cell editors and the like live in a table's own viewport: they scroll with it."""
    parent = widget.parentWidget()
    while parent is not None and parent is not page_scroll:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _overflows(page: Page) -> list[str]:
    scroll = page.findChild(QScrollArea, "pageScroll")
    assert scroll is not None
    viewport = scroll.viewport()
    problems = []
    if scroll.horizontalScrollBar().maximum() > 0:
        problems.append(f"horizontal scroll bar (max {scroll.horizontalScrollBar().maximum()})")
    holder = scroll.widget()
    if holder.minimumSizeHint().width() > viewport.width():
        problems.append(f"content needs {holder.minimumSizeHint().width()} > {viewport.width()}")
    for widget in holder.findChildren(QWidget):
        if not widget.isVisible() or _inside_nested_scroll(widget, scroll):
            continue
        parent = widget.parentWidget()
        assert parent is not None
        name = widget.objectName() or type(widget).__name__
        text = getattr(widget, "text", None)
        name += f" {text()!r}" if callable(text) and isinstance(widget, LEAVES) else ""
        if widget.x() < 0 or widget.geometry().right() >= parent.width() + 1:
            problems.append(f"{name} sticks out of its parent ({widget.geometry()})")
        right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
        left = widget.mapTo(viewport, QPoint(0, 0)).x()
        if left < 0 or right > viewport.width():
            problems.append(f"{name} spans {left}..{right} of {viewport.width()}")
    return problems


def _visit_all(window: MainWindow) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for page_id in PAGE_IDS:
        window.show_page(page_id)
        QApplication.processEvents()
        page = window.pages[page_id]
        tabs = getattr(page, "tabs", None) or page.findChild(QTabWidget)
        count = tabs.count() if isinstance(tabs, QTabWidget | QTabBar) else 1
        for index in range(count):
            if count > 1:
                tabs.setCurrentIndex(index)  # type: ignore[union-attr]
                QApplication.processEvents()
            problems = _overflows(page)
            if problems:
                found[f"{page_id}#{index}"] = problems
        if count > 1:
            tabs.setCurrentIndex(0)  # type: ignore[union-attr]
    return found


def test_every_page_fits_1366x768_with_a_14pt_font(
    open_window: OpenWindow, demo_dir: Path, large_font: QFont
) -> None:
    window = open_window(demo_dir, size=(1366, 768))
    QApplication.processEvents()
    assert window.width() == 1366
    assert _visit_all(window) == {}


def test_every_page_fits_1366x768_with_the_default_font(
    open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir, size=(1366, 768))
    QApplication.processEvents()
    assert _visit_all(window) == {}
