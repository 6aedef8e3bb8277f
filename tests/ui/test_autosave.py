"""Autosave never overwrites what its editor did not see: two windows on one file (issue 18),
and a sync that lands while the user is typing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QTextCursor

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.storage import Store
from migradesk.storage.sync import sync_status

from migradesk.ui.main_window import MainWindow
from migradesk.ui.pages.fase2 import Fase2Page
from migradesk.ui.sync import install_sync
from migradesk.ui.sync.controller import AUTO_MINUTES

from .conftest import OpenWindow, close_window
from .test_fase2 import new_city
from .typing_helper import replace_text, type_text

B_TEXT = "Texto escrito en la ventana B"


OLDER = "Los CAPS atienden sin pedir DNI; señalética en español y aimara."


@pytest.fixture
def city_dir(open_window: OpenWindow, empty_dir: Path) -> Path:
    """A new city (the demo's self-assessment is with IOM: read-only) whose A01 has a text."""
    window = new_city(open_window, empty_dir)
    page = a01(window)
    type_text(page.editor.description, OLDER)
    close_window(window)
    return empty_dir


def a01(window: MainWindow) -> Fase2Page:
    window.show_page("fase2")
    page = window.stack.currentWidget()
    assert isinstance(page, Fase2Page)
    page.select("a01")
    return page


def stored_a01(data_dir: Path) -> IndicatorAnswer:
    with Store.open(data_dir) as store:
        [found] = [a for a in store.all(IndicatorAnswer, _city(store)) if a.indicator_id == "a01"]
        return found


def open_conflicts(data_dir: Path) -> list[sync_status.Conflict]:
    with Store.open(data_dir) as store:
        return sync_status.open_conflicts(store)


def _city(store: Store) -> str:
    return store.cities()[0].id


def append(page: Fase2Page, text: str) -> None:
    editor = page.editor.description
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor, text)


def test_two_windows_on_one_file_keep_both_texts(
    qtbot: QtBot, open_window: OpenWindow, city_dir: Path
) -> None:
    """B replaces A01's measure description; A, still showing the older text, appends " (A)".
    B's text stays in the record and A's is kept beside it as a conflict, shown like a sync
    conflict (before: the file held the older text + " (A)" and B's text was nowhere)."""
    window_a, window_b = open_window(city_dir), open_window(city_dir)
    page_a, page_b = a01(window_a), a01(window_b)
    older = page_a.editor.description.toPlainText()
    assert older == OLDER == page_b.editor.description.toPlainText()

    replace_text(page_b.editor.description, B_TEXT)
    page_b.flush()
    assert page_b.editor.badge.text() == "guardado localmente"
    append(page_a, " (A)")
    page_a.flush()

    saved = stored_a01(city_dir)
    assert saved.measure_description == B_TEXT
    [conflict] = open_conflicts(city_dir)
    assert conflict.local and conflict.record_id == saved.id
    assert conflict.mine == older + " (A)"
    assert conflict.theirs == B_TEXT
    assert page_a.editor.badge.text() == "en conflicto"
    assert "se guardaron las dos versiones" in window_a.statusBar().currentMessage()

    # Shown and resolved like a sync conflict.
    AUTO_MINUTES.set(0)
    controller = install_sync(window_a, data_dir=city_dir)
    controller.set_panel_visible(True)
    qtbot.waitUntil(lambda: bool(controller.panel.conflicts.items), timeout=10_000)
    view = controller.panel.conflicts
    assert view.theirs_title.text() == "Versión guardada en este equipo"
    assert "(A)" in view.mine_view.toPlainText()
    assert B_TEXT in view.theirs_view.toPlainText()
    view.keep_mine.click()
    qtbot.waitUntil(lambda: not view.items, timeout=10_000)
    assert stored_a01(city_dir).measure_description == older + " (A)"
    assert page_a.editor.description.toPlainText() == older + " (A)"


def test_a_text_changed_by_a_sync_while_typing_is_not_overwritten(
    open_window: OpenWindow, city_dir: Path
) -> None:
    window = open_window(city_dir)
    page = a01(window)
    older = page.editor.description.toPlainText()
    append(page, " y más")  # typing: the save waits for the pause
    with Store.open(city_dir) as store:  # meanwhile a sync lands another text
        answer = stored_a01(city_dir)
        answer.measure_description = "Texto de otra persona"
        store.save(answer)
    window.session.reload()
    assert page.editor.description.toPlainText() == older + " y más"  # the user's text stays
    page.flush()

    assert stored_a01(city_dir).measure_description == "Texto de otra persona"
    [conflict] = open_conflicts(city_dir)
    assert (conflict.mine, conflict.theirs) == (older + " y más", "Texto de otra persona")


def test_typing_on_after_a_save_compares_with_what_was_saved(
    open_window: OpenWindow, city_dir: Path
) -> None:
    """Consecutive saves of one editor are each based on the previous one: no conflict."""
    window = open_window(city_dir)
    page = a01(window)
    older = page.editor.description.toPlainText()
    for word in (" uno", " dos", " tres"):
        append(page, word)
        page.flush()
    assert stored_a01(city_dir).measure_description == older + " uno dos tres"
    assert open_conflicts(city_dir) == []
    window.session.undo_stack.undo()  # typing in one field merges into one undo step
    assert stored_a01(city_dir).measure_description == older
