"""A new focal point takes a city from an EMPTY data dir through every gate of the process, with
the UI alone, against the real server app; IOM answers through the server's review API.

Only widgets are driven on the city's side (clicks, Spanish text typed one key event at a time,
keyboard shortcuts, the inline editors of the tables); nothing is written to the Store directly.
Each send is tried first while something is missing (the page lists it and nothing is sent),
then sent: "por enviar" on this PC until a sync, "enviado" after it. IOM's answers (received,
reviewed, comments, validation, final, validated, certification) arrive by sync; IOM's moves
out of turn get the server's 409. Then the window is closed, the data dir reopened and the whole
city file checked through the process model and ``migradesk status``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLineEdit, QWidget

pytest.importorskip("migradesk.server.app")
sys.path.insert(0, str(Path(__file__).parents[1] / "sync"))  # the sync tests' server kit

import synckit

from migradesk.domain.plan import Action, ActionStatus, AreaSource, Objective
from migradesk.domain.process import ItemState, Requirement, Stage, StepState, review, step_state
from migradesk.domain.register import search
from migradesk.domain.report import ReportSection, WorkshopKind
from migradesk.domain.review import Deliverable
from migradesk.status import status
from migradesk.sync.transport import Request

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
from migradesk.ui.pages.inicio import InicioPage
from migradesk.ui.pages.inscripcion import InscripcionPage
from migradesk.ui.pages.punto_focal import PuntoFocalPage
from migradesk.ui.pages.welcome import WelcomePage
from migradesk.ui.sync.controller import SyncController

from .conftest import TODAY, OpenWindow, close_window
from .test_sync_ui import link, open_sync, sign_in, sync
from .typing_helper import replace_text, type_text

ANATUYA = search("Añatuya")[0].to_city()


class Iom:
    """IOM's reviewer (or CIPPEC's account), through the server's review API."""

    def __init__(self, server: synckit.Server, username: str = "revisora") -> None:
        self.server = server
        self.token = synckit.login_token(server.transport(), username)

    def call(self, method: str, path: str, body: dict[str, Any]) -> tuple[int, Any]:
        response = self.server.client.send(
            Request(
                method,
                f"/api/v1/cities/{ANATUYA.id}/{path}",
                headers={
                    "Authorization": f"Bearer {self.token}",
                    "Content-Type": "application/json",
                    "X-MigraDesk-Protocol": "1",
                },
                body=json.dumps(body).encode(),
            )
        )
        return response.status, json.loads(response.body or b"null")

    def ok(self, method: str, path: str, body: dict[str, Any]) -> Any:
        code, answer = self.call(method, path, body)
        assert code in (200, 201), (path, body, answer)
        return answer

    def review(self, deliverable: Deliverable, state: str) -> None:
        self.ok("POST", "reviews", {"deliverable": deliverable.value, "state": state})

    def refused(self, method: str, path: str, body: dict[str, Any]) -> str:
        code, answer = self.call(method, path, body)
        assert code == 409, (path, code, answer)
        detail: str = answer["detail"]
        return detail


@pytest.fixture
def memory_keyring() -> Iterator[synckit.MemoryKeyring]:
    with synckit.memory_keyring() as backend:
        yield backend


