"""The desktop's "send the application and ask for access", against the server app in-process:
find the open campaign, send, wait for IOM's approval, sign in with the chosen password."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

pytest.importorskip("migradesk.server.app")
sys.path.insert(0, str(Path(__file__).parents[1] / "sync"))  # the sync tests' server kit

import synckit

from migradesk.domain.application import Application, Presence
from migradesk.domain.people import FocalPoint
from migradesk.domain.register import by_code
from migradesk.domain.selection_offers import argentina_day
from migradesk.server import access, campaigns, db
from migradesk.storage import Store
from migradesk.wire.access_protocol import RequestState

from migradesk.ui.sync import install_sync
from migradesk.ui.sync.access import AccessDialog
from migradesk.ui.sync.controller import AUTO_MINUTES, SyncController

from .conftest import OpenWindow
from .typing_helper import replace_text, type_text

URL = "http://127.0.0.1:8000"
WAIT_MS = 30_000
HUMAHUACA = by_code("380105").to_city()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[synckit.Server]:
    running = synckit.Server(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    now = datetime.now(UTC)
    with db.write(running.engine) as conn:
        campaigns.create_campaign(conn, "Convocatoria 2026", argentina_day(now), "admin", now)
    yield running
    running.close()


@pytest.fixture
def memory_keyring() -> Iterator[synckit.MemoryKeyring]:
    with synckit.memory_keyring() as backend:
        yield backend


def applied_city(folder: Path, complete: bool = True) -> Path:
    """A desktop's data dir after its Inscripción (the letter's mayor left out if not complete)."""
    with Store.open(folder) as store:
        store.save_all(
            [
                HUMAHUACA,
                Application(
                    id=Application.id_for(HUMAHUACA.id),
                    city_id=HUMAHUACA.id,
                    migration_body=Presence.NONE,
                    migrant_programmes=Presence.INCIPIENT,
                    agreements=Presence.NONE,
                    mayor_name="Intendenta" if complete else "",
                ),
                FocalPoint(city_id=HUMAHUACA.id, name="Ana Quispe"),
            ]
        )
    return folder


def open_access(
    qtbot: QtBot, open_window: OpenWindow, folder: Path, server: synckit.Server
) -> tuple[SyncController, AccessDialog]:
    AUTO_MINUTES.set(0)
    window = open_window(folder)
    controller = install_sync(window, transport=lambda _s: server.transport(), data_dir=folder)
    controller.access_action.trigger()
    dialog = controller.access_dialog
    assert isinstance(dialog, AccessDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    return controller, dialog


def fill_and_send(qtbot: QtBot, dialog: AccessDialog, username: str = "ana.quispe") -> None:
    replace_text(dialog.url_edit, URL)
    dialog.find_button.click()
    qtbot.waitUntil(lambda: dialog.campaign_combo.count() == 1, timeout=WAIT_MS)
    assert dialog.campaign_combo.currentText().startswith("Convocatoria 2026 (hasta el ")
    replace_text(dialog.user_edit, username)
    type_text(dialog.password_edit, synckit.PASSWORD)
    type_text(dialog.repeat_edit, synckit.PASSWORD)
    type_text(dialog.name_edit, "Ana Quispe")
    type_text(dialog.email_edit, "ana@humahuaca.gob.ar")
    dialog.send_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)


def test_send_the_application_get_approved_and_sign_in(
    qtbot: QtBot,
    open_window: OpenWindow,
    tmp_path: Path,
    server: synckit.Server,
    memory_keyring: synckit.MemoryKeyring,
) -> None:
    controller, dialog = open_access(qtbot, open_window, applied_city(tmp_path / "datos"), server)
    fill_and_send(qtbot, dialog)
    assert dialog.status_box.isVisible(), dialog.message.text()
    assert dialog.status_title.text() == "Solicitud enviada"
    assert "a la convocatoria «Convocatoria 2026» con el usuario «ana.quispe»" in (
        dialog.status_text.text()
    )
    assert dialog.password_edit.text() == ""  # never kept

    dialog.check_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.status_text.text() == "Pendiente: la OIM revisa la solicitud."

    with db.write(server.engine) as conn:
        [request] = access.list_requests(conn, RequestState.PENDING)
        access.approve(conn, request.id, by="admin", now=datetime.now(UTC))
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.sign_in_button.isVisible(), timeout=WAIT_MS)
    assert dialog.status_title.text() == "Solicitud de acceso de Humahuaca"

    dialog.sign_in_button.click()
    sign_in = controller.dialog
    assert sign_in is not None and sign_in.isVisible()
    assert (sign_in.url_edit.text(), sign_in.user_edit.text()) == (URL, "ana.quispe")
    type_text(sign_in.password_edit, synckit.PASSWORD)
    with qtbot.waitSignal(controller.sync_finished, timeout=WAIT_MS) as finished:
        sign_in.ok_button.click()
    assert finished.args[0].ok, finished.args[0].error
    assert HUMAHUACA.id in server.records(HUMAHUACA.id)  # the city's records reached IOM


def test_an_incomplete_application_or_a_refusal_is_said_and_nothing_is_sent(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path, server: synckit.Server
) -> None:
    _controller, dialog = open_access(
        qtbot, open_window, applied_city(tmp_path / "datos", complete=False), server
    )
    fill_and_send(qtbot, dialog)
    assert dialog.message.isVisible()
    assert dialog.message.text() == (
        "A la inscripción le falta: carta de intención: nombre del/de la intendente/a."
    )
    assert not dialog.status_box.isVisible()
    with db.read(server.engine) as conn:
        assert access.list_requests(conn) == []

    replace_text(dialog.repeat_edit, "otra-clave-distinta")
    dialog.send_button.click()
    assert dialog.message.text() == "Las contraseñas no coinciden."
