"""The desktop's sync UI against the real server app in-process: sign in, sync, status,
conflicts side by side, rejected changes with the server's reason, and the no-keyring case."""

from __future__ import annotations

import dataclasses
import re
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import pytest
from pytestqt.qtbot import QtBot
from requests.structures import CaseInsensitiveDict

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

pytest.importorskip("migradesk.server.app")
sys.path.insert(0, str(Path(__file__).parents[1] / "sync"))  # the sync tests' server kit

import synckit

from migradesk.domain.permissions import WriteRefused
from migradesk.domain.plan import Action
from migradesk.domain.report import ReportSection
from migradesk.domain.review import Milestone, PhaseDate
from migradesk.storage import Store
from migradesk.storage.sync.resolution import Resolution
from migradesk.storage.sync.sync_status import WHOLE_RECORD, Badge, Conflict
from migradesk.sync import commands
from migradesk.sync.credentials import INSECURE_FILE
from migradesk.sync.engine import SyncReport
from migradesk.sync.errors import AuthRequired, ErrorKind, NetworkError
from migradesk.sync.transport import Request, Response
from migradesk.wire import protocol

from migradesk.ui.main_window import MainWindow
from migradesk.ui.sync import SyncBadge, badge_text, install_sync
from migradesk.ui.sync.conflicts import ConflictView
from migradesk.ui.sync.controller import AUTO_MINUTES, SyncController
from migradesk.ui.sync.diff import word_diff
from migradesk.ui.sync.messages import failure_text
from migradesk.ui.sync.signin import SignInDialog
from migradesk.ui.sync.snapshot import ConflictItem

from .conftest import OpenWindow
from .typing_helper import replace_text, type_text

URL = "http://127.0.0.1:8000"
CITY = synckit.CITY.id
WAIT_MS = 30_000


@pytest.fixture
def memory_keyring() -> Iterator[synckit.MemoryKeyring]:
    with synckit.memory_keyring() as backend:
        yield backend


