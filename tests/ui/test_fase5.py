from __future__ import annotations

from pathlib import Path

from migradesk.domain.city import City, Region
from migradesk.domain.process import ItemState, Requirement
from migradesk.storage import Store

from migradesk.ui.main_window import MainWindow
from migradesk.ui.pages.fase5 import Fase5Page

from .conftest import OpenWindow

CITY = "11111111-1111-4111-8111-111111111111"


def page_of(window: MainWindow) -> Fase5Page:
    window.show_page("fase5")
    page = window.stack.currentWidget()
    assert isinstance(page, Fase5Page)
    return page


def test_demo_city_meets_every_requirement_and_is_certified(
    open_window: OpenWindow, demo_dir: Path
) -> None:
    page = page_of(open_window(demo_dir))
    states = {item.requirement: item.state for item in page.items}
    assert states == dict.fromkeys(Requirement, ItemState.MET)
    assert page.summary.text() == "9 de 9 requisitos cumplidos."
    assert page.seal_title.text().startswith("Ciudad certificada el ")
    assert "Plaza principal" in page.seal_place.text()
    assert page.state_labels["action_plan"].text() == "Cumplido"


def test_empty_city_has_everything_pending_and_links_to_each_step(
    open_window: OpenWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "city"
    with Store.open(folder) as store:
        store.save(City(id=CITY, city_id=CITY, name="Añatuya", province="Santiago del Estero",
                        region=Region.NOROESTE))  # fmt: skip
    window = open_window(folder)
    page = page_of(window)
    assert all(item.state is ItemState.PENDING for item in page.items)
    assert page.summary.text() == "0 de 9 requisitos cumplidos."
    assert page.seal_title.text() == "Fecha de certificación: pendiente"
    assert page.state_labels["course"].text() == "Pendiente"
    page.go_buttons["action_plan"].click()
    assert window.current_page_id == "fase4"
    window.show_page("fase5")
    page.go_buttons["course"].click()
    assert window.current_page_id == "fase1"
