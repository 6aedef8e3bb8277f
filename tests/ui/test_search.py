"""Ctrl+F: accents and case forgiven, titles and texts only (no ids, no codes), and a long
list says it is cut."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from migradesk.ui.pages import PAGES
from migradesk.ui.search import LONGEST, SHOWN, SearchBox, entries, entry, excerpt, texts

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
    for item in found:
        assert not UUID.search(item.text), item
        assert not CODE.match(item.text), item  # "en_curso", "a01"…
    texts = {e.text for e in found}
    assert "Fase 6 · Implementación y monitoreo" in texts
    assert any(t.startswith("A07 ¿Las niñas, niños y adolescentes") for t in texts)


def test_a_word_deep_in_a_long_text_is_found_and_shown_around(
    open_window: OpenWindow, demo_dir: Path
) -> None:
    """The report's sections are searched whole (as a reader sees them, without Markdown);
    the list shows the part of the text where the words are."""
    window = open_window(demo_dir)
    window.search._entries = entries(window.session.file)
    window.search._list("ESTIMACION MUNICIPAL ACTUAL")
    listed = window.search.listed()
    assert len(listed) == 1, listed
    line = listed[0]
    assert line.startswith("…") and "estimación municipal actual" in line, line
    assert line.endswith(" — Fase 3 · Reporte de evaluación"), line
    assert "**" not in line and len(line.split(" — ")[0]) <= LONGEST + 2


def test_an_excerpt_shows_the_match_whole_between_words() -> None:
    text = " ".join(f"palabra{n}" for n in range(40))
    start = text.index("palabra30")
    shown = excerpt(text, (start, start + len("palabra30")))
    assert shown.startswith("…palabra") and "palabra30" in shown and shown.endswith("…")
    assert len(shown) <= LONGEST + 2 and " palabra" not in shown[:2]
    assert excerpt(text, None).startswith("palabra0 ") and excerpt("corto", (0, 5)) == "corto"


def test_a_long_list_says_it_is_cut(qtbot: QtBot) -> None:
    box = SearchBox()
    qtbot.addWidget(box)
    box.show()
    box._entries = [entry(f"Santa Rosa {n}", "inicio") for n in range(80)]
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


def test_the_index_follows_the_file_and_the_language(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    """Indexed once per snapshot of the file (the session makes a new one on each write)."""
    window = open_window(demo_dir)
    box = window.search
    box.focusInEvent(QFocusEvent(QEvent.Type.FocusIn))
    indexed = box._entries
    box.focusInEvent(QFocusEvent(QEvent.Type.FocusIn))
    assert box._entries is indexed  # the same file: not indexed again
    official = window.session.file.officials[0]
    window.session.save([dataclasses.replace(official, name="Zacarías Ñandú")])
    qtbot.waitUntil(lambda: window.session.file.officials[0].name == "Zacarías Ñandú")
    box.focusInEvent(QFocusEvent(QEvent.Type.FocusIn))
    assert [m.text for m in box.matches("zacarias nandu")] == ["Zacarías Ñandú"]
    box.retranslate()  # a language change: the steps' titles again
    box.focusInEvent(QFocusEvent(QEvent.Type.FocusIn))
    assert box._entries is not indexed


def test_a_report_section_is_searched_as_a_reader_sees_it() -> None:
    from migradesk.domain.report import ReportSection

    markdown = (
        "# Salud\n\nEl **municipio** garantiza el acceso.\n\n## Áreas de vacancia\n\n- Fincas"
    )
    section = ReportSection(city_id="c", section=1, text=markdown)
    assert texts(section) == [
        "Salud · El municipio garantiza el acceso. Áreas de vacancia · Fincas"
    ]
