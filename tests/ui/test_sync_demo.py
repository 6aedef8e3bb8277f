"""The demo city's folder in the desktop: the Sincronización menu offers no sync, sign-in,
server or access request there (each says why and how to leave, in the app's own menu words),
the status bar says the demo is never sent, and no automatic sync starts, even in a demo folder
where an older release let the user sign in."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from migradesk import paths
from migradesk.storage import Store
from migradesk.storage.sync import sync_settings
from migradesk.storage.sync.sync_settings import SyncSettings
from migradesk.sync.credentials import Credentials
from migradesk.sync.transport import Transport

from migradesk.ui.sync import install_sync
from migradesk.ui.sync.controller import AUTO_MINUTES

from .conftest import OpenWindow

sys.path.insert(0, str(Path(__file__).parents[1] / "sync"))  # the sync tests' server kit

import synckit

URL = "http://127.0.0.1:8000"


@pytest.fixture
def memory_keyring() -> Iterator[synckit.MemoryKeyring]:
    with synckit.memory_keyring() as backend:
        yield backend


def test_the_demo_offers_no_sync_and_never_syncs_on_its_own(
    qtbot: QtBot,
    open_window: OpenWindow,
    demo_template: Path,
    tmp_path: Path,
    memory_keyring: synckit.MemoryKeyring,
) -> None:
    demo = paths.demo_dir(tmp_path / "datos")
    shutil.copytree(demo_template, demo)
    # As an older release left it: signed in from the demo, automatic syncs on.
    with Store.open(demo) as store:
        sync_settings.save(store, SyncSettings(URL, "punto.focal", "focal_point"))
    Credentials(demo, URL, "punto.focal").save("un-token")
    AUTO_MINUTES.set(15)
    asked: list[SyncSettings] = []

    def transport(settings: SyncSettings) -> Transport:
        asked.append(settings)
        raise AssertionError("the demo asked a server")

    window = open_window(demo)
    try:
        controller = install_sync(window, transport=transport)
        assert window.in_demo
        menu = window.file_menu.title().replace("&", "")
        leave = window.change_city_action.text().replace("&", "")
        offered = {
            "sync": controller.sync_action,
            "sign in": controller.sign_in_action,
            "access": controller.access_action,
            "auto": controller.auto_menu.menuAction(),
        }
        for name, action in offered.items():
            assert not action.isEnabled(), name
            tip = action.toolTip()
            assert tip == action.statusTip(), name
            assert tip.startswith("En la demostración no se sincroniza"), (name, tip)
            assert f"({menu} ▸ {leave})" in tip, (name, tip)
        assert controller.menu.toolTipsVisible()
        assert controller.demo_note.isVisible() and not controller.demo_note.isEnabled()
        assert f"{menu} ▸ {leave}" in controller.demo_note.text()
        assert "Ciudad de demostración: nunca se envía" in controller.status_button.text()
        assert "Última sincronización" not in controller.status_button.text()

        # Nothing starts: not the timers, not at start-up, not F5, not the panel's buttons.
        assert not controller.interval_timer.isActive()
        controller.auto_sync("inicio")
        controller.auto_sync("intervalo")
        controller.sync_action.trigger()
        assert not controller.sync_now()
        controller.sign_in()
        controller.ask_access()
        controller.set_panel_visible(True)
        panel = controller.panel
        assert not panel.sync_button.isEnabled() and not panel.sign_in_button.isEnabled()
        assert panel.sign_in_button.toolTip().startswith("En la demostración")
        assert panel.account_hint.text().startswith("En la demostración")  # not "inicie sesión"
        controller.wait()
        assert not controller.runner.running and asked == []
        assert controller.dialog is None and controller.access_dialog is None

        window.language_actions["en"].trigger()
        tip = controller.sign_in_action.toolTip()
        assert not controller.sign_in_action.isEnabled()
        menu = window.file_menu.title().replace("&", "")
        leave = window.change_city_action.text().replace("&", "")
        assert tip.startswith("The demo") and f"({menu} ▸ {leave})" in tip, tip
        assert "demostración" not in controller.status_button.text()
        window.language_actions["es"].trigger()
    finally:
        AUTO_MINUTES.set(0)
        controller.wait()


def test_a_city_of_ones_own_still_offers_sync(
    open_window: OpenWindow, demo_template: Path, tmp_path: Path
) -> None:
    """The demo city's records elsewhere (the demo server's focal point): sync is offered."""
    folder = tmp_path / "datos"
    shutil.copytree(demo_template, folder)
    AUTO_MINUTES.set(0)
    window = open_window(folder)
    controller = install_sync(window, transport=lambda _s: pytest.fail("no sync asked"))
    assert controller.sync_action.isEnabled() and controller.sign_in_action.isEnabled()
    assert "Sin conexión a un servidor" in controller.status_button.text()
