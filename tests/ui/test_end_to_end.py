"""A new focal point takes a city from an EMPTY data dir through every step, with the UI alone.

Only widgets are driven (clicks, Spanish text typed one key event at a time, keyboard shortcuts,
the inline editors of the tables); nothing is written to the Store directly. The steps IOM has to
answer (reviews, approval, certification) stay waiting. Then the window is closed, the data dir
reopened and the whole city file checked, step by step, through ``domain.progress``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLineEdit, QWidget

from migradesk.domain.plan import Action, ActionStatus, AreaSource, Objective
from migradesk.domain.process import ItemState, Stage, StepState, review, step_state
from migradesk.domain.report import WorkshopKind
from migradesk.domain.review import Deliverable

from migradesk.ui.main_window import MainWindow
from migradesk.ui.pages.fase1 import Fase1Page
from migradesk.ui.pages.fase2 import Fase2Page
from migradesk.ui.pages.fase3 import Fase3Page
from migradesk.ui.pages.fase3_sections import SECTION_KEYS
from migradesk.ui.pages.fase4 import TAB_PLAN, TAB_WORKSHOP, Fase4Page
from migradesk.ui.pages.fase4_areas import IMPORTANCE, SELECTED
from migradesk.ui.pages.fase4_model import END, RESPONSIBLE, START
from migradesk.ui.pages.fase5 import Fase5Page
from migradesk.ui.pages.fase6 import Fase6Page
from migradesk.ui.pages.inscripcion import InscripcionPage
from migradesk.ui.pages.punto_focal import PuntoFocalPage
from migradesk.ui.pages.welcome import WelcomePage

from .conftest import TODAY, OpenWindow, close_window
from .typing_helper import replace_text, type_text

SECTIONS = {
    "1": "Añatuya es la cabecera del departamento General Taboada.",
    "3": "El intendente pidió sumar a la Dirección de Cultura.",
    "4": "Buenas prácticas:",
    "5": "Datos: registrar el país de nacimiento en los CAPS.",
    "6": "La ciudad tiene bases para una política migratoria local.",
}


def show(window: MainWindow, page_id: str) -> QWidget:
    """Click the step in the navigator, as the user does."""
    row = window.navigator.steps.row_of(page_id)
    window.navigator.setCurrentIndex(window.navigator.steps.index(row))
    QApplication.processEvents()
    assert window.current_page_id == page_id
    return window.stack.currentWidget()


def pick(combo: QWidget, value: object) -> None:
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())  # what a click in the list emits


def commit(editor: QWidget) -> None:
    """Enter in an inline cell editor (the delegate commits on the next loop turn)."""
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def welcome(window: MainWindow) -> None:
    page = window.stack.currentWidget()
    assert isinstance(page, WelcomePage)
    type_text(page.query, "Añatuya")
    page._debounce.timeout.emit()  # the search runs 150 ms after the last key
    assert page.selected() is not None
    page.choose_button.click()
    assert window.session.file is not None and window.session.file.city.name == "Añatuya"


def inscripcion(window: MainWindow) -> None:
    page = show(window, "inscripcion")
    assert isinstance(page, InscripcionPage)
    fields = page.inputs
    for name, text in (
        ("application.current_population", "23.500"),
        ("application.area_km2", "1.234,5"),
        ("application.migrant_population_estimate", "1.200"),
        ("application.main_origin_countries", "Bolivia, Paraguay y Perú"),
        ("application.municipal_email", "intendencia@anatuya.gob.ar"),
        ("application.migration_context", "Familias de Bolivia llegan para la cosecha."),
        ("application.mayor_name", "Ana María Ñañez"),
        ("application.mayor_title", "Intendenta"),
        ("application.letter_signed_on", "02/11/2026"),
        ("focal_point.name", "José Luis Gómez"),
        ("focal_point.post", "Secretario de Desarrollo Social"),
        ("focal_point.email", "jgomez@anatuya.gob.ar"),
        ("application.submitted_on", "10/11/2026"),
    ):
        type_text(fields[name], text)
    from migradesk.domain.application import Presence

    pick(fields["application.migration_body"], Presence.INCIPIENT)
    type_text(fields["application.migration_body_description"], "Una oficina en Acción Social.")
    pick(fields["application.migrant_programmes"], Presence.NONE)
    pick(fields["application.agreements"], Presence.ESTABLISHED)
    pick(fields["application.systematic_measures_last_two_years"], True)
    pick(fields["application.emerging_demand"], True)
    page.flush()


def punto_focal(window: MainWindow) -> None:
    page = show(window, "punto_focal")
    assert isinstance(page, PuntoFocalPage)
    assert page.fields["name"].text() == "José Luis Gómez"
    type_text(page.fields["phone"], "0385 449-1200")
    page.flush()


def fase1(window: MainWindow) -> None:
    page = show(window, "fase1")
    assert isinstance(page, Fase1Page)
    from migradesk.domain.people import Gender

    people = (
        ("José Luis Gómez", "Secretario de Desarrollo Social", Gender.MAN, True),
        ("María Ñancucheo", "Directora de Salud", Gender.WOMAN, False),
    )
    steps = ("initial_questionnaire", "module_1", "module_2", "module_3", "module_4")
    for name, post, gender, focal in people:
        page.add_button.click()
        type_text(page.inputs["name"], name)
        type_text(page.inputs["post"], post)
        pick(page.gender, gender)
        if focal:
            page.is_focal_point.click()
        for step in steps:  # the course, one part at a time
            type_text(page.inputs[step], "20/11/2026")
        type_text(page.inputs["final_questionnaire"], "24/11/2026")
    page.flush()
    assert page.model.rowCount() == 2
    assert "Mujer: 1" in page.balance_text.text()


def fase2(window: MainWindow, qtbot: QtBot) -> None:
    page = show(window, "fase2")
    assert isinstance(page, Fase2Page)
    window.windowHandle().requestActivate()  # keyboard shortcuts need the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    page.tree.setFocus()
    QTest.keyClick(page.tree, Qt.Key.Key_Return)  # into the editor
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_text(QApplication.focusWidget(), "Atención sin DNI en los CAPS.")
    total = len(page.questionnaire.indicators())
    for number in range(1, total):  # the rest: answer, then Ctrl+↓ to the next one
        QTest.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier
        )
        QTest.keyClick(
            QApplication.focusWidget(),
            Qt.Key.Key_1 if number % 3 else Qt.Key.Key_3,  # "Sí" or "No"
            Qt.KeyboardModifier.AltModifier,
        )
    page.flush()
    assert page.progress_bar.value() == total
    page.send_button.click()
    page.confirm.confirm_button.click()  # type: ignore[union-attr]
    assert page.locked and page.banner.isVisible()


def fase3(window: MainWindow) -> None:
    page = show(window, "fase3")
    assert isinstance(page, Fase3Page)
    page.tabs.setCurrentWidget(page.workshop)
    workshop = page.workshop
    type_text(workshop.held_on, "12/11/2026")
    type_text(workshop.place, "Salón del Concejo Deliberante")
    workshop.add_button.click()  # opens the name cell's editor
    cell = page.workshop.table.indexWidget(page.workshop.table.currentIndex()) or (
        QApplication.focusWidget()
    )
    assert isinstance(cell, QLineEdit)
    type_text(cell, "Ana Núñez")
    commit(cell)
    page.tabs.setCurrentIndex(0)
    for key in SECTION_KEYS:
        page.sections.setCurrentItem(page.section_items[key])
        assert page.current_key == key
        if key in SECTIONS:
            type_text(page.editor.edit, SECTIONS[key])
            if key == "4":  # with the toolbar: bold, as the user would click it
                type_text(page.editor.edit, " la ")
                page.editor.buttons["bold"].click()
                type_text(page.editor.edit, "mesa de atención")
                page.editor.buttons["bold"].click()
                type_text(page.editor.edit, " bilingüe quechua-castellano.")
        else:  # section 2, per dimension: drafted from the self-assessment
            page.prefill_button.click()
    page.flush()
    assert "13 secciones con texto" in page.total.text()
    page.send_button.click()
    page.confirm.confirm_button.click()  # type: ignore[union-attr]
    assert page.editor.edit.isReadOnly()


def fase4(window: MainWindow) -> None:
    page = show(window, "fase4")
    assert isinstance(page, Fase4Page)
    assert page.suggestion_buttons, "report section 5 and the gaps suggest areas"
    page.suggestion_buttons[0][1].click()
    type_text(page.new_area, "Participación de las colectividades")
    page.add_area_button.click()
    view, model = page.areas_view, page.areas_model
    assert len(model.areas) == 2
    for row in range(len(model.areas)):
        view.setFocus()
        view.setCurrentIndex(model.index(row, IMPORTANCE))
        for key in (Qt.Key.Key_5, Qt.Key.Key_4, Qt.Key.Key_3):
            QTest.keyClick(view, key)
    view.setCurrentIndex(model.index(0, SELECTED))
    QTest.keyClick(view, Qt.Key.Key_Space)  # "prioritaria"
    area = model.areas[0]
    assert area.selected and area.score == 12

    page.show_tab(TAB_PLAN)
    plan = page.plan
    assert plan is not None
    plan.tree.setCurrentIndex(plan.model.index_of(area.id))
    plan.add_objective_button.click()
    editor = plan.delegate.last_editor
    assert isinstance(editor, QLineEdit)
    replace_text(editor, "Atención sin barreras en los CAPS")
    commit(editor)
    plan.add_action_button.click()
    editor = plan.delegate.last_editor
    assert isinstance(editor, QLineEdit)
    replace_text(editor, "Capacitación en atención intercultural")
    commit(editor)
    action = window.session.file.all(Action)[0]  # type: ignore[union-attr]
    for column, day in ((START, QDate(2026, 11, 1)), (END, QDate(2027, 3, 31))):
        plan.tree.setCurrentIndex(plan.model.index_of(action.id, column))
        plan.tree.edit(plan.tree.currentIndex())
        date_editor = plan.delegate.last_editor
        assert isinstance(date_editor, QDateEdit)
        date_editor.setDate(day)
        commit(date_editor)
    plan.tree.setCurrentIndex(plan.model.index_of(action.id, RESPONSIBLE))
    plan.tree.edit(plan.tree.currentIndex())
    editor = plan.delegate.last_editor
    assert isinstance(editor, QLineEdit)
    type_text(editor, "Dirección de Atención Primaria")
    commit(editor)

    page.show_tab(TAB_WORKSHOP)
    type_text(page.workshop_date, "20/11/2026")
    type_text(page.workshop_place, "Casa de la Cultura")
    page.flush()
    page.send_button.click()
    assert page.confirm_button.isVisibleTo(page), page.missing_text.text()
    page.confirm_button.click()


def fase6(window: MainWindow) -> None:
    page = show(window, "fase6")
    assert isinstance(page, Fase6Page)
    assert page.model.rows
    page.select_action(page.model.rows[0].action.id)
    pick(page.update_status, ActionStatus.IN_PROGRESS)
    page.update_percent.setValue(30)
    type_text(page.update_note, "Primer taller con el personal de los CAPS.")
    page.add_button.click()
    assert page.model.rows[0].percent == 30


def test_a_new_city_from_an_empty_data_dir_with_the_ui_alone(
    open_window: OpenWindow, empty_dir: Path, qtbot: QtBot
) -> None:
    window = open_window(empty_dir)
    welcome(window)
    inscripcion(window)
    punto_focal(window)
    fase1(window)
    fase2(window, qtbot)
    fase3(window)
    fase4(window)
    fase6(window)
    page = show(window, "fase5")
    assert isinstance(page, Fase5Page)
    states = {item.requirement.value: item.state for item in page.items}
    close_window(window)

    # Nothing has left this PC (no server): every send is "por enviar", so still pending.
    for key in ("application", "self_assessment", "report", "action_plan"):
        assert states[key] is ItemState.PENDING, key
    assert states["course"] is ItemState.MET

    again = open_window(empty_dir)
    file = again.session.file
    assert file is not None and file.city.name == "Añatuya"
    application = file.application
    assert application is not None
    assert application.current_population == 23500 and application.area_km2 == 1234.5
    assert application.mayor_name == "Ana María Ñañez"
    assert application.emerging_demand is True
    assert application.submitted_on == date(2026, 11, 10)
    assert file.focal_point is not None and file.focal_point.phone == "0385 449-1200"
    assert [o.steps_done for o in file.officials] == [6, 6]
    answers = file.answers("1")
    assert len(answers) == 73 and all(a.answer for a in answers.values())
    assert answers["a01"].measure_description == "Atención sin DNI en los CAPS."
    assert set(file.report_sections) == set(SECTION_KEYS)
    assert all(s.text.strip() for s in file.report_sections.values())
    assert file.report_sections["4"].text.startswith("Buenas prácticas: la **mesa de atención**")
    diagnostic = file.workshop(WorkshopKind.DIAGNOSTIC)
    assert diagnostic is not None and diagnostic.held_on == date(2026, 11, 12)
    assert [a.name for a in diagnostic.attendees] == ["Ana Núñez"]
    assert len([a for a in file.priority_areas if a.selected]) == 1
    assert {a.source for a in file.priority_areas} == {AreaSource.REPORT, AreaSource.OTHER}
    [objective] = file.all(Objective)
    [action] = file.all(Action)
    assert objective.title == "Atención sin barreras en los CAPS"
    assert (action.start, action.end) == (date(2026, 11, 1), date(2027, 3, 31))
    assert action.responsible_area == "Dirección de Atención Primaria"
    assert file.workshop(WorkshopKind.PLANNING) is not None
    [update] = file.updates_of(action.id)
    assert (update.status, update.percent_done, update.reported_on) == (
        ActionStatus.IN_PROGRESS, 30, TODAY,
    )  # fmt: skip
    for deliverable in (
        Deliverable.SELF_ASSESSMENT,
        Deliverable.REPORT,
        Deliverable.ACTION_PLAN,
    ):
        assert review(file, deliverable).stage is Stage.TO_SEND, deliverable

    states_now = {step: step_state(step, file, TODAY) for step in ("inscripcion", "punto_focal")}
    assert states_now == {
        "inscripcion": StepState.IN_PROGRESS,
        "punto_focal": StepState.IN_PROGRESS,
    }
    assert step_state("fase1", file, TODAY) is StepState.COMPLETED
    for step in ("fase2", "fase3", "fase4"):
        assert step_state(step, file, TODAY) is StepState.TO_SEND, step  # until it leaves the PC
    assert step_state("fase5", file, TODAY) is StepState.NOT_STARTED  # certification: IOM's call
    assert step_state("fase6", file, TODAY) is StepState.IN_PROGRESS
    assert again.navigator.steps.data(
        again.navigator.steps.index(again.navigator.steps.row_of("fase4")),
        Qt.ItemDataRole.AccessibleTextRole,
    ).startswith("Fase 4 · Plan de acción: por enviar")
