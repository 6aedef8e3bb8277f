from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from migradesk.domain.process import Stage, review
from migradesk.domain.report import ReportStatus, WorkshopKind
from migradesk.domain.review import Deliverable, ReviewEvent, ReviewState

from migradesk.ui.main_window import MainWindow
from migradesk.ui.pages.fase2 import Fase2Page
from migradesk.ui.pages.fase3 import Fase3Page
from migradesk.ui.pages.fase3_sections import SECTION_KEYS
from migradesk.ui.widgets.report_diff import DELETED, INSERTED
from migradesk.ui.widgets.report_editor import ReportEditor, markdown_words

from .conftest import TODAY, OpenWindow, acknowledge, citykit, close_window, from_server
from .test_fase2 import new_city
from .typing_helper import replace_text, type_text


def fase3(window: MainWindow) -> Fase3Page:
    window.show_page("fase3")
    page = window.stack.currentWidget()
    assert isinstance(page, Fase3Page)
    return page


def sections(window: MainWindow) -> dict[str, str]:
    assert window.session.file is not None
    return {k: s.text for k, s in window.session.file.report_sections.items()}


def iom_answers(window: MainWindow, state: ReviewState) -> None:
    """What the sync does when IOM (or CIPPEC, through IOM) reviews the report."""
    assert window.session.file is not None
    event = ReviewEvent(
        city_id=window.session.file.city.id,
        deliverable=Deliverable.REPORT,
        state=state,
        at=datetime.combine(TODAY, time(23, 59), tzinfo=UTC),
        by="OIM",
    )
    acknowledge(window)
    from_server(window, event)


def test_markdown_round_trip_of_the_toolbar(qtbot: QtBot) -> None:
    editor = ReportEditor()
    qtbot.addWidget(editor)
    editor.format_actions["heading"].trigger()
    type_text(editor.edit, "Contexto provincial\nTexto ")  # Enter ends the heading
    editor.format_actions["bold"].trigger()
    type_text(editor.edit, "negrita")
    editor.format_actions["bold"].trigger()
    type_text(editor.edit, " y ")
    editor.format_actions["italic"].trigger()
    type_text(editor.edit, "cursiva")
    editor.format_actions["italic"].trigger()
    type_text(editor.edit, "\nuno")
    editor.format_actions["bullets"].trigger()
    type_text(editor.edit, "\ndos\n")
    editor.format_actions["bullets"].trigger()
    type_text(editor.edit, "primero")
    editor.format_actions["numbers"].trigger()
    type_text(editor.edit, "\nsegundo")
    markdown = editor.markdown()
    assert markdown.startswith("### Contexto provincial\n")
    assert "Texto **negrita** y *cursiva*" in markdown
    assert "- uno\n- dos\n" in markdown
    assert "1.  primero\n2.  segundo" in markdown
    again = ReportEditor()
    qtbot.addWidget(again)
    again.load_markdown(markdown)
    assert again.markdown() == markdown
    assert markdown_words(markdown) == 10


def test_word_counts_per_section_and_total(open_window: OpenWindow, demo_dir: Path) -> None:
    window = open_window(demo_dir)
    page = fase3(window)
    stored = sections(window)
    counts = page.word_counts()
    assert counts == {key: markdown_words(stored.get(key, "")) for key in SECTION_KEYS}
    assert all(count > 100 for count in counts.values())
    total = f"{sum(counts.values()):,}".replace(",", ".")
    assert total in page.total.text()
    page.select_section("4")
    assert page.section_items["4"].text(1).endswith(f"{counts['4']}")
    assert page.editor.words.text() == f"{counts['4']} palabras"


def test_prefill_appends_and_keeps_typed_text(open_window: OpenWindow, empty_dir: Path) -> None:
    window = new_city(open_window, empty_dir)
    window.show_page("fase2")
    assessment = window.stack.currentWidget()
    assert isinstance(assessment, Fase2Page)
    assessment.editor.choose(0)
    type_text(assessment.editor.description, "Atención sin DNI en los CAPS")
    assessment.step(+1)
    assessment.editor.choose(2)
    type_text(assessment.editor.notes, "Falta una circular.")
    assessment.flush()

    page = fase3(window)
    page.select_section("2a")
    type_text(page.editor.edit, "Lo que escribió el municipio, ¡intacto!")
    page.prefill_button.click()
    text = page.editor.markdown()
    assert text.startswith("Lo que escribió el municipio, ¡intacto!\n")
    assert "Desde la autoevaluación (25/11/2026)" in text
    assert "**A01** Atención sin DNI en los CAPS" in text
    assert "Falta una circular." in text  # a gap, with its note
    page.flush()
    saved = sections(window)["2a"]
    assert saved.startswith("Lo que escribió el municipio, ¡intacto!")
    assert "Áreas de vacancia" in saved
    page.editor.edit.undo()  # one step: the prefill goes, the typing stays
    assert page.editor.markdown() == "Lo que escribió el municipio, ¡intacto!\n"


