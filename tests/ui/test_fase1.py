from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from migradesk.domain.people import Gender

from migradesk.ui.navigator import DetailRole
from migradesk.ui.pages.fase1 import Fase1Page

from .conftest import TODAY, OpenWindow, close_window
from .typing_helper import replace_text, type_text


def page_of(window) -> Fase1Page:  # type: ignore[no-untyped-def]
    window.show_page("fase1")
    page = window.stack.currentWidget()
    assert isinstance(page, Fase1Page)
    return page


def test_add_edit_remove_officials(open_window: OpenWindow, demo_dir: Path, qtbot: QtBot) -> None:
    window = open_window(demo_dir)
    page = page_of(window)
    count = page.model.rowCount()
    assert count == len(window.session.file.officials) > 0

    page.add_official()
    type_text(page.inputs["name"], "Begoña Ibáñez")
    type_text(page.inputs["post"], "Jefa de Compras")
    page.gender.setCurrentIndex(page.gender.findData(Gender.WOMAN))
    page.gender.activated.emit(page.gender.currentIndex())
    type_text(page.inputs["module_1"], "20/11/2026")
    page.flush()
    assert page.model.rowCount() == count + 1
    added = next(o for o in window.session.file.officials if o.name == "Begoña Ibáñez")
    assert added.enrolled_on == TODAY and added.gender is Gender.WOMAN
    assert added.module_1 is not None and added.steps_done == 1
    row = page.model.row_of(added.id)
    assert page.model.index(row, 4).data() == "1 de 6"

    # Edit another person chosen in the table
    other = window.session.file.officials[1]
    page.select(other.id)
    assert page.inputs["name"].text() == other.name
    replace_text(page.inputs["post"], "Subsecretario de Juventudes")
    page.flush()
    assert page.model.index(page.model.row_of(other.id), 1).data() == "Subsecretario de Juventudes"
    close_window(window)

    again = open_window(demo_dir)
    page = page_of(again)
    names = [o.name for o in again.session.file.officials]
    assert "Begoña Ibáñez" in names
    page.select(next(o.id for o in again.session.file.officials if o.name == "Begoña Ibáñez"))
    page.remove_selected()
    assert "Begoña Ibáñez" not in [o.name for o in again.session.file.officials]
    assert page.model.rowCount() == count
    assert not page.detail_editors.isVisible()
    again.navigator.setFocus()
    again.undo_action.trigger()  # removing is undoable
    assert page.model.rowCount() == count + 1


def test_windows_and_gender_balance(open_window: OpenWindow, demo_dir: Path) -> None:
    page = page_of(open_window(demo_dir))
    assert "21/10/2025" in page.enrolment_text.text() or "cerrado" in page.enrolment_text.text()
    assert "cerrado" in page.course_text.text()
    assert "Mujer: 4" in page.balance_text.text()
    late = [r for r in range(page.model.rowCount()) if "faltan" in page.model.index(r, 5).data()]
    assert len(late) == 2  # the two late joiners are within their own 8 weeks


def test_an_expired_course_says_so_and_phase_1_is_not_completed(
    open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir, today=TODAY + timedelta(days=60))
    page = page_of(window)
    texts = [page.model.index(r, 5).data() for r in range(page.model.rowCount())]
    assert sum(t.startswith("venció el") for t in texts) == 2
    assert "completo" in texts
    model = window.navigator.steps
    assert "completado" not in model.index(model.row_of("fase1")).data(DetailRole)


def test_rows_fit_their_text_at_the_shown_width(
    open_window: OpenWindow, demo_dir: Path, qtbot: QtBot
) -> None:
    """The table is filled before it is laid out: once shown, each row is as tall as its text
    wrapped at the final column widths (no row left sized for narrower columns)."""
    window = open_window(demo_dir)
    window.resize(1366, 768)
    window.show()
    page = page_of(window)
    table = page.table
    rows_header = table.verticalHeader()  # hidden, but Qt fits a row to it as well

    def fitted() -> bool:
        return all(
            table.rowHeight(row)
            == max(table.sizeHintForRow(row), rows_header.sectionSizeHint(row)) + page.row_air()
            for row in range(page.model.rowCount())
        )

    qtbot.waitUntil(fitted)
    rows = sum(table.rowHeight(row) for row in range(page.model.rowCount()))
    assert table.height() >= rows + table.horizontalHeader().height()
    close_window(window)
