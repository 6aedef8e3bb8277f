from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from migradesk.domain.plan import ActionStatus

from migradesk.ui import style
from migradesk.ui.main_window import MainWindow
from migradesk.ui.pages.fase6 import Fase6Page
from migradesk.ui.pages.fase6_model import PERCENT, STATUS, TITLE, Filter

from .conftest import TODAY, OpenWindow, close_window
from .typing_helper import type_text


def page_of(window: MainWindow) -> Fase6Page:
    window.show_page("fase6")
    page = window.stack.currentWidget()
    assert isinstance(page, Fase6Page)
    return page


def test_add_update_overdue_filter_and_reopen(open_window: OpenWindow, demo_dir: Path) -> None:
    window = open_window(demo_dir)
    page = page_of(window)
    model = page.model
    overdue = [r for r in model.rows if r.overdue]
    assert overdue, "the demo has overdue actions"
    row = model.row_of(overdue[0].action.id)
    assert model.index(row, TITLE).data(Qt.ItemDataRole.BackgroundRole) == QColor(style.WARN_SOFT)
    assert "vencida" in model.index(row, STATUS).data()

    page.set_filter(Filter.OVERDUE)
    assert page.proxy.rowCount() == len(overdue)
    page.set_filter(Filter.IN_PROGRESS)
    assert 0 < page.proxy.rowCount() < len(model.rows)
    page.set_filter(Filter.ALL)

    fresh = next(r for r in model.rows if r.latest is None and not r.overdue)
    page.select_action(fresh.action.id)
    assert page.detail_title.text() == fresh.action.title
    assert page.update_date.date() == TODAY
    page.update_status.setCurrentIndex(page.update_status.findData(ActionStatus.IN_PROGRESS))
    page.update_percent.setValue(40)
    type_text(page.update_note, "Primera reunión con la colectividad boliviana en Añatuya")
    page.add_button.click()
    row = model.row_of(fresh.action.id)
    assert model.rows[row].percent == 40
    assert model.index(row, PERCENT).data() == "40 %"
    assert page.current_row().action.id == fresh.action.id  # type: ignore[union-attr]
    assert page.update_note.text() == ""
    close_window(window)

    again = open_window(demo_dir)
    page = page_of(again)
    row = page.model.row_of(fresh.action.id)
    latest = page.model.rows[row].latest
    assert latest is not None and latest.percent_done == 40 and latest.reported_on == TODAY
    assert latest.note == "Primera reunión con la colectividad boliviana en Añatuya"
    assert page.model.index(row, PERCENT).data() == "40 %"


def test_marking_an_overdue_action_done_clears_the_highlight(
    open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir)
    page = page_of(window)
    late = next(r for r in page.model.rows if r.overdue)
    page.select_action(late.action.id)
    page.update_status.setCurrentIndex(page.update_status.findData(ActionStatus.DONE))
    page.update_status.activated.emit(page.update_status.currentIndex())
    assert page.update_percent.value() == 100
    page.add_button.click()
    row = page.model.row_of(late.action.id)
    assert not page.model.rows[row].overdue
    assert page.model.index(row, STATUS).data() == "Completada"
    window.navigator.setFocus()
    window.undo_action.trigger()
    assert page.model.rows[page.model.row_of(late.action.id)].overdue