@pytest.fixture
def server(tmp_path: Path) -> Iterator[synckit.Server]:
    running = synckit.Server(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    running.add_city()
    running.add_user("punto.focal", synckit.Role.FOCAL_POINT, [CITY])
    running.add_user("otra.persona", synckit.Role.OFFICIAL, [CITY])
    yield running
    running.close()


def link(server: synckit.Server) -> commands.TransportFactory:
    return lambda _settings: server.transport()


def open_sync(
    open_window: OpenWindow, folder: Path, transport: commands.TransportFactory
) -> tuple[MainWindow, SyncController]:
    AUTO_MINUTES.set(0)  # no automatic syncs during a test
    window = open_window(folder)
    return window, install_sync(window, transport=transport)


def filled_sign_in(controller: SyncController, user: str = "punto.focal") -> SignInDialog:
    """The sign-in dialog open, with the server, the user and the right password typed."""
    controller.sign_in()
    dialog = controller.dialog
    assert dialog is not None and dialog.isVisible()
    replace_text(dialog.url_edit, URL)
    replace_text(dialog.user_edit, user)
    type_text(dialog.password_edit, synckit.PASSWORD)
    return dialog


def sign_in(qtbot: QtBot, controller: SyncController, user: str = "punto.focal") -> SyncReport:
    dialog = filled_sign_in(controller, user)
    with qtbot.waitSignal(controller.sync_finished, timeout=WAIT_MS) as finished:
        dialog.ok_button.click()
    assert not dialog.isVisible()
    report: SyncReport = finished.args[0]
    return report


def open_signed_in(
    qtbot: QtBot, open_window: OpenWindow, folder: Path, server: synckit.Server
) -> tuple[MainWindow, SyncController]:
    """A window signed in through the dialog, its first sync done and its file loaded."""
    window, controller = open_sync(open_window, folder, link(server))
    assert sign_in(qtbot, controller).ok
    qtbot.waitUntil(lambda: window.session.file is not None)
    return window, controller


def sync(qtbot: QtBot, controller: SyncController) -> SyncReport:
    with qtbot.waitSignal(controller.sync_finished, timeout=WAIT_MS) as finished:
        controller.sync_action.trigger()
    report: SyncReport = finished.args[0]
    assert report.ok, report.error
    return report


def section(text: str) -> ReportSection:
    return ReportSection(id=ReportSection.id_for(CITY, 1), city_id=CITY, section=1, text=text)


def test_sign_in_first_sync_then_edit_and_sync_now(
    qtbot: QtBot,
    open_window: OpenWindow,
    tmp_path: Path,
    server: synckit.Server,
    memory_keyring: synckit.MemoryKeyring,
) -> None:
    window, controller = open_sync(open_window, tmp_path / "datos", link(server))
    assert "Sin conexión a un servidor" in controller.status_button.text()
    assert not window.pending_label.isVisible()
    fractions: list[float] = []
    controller.runner.progress.connect(lambda p: fractions.append(p.fraction))

    report = sign_in(qtbot, controller)
    assert report.ok, report.error
    assert fractions and fractions == sorted(fractions)  # never backwards
    (token,) = memory_keyring.secrets.values()
    assert synckit.PASSWORD not in token
    # The city arrived from the server and the window opened it.
    qtbot.waitUntil(lambda: window.session.file is not None)
    assert window.session.file is not None and window.session.file.city.name == "Tilcara"
    assert window.current_page_id == "inicio"

    window.session.save([section("Contexto de Tilcara")])
    assert controller.status_button.text().startswith("1 cambio por enviar")
    report = sync(qtbot, controller)
    assert report.pushed == 1
    text = controller.status_button.text()
    assert text.startswith("Nada por enviar · Última sincronización: hoy "), text
    assert "conflicto" not in text and "rechaz" not in text
    assert controller.snapshot is not None and controller.snapshot.pending == 0
    assert server.records(CITY)[section("").id][2]["text"] == "Contexto de Tilcara"

    # The status opens the panel; the records tab counts the section as synced.
    controller.status_button.click()
    assert controller.dock.isVisible()
    tree = controller.panel.badges
    steps = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert "Fase 3 · Reporte de evaluación" in steps
    assert "sync-end ok=True" in controller.panel.log.toPlainText()
    controller.panel.copy_button.click()
    assert "sync-end" in QGuiApplication.clipboard().text()


def test_a_record_with_another_citys_id_is_kept_apart_and_the_panel_says_so(
    qtbot: QtBot,
    open_window: OpenWindow,
    tmp_path: Path,
    server: synckit.Server,
    memory_keyring: synckit.MemoryKeyring,
) -> None:
    """Sync G10 on a desktop of two cities: a record the server holds for the other city under
    an id of this city's is stored apart; this city's page keeps its text; the panel warns."""
    other = synckit.City(
        id="33333333-3333-4333-8333-333333333333",
        city_id="33333333-3333-4333-8333-333333333333",
        name="Maimará",
        province="Jujuy",
        region=synckit.Region.NOROESTE,
    )
    server.add_city(other)
    server.add_user("oficial.xy", synckit.Role.OFFICIAL, [CITY, other.id])
    window, controller = open_sync(open_window, tmp_path / "datos", link(server))
    assert sign_in(qtbot, controller, "oficial.xy").ok
    qtbot.waitUntil(lambda: window.session.file is not None)
    opened = window.session.city_id
    assert opened in (CITY, other.id)
    elsewhere = other.id if opened == CITY else CITY
    mine = ReportSection(
        id=ReportSection.id_for(opened, 1), city_id=opened, section=1, text="Contexto propio"
    )
    window.session.save([mine])
    sync(qtbot, controller)
    server.store_unchecked(elsewhere, dataclasses.replace(mine, city_id=elsewhere, text="Otro"))

    report = sync(qtbot, controller)
    assert report.other_city == 1
    qtbot.waitUntil(lambda: window.session.file is not None)
    assert window.session.file is not None
    assert window.session.file.report_sections["1"].text == "Contexto propio"
    controller.set_panel_visible(True)
    banner = controller.panel.other_city
    assert banner.isVisible()
    assert banner.text.text().startswith("Un registro de esta ciudad tiene el mismo identificador")
    assert "pull-other-city" in controller.panel.log.toPlainText()


def test_conflict_with_another_desktop_shows_both_versions_and_keep_mine(
    qtbot: QtBot,
    open_window: OpenWindow,
    tmp_path: Path,
    server: synckit.Server,
    memory_keyring: synckit.MemoryKeyring,
) -> None:
    window, controller = open_signed_in(qtbot, open_window, tmp_path / "datos", server)
    window.session.save([section("El municipio tiene una oficina de migraciones.")])
    sync(qtbot, controller)

    other = tmp_path / "otro"  # a second desktop of the city, headless
    commands.login(other, URL, "otra.persona", synckit.PASSWORD, transport=link(server))
    assert commands.sync(other, transport=link(server)).ok
    with Store.open(other) as store:
        store.save(section("El municipio tiene una oficina de atención a personas migrantes."))
    assert commands.sync(other, transport=link(server)).ok

    window.session.save([section("El municipio tiene una oficina de migraciones desde 2019.")])
    report = sync(qtbot, controller)
    assert report.conflicts == 1
    assert "1 en conflicto" in controller.status_button.text()

    controller.set_panel_visible(True)
    view = controller.panel.conflicts
    assert controller.panel.tabs.currentIndex() == 0
    assert len(view.items) == 1 and view.detail.isVisible()
    assert "desde 2019" in view.mine_view.toPlainText()
    assert "atención a personas migrantes" in view.theirs_view.toPlainText()
    assert view.theirs_title.text() == "Versión del otro equipo"
    assert "background" in view.mine_view.toHtml()  # the differing words are highlighted
    assert view.keep_theirs.text() == "Conservar el otro"

    view.keep_mine.click()
    assert view.items == [] and view.empty.isVisible()
    assert controller.status_button.text().startswith("1 cambio por enviar")
    sync(qtbot, controller)
    fields = server.records(CITY)[section("").id][2]
    assert fields["text"] == "El municipio tiene una oficina de migraciones desde 2019."
    assert controller.status_button.text().startswith("Nada por enviar")


def test_a_change_the_role_cannot_make_is_refused_when_saved_with_the_reason(
    qtbot: QtBot,
    open_window: OpenWindow,
    tmp_path: Path,
    server: synckit.Server,
    memory_keyring: synckit.MemoryKeyring,
) -> None:
    """The outbox holds only what the role may write: the focal point's desktop refuses IOM's
    phase date when it is saved, shows why, and queues nothing (no surprise at the server)."""
    window, controller = open_signed_in(qtbot, open_window, tmp_path / "datos", server)
    forbidden = PhaseDate(  # only IOM's reviewers set phase dates
        id=PhaseDate.id_for(CITY, Milestone.PHASE_1_START),
        city_id=CITY,
        milestone=Milestone.PHASE_1_START,
        on=date(2026, 3, 1),
    )
    window.session.save([forbidden])
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    shown = [box.text() for box in boxes if box.isVisible()]
    assert shown == ["Su rol (punto focal) no puede modificar las fechas de fase."]
    (refused,) = open_window.errors  # type: ignore[attr-defined]
    assert isinstance(refused, WriteRefused)
    open_window.errors.clear()  # type: ignore[attr-defined]
    assert window.session.pending == 0
    assert controller.status_button.text().startswith("Nada por enviar")
    assert sync(qtbot, controller).rejected == 0


def test_rejected_change_shows_the_servers_reason_and_can_be_discarded(
    qtbot: QtBot,
    open_window: OpenWindow,
    tmp_path: Path,
    server: synckit.Server,
    memory_keyring: synckit.MemoryKeyring,
) -> None:
    window, controller = open_signed_in(qtbot, open_window, tmp_path / "datos", server)
    refused = Action(  # an id the server holds for another city (sync G10)
        id=server.taken_id(), city_id=CITY, objective_id="o", title="Mesa de atención"
    )
    window.session.save([refused])
    report = sync(qtbot, controller)
    assert report.rejected == 1
    assert controller.status_button.text().endswith("· 1 rechazado")

    controller.set_panel_visible(True)
    panel = controller.panel
    assert panel.tabs.currentIndex() == 1 and panel.tabs.tabText(1) == "Rechazados (1)"
    view = panel.rejected
    assert len(view.items) == 1 and view.reason.isVisible()
    assert view.reason.text() and view.reason.text() == view.items[0].entry.error
    assert view.items[0].what == "Mesa de atención"

    view.discard_button.click()
    assert view.confirm.isVisible()
    assert view.confirm.confirm_button is not None
    view.confirm.confirm_button.click()
    assert view.items == [] and view.empty.isVisible()
    assert "rechaz" not in controller.status_button.text()


def test_no_keyring_explains_and_offers_the_explicit_opt_in(
    qtbot: QtBot,
    open_window: OpenWindow,
    tmp_path: Path,
    server: synckit.Server,
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        data = tmp_path / "datos"
        _window, controller = open_sync(open_window, data, link(server))
        controller.sign_in()
        dialog = controller.dialog
        assert dialog is not None
        replace_text(dialog.url_edit, URL)
        replace_text(dialog.user_edit, "punto.focal")
        type_text(dialog.password_edit, synckit.PASSWORD)
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=WAIT_MS)
        assert "almacén seguro de contraseñas" in dialog.message.text()
        assert dialog.insecure_box.isVisible() and not dialog.insecure_box.isChecked()
        assert dialog.isVisible() and not (data / INSECURE_FILE).exists()

        dialog.insecure_box.setChecked(True)
        type_text(dialog.password_edit, synckit.PASSWORD)  # the password was selected
        with qtbot.waitSignal(controller.sync_finished, timeout=WAIT_MS) as finished:
            dialog.ok_button.click()
        assert finished.args[0].ok
        assert (data / INSECURE_FILE).exists()
        assert synckit.PASSWORD not in (data / INSECURE_FILE).read_text()
    finally:
        keyring.set_keyring(previous)


class Refused:
    def send(self, request: Request) -> Response:
        raise NetworkError("ConnectionRefusedError (prueba)")

    def close(self) -> None:
        pass


def test_sign_in_errors_are_plain_spanish(
    qtbot: QtBot,
    open_window: OpenWindow,
    tmp_path: Path,
    server: synckit.Server,
    memory_keyring: synckit.MemoryKeyring,
) -> None:
    _window, controller = open_sync(open_window, tmp_path / "datos", link(server))
    controller.sign_in()
    dialog = controller.dialog
    assert dialog is not None
    replace_text(dialog.url_edit, "http://migradesk.example.org")
    replace_text(dialog.user_edit, "punto.focal")
    type_text(dialog.password_edit, "una-clave")
    dialog.ok_button.click()
    assert "https://" in dialog.message.text() and not dialog.busy  # refused before any network

    replace_text(dialog.url_edit, URL)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=WAIT_MS)
    assert dialog.message.text() == "Usuario o contraseña incorrectos."

    dialog.transport = lambda _settings: Refused()
    type_text(dialog.password_edit, synckit.PASSWORD)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=WAIT_MS)
    assert dialog.message.text().startswith("No se pudo conectar con el servidor.")
    assert memory_keyring.secrets == {}
    dialog.reject()


