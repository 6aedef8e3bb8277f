"""Ctrl+F: accents and case forgiven, titles and texts only (no ids, no codes), and a long
list says it is cut."""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication

from migradesk.ui.pages import PAGES
from migradesk.ui.search import SHOWN, Entry, SearchBox, entries

from .conftest import OpenWindow
from .layout_check import cut_text, recording_elisions
from .typing_helper import type_text

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")
CODE = re.compile(r"^[a-z0-9_\-]+$")


def test_accents_and_case_are_forgiven(open_window: OpenWindow, demo_dir: Path) -> None:
    window = open_window(demo_dir)
    window.search.setFocus()
    window.search._entries = entries(window.session.file)
    window.search._list("VACUNACION")
    listed = window.search.listed()
    assert any("vacunación" in line for line in listed), listed
    assert all(line.endswith(tuple(p.title for p in PAGES)) for line in listed)


def test_only_texts_for_people_are_listed(open_window: OpenWindow, demo_dir: Path) -> None:
    window = open_window(demo_dir)
    found = entries(window.session.file)
    assert len(found) > 100
    for entry in found:
        assert not UUID.search(entry.text), entry
        assert not CODE.match(entry.text), entry  # "en_curso", "a01"…
    texts = {e.text for e in found}
    assert "Fase 6 · Implementación y monitoreo" in texts
    assert any(t.startswith("A07 ¿Las niñas, niños y adolescentes") for t in texts)


def test_a_long_list_says_it_is_cut(qtbot: QtBot) -> None:
    box = SearchBox()
    qtbot.addWidget(box)
    box.show()
    box._entries = [Entry(f"Santa Rosa {n}", "inicio") for n in range(80)]
    box._list("san")
    listed = box.listed()
    assert len(listed) == SHOWN + 1
    assert listed[-1] == "50 de 80; escriba más para acotar"
    box._list("santa rosa 7")
    assert box.listed()[0] == "Santa Rosa 7 — Inicio" and len(box.listed()) == 11


def test_enter_goes_to_the_best_match(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.find_action.trigger()  # Ctrl+F
    assert window.search.hasFocus()
    type_text(window.search, "FASE 6 IMPLEMENTACION")
    assert window.search.listed()[0] == "Fase 6 · Implementación y monitoreo"
    window.search.returnPressed.emit()
    assert window.current_page_id == "fase6"
    assert window.search.text() == ""


def test_the_list_shows_its_lines_whole(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir)
    window.resize(1366, 768)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.find_action.trigger()
    type_text(window.search, "san")
    popup = window.search.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert len(window.search.listed()) > 12  # it scrolls
    assert popup.width() > 2 * window.search.width()  # wider than the box in the side bar
    assert popup.geometry().right() <= window.geometry().right()
    with recording_elisions() as elided:
        popup.grab()
    assert not cut_text(popup) and not elided, cut_text(popup) + elided
