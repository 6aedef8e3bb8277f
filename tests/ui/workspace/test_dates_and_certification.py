"""IOM sets a date for several cities at once, and certifies a city whose requirements hold:
the ceremony's date, place and invitees, then the certificate in the guide's words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from migradesk.domain.report import Attendee
from migradesk.domain.review import Milestone, PhaseDate

from migradesk.ui.main_window import MainWindow
from migradesk.ui.workspace.certify_card import CertifyCard
from migradesk.ui.workspace.cities_page import CitiesPage
from migradesk.ui.workspace.dates_page import DatesPage
from migradesk.ui.workspace.view import TAB_CITIES, TAB_DATES

from ..conftest import OpenWindow
from ..typing_helper import type_text
from .conftest import WorkspaceDir


def _ids(window: MainWindow, *names: str) -> list[str]:
    assert window.workspace is not None and window.workspace.snapshot is not None
    rows = window.workspace.snapshot.rows
    return [next(r.city_id for r in rows if r.name == name) for name in names]


def test_iom_sets_the_start_of_phase_2_for_three_selected_cities_at_once(
    open_window: OpenWindow, workspace_dir: WorkspaceDir
) -> None:
    window = open_window(workspace_dir("reviewer"))
    assert window.workspace is not None
    view = window.workspace.view
    cities = view.show_tab(TAB_CITIES)
    assert isinstance(cities, CitiesPage)
    chosen = _ids(window, "Comodoro Rivadavia", "Rivadavia", "Quilmes")
    cities.select(chosen)
    assert cities.dates_button.isEnabled()
    cities.dates_button.click()
    page = view.pages[TAB_DATES]
    assert isinstance(page, DatesPage) and view.tabs.currentWidget() is page
    assert page.model.checked == set(chosen)
    assert page.apply_button.text() == "Aplicar a 3 ciudades"
    page.milestone.setCurrentIndex(page.milestone.findData(Milestone.PHASE_2_START))
    type_text(page.day.line, "01/02/2027")
    page.apply_button.click()
    assert page.confirm.text.text() == "¿Fijar «Inicio de la Fase 2» el 01/02/2027 para 3 ciudades?"
    page.confirm.confirm_button.click()  # type: ignore[union-attr]
    snapshot = window.workspace.snapshot
    assert snapshot is not None and snapshot.pending == 3
    for city_id in chosen:
        found = snapshot.files[city_id].phase_date(Milestone.PHASE_2_START)
        assert found is not None and found.on == date(2027, 2, 1)
        assert found.id == PhaseDate.id_for(city_id, Milestone.PHASE_2_START)
    column = page.model.milestones.index(Milestone.PHASE_2_START) + 1
    row = [f.city.id for f in page.model.files].index(chosen[0])
    assert page.model.index(row, column).data() == "01/02/2027"


def test_the_partner_sees_the_dates_but_does_not_set_them(
    open_window: OpenWindow, workspace_dir: WorkspaceDir
) -> None:
    window = open_window(workspace_dir("partner"))
    assert window.workspace is not None
    page = window.workspace.view.show_tab(TAB_DATES)
    assert isinstance(page, DatesPage)
    assert not page.form.isVisible() and not page.apply_button.isEnabled()
    cities = window.workspace.view.pages[TAB_CITIES]
    assert isinstance(cities, CitiesPage) and not cities.dates_button.isEnabled()


def test_iom_certifies_a_city_ready_for_it_and_exports_the_certificate(
    open_window: OpenWindow,
    workspace_dir: WorkspaceDir,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(workspace_dir("reviewer"))
    assert window.workspace is not None
    [tilcara, posadas] = _ids(window, "Tilcara", "Posadas")
    window.workspace.open_city(posadas, "fase5")
    [card] = window.stack.currentWidget().findChildren(CertifyCard)
    assert not card.certify_button.isEnabled()
    assert card.why.text() == "Falta: Plan de acción validado por OIM."
    window.workspace.open_city(tilcara, "fase5")
    [card] = window.stack.currentWidget().findChildren(CertifyCard)
    assert card.certify_button.isEnabled() and not card.export_button.isEnabled()
    type_text(card.place, "Cabildo de Tilcara")
    card.add_button.click()
    card.invitees.item(0, 0).setText("Félix Pérez")
    card.invitees.item(0, 2).setText("Intendente")
    card.certify_button.click()
    assert card.day_error.text() == "Escriba la fecha de la ceremonia (dd/mm/aaaa)."
    type_text(card.day.line, "20/11/2026")
    card.certify_button.click()
    card.confirm.confirm_button.click()  # type: ignore[union-attr]
    file = window.session.file
    assert file is not None and file.certification is not None
    seal = file.certification
    assert (seal.certified_on, seal.ceremony_place) == (date(2026, 11, 20), "Cabildo de Tilcara")
    assert seal.invitees == [Attendee("Félix Pérez", "", "Intendente")]
    assert card.state.text() == "Certificada: ceremonia el 20 de noviembre de 2026."
    assert card.export_button.isEnabled()

    out = tmp_path / "certificado.pdf"
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda *a: True)
    card.export_button.click()
    qtbot.waitUntil(lambda: not window.exporter.busy, timeout=20_000)
    assert window.exporter.last_error is None
    text = " ".join((p.extract_text() or "") for p in PdfReader(out).pages)
    assert "Tilcara" in text and "Cabildo de Tilcara" in text