def test_badges_and_word_diff(qtbot: QtBot) -> None:
    assert badge_text(Badge.PENDING) == "por enviar"
    assert [badge_text(b) for b in Badge] == [b.value for b in Badge]
    badge = SyncBadge(Badge.CONFLICT)
    qtbot.addWidget(badge)
    assert badge.text() == "en conflicto" and badge.toolTip()
    badge.set_badge(None)
    assert badge.isHidden()
    mine, theirs = word_diff("una oficina de migraciones", "una oficina de atención")
    assert "una oficina de" in mine and mine.count("<span") == 1 and "migraciones</span>" in mine
    assert "atención</span>" in theirs


def test_status_is_clickable_and_the_menu_has_sync_now(
    open_window: OpenWindow, demo_dir: Path
) -> None:
    window, controller = open_sync(open_window, demo_dir, lambda _s: Refused())
    keys = [k.toString() for k in controller.sync_action.shortcuts()]
    assert keys == ["F5", "Ctrl+Shift+S"]
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("Si&ncronización") == titles.index("A&yuda") - 1
    text = controller.status_button.text()
    assert "Sin conexión a un servidor" in text
    controller.sync_action.trigger()  # not signed in: asks to sign in
    assert controller.dialog is not None and controller.dialog.isVisible()
    controller.dialog.reject()
    window.language_actions["en"].trigger()
    assert controller.menu.title() == "Sy&nc"
    window.language_actions["es"].trigger()
    assert controller.menu.title() == "Si&ncronización"


