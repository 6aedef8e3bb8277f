"""Per-record sync badges in the pages: computed with the file on the DB worker, never by a page.

The sync itself is simulated with the storage's replica API (what the engine calls after the
server answered a push), then the session reloads, as the sync controller does after each sync.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from migradesk.storage import Store
from migradesk.storage.sync import replica
from migradesk.storage.sync.sync_status import Badge
from migradesk.wire import protocol

from migradesk.ui.main_window import MainWindow
from migradesk.ui.pages.fase2 import Fase2Page
from migradesk.ui.pages.fase3 import Fase3Page
from migradesk.ui.pages.fase4 import TAB_PLAN, Fase4Page
from migradesk.ui.pages.fase4_model import SYNC
from migradesk.ui.pages.inscripcion import InscripcionPage
from migradesk.ui.pages.welcome import WelcomePage

from .conftest import OpenWindow
from .typing_helper import type_text


def new_city(open_window: OpenWindow, data_dir: Path) -> MainWindow:
    window = open_window(data_dir)
    welcome = window.stack.currentWidget()
    assert isinstance(welcome, WelcomePage)
    type_text(welcome.query, "Añatuya")
    welcome._search()
    welcome.choose()
    assert window.session.file is not None
    return window


def server_answers(window: MainWindow, status: str = "applied", field: str = "") -> None:
    """The server answered a push of everything waiting; then the app reloads the city."""

    def push(store: Store) -> None:
        batch = replica.take_batch(store, max_entries=1000, max_bytes=10**8)
        assert batch is not None
        results = []
        for entry in batch.entries:
            conflicts = []
            if status == "conflict" and field in entry.changes:  # someone else changed it too
                conflicts = [
                    protocol.FieldConflict(field=field, mine="mío", theirs="de OIM")
                ]  # fmt: skip
            results.append(
                protocol.MutationResult(
                    mutation_id=entry.mutation_id,
                    status=protocol.ResultStatus.APPLIED,
                    version=10,
                    conflicts=conflicts,
                )
            )
        replica.apply_push(store, batch, results, replica.utcnow())

    window.session.worker.submit(push)
    window.session.reload()


def fase2(window: MainWindow) -> Fase2Page:
    window.show_page("fase2")
    page = window.stack.currentWidget()
    assert isinstance(page, Fase2Page)
    return page


def test_an_answer_goes_local_synced_pending_and_in_conflict(
    open_window: OpenWindow, empty_dir: Path
) -> None:
    window = new_city(open_window, empty_dir)
    page = fase2(window)
    assert page.current_id == "a01"
    assert not page.editor.badge.isVisibleTo(page)  # nothing written yet: no badge
    page.editor.choose(0)
    page.flush()
    assert page.editor.badge.text() == "guardado localmente"

    server_answers(window)
    assert page.editor.badge.text() == "sincronizado"
    assert "sincronizado" in page.tree.items["a01"].toolTip(0)

    type_text(page.editor.notes, "Falta la circular.")
    page.flush()
    assert page.editor.badge.text() == "por enviar"
    assert page.editor.badge.isVisibleTo(page)

    server_answers(window, "conflict", "notes")
    assert page.editor.badge.text() == "en conflicto"
    assert not page.tree.items["a01"].icon(1).isNull()  # the warning icon
    page.step(+1)  # another indicator, its own badge (never written: none)
    assert not page.editor.badge.isVisibleTo(page)
    page.step(-1)
    assert page.editor.badge.text() == "en conflicto"


def test_report_sections_inscription_and_plan_show_their_badges(
    open_window: OpenWindow, empty_dir: Path
) -> None:
    window = new_city(open_window, empty_dir)
    window.show_page("inscripcion")
    inscripcion = window.stack.currentWidget()
    assert isinstance(inscripcion, InscripcionPage)
    type_text(inscripcion.inputs["application.mayor_name"], "Ana Ñañez")
    inscripcion.flush()
    assert inscripcion.header_badge.text() == "guardado localmente"

    window.show_page("fase3")
    report = window.stack.currentWidget()
    assert isinstance(report, Fase3Page)
    type_text(report.editor.edit, "Añatuya, cabecera de General Taboada.")
    report.flush()
    assert report.section_badge.text() == "guardado localmente"

    window.show_page("fase4")
    plan_page = window.stack.currentWidget()
    assert isinstance(plan_page, Fase4Page)
    type_text(plan_page.new_area, "Salud sin barreras")
    plan_page.add_area_button.click()
    area = window.session.file.priority_areas[0]  # type: ignore[union-attr]
    plan_page.areas_model.setData(
        plan_page.areas_model.index(0, 7),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    plan_page.show_tab(TAB_PLAN)
    plan = plan_page.plan
    assert plan is not None
    sync_mark = Qt.ItemDataRole.AccessibleTextRole  # the column shows a mark, not the words
    assert plan.model.index_of(area.id, SYNC).data(sync_mark) == "guardado localmente"
    assert plan.model.index_of(area.id, SYNC).data() is None

    server_answers(window)
    assert plan.model.index_of(area.id, SYNC).data(sync_mark) == "sincronizado"
    tip = Qt.ItemDataRole.ToolTipRole
    assert plan.model.headerData(SYNC, Qt.Orientation.Horizontal, tip) == "Sincronización"
    window.show_page("fase3")
    assert report.section_badge.text() == "sincronizado"
    type_text(report.editor.edit, " Frontera con Bolivia.")
    report.flush()
    assert report.section_badge.text() == "por enviar"
    window.show_page("inscripcion")
    assert inscripcion.header_badge.text() == "sincronizado"
    type_text(inscripcion.inputs["application.mayor_title"], "Intendenta")
    inscripcion.flush()
    assert inscripcion.header_badge.text() == "por enviar"

    server_answers(window, "conflict", "mayor_title")
    assert inscripcion.header_badge.text() == "en conflicto"
    window.show_page("fase3")
    assert report.section_badge.text() == "sincronizado"  # its edit was applied cleanly
    assert window.session.badges[area.id] is Badge.SYNCED
