"""From the application to the certification, through one real server: two cities' desktops,
IOM's reviewer and CIPPEC, each signed in from an empty data dir, every step done through the UI.

A ``migradesk-server serve`` process on loopback (SQLite); every desktop talks HTTP to it. The
cities apply and send their deliverables with the city's pages; the reviewer's and the partner's
desktops turn into the workspace at sign-in and answer from it: the launch and results dates for
both cities at once, receipt, IOM's comment on an indicator, CIPPEC's comment on a passage of the
report and its validation, the final approval, IOM's comment on an action of the plan and the
plan's validation, the ceremony and the certificate. Each answer reaches the city's desktop at
its next sync.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog

pytest.importorskip("migradesk.server.app")
sys.path.insert(0, str(Path(__file__).parents[2] / "sync"))  # the sync tests' server kit

import synckit

from migradesk.domain.base import Role
from migradesk.domain.plan import Action
from migradesk.domain.process import Act, ItemState, Stage, review
from migradesk.domain.register import search
from migradesk.domain.review import Comment, Deliverable, Milestone
from migradesk.storage.sync.sync_settings import SyncSettings
from migradesk.sync.engine import SyncReport
from migradesk.sync.transport import HttpTransport, Transport

from migradesk.ui.main_window import MainWindow
from migradesk.ui.pages.fase2 import Fase2Page
from migradesk.ui.pages.fase3 import Fase3Page
from migradesk.ui.pages.fase4 import TAB_PLAN, Fase4Page
from migradesk.ui.pages.fase5 import Fase5Page
from migradesk.ui.pages.inscripcion import InscripcionPage
from migradesk.ui.pages.welcome import WelcomePage
from migradesk.ui.sync.controller import SyncController
from migradesk.ui.workspace.certify_card import CertifyCard
from migradesk.ui.workspace.cities_page import CitiesPage
from migradesk.ui.workspace.dates_page import DatesPage
from migradesk.ui.workspace.queue_page import QueuePage
from migradesk.ui.workspace.review_card import ReviewCard
from migradesk.ui.workspace.view import TAB_CITIES, TAB_DATES, TAB_QUEUE

from ..conftest import OpenWindow
from ..test_end_to_end import (
    answer_the_comment,
    confirmation,
    fase1,
    fase2,
    fase4,
    final_report,
    inscripcion,
    next_action,
    punto_focal,
    show,
    workshop_and_report,
)
from ..test_sync_ui import WAIT_MS, open_sync
from ..typing_helper import replace_text, type_text

ANATUYA = search("Añatuya")[0].to_city()
FRIAS = search("Frías", "Santiago del Estero")[0].to_city()


def _seed(server: synckit.Server) -> None:
    """The two cities and the four accounts."""
    for city in (ANATUYA, FRIAS):
        server.add_city(city)
    for username, role, city_ids in (
        ("anatuya", Role.FOCAL_POINT, [ANATUYA.id]),
        ("frias", Role.FOCAL_POINT, [FRIAS.id]),
        ("revisora", Role.REVIEWER, []),
        ("cippec", Role.PARTNER, []),
    ):
        server.add_user(username, role, city_ids)


@pytest.fixture
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One real server process on loopback (SQLite); its URL."""
    folder = tmp_path_factory.mktemp("servidor")
    with synckit.memory_keyring():
        server = synckit.LiveServer(
            f"sqlite:///{folder / 'server.sqlite3'}", folder / "server.log", _seed
        )
        try:
            yield server.url
        finally:
            server.close()


def http(settings: SyncSettings) -> Transport:
    return HttpTransport(settings.server_url, connect_timeout=5, read_timeout=30)


class Desk:
    """A desktop of the test: its window and its sync."""

    def __init__(self, qtbot: QtBot, open_window: OpenWindow, folder: Path, url: str) -> None:
        self.qtbot = qtbot
        self.url = url
        self.window, self.sync_controller = open_sync(open_window, folder, http)

    def sign_in(self, username: str) -> SyncReport:
        controller = self.sync_controller
        controller.sign_in()
        dialog = controller.dialog
        assert dialog is not None
        replace_text(dialog.url_edit, self.url)
        replace_text(dialog.user_edit, username)
        type_text(dialog.password_edit, synckit.PASSWORD)
        with self.qtbot.waitSignal(controller.sync_finished, timeout=WAIT_MS) as finished:
            dialog.ok_button.click()
        report: SyncReport = finished.args[0]
        assert report.ok, report.error
        return report

    def sync(self) -> SyncReport:
        controller: SyncController = self.sync_controller
        with self.qtbot.waitSignal(controller.sync_finished, timeout=WAIT_MS) as finished:
            controller.sync_action.trigger()
        report: SyncReport = finished.args[0]
        assert report.ok and report.rejected == 0, report.error
        return report

    # The workspace

    def city(self, name: str, page_id: str) -> object:
        controller = self.window.workspace
        assert controller is not None and controller.snapshot is not None
        city_id = next(r.city_id for r in controller.snapshot.rows if r.name == name)
        controller.open_city(city_id, page_id)
        assert self.window.current_page_id == page_id
        return self.window.stack.currentWidget()

    def review(self, name: str, page_id: str, act: Act, note: str = "") -> None:
        page = self.city(name, page_id)
        [card] = page.findChildren(ReviewCard)  # type: ignore[attr-defined]
        button = card.buttons[act]
        assert button.isEnabled(), card.why.text()
        if note:
            type_text(card.note, note)
        button.click()
        card.confirm.confirm_button.click()  # type: ignore[union-attr]

    def queue(self) -> list[tuple[str, str]]:
        assert self.window.workspace is not None
        page = self.window.workspace.view.show_tab(TAB_QUEUE)
        assert isinstance(page, QueuePage)
        return [(i.city_name, i.action.key) for i in page.model.items]

    def panel(self) -> None:
        assert self.window.workspace is not None
        self.window.workspace.show_panel()


