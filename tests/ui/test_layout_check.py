"""The cut-text checker finds each kind of cut text, and nothing where the text is whole."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QModelIndex, QRectF, QSize, QStringListModel, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .layout_check import cut_text, recording_elisions

LONG = "Fase 6 · Implementación y monitoreo del plan de acción de la ciudad"


def _shown(qtbot: QtBot, widget: QWidget, size: tuple[int, int] = (160, 120)) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.addWidget(widget)
    qtbot.addWidget(holder)
    holder.resize(*size)
    holder.show()
    qtbot.waitExposed(holder)
    return holder


def _label() -> QWidget:
    label = QLabel(LONG)
    label.setMinimumWidth(10)  # a layout may squeeze it below its text
    return label


def _wrapped_label() -> QWidget:
    label = QLabel(LONG)
    label.setWordWrap(True)
    label.setFixedHeight(QFontMetrics(label.font()).height())  # one line for three
    return label


def _button() -> QWidget:
    button = QPushButton(LONG)
    button.setMaximumWidth(80)
    return button


def _combo() -> QWidget:
    combo = QComboBox()
    combo.addItem(LONG)
    combo.setMaximumWidth(80)
    return combo


def _table(wrap: bool = False) -> QWidget:
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem(LONG))
    model.setHorizontalHeaderLabels(["Acción"])
    table = QTableView()
    table.setModel(model)
    table.setWordWrap(wrap)
    table.horizontalHeader().setStretchLastSection(True)
    table.setProperty("_model", model)
    return table


def _list_without_sideways_bar() -> QWidget:
    """A list that lays its item out wider than itself and shows no sideways bar (a
    completer's popup): the view cuts what is past its right edge."""
    model = QStringListModel([LONG])
    view = QListView()
    view.setModel(model)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setProperty("_model", model)
    return view


class _GrowingRows(QStyledItemDelegate):
    """Rows that grow after QListView laid them out (it keeps their places)."""

    height = 20

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # type: ignore[override]
        return QSize(100, self.height)


def _sideways() -> QWidget:
    editor = QPlainTextEdit(LONG * 3)
    editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    return editor


class _Painted(QWidget):
    """Paints two texts at the same place: what a chart's label over "100 %" looked like."""

    def sizeHint(self) -> QSize:
        return QSize(120, 60)

    def text_boxes(self) -> list[tuple[str, QRectF]]:
        return [("a) 67 %", QRectF(10, 10, 50, 14)), ("100 %", QRectF(30, 12, 40, 14))]


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (_label, "text needs"),
        (_wrapped_label, "wrapped text needs"),
        (_button, "text needs"),
        (_combo, "current item needs"),
        (_table, "item"),
        (_list_without_sideways_bar, "item"),
        (_sideways, "scrolls sideways"),
        (_Painted, "overlap"),
    ],
)
def test_each_kind_of_cut_text_is_found(
    qtbot: QtBot, make: Callable[[], QWidget], expected: str
) -> None:
    holder = _shown(qtbot, make())
    problems = cut_text(holder)
    assert any(expected in p for p in problems), problems


def test_whole_text_is_not_reported(qtbot: QtBot) -> None:
    label = QLabel(LONG)
    label.setWordWrap(True)
    table = _table(wrap=True)
    holder = _shown(qtbot, QWidget(), (900, 300))
    layout = holder.layout()
    assert layout is not None
    for widget in (label, QPushButton("Guardar"), table):
        layout.addWidget(widget)
    holder.resize(1200, 400)
    qtbot.waitUntil(lambda: label.width() > 900)
    assert isinstance(table, QTableView)
    table.resizeRowsToContents()
    assert cut_text(holder) == []


def test_a_squeezed_layout_is_found(qtbot: QtBot) -> None:
    """Laid-out widgets drawn over one another (a dialog squeezed after a failed sign-in)."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.addWidget(QLabel("Usuario"))
    row.addWidget(QLabel("Contraseña"))
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    first, second = holder.findChildren(QLabel)
    second.setGeometry(first.geometry().translated(5, 0))
    assert any("overlap" in p for p in cut_text(holder))


class _Eliding(QWidget):
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = painter.fontMetrics()
        from PySide6.QtCore import Qt

        painter.drawText(0, 20, metrics.elidedText(LONG, Qt.TextElideMode.ElideRight, 60))
        painter.end()


def test_text_our_painting_cuts_is_recorded(qtbot: QtBot) -> None:
    widget = _Eliding()
    qtbot.addWidget(widget)
    widget.resize(100, 40)
    with recording_elisions() as elided:
        widget.grab()
    assert elided and "Fase 6" in elided[0]


def test_rows_drawn_over_one_another_are_found(qtbot: QtBot) -> None:
    """A list's rows that grew after QListView laid them out (a navigator's title that wraps
    when the scroll bar comes): QListView keeps their places, one over the next."""
    model = QStringListModel(["Fase 2", "Fase 3"])
    view = QListView()
    view.setModel(model)
    delegate = _GrowingRows(view)
    view.setItemDelegate(delegate)
    holder = _shown(qtbot, view)
    assert cut_text(holder) == []
    delegate.height = 40
    assert any("drawn over" in p for p in cut_text(holder)), cut_text(holder)
