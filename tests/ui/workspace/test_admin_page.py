"""An admin signs in from an empty desktop: the window becomes IOM's workspace with every city
(the first sync), and its administration creates a city's account and signs it out of every
device, with the server's own rules; the access requests and the runs come from the server."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

pytest.importorskip("migradesk.server.app")
sys.path.insert(0, str(Path(__file__).parents[2] / "sync"))  # the sync tests' server kit

import synckit

from migradesk.domain.base import Role
from migradesk.sync.api import Api
from migradesk.sync.errors import SyncError
from migradesk.wire import protocol

from migradesk.ui.workspace.access_page import AccessPage
from migradesk.ui.workspace.admin_page import AdminPage
from migradesk.ui.workspace.view import TAB_ACCESS, TAB_ADMIN

from ..conftest import OpenWindow
from ..test_sync_ui import link, open_sync, sign_in
from ..typing_helper import type_text


@pytest.fixture
def server(tmp_path: Path) -> Iterator[synckit.Server]:
    with synckit.memory_keyring():
        running = synckit.Server(f"sqlite:///{tmp_path / 'server.sqlite3'}")
        running.add_city()
        running.add_user("raiz", Role.ADMIN, [])
        yield running
        running.close()


def test_an_admin_manages_accounts_from_the_workspace(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path, server: synckit.Server
) -> None:
    window, controller = open_sync(open_window, tmp_path / "datos", link(server))
    assert sign_in(qtbot, controller, "raiz").ok
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.snapshot is not None)
    assert window.workspace is not None
    view = window.workspace.view
    assert view.heading.text() == "Espacio de trabajo de OIM · Administración"
    assert [r.name for r in window.workspace.snapshot.rows] == [synckit.CITY.name]  # type: ignore[union-attr]

    admin = view.show_tab(TAB_ADMIN)
    assert isinstance(admin, AdminPage)
    qtbot.waitUntil(lambda: admin.accounts_model.rowCount() == 1, timeout=10_000)
    type_text(admin.username, "ana.punto")
    type_text(admin.password, "una clave larga")
    admin.create_button.click()
    qtbot.waitUntil(lambda: admin.accounts_model.rowCount() == 2, timeout=10_000)
    assert admin.banner.text.text().startswith("Cuenta «ana.punto» creada")
    row = [a.username for a in admin.accounts].index("ana.punto")
    assert admin.accounts_model.item(row, 1).text() == "Punto Focal"
    assert admin.accounts_model.item(row, 2).text() == synckit.CITY.name
    type_text(admin.username, "ana.punto")
    type_text(admin.password, "otra clave larga")
    admin.create_button.click()
    qtbot.waitUntil(lambda: "ya existe" in admin.banner.text.text(), timeout=10_000)

    access = view.show_tab(TAB_ACCESS)
    assert isinstance(access, AccessPage)
    qtbot.waitUntil(lambda: not access.banner.isVisible(), timeout=10_000)
    assert access.requests_model.rowCount() == 0 and access.runs_model.rowCount() == 0
    assert access.approve_button.isVisibleTo(access) and not access.approve_button.isEnabled()


def test_an_admin_resets_a_password_the_old_one_fails_the_new_one_signs_in(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path, server: synckit.Server
) -> None:
    server.add_user("ana.punto", Role.FOCAL_POINT, [synckit.CITY.id])
    window, controller = open_sync(open_window, tmp_path / "datos", link(server))
    assert sign_in(qtbot, controller, "raiz").ok
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.snapshot is not None)
    assert window.workspace is not None
    admin = window.workspace.view.show_tab(TAB_ADMIN)
    assert isinstance(admin, AdminPage)
    qtbot.waitUntil(lambda: admin.accounts_model.rowCount() == 2, timeout=10_000)
    assert not admin.password_button.isEnabled()  # no account chosen yet
    admin.accounts_view.selectRow([a.username for a in admin.accounts].index("ana.punto"))
    assert admin.password_button.isEnabled()
    type_text(admin.new_password, "clave nueva larga")
    admin.password_button.click()
    qtbot.waitUntil(lambda: "Contraseña de «ana.punto» cambiada" in admin.banner.text.text())
    assert admin.new_password.text() == ""  # not left on the screen

    api = Api(server.transport())
    with pytest.raises(SyncError):
        api.login(protocol.LoginRequest(username="ana.punto", password=synckit.PASSWORD))
    answer = api.login(protocol.LoginRequest(username="ana.punto", password="clave nueva larga"))
    assert answer.account.username == "ana.punto" and answer.token