def _deleted_conflict(conflict_id: int = 7) -> ConflictItem:
    conflict = Conflict(
        id=conflict_id,
        city_id=CITY,
        kind="action",
        record_id="a1",
        field=WHOLE_RECORD,
        mine={"title": "Mesa de atención", "description": "Con turnos", "objective_id": "o"},
        theirs=None,
        base=9,
        created_at=datetime(2026, 5, 1, 12, tzinfo=UTC),
        resolved_at=None,
    )
    return ConflictItem(conflict, "Mesa de atención")


def test_only_texts_offer_to_combine(qtbot: QtBot) -> None:
    """Two desktops that set a date of a record the city has one of (G13) choose one."""
    view = ConflictView()
    qtbot.addWidget(view)
    view.show()
    at = datetime(2026, 5, 1, 12, tzinfo=UTC)
    dated = Conflict(8, CITY, "phase_date", "p1", "on", "2026-04-01", "2026-04-06", None, at, None)
    text = dataclasses.replace(dated, id=9, kind="workshop", field="notes", mine="A", theirs="B")
    view.set_items([ConflictItem(dated, ""), ConflictItem(text, "")])
    view.select(8)
    assert not view.combine.isVisible() and view.keep_mine.isVisible()
    assert "2026-04-06" in view.theirs_view.toPlainText()
    view.select(9)
    assert view.combine.isVisible()


