from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from migradesk.ui.pages.punto_focal import REASON, PuntoFocalPage

from .conftest import TODAY, OpenWindow, close_window
from .typing_helper import type_text


def page_of(window) -> PuntoFocalPage:  # type: ignore[no-untyped-def]
    window.show_page("punto_focal")
    page = window.stack.currentWidget()
    assert isinstance(page, PuntoFocalPage)
    return page


def test_replacement_keeps_the_city_work_and_reopens(
    open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir)
    file = window.session.file
    before = file.focal_point
    officials_before = len(file.officials)
    records_before = sum(1 for _ in file)
    page = page_of(window)
    page.show_form(True)
    assert page.form_card.isVisible()  # inline, not a modal dialog
    type_text(page.new["name"], "Tomás Quispe Ñancucheo")
    type_text(page.new["post"], "Secretario de Gobierno")
    type_text(page.new["email"], "tquispe@santarosadelcerro.gob.ar")
    type_text(page.reason.lineEdit(), "Cambio de gestión")
    type_text(page.letter_date, "20/11/2026")
    page.register_replacement()
    assert not page.form_error.isVisible(), page.form_error.text()

    file = window.session.file
    assert file.focal_point.name == "Tomás Quispe Ñancucheo"
    assert file.focal_point.since == TODAY
    ended = next(fp for fp in file.focal_point_history if fp.id == before.id)
    assert ended.until == TODAY and ended.reason_for_leaving == "Cambio de gestión"
    assert len(file.officials) == officials_before + 1
    assert [o.name for o in file.officials if o.is_focal_point] == ["Tomás Quispe Ñancucheo"]
    assert sum(1 for _ in file) == records_before + 2  # nothing else was touched
    assert "Tomás Quispe Ñancucheo" in page.notice.text.text()
    assert page.history.topLevelItemCount() == len(file.focal_point_history)
    close_window(window)

    again = open_window(demo_dir)
    page = page_of(again)
    assert page.fields["name"].text() == "Tomás Quispe Ñancucheo"
    assert again.session.file.focal_point.substitution_letter_on.isoformat() == "2026-11-20"


def test_replacement_needs_a_reason_and_a_name(open_window: OpenWindow, demo_dir: Path) -> None:
    window = open_window(demo_dir)
    page = page_of(window)
    current = window.session.file.focal_point
    page.show_form(True)
    page.register_replacement()
    assert page.form_error.isVisible()
    assert "nombre" in page.form_error.text() and "motivo" in page.form_error.text()
    assert window.session.file.focal_point == current


def test_replacement_is_undoable(open_window: OpenWindow, demo_dir: Path) -> None:
    window = open_window(demo_dir)
    page = page_of(window)
    current = window.session.file.focal_point
    page.show_form(True)
    type_text(page.new["name"], "Inés Añez")
    type_text(page.reason.lineEdit(), "Reestructuración")
    page.register_replacement()
    assert window.session.file.focal_point.name == "Inés Añez"
    window.navigator.setFocus()
    window.undo_action.trigger()
    assert window.session.file.focal_point == current
    assert "Inés Añez" not in [o.name for o in window.session.file.officials]


def test_the_history_shows_every_word(
    open_window: OpenWindow, demo_dir: Path, qtbot: QtBot
) -> None:
    """A long reason wraps instead of being cut, and each row is tall enough for the wrapped
    text of each of its cells at the columns' shown widths."""
    window = open_window(demo_dir)
    window.show()
    page = page_of(window)
    history = page.history
    header = history.header()
    option = QStyleOptionViewItem()
    history.initViewItemOption(option)
    option.rect.setHeight(1 << 20)
    items = [history.topLevelItem(i) for i in range(history.topLevelItemCount())]
    em = history.fontMetrics().horizontalAdvance("M")  # the cell's margins, generously

    def every_word_shown() -> bool:
        for item in items:
            shown = history.visualItemRect(item).height()
            for column in range(history.columnCount()):
                width = header.sectionSize(column)
                if column == REASON:  # its size hint holds the row's height: measure the text
                    flags = Qt.TextFlag.TextWordWrap
                    box = QRect(0, 0, width - em, 1 << 20)
                    wanted = history.fontMetrics().boundingRect(box, flags, item.text(column))
                    if wanted.height() > shown:
                        return False
                    continue
                option.rect.setWidth(width)
                index = history.indexFromItem(item, column)
                if history.itemDelegate().sizeHint(option, index).height() > shown:
                    return False
        return True

    assert any(len(item.text(REASON)) > 60 for item in items)  # the demo has a long one
    qtbot.waitUntil(every_word_shown)
    rows = sum(history.visualItemRect(item).height() for item in items)
    assert history.height() >= rows + header.height()
    close_window(window)
