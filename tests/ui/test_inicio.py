"""Inicio's "Lo próximo" always answers, with a button that goes there and, below it, every item
due or overdue (the process model's answer)."""

from __future__ import annotations

from pathlib import Path

from migradesk.domain.register import search
from migradesk.storage import Store

from migradesk.ui.main_window import MainWindow
from migradesk.ui.pages.inicio import InicioPage

from .conftest import TODAY, OpenWindow


def inicio(window: MainWindow) -> InicioPage:
    window.show_page("inicio")
    page = window.stack.currentWidget()
    assert isinstance(page, InicioPage)
    return page


def test_a_new_city_is_sent_to_its_application(open_window: OpenWindow, tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        store.save(search("Humahuaca")[0].to_city())
    window = open_window(tmp_path)
    page = inicio(window)
    assert page.next_title.text().startswith(
        "Completar el formulario de inscripción y la carta de intención"
    )
    assert page.next_when.text() == "Cuando OIM fije la fecha. A cargo de la ciudad."
    assert page.next_button.text() == "Ir a Inscripción"
    page.next_button.click()
    assert window.current_page_id == "inscripcion"


def test_the_demo_city_lists_what_is_due_and_overdue(
    open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir)
    page = inicio(window)
    step = "Etapa actual: Fase 6 · Implementación y monitoreo (en curso)"
    assert page.current_step.text() == step
    assert page.next_title.text().startswith("Informar el avance de la acción «")
    assert page.next_when.text().startswith("Venció el ")
    assert page.due_items and page.due_title.isVisible()
    assert all(a.due is not None and (a.due - TODAY).days <= 30 for a in page.due_items)
    page.next_button.click()
    assert window.current_page_id == "fase6"