def test_the_report_is_sent_only_complete_then_final_once_comments_are_validated(
    open_window: OpenWindow, tmp_path: Path
) -> None:
    city = citykit.Builder().assessed().workshop(WorkshopKind.DIAGNOSTIC).sections(skip=("1",))
    citykit.store_city(tmp_path, city)
    window = open_window(tmp_path)
    page = fase3(window)
    page.send_button.click()
    assert "La sección 1 del reporte no tiene texto." in page.confirm.text.text()
    page.select_section("1")
    type_text(page.editor.edit, "La ciudad recibe familias de Bolivia y Paraguay.")
    page.send_button.click()
    assert page.confirm.isVisible()
    page.confirm.confirm_button.click()  # type: ignore[union-attr]
    file = window.session.file
    assert file is not None
    [first] = file.report_versions
    assert first.number == 1 and first.status is ReportStatus.SENT
    assert first.sections["1"].startswith("La ciudad recibe familias de Bolivia y Paraguay.")
    assert review(file, Deliverable.REPORT).stage is Stage.TO_SEND  # until the server has it
    assert page.editor.edit.isReadOnly()
    assert not page.send_button.isEnabled()

    iom_answers(window, ReviewState.HAS_ISSUES)
    assert not page.editor.edit.isReadOnly()
    assert page.final_button.isEnabled()
    page.final_button.click()  # not yet: the comments are validated first
    assert "validan los comentarios" in page.confirm.text.text()
    iom_answers(window, ReviewState.VALIDATED)
    assert page.banner.text.text().startswith("Comentarios validados con CIPPEC")
    page.select_section("1")
    replace_text(page.editor.edit, "La ciudad recibe familias de Bolivia y Perú.")
    page.final_button.click()
    page.confirm.confirm_button.click()  # type: ignore[union-attr]
    versions = window.session.file.report_versions  # type: ignore[union-attr]
    assert [(v.number, v.status) for v in versions] == [
        (1, ReportStatus.SENT),
        (2, ReportStatus.FINAL),
    ]
    # The word diff waits until its tab is on screen (not computed on every refresh).
    assert page.versions._compare_pending
    page.tabs.setCurrentWidget(page.versions)
    assert not page.versions._compare_pending and page.versions.last_html
    page.versions.choose(1, 2)
    html = page.versions.last_html
    assert f'<span style="{DELETED}">Paraguay</span>' in html
    assert f'<span style="{INSERTED}">Perú</span>' in html
    assert "Sin cambios: 2a, 2b" in html
    assert "Perú" in page.versions.diff.toPlainText()


def test_workshop_attendees_add_remove_persist(
    open_window: OpenWindow, empty_dir: Path, qtbot: QtBot
) -> None:
    window = new_city(open_window, empty_dir)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow, timeout=1000)
    page = fase3(window)
    page.tabs.setCurrentWidget(page.workshop)
    workshop = page.workshop
    type_text(workshop.place, "Salón del Concejo Deliberante")
    type_text(workshop.held_on, "12/03/2026")
    for name, organisation in (("Ana Núñez", "Municipio"), ("José Peña", "CIPPEC")):
        workshop.add_attendee()  # opens the name cell's editor
        cell = QApplication.focusWidget()
        assert cell is not None
        type_text(cell, name)
        qtbot.keyClick(cell, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: workshop.model.attendees[-1].name != "", timeout=1000)  # queued
        row = workshop.model.rowCount() - 1
        workshop.model.setData(workshop.model.index(row, 1), organisation)
    workshop.add_attendee()
    workshop.table.selectRow(0)
    workshop.remove_selected()
    workshop.table.selectRow(workshop.model.rowCount() - 1)
    workshop.remove_selected()  # the empty row just added
    page.flush()
    close_window(window)

    again = open_window(empty_dir)
    file = again.session.file
    assert file is not None
    saved = file.workshop(WorkshopKind.DIAGNOSTIC)
    assert saved is not None
    assert saved.place == "Salón del Concejo Deliberante"
    assert saved.held_on == date(2026, 3, 12)
    assert [(a.name, a.organisation) for a in saved.attendees] == [("José Peña", "CIPPEC")]
    page = fase3(again)
    assert page.workshop.model.rowCount() == 1
    assert page.workshop.count.text() == "1 asistente"