def comment_an_action(page: Fase4Page, text: str) -> str:
    """IOM's comment on the plan's first action (selected in the plan's tree); its id."""
    page.show_tab(TAB_PLAN)
    QApplication.processEvents()
    plan = page.plan
    assert plan is not None and page.session.file is not None
    action = page.session.file.all(Action)[0].id
    plan.tree.setCurrentIndex(plan.model.index_of(action))
    type_text(plan.comments.reply, text)
    plan.comments.reply_button.click()
    return action


def choose(window: MainWindow, name: str) -> None:
    page = window.stack.currentWidget()
    assert isinstance(page, WelcomePage)
    type_text(page.query, name)
    page._debounce.timeout.emit()
    assert page.selected() is not None
    page.choose_button.click()
    assert window.session.file is not None and window.session.file.city.name == name


def test_two_cities_iom_and_cippec_from_the_application_to_the_certification(
    qtbot: QtBot,
    open_window: OpenWindow,
    tmp_path: Path,
    live: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk: Callable[[str], Desk] = lambda name: Desk(qtbot, open_window, tmp_path / name, live)  # noqa: E731
    anatuya, frias, iom, cippec = desk("anatuya"), desk("frias"), desk("oim"), desk("cippec")

    # The cities apply (offline), then sign in: their applications reach IOM.
    choose(anatuya.window, "Añatuya")
    inscripcion(anatuya.window)
    anatuya.sign_in("anatuya")
    choose(frias.window, "Frías")
    inscripcion(frias.window)
    frias.sign_in("frias")

    # IOM signs in from an empty desktop: the window becomes the workspace, with both cities.
    assert isinstance(iom.window.stack.currentWidget(), WelcomePage)
    iom.sign_in("revisora")
    assert iom.window.workspace is not None and not iom.window.side.isVisible()
    assert sorted(iom.queue()) == [
        ("Añatuya", "inscripcion.recibir"),
        ("Frías", "inscripcion.recibir"),
    ]
    # The launch and the results for both at once.
    view = iom.window.workspace.view
    table = view.show_tab(TAB_CITIES)
    assert isinstance(table, CitiesPage)
    table.select([ANATUYA.id, FRIAS.id])
    table.dates_button.click()
    dates = view.pages[TAB_DATES]
    assert isinstance(dates, DatesPage) and dates.model.checked == {ANATUYA.id, FRIAS.id}
    for milestone, day in ((Milestone.CAMPAIGN_LAUNCH, "02/09/2026"),
                           (Milestone.RESULTS_NOTIFIED, "18/11/2026")):  # fmt: skip
        dates.milestone.setCurrentIndex(dates.milestone.findData(milestone))
        replace_text(dates.day.line, day)
        dates.apply_button.click()
        dates.confirm.confirm_button.click()  # type: ignore[union-attr]
    iom.review("Añatuya", "inscripcion", Act.APPROVE)
    iom.review("Frías", "inscripcion", Act.APPROVE)
    assert iom.sync().pushed == 6
    iom.panel()
    assert iom.queue() == []

    # Each city's calendar follows at its next sync.
    frias.sync()
    page = show(frias.window, "inscripcion")
    assert isinstance(page, InscripcionPage)
    assert frias.window.session.file is not None
    launch = frias.window.session.file.phase_date(Milestone.CAMPAIGN_LAUNCH)
    assert launch is not None and launch.on == date(2026, 9, 2)
    assert (
        next_action(frias.window)
        == "Enviar la nota de confirmación firmada por el/la intendente/a."
    )

    anatuya.sync()
    confirmation(anatuya.window)
    punto_focal(anatuya.window)
    fase1(anatuya.window)
    fase2(anatuya.window, qtbot)
    anatuya.sync()

    # IOM reviews the self-assessment: a comment on an indicator, then reviewed.
    iom.sync()
    assert iom.queue() == [("Añatuya", "fase2.revisar")]
    page = iom.city("Añatuya", "fase2")
    assert isinstance(page, Fase2Page) and not page.send_button.isVisible()
    type_text(page.comments.reply, "Muy bien documentado.")
    page.comments.reply_button.click()
    iom.review("Añatuya", "fase2", Act.APPROVE, "Formulario completo.")
    iom.sync()
    anatuya.sync()
    file = anatuya.window.session.file
    assert file is not None and review(file, Deliverable.SELF_ASSESSMENT).stage is Stage.DONE
    [indicator_comment] = [c for c in file.all(Comment) if c.author_role is Role.REVIEWER]
    assert indicator_comment.body == "Muy bien documentado."
    workshop_and_report(anatuya.window)
    anatuya.sync()

    # CIPPEC comments a passage of the report and returns it with observations.
    cippec.sign_in("cippec")
    assert cippec.queue() == [("Añatuya", "fase3.revisar")]
    page = cippec.city("Añatuya", "fase3")
    assert isinstance(page, Fase3Page)
    page.select_section("5")
    cursor = page.editor.edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    page.editor.edit.setTextCursor(cursor)
    type_text(page.comments.reply, "Sumar mujeres y niñas migrantes.")
    page.comments.reply_button.click()
    cippec.review("Añatuya", "fase3", Act.COMMENT)
    cippec.sync()
    anatuya.sync()
    file = anatuya.window.session.file
    assert file is not None
    [report_comment] = [c for c in file.all(Comment) if c.author_role is Role.PARTNER]
    assert report_comment.passage.startswith("Datos: registrar el país de nacimiento")
    answer_the_comment(anatuya.window)
    anatuya.sync()
    cippec.sync()
    cippec.review("Añatuya", "fase3", Act.VALIDATE)
    cippec.sync()
    anatuya.sync()
    final_report(anatuya.window)
    anatuya.sync()

    # IOM approves the final version; the plan; then certifies.
    iom.sync()
    iom.review("Añatuya", "fase3", Act.APPROVE)
    iom.sync()
    anatuya.sync()
    fase4(anatuya.window)
    anatuya.sync()
    iom.sync()
    page = iom.city("Añatuya", "fase5")
    [card] = page.findChildren(CertifyCard)  # type: ignore[attr-defined]
    assert not card.certify_button.isEnabled()
    assert card.why.text() == "Falta: Plan de acción validado por OIM."
    page = iom.city("Añatuya", "fase4")
    assert isinstance(page, Fase4Page)
    action = comment_an_action(page, "Sumar un indicador de avance.")
    iom.review("Añatuya", "fase4", Act.APPROVE, "Plan validado.")
    page = iom.city("Añatuya", "fase5")
    [card] = page.findChildren(CertifyCard)  # type: ignore[attr-defined]
    assert card.certify_button.isEnabled()
    type_text(card.place, "Plaza San Martín")
    card.add_button.click()
    card.invitees.item(0, 0).setText("Ana María Ñañez")
    card.invitees.item(0, 2).setText("Intendenta")
    type_text(card.day.line, "24/11/2026")
    card.certify_button.click()
    card.confirm.confirm_button.click()  # type: ignore[union-attr]
    out = tmp_path / "certificado.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda *a: True)
    card.export_button.click()
    qtbot.waitUntil(lambda: not iom.window.exporter.busy, timeout=20_000)
    text = " ".join(p.extract_text() or "" for p in PdfReader(out).pages)
    assert "Añatuya" in text and "Plaza San Martín" in text
    iom.sync()

    anatuya.sync()
    page = show(anatuya.window, "fase4")  # IOM's comment on the action, beside it
    assert isinstance(page, Fase4Page)
    page.show_tab(TAB_PLAN)
    assert page.plan is not None
    page.plan.tree.setCurrentIndex(page.plan.model.index_of(action))
    assert [c.body for c in page.plan.comments.comments] == ["Sumar un indicador de avance."]
    page = show(anatuya.window, "fase5")
    assert isinstance(page, Fase5Page)
    assert {item.state for item in page.items} == {ItemState.MET}
    assert page.seal_title.text() == "Ciudad certificada el 24 de noviembre de 2026"
    file = anatuya.window.session.file
    assert file is not None and file.certification is not None
    assert [i.name for i in file.certification.invitees] == ["Ana María Ñañez"]
    iom.panel()
    snapshot = iom.window.workspace.snapshot
    assert snapshot is not None and snapshot.pending == 0
    row = snapshot.row(ANATUYA.id)
    assert row is not None and row.overview.certified and row.last_seen is not None
