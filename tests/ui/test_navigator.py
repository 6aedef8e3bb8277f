"""The navigator's rows: as high as their titles need, no blank line kept for the bold of a
selected row."""

from __future__ import annotations

import itertools

from pytestqt.qtbot import QtBot

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem

from migradesk.ui.navigator import Navigator, StepDelegate
from migradesk.ui.pages import PAGES


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
    bar = navigator.verticalScrollBar().sizeHint().width()  # its room is kept, shown or not
    navigator.resize(regular_width + padding + bar + 2 * navigator.frameWidth() + 2, 600)
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


def test_rows_stay_apart_when_the_scroll_bar_comes(qtbot: QtBot) -> None:
    """A title that fits beside no scroll bar and wraps beside one: the row's height does not
    change when the bar comes, so the rows stay where QListView laid them, apart."""
    navigator = Navigator()
    qtbot.addWidget(navigator)
    row = navigator.steps.row_of("fase2")
    title = str(navigator.steps.index(row).data())
    bar = navigator.verticalScrollBar().sizeHint().width()
    padding = StepDelegate.PAD + StepDelegate.INDENT + StepDelegate.PAD
    width = QFontMetrics(navigator.font()).horizontalAdvance(title) + padding + bar // 2
    navigator.resize(width + 2 * navigator.frameWidth(), 120)  # short: the bar comes
    navigator.show()
    qtbot.waitExposed(navigator)
    qtbot.waitUntil(navigator.verticalScrollBar().isVisible)

    def apart() -> None:  # once QListView's delayed layout ran
        rects = [navigator.visualRect(navigator.steps.index(r)) for r in range(len(PAGES))]
        for above, below in itertools.pairwise(rects):
            assert below.top() == above.bottom() + 1, rects

    qtbot.waitUntil(apart)