def test_conflict_view_asks_to_restore_a_deleted_record(qtbot: QtBot) -> None:
    view = ConflictView()
    qtbot.addWidget(view)
    view.show()
    view.set_items([_deleted_conflict()])
    assert view.hint.text() == "Otra persona eliminó este registro. ¿Restaurarlo con tus cambios?"
    assert view.keep_mine.text() == "Restaurar con mis cambios"
    assert view.keep_theirs.text() == "Aceptar la eliminación"
    assert view.later.text() == "Más tarde" and view.later.isVisible()
    assert not view.combine.isVisible() and not view.theirs_view.isVisible()
    shown = view.mine_view.toPlainText()
    assert "Título: Mesa de atención" in shown and "Descripción: Con turnos" in shown
    assert "objective_id" not in shown
    assert "eliminado por otra persona" in view.list.item(0).text()
    answers: list[tuple[object, ...]] = []
    view.resolve.connect(lambda *args: answers.append(args))
    view.keep_mine.click()
    view.keep_theirs.click()
    view.later.click()
    assert answers == [
        (7, Resolution.KEEP_MINE, None),
        (7, Resolution.KEEP_THEIRS, None),
        (7, Resolution.LATER, None),
    ]
    assert len(view.items) == 1  # "later" leaves it open


def test_edit_of_a_record_deleted_elsewhere_restored_from_the_panel(
    qtbot: QtBot,
    open_window: OpenWindow,
    tmp_path: Path,
    server: synckit.Server,
    memory_keyring: synckit.MemoryKeyring,
) -> None:
    window, controller = open_signed_in(qtbot, open_window, tmp_path / "datos", server)
    action = Action(city_id=CITY, objective_id="o", title="Mesa de atención")
    window.session.save([action])
    sync(qtbot, controller)

    other = tmp_path / "otro"  # a second desktop of the city deletes it
    commands.login(other, URL, "otra.persona", synckit.PASSWORD, transport=link(server))
    assert commands.sync(other, transport=link(server)).ok
    with Store.open(other) as store:
        assert store.delete(Action, action.id)
    assert commands.sync(other, transport=link(server)).ok

    action.description = "Con turnos los martes"
    window.session.save([action])
    report = sync(qtbot, controller)
    assert report.conflicts == 1
    assert "1 en conflicto" in controller.status_button.text()
    file = window.session.file
    assert file is not None and file.all(Action) == []  # deleted here too, edits kept aside

    controller.set_panel_visible(True)
    view = controller.panel.conflicts
    assert len(view.items) == 1 and view.items[0].what == "Mesa de atención"
    assert view.hint.text() == "Otra persona eliminó este registro. ¿Restaurarlo con tus cambios?"
    assert "Con turnos los martes" in view.mine_view.toPlainText()
    view.keep_mine.click()  # "Restaurar con mis cambios"
    file = window.session.file
    assert file is not None
    (restored,) = file.all(Action)  # back at once
    assert restored.description == "Con turnos los martes"
    assert view.items == [] and controller.status_button.text().startswith("1 cambio por enviar")
    sync(qtbot, controller)
    _version, deleted, fields = server.records(CITY)[action.id]
    assert not deleted and fields["description"] == "Con turnos los martes"
    assert commands.sync(other, transport=link(server)).ok
    with Store.open(other) as store:
        seen = store.get(Action, action.id)
        assert seen is not None and seen.description == "Con turnos los martes"


