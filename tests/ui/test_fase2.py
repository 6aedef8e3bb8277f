from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.process import Stage, review
from migradesk.domain.review import Deliverable, ReviewEvent, ReviewState

from migradesk.ui.main_window import MainWindow
from migradesk.ui.pages.fase2 import Fase2Page
from migradesk.ui.pages.fase2_tree import COMMENTED, UNANSWERED
from migradesk.ui.pages.welcome import WelcomePage

from .conftest import TODAY, OpenWindow, acknowledge, citykit, close_window, from_server
from .typing_helper import type_text


def new_city(open_window: OpenWindow, data_dir: Path) -> MainWindow:
    window = open_window(data_dir)
    welcome = window.stack.currentWidget()
    assert isinstance(welcome, WelcomePage)
    type_text(welcome.query, "Añatuya")
    welcome._search()
    welcome.choose()
    assert window.session.file is not None
    return window


def fase2(window: MainWindow) -> Fase2Page:
    window.show_page("fase2")
    page = window.stack.currentWidget()
    assert isinstance(page, Fase2Page)
    return page


def answers(window: MainWindow) -> dict[str, IndicatorAnswer]:
    assert window.session.file is not None
    return window.session.file.answers("1")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_fill_an_indicator_autosave_and_reopen(open_window: OpenWindow, empty_dir: Path) -> None:
    window = new_city(open_window, empty_dir)
    page = fase2(window)
    assert page.current_id == "a01"
    editor = page.editor
    editor.radios[1].click()  # En desarrollo
    type_text(editor.description, "Atención sin DNI en los CAPS; señalética en español y aimara.")
    type_text(editor.responsible_area, "Dirección de Atención Primaria")
    type_text(editor.legal_instrument, "Circular Nº 3/2019")
    type_text(editor.since_year, "2019")
    type_text(editor.evidence, "Cartelería en las salas de espera")
    editor.reaches_women.click()
    type_text(editor.other_groups, "Personas mayores")
    page.flush()
    saved = answers(window)["a01"]
    assert saved.answer == "en_desarrollo"
    assert saved.since_year == 2019
    close_window(window)

    again = open_window(empty_dir)
    page = fase2(again)
    page.select("a01")
    saved = answers(again)["a01"]
    assert saved.measure_description.startswith("Atención sin DNI en los CAPS; señalética")
    assert saved.responsible_area == "Dirección de Atención Primaria"
    assert saved.legal_instrument == "Circular Nº 3/2019"
    assert saved.evidence == "Cartelería en las salas de espera"
    assert saved.reaches_women and not saved.reaches_children
    assert saved.other_groups == "Personas mayores"
    assert page.editor.radios[1].isChecked()
    assert page.editor.responsible_area.text() == "Dirección de Atención Primaria"
    assert page.editor.since_year.text() == "2019"
    assert page.tree.items["a01"].text(1) == "✓"


def test_invalid_year_is_not_saved(open_window: OpenWindow, empty_dir: Path) -> None:
    page = fase2(new_city(open_window, empty_dir))
    type_text(page.editor.since_year, "19")
    page.flush()
    assert page.editor.since_year.property("invalid") is True
    assert "cuatro cifras" in page.editor.since_year.toolTip()


