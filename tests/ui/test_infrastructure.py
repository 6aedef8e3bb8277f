"""Shared UI machinery: custom autosave fields, updates of the latest record, banners with
buttons, undo in the report editor, Fase 6's comments and selection colour."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QSpinBox

from migradesk.domain.application import Application
from migradesk.domain.base import Role
from migradesk.domain.plan import Action
from migradesk.domain.register import search
from migradesk.domain.report import Attendee, Workshop, WorkshopKind
from migradesk.domain.review import Comment
from migradesk.storage import Store

from migradesk.ui import app as ui_app
from migradesk.ui import style
from migradesk.ui.autosave import Binder
from migradesk.ui.main_window import MainWindow
from migradesk.ui.pages.fase3 import Fase3Page
from migradesk.ui.pages.fase6 import Fase6Page
from migradesk.ui.pages.fase6_model import TITLE
from migradesk.ui.widgets.forms import Banner, BannerButton
from migradesk.ui.widgets.monitoring_delegate import selected_tint
from migradesk.ui.worker import DbWorker, _Job

from .conftest import TODAY, OpenWindow, close_window
from .typing_helper import type_text


class QueuedDbWorker(DbWorker):
    """Holds every operation until ``run_queued()``: edits overlap as on a busy disk."""

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.queue: list[_Job[Any]] = []

    def _start(self, job: _Job[Any]) -> None:
        self.queue.append(job)

    def run_queued(self) -> None:
        while self.queue:
            job = self.queue.pop(0)
            self._execute(job)
            self._deliver(job)

    def wait_idle(self, timeout: float = 30.0) -> None:
        self.run_queued()


def humahuaca(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.save(search("Humahuaca")[0].to_city())


# --- Binder.custom ---------------------------------------------------------------------------


def test_a_custom_field_autosaves_validates_and_loads(
    open_window: OpenWindow, empty_dir: Path
) -> None:
    humahuaca(empty_dir)
    window = open_window(empty_dir)
    session = window.session
    spin = QSpinBox()
    spin.setRange(0, 10_000_000)
    error = QLabel()

    def read() -> int:
        if spin.value() == 13:
            raise ValueError("Trece no")
        return spin.value()

    binder = Binder(
        session,
        Application,
        lambda f: f.application,
        lambda f: Application(id=Application.id_for(f.city.id), city_id=f.city.id),
        "inscripción",
    )
    binder.custom(
        "current_population", spin, read, lambda v: spin.setValue(v or 0), spin.valueChanged,
        error_label=error,
    )  # fmt: skip
    spin.setValue(13)
    binder.flush()
    assert error.text() == "Trece no" and spin.property("invalid") is True
    assert session.file.application is None  # type: ignore[union-attr]
    spin.setValue(12_500)
    binder.flush()
    assert session.file.application.current_population == 12_500  # type: ignore[union-attr]
    assert spin.property("invalid") is False
    binder.load()  # echo of the stored value
    assert spin.value() == 12_500 and not binder.dirty
    binder.mark_edited("current_population")  # a change made in code
    assert binder.dirty == {"current_population"}
    binder.flush()


# --- Session.update: overlapping edits of one record --------------------------------------


def open_queued(data_dir: Path, qtbot: QtBot) -> tuple[MainWindow, QueuedDbWorker]:
    worker = QueuedDbWorker(Store.open(data_dir))
    window = ui_app.start(data_dir, worker=worker, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    worker.run_queued()
    return window, worker


def test_attendees_and_the_place_never_overwrite_each_other(qtbot: QtBot, empty_dir: Path) -> None:
    humahuaca(empty_dir)
    window, worker = open_queued(empty_dir, qtbot)
    window.show_page("fase3")
    page = window.pages["fase3"]
    assert isinstance(page, Fase3Page)
    workshop = page.workshop
    page.tabs.setCurrentWidget(workshop)

    type_text(workshop.place, "Salón del Concejo")
    workshop.binder.flush()  # queued: the workshop does not exist yet
    workshop._save_attendees([Attendee(name="Ana Peña", organisation="OIM")])  # queued too
    assert window.session.file.workshop(WorkshopKind.DIAGNOSTIC) is None  # type: ignore[union-attr]
    worker.run_queued()
    saved = window.session.file.workshop(WorkshopKind.DIAGNOSTIC)  # type: ignore[union-attr]
    assert saved is not None and saved.place == "Salón del Concejo"
    assert [a.name for a in saved.attendees] == ["Ana Peña"]

    # The other order: the table first, then the form, before either is written.
    workshop._save_attendees([*saved.attendees, Attendee(name="José Ruiz")])
    type_text(workshop.place, ", planta alta")
    workshop.binder.flush()
    worker.run_queued()
    saved = window.session.file.workshop(WorkshopKind.DIAGNOSTIC)  # type: ignore[union-attr]
    assert saved.place == "Salón del Concejo, planta alta"  # type: ignore[union-attr]
    assert [a.name for a in saved.attendees] == ["Ana Peña", "José Ruiz"]  # type: ignore[union-attr]

    stack = window.session.undo_stack
    assert stack.undoText() == "Editar taller de diagnóstico"
    stack.undo()  # the place only: the attendees stay
    worker.run_queued()
    saved = window.session.file.workshop(WorkshopKind.DIAGNOSTIC)  # type: ignore[union-attr]
    assert saved.place == "Salón del Concejo"  # type: ignore[union-attr]
    assert len(saved.attendees) == 2  # type: ignore[union-attr]
    stack.undo()  # then the second attendee
    worker.run_queued()
    saved = window.session.file.workshop(WorkshopKind.DIAGNOSTIC)  # type: ignore[union-attr]
    assert [a.name for a in saved.attendees] == ["Ana Peña"]  # type: ignore[union-attr]
    window.close()
    worker.shutdown()


def test_update_applies_to_the_record_as_stored(open_window: OpenWindow, demo_dir: Path) -> None:
    window = open_window(demo_dir)
    session = window.session
    stored = session.file.workshop(WorkshopKind.DIAGNOSTIC)  # type: ignore[union-attr]
    assert stored is not None
    seen: list[Workshop | None] = []
    session.update(
        Workshop, stored.id, lambda w: w.__class__(**{**w.__dict__, "place": "Otro"}),
        on_success=seen.append,
    )  # fmt: skip
    assert seen[0] is not None and seen[0].place == "Otro"
    assert session.file.workshop(WorkshopKind.DIAGNOSTIC).place == "Otro"  # type: ignore[union-attr]
    session.update(Workshop, "no-such-id", lambda w: w, on_success=seen.append)
    assert seen[-1] is None  # nothing stored, no default: nothing happens


# --- Banner ----------------------------------------------------------------------------------


def test_banner_buttons(qtbot: QtBot) -> None:
    banner = Banner()
    qtbot.addWidget(banner)
    clicked: list[str] = []
    dismissed: list[bool] = []
    banner.dismissed.connect(lambda: dismissed.append(True))
    banner.show_text(
        "PDF guardado",
        "ok",
        [
            BannerButton("Abrir", lambda: clicked.append("abrir"), primary=True),
            BannerButton("Seguir", lambda: clicked.append("seguir"), hides=False),
        ],
    )
    banner.show()
    assert [b.text() for b in banner.buttons] == ["Abrir", "Seguir"]
    assert banner.buttons[0].objectName() == "primary"
    banner.buttons[1].click()
    assert clicked == ["seguir"] and banner.isVisible()
    banner.buttons[0].click()
    assert clicked == ["seguir", "abrir"] and not banner.isVisible()
    banner.show_text("Otra vez", buttons=[BannerButton("Cerrar", lambda: None)])
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            banner, QKeyEvent(kind, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
        )
    assert not banner.isVisible() and dismissed == [True]
    banner.show_text("Sin botones")
    assert banner.buttons == [] and banner.isVisible()


# --- Edit ▸ Undo in the report editor (a QTextEdit) --------------------------------------------


def test_edit_undo_reaches_the_report_editor(
    qtbot: QtBot, open_window: OpenWindow, empty_dir: Path
) -> None:
    humahuaca(empty_dir)
    window = open_window(empty_dir)
    window.windowHandle().requestActivate()  # focus follows the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_page("fase3")
    page = window.pages["fase3"]
    assert isinstance(page, Fase3Page)
    edit = page.editor.edit
    type_text(edit, "Borrador")
    assert QApplication.focusWidget() is edit
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert edit.toPlainText() != "Borrador"
    window.redo_action.trigger()
    assert edit.toPlainText() == "Borrador"


# --- Fase 6: comments beside the action, selection keeps the orange ----------------------------


def fase6(window: MainWindow) -> Fase6Page:
    window.show_page("fase6")
    page = window.stack.currentWidget()
    assert isinstance(page, Fase6Page)
    return page


def test_fase6_shows_iom_comments_on_the_selected_action(
    open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir)
    file = window.session.file
    assert file is not None
    commented = [c for c in file.all(Comment) if c.anchor_kind == Action.KIND]
    assert commented, "the demo has comments on actions"
    page = fase6(window)
    target = commented[0]
    page.select_action(target.anchor_id)
    assert page.comments.isVisible() and page.comments.anchor_id == target.anchor_id
    bodies = [c.body for c in page.comments.comments]
    assert target.body in bodies
    others = [r for r in page.model.rows if r.action.id not in {c.anchor_id for c in commented}]
    page.select_action(others[0].action.id)
    assert page.comments.comments == []
    page.select_action(target.anchor_id)
    if page.comments.reply.isVisible():  # IOM's comment waits for an answer: reply here
        type_text(page.comments.reply, "Se amplió el presupuesto en la ordenanza de diciembre")
        page.comments.reply_button.click()
        replies = [c for c in window.session.file.all(Comment) if c.reply_to]  # type: ignore[union-attr]
        assert any(
            r.anchor_id == target.anchor_id and r.author_role is Role.FOCAL_POINT for r in replies
        )
    close_window(window)


def test_a_reply_carries_the_signed_in_role(open_window: OpenWindow, demo_dir: Path) -> None:
    """An official's desktop signs its reply as an official's: the store (and the server)
    would refuse a comment signed with another role."""
    from migradesk.storage import Store
    from migradesk.storage.sync import sync_settings

    with Store.open(demo_dir) as store:
        account = sync_settings.SyncSettings("https://oim.example", "ana", Role.OFFICIAL.value)
        sync_settings.save(store, account)
    window = open_window(demo_dir)
    assert window.session.role == Role.OFFICIAL
    file = window.session.file
    assert file is not None
    page = fase6(window)
    answerable = [
        c
        for c in file.all(Comment)
        if c.anchor_kind == Action.KIND and c.author_role is Role.REVIEWER
    ]
    page.select_action(answerable[-1].anchor_id)
    assert page.comments.reply.isVisible()
    type_text(page.comments.reply, "Respondo como funcionaria")
    page.comments.reply_button.click()
    replies = [c for c in window.session.file.all(Comment) if c.body == "Respondo como funcionaria"]  # type: ignore[union-attr]
    assert [r.author_role for r in replies] == [Role.OFFICIAL]
    close_window(window)


def test_fase6_selection_keeps_the_overdue_orange(open_window: OpenWindow, demo_dir: Path) -> None:
    window = open_window(demo_dir)
    page = fase6(window)
    assert page.filter_buttons[next(iter(page.filter_buttons))].styleSheet() == ""
    late = next(r for r in page.model.rows if r.overdue)
    fresh = next(r for r in page.model.rows if not r.overdue)
    page.select_action(late.action.id)
    image = page.table.viewport().grab().toImage()
    row = page.proxy.mapFromSource(page.model.index(page.model.row_of(late.action.id), TITLE))
    rect = page.table.visualRect(row)
    colour = image.pixelColor(rect.left() + 2, rect.bottom() - 2)
    expected = selected_tint(QColor(style.WARN_SOFT))
    assert abs(colour.red() - expected.red()) <= 3 and abs(colour.blue() - expected.blue()) <= 3
    assert colour != QColor(style.ACCENT_SOFT)
    page.select_action(fresh.action.id)  # a row without tint: the usual selection colour
    image = page.table.viewport().grab().toImage()
    row = page.proxy.mapFromSource(page.model.index(page.model.row_of(fresh.action.id), TITLE))
    rect = page.table.visualRect(row)
    assert image.pixelColor(rect.left() + 2, rect.bottom() - 2) == QColor(style.ACCENT_SOFT)


# --- The binding must not lose references to None (PySide6 6.12 did, pyproject pins below it) ---


def test_qt_calls_returning_none_keep_its_reference_count(qapp: QApplication) -> None:
    import sys

    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(10_000):  # with the defect: "Fatal Python error: deallocating None" later on
        probe.parent()
    assert sys.getrefcount(None) >= before - 100
