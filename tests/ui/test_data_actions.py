"""The data as a whole from the window: the demo city apart, changing city, copies, restore."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtWidgets import QMessageBox

from migradesk import paths
from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.city import DEMO_CITY_ID, City
from migradesk.storage import Store, backups
from migradesk.storage.backups import Reason

from migradesk.ui.backup_dialog import BackupDialog, RestoreDialog
from migradesk.ui.main_window import MainWindow
from migradesk.ui.pages import PAGE_IDS
from migradesk.ui.shell import Shell

from .conftest import OpenWindow
from .test_translations import bare, pseudo, pseudo_qm, visible_texts  # noqa: F401


def _demo_banner(window: MainWindow) -> str:
    data = window._data
    if data is None or data.demo_banner is None or not data.demo_banner.isVisibleTo(window):
        return ""
    return data.demo_banner.text.text()


def test_the_demo_opens_apart_marked_on_every_page_and_leaves_to_the_welcome(
    shell: Shell,
) -> None:
    home = shell.home
    window = shell.open(home)
    assert window.stack.currentWidget() is window._welcome  # a fresh machine: the welcome
    window._welcome.demo_button.click()  # type: ignore[union-attr]  # one click away
    demo = shell.window
    assert demo is not None and demo is not window and not window.isVisible()
    assert demo.data_dir == paths.demo_dir(home) and demo.in_demo
    assert demo.session.pending == 0 and demo.pending_label.text() == "Nada por enviar"
    for page_id in PAGE_IDS:
        demo.show_page(page_id)
        assert _demo_banner(demo).startswith("Ciudad de demostración"), page_id
    with Store.open(home) as store:  # the user's own data: nothing of the demo
        assert store.cities() == [] and store.pending_count() == 0

    demo._data.demo_banner.buttons[0].click()  # type: ignore[union-attr]  # "Elegir mi ciudad"
    back = shell.window
    assert back is not None and back.data_dir == home
    assert back.stack.currentWidget() is back._welcome and not _demo_banner(back)


def test_changing_city_says_what_happens_and_the_city_stays_one_click_away(
    open_window: OpenWindow, empty_dir: Path, city: City
) -> None:
    with Store.open(empty_dir) as store:
        store.save(city)
    window = open_window(empty_dir)
    assert window.change_city_action.isEnabled()
    window.change_city_action.trigger()
    question = window._data.question  # type: ignore[union-attr]
    assert isinstance(question, QMessageBox) and question.isVisible()
    assert "Humahuaca queda guardada en este equipo" in question.text()
    assert "(su cambio por enviar se envía igual en la próxima sincronización)" in question.text()
    question.buttons()[0].click()  # "Cambiar de ciudad"
    welcome = window._welcome
    assert window.session.file is None and welcome is not None
    assert welcome.stored.isVisibleTo(window)
    welcome.stored_buttons[city.id].click()
    assert window.session.file is not None and window.session.file.city.id == city.id


def test_a_copy_then_a_restore_from_the_menu_brings_the_data_back(
    open_window: OpenWindow, empty_dir: Path, city: City
) -> None:
    answer = IndicatorAnswer.blank(city.id, "1", "a01")
    answer.measure_description = "Antes de la copia"
    with Store.open(empty_dir) as store:
        store.save(city)
        store.save(answer)
    window = open_window(empty_dir)
    window.backup_action.trigger()
    (dialog,) = window.findChildren(BackupDialog)
    dialog.now_button.click()
    assert dialog.copies.count() == 1 and "hecha por usted" in dialog.copies.item(0).text()
    assert "Copia guardada en" in dialog.outcome.text()
    dialog.close()

    answer.measure_description = "Después de la copia"
    window.session.save([answer])
    window.restore_action.trigger()
    (chooser,) = window.findChildren(RestoreDialog)
    assert "1 cambio de este equipo que todavía no se envió" in chooser.consequences.text()
    chooser.restore_button.click()
    file = window.session.file
    assert file is not None
    restored = file.answers("1")["a01"]
    assert restored.measure_description == "Antes de la copia"
    notice = window._notice
    assert notice is not None and notice.isVisible()
    assert notice.text.text().startswith("Se restauró la copia")
    kinds = [b.reason for b in backups.listing(empty_dir)]
    assert kinds == [Reason.RESTORE, Reason.MANUAL]  # the file replaced is kept


def test_the_daily_copy_is_made_once(open_window: OpenWindow, empty_dir: Path, city: City) -> None:
    with Store.open(empty_dir) as store:
        store.save(city)
    window = open_window(empty_dir)
    window._data_actions().daily_copy()
    window._data_actions().daily_copy()
    assert [b.reason for b in backups.listing(empty_dir)] == [Reason.DAILY]


def test_the_demo_makes_no_daily_copy(open_window: OpenWindow, demo_dir: Path) -> None:
    window = open_window(demo_dir)
    assert window.in_demo and _demo_banner(window)
    window._data_actions().daily_copy()
    assert backups.listing(demo_dir) == []
    assert window.session.file is not None and window.session.file.city.id == DEMO_CITY_ID


@pytest.mark.parametrize("language", ["es"])
def test_data_menu_entries(open_window: OpenWindow, empty_dir: Path, language: str) -> None:
    window = open_window(empty_dir)
    texts = [a.text() for a in window.file_menu.actions() if a.text()]
    assert texts[-4:] == [
        "Cambiar de &ciudad…",
        "&Copia de seguridad…",
        "&Restaurar una copia…",
        "&Salir",
    ]
    help_texts = [a.text() for a in window.help_menu.actions() if a.text()]
    assert help_texts == [
        "&Guía de esta etapa",
        "&Mostrar la carpeta de datos",
        "&Acerca de MigraDesk",
    ]


def test_the_demo_banner_and_the_data_dialogs_are_translatable(
    open_window: OpenWindow,
    demo_dir: Path,
    pseudo: None,  # noqa: F811
) -> None:
    window = open_window(demo_dir)
    banner = window._data.demo_banner  # type: ignore[union-attr]
    assert banner is not None and not bare(list(visible_texts(banner)))
    window.backup_action.trigger()
    window.restore_action.trigger()
    window.change_city_action.trigger()
    (backup,) = window.findChildren(BackupDialog)
    (restore,) = window.findChildren(RestoreDialog)
    question = window._data.question  # type: ignore[union-attr]
    assert question is not None
    for shown in (backup, restore):
        assert not bare(list(visible_texts(shown))), shown
    assert not bare([("question", question.text())])