class Expired:
    """A server that refuses every token (401), as after a revoked or expired session."""

    def __init__(self, inner: synckit.AppTransport) -> None:
        self.inner = inner

    def send(self, request: Request) -> Response:
        if request.path == protocol.LOGIN_PATH:
            return self.inner.send(request)
        return Response(401, {}, b'{"detail":"token"}')

    def close(self) -> None:
        pass


def test_a_refused_session_offers_sign_in_by_its_error_kind(
    qtbot: QtBot,
    open_window: OpenWindow,
    tmp_path: Path,
    server: synckit.Server,
    memory_keyring: synckit.MemoryKeyring,
) -> None:
    refusing = {"on": False}

    def transport(_settings: object) -> Expired | synckit.AppTransport:
        return Expired(server.transport()) if refusing["on"] else server.transport()

    window, controller = open_sync(open_window, tmp_path / "datos", transport)
    assert sign_in(qtbot, controller).ok
    controller.dialog = None
    refusing["on"] = True
    with qtbot.waitSignal(controller.sync_finished, timeout=WAIT_MS) as finished:
        controller.sync_action.trigger()
    report: SyncReport = finished.args[0]
    assert not report.ok and report.error_kind is ErrorKind.AUTH_REQUIRED
    assert report.needs_sign_in
    assert controller.has_token is False
    assert "Sesión cerrada: inicie sesión" in controller.status_button.text()
    assert controller.dialog is not None and controller.dialog.isVisible()  # sign-in offered
    assert "expiró" in window.statusBar().currentMessage()
    controller.dialog.reject()


def test_failure_texts_follow_the_error_kind_not_the_message() -> None:
    report = SyncReport(error="texto cualquiera sin la palabra clave")
    report.error_kind = ErrorKind.AUTH_REQUIRED
    assert failure_text(report).startswith("La sesión con el servidor expiró")
    network = SyncReport.failure(NetworkError("ConnectionRefusedError: [Errno 111]"))
    assert network.error_kind is ErrorKind.NETWORK and not network.needs_sign_in
    assert failure_text(network).startswith("No hay conexión con el servidor.")
    assert "Errno" not in failure_text(network)
    odd = SyncReport.failure(RuntimeError("algo raro"))
    assert odd.error_kind is ErrorKind.OTHER  # a bug: never its English words to the user
    assert failure_text(odd).startswith("Error inesperado durante la sincronización")
    assert "algo raro" not in failure_text(odd)


# Faults the user must see at once, and a sync that can be stopped (issues 11 and 19)

LOCKED = "Demasiados intentos fallidos"


def test_sign_in_during_a_lockout_shows_the_reason_and_when_at_once(
    qtbot: QtBot,
    open_window: OpenWindow,
    tmp_path: Path,
    server: synckit.Server,
    memory_keyring: synckit.MemoryKeyring,
) -> None:
    for _ in range(5):  # the server locks the account for 15 min (429, Retry-After: 900)
        with pytest.raises(AuthRequired):
            commands.login(tmp_path / "x", URL, "punto.focal", "mala", transport=link(server))
    _window, controller = open_sync(open_window, tmp_path / "datos", link(server))
    dialog = filled_sign_in(controller)
    started = time.monotonic()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=8_000)
    assert time.monotonic() - started < 5 and not dialog.busy
    text = dialog.message.text()
    assert text.startswith(LOCKED), text  # the server's own reason
    assert re.search(r"Puede intentar de nuevo a partir de las \d\d:\d\d", text), text
    assert memory_keyring.secrets == {}
    dialog.reject()


