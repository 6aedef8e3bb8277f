"""The sync panel and sign-in dialog: translatable, and rendered for a look
(``MIGRADESK_SYNC_SHOTS=/tmp/dir pytest tests/ui/test_sync_ui_look.py`` saves PNGs)."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from migradesk.sync import commands

from .conftest import OpenWindow
from .test_sync_ui import (
    URL,
    link,
    memory_keyring,  # noqa: F401 (fixture)
    open_sync,
    section,
    server,  # noqa: F401 (fixture)
    sign_in,
    sync,
    synckit,
)
from .test_translations import bare, pseudo, pseudo_qm, visible_texts  # noqa: F401 (fixtures)

SHOTS = os.environ.get("MIGRADESK_SYNC_SHOTS")


def _shot(widget: object, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


def test_panel_with_a_conflict_and_a_rejection_is_translatable(
    qtbot: QtBot,
    open_window: OpenWindow,
    tmp_path: Path,
    server: synckit.Server,  # noqa: F811
    memory_keyring: synckit.MemoryKeyring,  # noqa: F811
    pseudo: None,  # noqa: F811
) -> None:

    from migradesk.domain.plan import Action
    from migradesk.storage import Store

    window, controller = open_sync(open_window, tmp_path / "datos", link(server))
    controller.sign_in()
    assert controller.dialog is not None
    problems = bare(list(visible_texts(controller.dialog)))
    _shot(controller.dialog, "signin")
    controller.dialog.reject()
    assert sign_in(qtbot, controller).ok
    qtbot.waitUntil(lambda: window.session.file is not None)
    window.session.save([section("El municipio tiene una oficina de migraciones.")])
    sync(qtbot, controller)
    other = tmp_path / "otro"
    commands.login(other, URL, "otra.persona", synckit.PASSWORD, transport=link(server))
    assert commands.sync(other, transport=link(server)).ok
    with Store.open(other) as store:
        store.save(section("El municipio tiene una oficina de atención a personas migrantes."))
    assert commands.sync(other, transport=link(server)).ok
    refused = Action(  # an id the server holds for another city (sync G10)
        id=server.taken_id(), city_id=synckit.CITY.id, objective_id="o", title="Mesa"
    )
    window.session.save(
        [section("El municipio tiene una oficina de migraciones desde 2019."), refused]
    )
    sync(qtbot, controller)
    controller.set_panel_visible(True)
    panel = controller.panel
    for index in range(panel.tabs.count()):
        panel.tabs.setCurrentIndex(index)
        problems += [f"tab {index}: {p}" for p in bare(list(visible_texts(panel)))]
        problems += bare([("tab", panel.tabs.tabText(index))])
        _shot(controller.dock, f"panel{index}")
    problems += bare([("status", controller.status_button.text())])
    assert not problems, problems
