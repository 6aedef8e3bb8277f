"""Choosing the city: a province lists its local governments with nothing typed; a long list
says it is cut; both censuses' populations, each labelled."""

from __future__ import annotations

from pathlib import Path

from migradesk.domain import register

from migradesk.ui.main_window import MainWindow
from migradesk.ui.pages.welcome import SHOWN, WelcomePage

from .conftest import OpenWindow
from .typing_helper import replace_text, type_text


def welcome_of(window: MainWindow) -> WelcomePage:
    page = window.stack.currentWidget()
    assert isinstance(page, WelcomePage)
    return page


def test_a_province_lists_its_cities_before_anything_is_typed(
    open_window: OpenWindow, empty_dir: Path
) -> None:
    page = welcome_of(open_window(empty_dir))
    page.province.setCurrentIndex(page.province.findData("Jujuy"))
    page._search()
    jujuy = register.find("", "Jujuy")
    assert page.results.count() == len(jujuy) > 40
    assert page.results.item(0).text().startswith(jujuy[0].name)
    assert page.selected() == jujuy[0]


def test_a_long_list_says_it_is_cut(open_window: OpenWindow, empty_dir: Path) -> None:
    page = welcome_of(open_window(empty_dir))
    type_text(page.query, "san")
    page._search()
    total = len(register.find("san"))
    assert total > SHOWN
    assert page.results.count() == SHOWN + 1
    note = page.results.item(SHOWN)
    assert note.text() == f"{SHOWN} de {total}; escriba más para acotar"
    page.results.setCurrentRow(SHOWN)
    assert page.selected() is None and not page.choose_button.isEnabled()


def test_accents_forgiven_and_both_populations_labelled(
    open_window: OpenWindow, empty_dir: Path
) -> None:
    page = welcome_of(open_window(empty_dir))
    type_text(page.query, "anatuya")
    page._search()
    entry = page.selected()
    assert entry is not None and entry.name == "Añatuya"
    details = page.details.text()
    assert entry.population_2010 and entry.population_2022
    assert f"{entry.population_2010:,}".replace(",", ".") in details
    assert "censo 2010 (el dato que usa el formulario)" in details
    assert "según el censo 2022" in details
    replace_text(page.query, "")
    page._search()
    assert page.results.count() == 0  # nothing typed and no province: nothing listed