@pytest.fixture
def server(tmp_path: Path, memory_keyring: synckit.MemoryKeyring) -> Iterator[synckit.Server]:
    """IOM's server: the city (from the register, as the desktop picks it) and two accounts."""
    running = synckit.Server(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    running.add_city(ANATUYA)
    running.add_user("punto.focal", synckit.Role.FOCAL_POINT, [ANATUYA.id])
    running.add_user("revisora", synckit.Role.REVIEWER, [])
    running.add_user("cippec", synckit.Role.PARTNER, [])
    yield running
    running.close()


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


def missing_when_sent(page: Any, button: Any) -> str:
    """Press a send button early: the page lists what is missing and nothing is sent."""
    button.click()
    shown: str = page.confirm.text.text()
    assert shown.startswith("Todavía no se puede enviar. Falta:"), shown
    page.confirm.buttons[0].click()  # «Cerrar»
    return shown


def confirm_send(page: Any, button: Any) -> None:
    button.click()
    assert page.sending.missing == [], page.sending.missing
    page.confirm.confirm_button.click()
    assert page.banner.text.text().startswith("Por enviar: sale de este equipo")


def next_action(window: MainWindow) -> str:
    page = show(window, "inicio")
    assert isinstance(page, InicioPage)
    return page.next_title.text()


def inscripcion(window: MainWindow) -> None:
    page = show(window, "inscripcion")
    assert isinstance(page, InscripcionPage)
    shown = missing_when_sent(page, page.send_button)
    assert "Carta de intención: falta el nombre del/de la intendente/a." in shown
    fields = page.inputs
    for name, text in (
        ("application.current_population", "23.500"),
        ("application.area_km2", "1.234,5"),
        ("application.migrant_population_estimate", "1.200"),
        ("application.main_origin_countries", "Bolivia, Paraguay y Perú"),
        ("application.main_economic_activities", "Agricultura y comercio"),
        ("application.municipal_email", "intendencia@anatuya.gob.ar"),
        ("application.migration_context", "Familias de Bolivia llegan para la cosecha."),
        ("application.mayor_name", "Ana María Ñañez"),
        ("application.mayor_title", "Intendenta"),
        ("application.letter_signed_on", "02/11/2026"),
        ("focal_point.name", "José Luis Gómez"),
        ("focal_point.post", "Secretario de Desarrollo Social"),
        ("focal_point.email", "jgomez@anatuya.gob.ar"),
    ):
        type_text(fields[name], text)
    from migradesk.domain.application import Presence

    pick(fields["application.migration_body"], Presence.INCIPIENT)
    type_text(fields["application.migration_body_description"], "Una oficina en Acción Social.")
    pick(fields["application.migrant_programmes"], Presence.NONE)
    pick(fields["application.agreements"], Presence.ESTABLISHED)
    pick(fields["application.systematic_measures_last_two_years"], True)
    pick(fields["application.emerging_demand"], True)
    confirm_send(page, page.send_button)  # offline: no account yet


def confirmation(window: MainWindow) -> None:
    page = show(window, "inscripcion")
    assert isinstance(page, InscripcionPage)
    type_text(page.inputs["application.confirmation_sent_on"], "20/11/2026")
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
    shown = missing_when_sent(page, page.send_button)
    assert "Faltan 73 de 73 indicadores por responder" in shown
    assert "Falta la nota de confirmación" not in shown  # sent (Inscripción)
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
    confirm_send(page, page.send_button)
    assert page.locked


def workshop_and_report(window: MainWindow) -> Fase3Page:
    page = show(window, "fase3")
    assert isinstance(page, Fase3Page)
    shown = missing_when_sent(page, page.send_button)
    assert "Falta registrar el workshop de evaluación y diagnóstico" in shown
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
    confirm_send(page, page.send_button)
    assert page.editor.edit.isReadOnly()
    return page


def answer_the_comment(window: MainWindow) -> None:
    page = show(window, "fase3")
    assert isinstance(page, Fase3Page)
    page.select_section("5")
    assert [c.body for c in page.comments.comments] == ["Sumar mujeres y niñas migrantes."]
    type_text(page.comments.reply, "Sumamos un apartado con los datos de la Mesa.")
    page.comments.reply_button.click()


def final_report(window: MainWindow) -> None:
    page = show(window, "fase3")
    assert isinstance(page, Fase3Page)
    assert page.banner.text.text().startswith("Comentarios validados con CIPPEC")
    page.select_section("5")
    type_text(page.editor.edit, " Mujeres y niñas: ver la Mesa de Atención.")
    confirm_send(page, page.final_button)


def fase4(window: MainWindow) -> None:
    page = show(window, "fase4")
    assert isinstance(page, Fase4Page)
    assert "Marque al menos un área como prioritaria." in missing_when_sent(page, page.send_button)
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
    confirm_send(page, page.send_button)


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


@pytest.mark.slow
def test_a_new_city_from_an_empty_data_dir_through_every_gate(
    open_window: OpenWindow, empty_dir: Path, qtbot: QtBot, server: synckit.Server
) -> None:
    window, controller = open_sync(open_window, empty_dir, link(server))
    welcome(window)
    assert next_action(window).startswith("Completar el formulario de inscripción")
    inscripcion(window)  # sent offline: "por enviar"
    assert next_action(window).startswith("Conectarse a Internet para que salga la inscripción")
    assert sign_in(qtbot, controller).ok  # IOM gave the focal point an account: the sync
    page = show(window, "inscripcion")
    assert page.banner.text.text().startswith("Inscripción enviada a OIM el 25/11/2026")
    assert page.banner.icon.isVisibleTo(page) and page.banner.icon.property("icon_name") == "lock"

    iom = Iom(server)
    iom.review(Deliverable.APPLICATION, "recibido")
    iom.ok("PUT", "phase-dates/resultados_notificados", {"on": "2026-11-18"})
    assert next_action(window) == "Recibir la inscripción de la ciudad."  # not synced yet
    synced(qtbot, controller)
    assert next_action(window) == "Enviar la nota de confirmación firmada por el/la intendente/a."
    confirmation(window)
    punto_focal(window)
    assert next_action(window) == "Inscribir al Punto Focal en el curso virtual."
    fase1(window)
    fase2(window, qtbot)
    synced(qtbot, controller)

    early = iom.refused("POST", "reviews", {"deliverable": "reporte", "state": "aprobado"})
    assert early.endswith("No hay nada enviado esperando la respuesta de OIM.")
    iom.review(Deliverable.SELF_ASSESSMENT, "aprobado")
    synced(qtbot, controller)
    workshop_and_report(window)
    synced(qtbot, controller)

    section_5 = ReportSection.id_for(ANATUYA.id, 5)
    iom.ok("POST", "comments", {"anchor_kind": "report_section", "anchor_id": section_5,
                                "body": "Sumar mujeres y niñas migrantes."})  # fmt: skip
    iom.review(Deliverable.REPORT, "con_observaciones")
    cippec = Iom(server, "cippec")
    refused = cippec.refused("POST", "reviews", {"deliverable": "reporte", "state": "validado"})
    assert "Falta que la ciudad responda 1 comentarios sobre el reporte." in refused
    synced(qtbot, controller)
    answer_the_comment(window)
    synced(qtbot, controller)
    cippec.review(Deliverable.REPORT, "validado")  # CIPPEC's own validation
    synced(qtbot, controller)
    final_report(window)
    synced(qtbot, controller)
    iom.review(Deliverable.REPORT, "aprobado")  # the final version
    synced(qtbot, controller)

    fase4(window)
    synced(qtbot, controller)
    refused = iom.refused("PUT", "certification", {"certified_on": "2026-11-24"})
    assert refused == (
        "No se puede certificar a la ciudad todavía. Falta: Plan de acción validado por OIM."
    )
    iom.review(Deliverable.ACTION_PLAN, "aprobado")
    iom.ok("PUT", "certification", {"certified_on": "2026-11-24", "ceremony_place": "Plaza"})
    synced(qtbot, controller)
    fase6(window)
    page = show(window, "fase5")
    assert isinstance(page, Fase5Page)
    states = {item.requirement: item.state for item in page.items}
    assert states == dict.fromkeys(Requirement, ItemState.MET)
    assert page.seal_title.text() == "Ciudad certificada el 24 de noviembre de 2026"
    close_window(window)

    again = open_window(empty_dir)
    file = again.session.file
    assert file is not None and file.city.name == "Añatuya"
    application = file.application
    assert application is not None
    assert application.current_population == 23500 and application.area_km2 == 1234.5
    assert application.mayor_name == "Ana María Ñañez"
    assert application.emerging_demand is True
    assert application.confirmation_sent_on == date(2026, 11, 20)
    assert file.focal_point is not None and file.focal_point.phone == "0385 449-1200"
    assert [o.steps_done for o in file.officials] == [6, 6]
    answers = file.answers("1")
    assert len(answers) == 73 and all(a.answer for a in answers.values())
    assert answers["a01"].measure_description == "Atención sin DNI en los CAPS."
    assert set(file.report_sections) == set(SECTION_KEYS)
    assert file.report_sections["4"].text.startswith("Buenas prácticas: la **mesa de atención**")
    assert [v.number for v in file.report_versions] == [1, 2]
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
    for deliverable in Deliverable:
        assert review(file, deliverable).stage is Stage.DONE, deliverable
    for step in ("inscripcion", "fase2", "fase3", "fase4", "fase5"):
        assert step_state(step, file, TODAY) is StepState.APPROVED, step
    assert step_state("fase1", file, TODAY) is StepState.COMPLETED
    text = status(empty_dir, today=TODAY)
    assert "Ciudad certificada el 24/11/2026." in text
    assert (
        "Lo próximo: Informar el avance de la acción «Capacitación en atención intercultural»."
        in text
    )


def synced(qtbot: QtBot, controller: SyncController) -> None:
    """A sync, pushing what waits and pulling IOM's answers."""
    report = sync(qtbot, controller)
    assert report.rejected == 0, report
