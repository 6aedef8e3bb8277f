"""A table's columns share its width and every item keeps its text whole, to the pixel."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from migradesk.ui.widgets.table_fit import fit_columns

from .layout_check import cut_text


def test_a_one_line_column_keeps_its_bold_date_whole_beside_the_grid(qtbot: QtBot) -> None:
    model = QStandardItemModel(0, 2)
    model.setHorizontalHeaderLabels(["Acción", "Fin"])
    for name, end in (("Protocolo de admisión sin requisito documentario", "05/11/2026"),) * 3:
        date = QStandardItem(end)
        bold = QFont()
        bold.setBold(True)  # an overdue end date
        date.setFont(bold)
        model.appendRow([QStandardItem(name), date])
    view = QTableView()
    view.setModel(model)
    assert view.showGrid()
    holder = QWidget()
    QVBoxLayout(holder).addWidget(view)
    qtbot.addWidget(holder)
    holder.resize(420, 240)
    fit_columns(view, 0, nowrap=(1,))
    holder.show()
    qtbot.waitExposed(holder)
    qtbot.waitUntil(lambda: cut_text(holder) == [])
