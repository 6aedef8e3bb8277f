from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QComboBox, QLineEdit

from migradesk.domain.application import Presence

from migradesk.ui.main_window import MainWindow
from migradesk.ui.pages.inscripcion import InscripcionPage
from migradesk.ui.pages.welcome import WelcomePage
from migradesk.ui.widgets.forms import GrowingText

from .conftest import OpenWindow, acknowledge, close_window
from .typing_helper import replace_text, type_text


def start_city(open_window: OpenWindow, data_dir: Path) -> MainWindow:
    window = open_window(data_dir)
    welcome = window.stack.currentWidget()
    assert isinstance(welcome, WelcomePage)
    type_text(welcome.query, "Añatuya")
    welcome._search()
    assert welcome.selected() is not None
    welcome.choose()
    assert window.session.file is not None
    assert window.session.file.city.name == "Añatuya"
    return window


def page_of(window: MainWindow) -> InscripcionPage:
    window.show_page("inscripcion")
    page = window.stack.currentWidget()
    assert isinstance(page, InscripcionPage)
    return page


def test_first_run_city_from_register_prefills_defaults(
    open_window: OpenWindow, empty_dir: Path
) -> None:
    window = start_city(open_window, empty_dir)
    page = page_of(window)
    assert window.navigator.isVisible()
    assert page.inputs["city.name"].text() == "Añatuya"  # type: ignore[attr-defined]
    assert page.inputs["city.department"].text() == "General Taboada"  # type: ignore[attr-defined]


def test_fill_autosave_and_reopen(open_window: OpenWindow, empty_dir: Path, qtbot: QtBot) -> None:
    window = start_city(open_window, empty_dir)
    page = page_of(window)
    type_text(page.inputs["application.main_origin_countries"], "Bolivia, Perú y Paraguay")
    type_text(page.inputs["application.current_population"], "23.500")
    type_text(page.inputs["application.migration_context"], "Llegan familias desde 2015.\n¿Más?")
    type_text(page.inputs["focal_point.name"], "María José Núñez")
    type_text(page.inputs["application.letter_signed_on"], "02/03/2026")
    combo = page.inputs["application.migration_body"]
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(Presence.INCIPIENT))
    combo.activated.emit(combo.currentIndex())
    # The debounce writes by itself, well within a second of the last keystroke.
    with qtbot.waitSignal(window.session.bus.changed, timeout=2000):
        pass
    qtbot.waitUntil(lambda: not window.session.saving, timeout=2000)
    assert window.save_label.text() == "Guardado en este equipo"
    close_window(window)

    again = open_window(empty_dir)
    page = page_of(again)
    application = again.session.file.application  # type: ignore[union-attr]
    assert application is not None
    assert application.main_origin_countries == "Bolivia, Perú y Paraguay"
    assert application.current_population == 23500
    assert application.migration_context == "Llegan familias desde 2015.\n¿Más?"
    assert application.migration_body is Presence.INCIPIENT
    assert str(application.letter_signed_on) == "2026-03-02"
    assert again.session.file.focal_point.name == "María José Núñez"  # type: ignore[union-attr]
    editor = page.inputs["application.current_population"]
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "23.500"


def test_invalid_values_are_shown_and_not_saved(open_window: OpenWindow, empty_dir: Path) -> None:
    window = start_city(open_window, empty_dir)
    page = page_of(window)
    email = page.inputs["application.municipal_email"]
    type_text(email, "intendencia-sin-arroba")
    type_text(page.inputs["application.area_km2"], "doce")
    page.flush()
    assert email.property("invalid") is True
    assert "correo" in email.toolTip()
    assert window.session.file.application is None  # type: ignore[union-attr]
    replace_text(email, "intendencia@anatuya.gob.ar")
    replace_text(page.inputs["application.area_km2"], "1.234,5")
    page.flush()
    application = window.session.file.application  # type: ignore[union-attr]
    assert application is not None
    assert application.municipal_email == "intendencia@anatuya.gob.ar"
    assert application.area_km2 == 1234.5
    assert email.property("invalid") is False


def test_approved_application_is_read_only(open_window: OpenWindow, demo_dir: Path) -> None:
    page = page_of(open_window(demo_dir))
    assert page.banner.isVisible()
    assert "OIM recibió la inscripción" in page.banner.text.text()
    name = page.inputs["application.mayor_name"]
    assert isinstance(name, GrowingText)  # a long answer shows whole (locked too)
    assert name.isReadOnly() and name.text() and name.property("locked")


def test_undo_restores_the_previous_value(open_window: OpenWindow, empty_dir: Path) -> None:
    window = start_city(open_window, empty_dir)
    page = page_of(window)
    editor = page.inputs["application.mayor_name"]
    type_text(editor, "Ana Ñandú")
    page.flush()
    assert window.session.file.application.mayor_name == "Ana Ñandú"  # type: ignore[union-attr]
    window.navigator.setFocus()
    window.undo_action.trigger()
    assert window.session.file.application is None  # type: ignore[union-attr]
    window.redo_action.trigger()
    assert window.session.file.application.mayor_name == "Ana Ñandú"  # type: ignore[union-attr]
    assert editor.text() == "Ana Ñandú"  # type: ignore[attr-defined]


def test_the_application_is_sent_only_complete_and_honestly(
    open_window: OpenWindow, empty_dir: Path
) -> None:
    window = start_city(open_window, empty_dir)
    page = page_of(window)
    page.send_button.click()
    shown = page.confirm.text.text()
    assert "Sección 1: falta la población actual estimada." in shown
    assert "Carta de intención: falta el Punto Focal que designa." in shown
    for name, text in (
        ("application.current_population", "23.500"),
        ("application.migrant_population_estimate", "1.200"),
        ("application.main_origin_countries", "Bolivia"),
        ("application.main_economic_activities", "Agricultura"),
        ("application.municipal_email", "intendencia@anatuya.gob.ar"),
        ("application.migration_context", "Familias de Bolivia llegan para la cosecha."),
        ("application.mayor_name", "Ana Núñez"),
        ("application.letter_signed_on", "02/11/2026"),
        ("focal_point.name", "José Gómez"),
        ("focal_point.post", "Secretario de Desarrollo Social"),
    ):
        type_text(page.inputs[name], text)
    for name, value in (
        ("migration_body", Presence.INCIPIENT),
        ("migrant_programmes", Presence.NONE),
        ("agreements", Presence.NONE),
        ("systematic_measures_last_two_years", False),
        ("emerging_demand", True),
    ):
        combo = page.inputs[f"application.{name}"]
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(value))
        combo.activated.emit(combo.currentIndex())
    page.send_button.click()
    page.confirm.confirm_button.click()  # type: ignore[union-attr]
    assert page.banner.text.text().startswith("Por enviar: sale de este equipo")
    line = page.inputs["application.mayor_name"]
    assert isinstance(line, GrowingText) and line.isReadOnly()
    assert page.inputs["application.confirmation_sent_on"].isEnabled()  # after selection
    acknowledge(window)
    assert page.banner.text.text().startswith("Inscripción enviada a OIM el 25/11/2026")
    assert page.banner.icon.isVisibleTo(page) and page.banner.icon.property("icon_name") == "lock"