def test_keyboard_only_fills_two_indicators(
    open_window: OpenWindow, empty_dir: Path, qtbot: QtBot
) -> None:
    window = new_city(open_window, empty_dir)
    page = fase2(window)
    window.windowHandle().requestActivate()  # keyboard focus needs the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=1000)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)  # into the editor: the answer options
    assert focused() is page.editor.radios[0]
    qtbot.keyClick(focused(), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(focused(), Qt.Key.Key_Right)  # arrows move among the options
    assert page.editor.radios[1].isChecked()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is page.editor.description
    type_text(focused(), "Se atiende sin DNI.")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is page.editor.responsible_area
    type_text(focused(), "Salud")
    qtbot.keyClick(focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert page.current_id == "a02"
    assert focused() is page.editor.radios[0]
    qtbot.keyClick(focused(), Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(focused(), Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert page.current_id == "a01"
    page.flush()
    saved = answers(window)
    assert saved["a01"].answer == "en_desarrollo"
    assert saved["a01"].measure_description == "Se atiende sin DNI."
    assert saved["a01"].responsible_area == "Salud"
    assert saved["a02"].answer == "no"
    assert page.editor.radios[1].isChecked()  # a01 shown again with its answer


def test_filters(open_window: OpenWindow, empty_dir: Path, demo_dir: Path) -> None:
    window = new_city(open_window, empty_dir)
    page = fase2(window)
    page.editor.choose(0)
    page.step(+1)
    page.editor.choose(2)
    page.step(+1)
    page.flush()
    page.filter.setCurrentIndex(page.filter.findData(UNANSWERED))
    shown = page.tree.visible_ids()
    assert "a01" not in shown and "a02" not in shown and "a03" in shown
    assert len(shown) == 71
    assert page.filter.currentText() == "Sin responder (71)"
    page.step(+1)
    assert page.current_id == "a04"
    close_window(window)

    demo = fase2(open_window(demo_dir))
    demo.filter.setCurrentIndex(demo.filter.findData(COMMENTED))
    assert set(demo.tree.visible_ids()) == {"a05", "f01", "h01"} | {demo.current_id}
    demo.select("f01")
    bodies = [c.body for c in demo.comments.comments]
    assert any("600 trámites" in body for body in bodies)
    assert demo.comments.isVisible()


def test_an_incomplete_self_assessment_is_not_sent_and_says_what_is_missing(
    open_window: OpenWindow, empty_dir: Path
) -> None:
    window = new_city(open_window, empty_dir)
    page = fase2(window)
    page.send_button.click()
    shown = page.confirm.text.text()
    assert shown.startswith("Todavía no se puede enviar. Falta:")
    assert "Faltan 73 de 73 indicadores por responder" in shown
    assert "La inscripción todavía no fue recibida por OIM." in shown
    assert "El Punto Focal no está inscripto en el curso." in shown
    assert page.confirm.confirm_button is None or not page.confirm.confirm_button.isVisible()
    file = window.session.file
    assert file is not None and not file.all(ReviewEvent)  # nothing was sent


def test_send_waits_for_the_server_can_be_withdrawn_and_unlocks_on_iom_s_answer(
    open_window: OpenWindow, tmp_path: Path
) -> None:
    city = citykit.Builder().selected().course_done().answers(72)
    citykit.store_city(tmp_path, city)
    window = open_window(tmp_path)
    page = fase2(window)
    page.send_button.click()
    assert "Faltan 1 de 73" in page.confirm.text.text()
    page.select(page.questionnaire.indicators()[-1].id)
    page.editor.choose(0)
    page.send_button.click()
    assert page.confirm.isVisible()  # inline, not a modal dialog
    page.confirm.confirm_button.click()  # type: ignore[union-attr]
    file = window.session.file
    assert file is not None
    assert review(file, Deliverable.SELF_ASSESSMENT).stage is Stage.TO_SEND
    assert page.editor.description.isReadOnly() and not page.send_button.isEnabled()
    assert page.banner.text.text().startswith("Por enviar: sale de este equipo")
    assert "Enviada" not in page.banner.text.text()

    page.banner.buttons[0].click()  # «Retirar el envío»: it had not left this PC
    file = window.session.file
    assert file is not None and review(file, Deliverable.SELF_ASSESSMENT).stage is Stage.DRAFT
    assert not page.editor.description.isReadOnly()

    page.send_button.click()
    page.confirm.confirm_button.click()  # type: ignore[union-attr]
    acknowledge(window)  # a sync: the server has it now
    assert page.banner.text.text().startswith("Autoevaluación enviada a OIM el 25/11/2026")
    assert page.banner.icon.isVisibleTo(page) and page.banner.icon.property("icon_name") == "lock"
    assert not page.banner.buttons  # nothing to withdraw any more

    # The sync brings IOM's answer: "con observaciones" unlocks editing.
    issues = ReviewEvent(
        city_id=city.city.id,
        deliverable=Deliverable.SELF_ASSESSMENT,
        state=ReviewState.HAS_ISSUES,
        at=datetime.combine(TODAY, time(23, 59), tzinfo=UTC),
        by="OIM",
    )
    from_server(window, issues)
    assert not page.editor.description.isReadOnly()
    assert page.editor.radios[0].isEnabled()
    assert "observaciones" in page.banner.text.text()
    assert page.send_button.isEnabled()


def test_approved_self_assessment_stays_locked(open_window: OpenWindow, demo_dir: Path) -> None:
    page = fase2(open_window(demo_dir))
    assert page.editor.description.isReadOnly()
    assert "revisó" in page.banner.text.text()
    assert page.progress_text.text().startswith("73 de 73")