class Maintenance:
    """A server that answers everything with 429, its reason and Retry-After: 900."""

    def __init__(self) -> None:
        self.sent: list[Request] = []

    def send(self, request: Request) -> Response:
        self.sent.append(request)
        body = b'{"detail": "Servidor en mantenimiento."}'
        return Response(429, CaseInsensitiveDict({"Retry-After": "900"}), body)

    def close(self) -> None:
        pass


def test_a_sync_the_user_started_says_the_servers_wait_and_automatic_ones_honour_it(
    qtbot: QtBot,
    open_window: OpenWindow,
    tmp_path: Path,
    server: synckit.Server,
    memory_keyring: synckit.MemoryKeyring,
) -> None:
    busy = Maintenance()
    use = {"busy": False}

    def transport(_settings: object) -> Maintenance | synckit.AppTransport:
        return busy if use["busy"] else server.transport()

    window, controller = open_sync(open_window, tmp_path / "datos", transport)
    assert sign_in(qtbot, controller).ok
    use["busy"] = True
    window.session.save([section("Un cambio que espera")])
    started = time.monotonic()
    with qtbot.waitSignal(controller.sync_finished, timeout=8_000) as finished:
        controller.sync_action.trigger()
    assert time.monotonic() - started < 5
    report: SyncReport = finished.args[0]
    assert report.error_kind is ErrorKind.SERVER_BUSY and report.retry_at is not None
    message = window.statusBar().currentMessage()
    assert "Servidor en mantenimiento." in message and "a partir de las" in message
    assert controller.status_button.text().startswith("1 cambio por enviar")

    AUTO_MINUTES.set(15)
    asked = len(busy.sent)
    controller.auto_sync("intervalo")  # before Retry-After: not even a probe
    controller.wait(5)
    assert len(busy.sent) == asked and not controller.runner.running
    controller.not_before = datetime.now(UTC)  # the 15 min have passed
    controller.auto_sync("intervalo")
    controller.wait(5)
    assert len(busy.sent) > asked
    AUTO_MINUTES.set(0)


def test_cancel_in_the_panel_stops_a_sync_on_a_dripping_server(
    qtbot: QtBot,
    open_window: OpenWindow,
    tmp_path: Path,
    server: synckit.Server,
    memory_keyring: synckit.MemoryKeyring,
) -> None:
    from migradesk.sync.lock import SyncBusy, SyncLock
    from migradesk.sync.transport import HttpTransport

    drip = synckit.DripServer(every=2.0)
    use = {"drip": False}

    def transport(_settings: object) -> HttpTransport | synckit.AppTransport:
        return HttpTransport(drip.url) if use["drip"] else server.transport()

    data = tmp_path / "datos"
    try:
        window, controller = open_sync(open_window, data, transport)
        assert sign_in(qtbot, controller).ok
        use["drip"] = True
        window.session.save([section("Un cambio que no debe perderse")])
        with Store.open(data) as store:
            queued = [e.mutation_id for e in store.outbox_entries()]
        controller.set_panel_visible(True)
        panel = controller.panel
        assert not panel.cancel_button.isVisible()
        panel.sync_button.click()
        assert drip.requested.wait(20)
        qtbot.waitUntil(lambda: panel.cancel_button.isVisible(), timeout=5_000)
        with pytest.raises(SyncBusy):  # the sync holds the lock while the server drips
            SyncLock(data).acquire()
        pressed = time.monotonic()
        with qtbot.waitSignal(controller.sync_finished, timeout=5_000) as finished:
            panel.cancel_button.click()
        assert time.monotonic() - pressed < 3
        report: SyncReport = finished.args[0]
        assert report.error_kind is ErrorKind.CANCELLED
        assert window.statusBar().currentMessage().startswith("Sincronización cancelada.")
        qtbot.waitUntil(lambda: not panel.cancel_button.isVisible(), timeout=5_000)
        with SyncLock(data):  # released
            pass
        with Store.open(data) as store:
            assert [e.mutation_id for e in store.outbox_entries()] == queued
        assert panel.sync_button.isEnabled()
    finally:
        drip.close()
