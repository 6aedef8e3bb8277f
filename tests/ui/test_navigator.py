"""The navigator's rows: as high as their titles need, no blank line kept for the bold of a
selected row."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem

from migradesk.ui.navigator import Navigator, StepDelegate


def test_a_title_that_fits_in_one_line_keeps_one_line(qtbot: QtBot) -> None:
    navigator = Navigator()
    qtbot.addWidget(navigator)
    row = navigator.steps.row_of("fase3")
    title = str(navigator.steps.index(row).data())
    bold = QFont(navigator.font())
    bold.setBold(True)
    regular_width = QFontMetrics(navigator.font()).horizontalAdvance(title)
    assert QFontMetrics(bold).horizontalAdvance(title) > regular_width + 2
    padding = StepDelegate.PAD + StepDelegate.INDENT + StepDelegate.PAD
    navigator.resize(regular_width + padding + 2 * navigator.frameWidth() + 2, 600)
    navigator.show()
    qtbot.waitExposed(navigator)
    option = QStyleOptionViewItem()
    navigator.initViewItemOption(option)  # type: ignore[attr-defined]
    delegate = navigator.itemDelegate()
    heights = {
        r: delegate.sizeHint(option, navigator.steps.index(r)).height()
        for r in (navigator.steps.row_of("inicio"), row)
    }
    assert len(set(heights.values())) == 1, heights  # "Inicio" and Fase 3: one line each
