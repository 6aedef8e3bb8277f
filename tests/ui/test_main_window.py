from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.city import City
from migradesk.domain.process import StepState
from migradesk.domain.review import Deliverable, ReviewEvent, ReviewState
from migradesk.storage import Store

from migradesk.ui.navigator import DetailRole, IdRole, Navigator, StateRole
from migradesk.ui.pages import PAGES
from migradesk.ui.worker import DbWorker, SyncDbWorker

from .conftest import OpenWindow, close_window, receive_from_iom


def states(window) -> dict[str, StepState | None]:  # type: ignore[no-untyped-def]
    model = window.navigator.steps
    rows = (model.index(r) for r in range(model.rowCount(QModelIndex())))
    return {i.data(IdRole): i.data(StateRole) for i in rows}


def test_navigator_states_of_the_demo(open_window: OpenWindow, demo_dir: Path) -> None:
    window = open_window(demo_dir)
    found = states(window)
    assert found["inicio"] is None
    assert found["inscripcion"] == StepState.APPROVED
    assert found["fase1"] == StepState.IN_PROGRESS  # two officials joined for Phase 6
    assert found["fase2"] == StepState.APPROVED
    assert found["fase6"] == StepState.IN_PROGRESS


def test_navigator_states_follow_changes(open_window: OpenWindow, empty_dir: Path) -> None:
    from migradesk.domain.register import search

    city = search("Humahuaca")[0].to_city()
    with Store.open(empty_dir) as store:
        store.save(city)
    window = open_window(empty_dir)
    assert states(window)["inscripcion"] == StepState.NOT_STARTED
    assert states(window)["fase1"] == StepState.NOT_STARTED
    event = ReviewEvent(
        city_id=city.id, deliverable=Deliverable.APPLICATION, state=ReviewState.SENT,
        at=datetime(2026, 11, 20, tzinfo=UTC),
    )  # fmt: skip
    window.session.save([event])
    assert states(window)["inscripcion"] == StepState.TO_SEND  # not acknowledged yet
    answer = dataclasses.replace(
        event,
        id=event.id + "x",
        state=ReviewState.HAS_ISSUES,
        at=datetime(2026, 11, 22, tzinfo=UTC),
    )
    receive_from_iom(window, [answer])
    assert states(window)["inscripcion"] == StepState.COMMENTED
    model = window.navigator.steps
    assert "con comentarios" in model.index(model.row_of("inscripcion")).data(DetailRole)


def test_a_load_refreshes_the_first_page_and_the_navigator_once(
    open_window: OpenWindow, demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``loaded`` builds the first page and sums up the steps; the EVERYTHING change that
    follows it finds them showing that file already. Later changes still refresh them."""
    from migradesk.ui.navigator import StepsModel
    from migradesk.ui.pages.inicio import InicioPage

    refreshed: list[str] = []
    summed: list[bool] = []
    refresh, set_summaries = InicioPage.refresh, StepsModel.set_summaries
    monkeypatch.setattr(InicioPage, "refresh", lambda p: refreshed.append("inicio") or refresh(p))
    monkeypatch.setattr(
        StepsModel, "set_summaries", lambda m, *a: summed.append(True) or set_summaries(m, *a)
    )
    window = open_window(demo_dir)
    assert window.current_page_id == "inicio"
    assert refreshed == ["inicio"] and summed == [True]

    window.session.reload()  # sync pulled: a new file, every view refreshes
    assert refreshed == ["inicio"] * 2 and len(summed) == 2
    window.show_page("fase1")
    window.session.reload()  # Inicio hidden: stale, refreshed when shown again
    assert window.pages["inicio"].is_stale() and len(refreshed) == 2 and len(summed) == 3
    window.show_page("inicio")
    assert refreshed == ["inicio"] * 3 and not window.pages["inicio"].is_stale()

    window.session.open_city(window.session.city_id)  # the city opened again: pages afresh
    assert window.current_page_id == "inicio"
    assert refreshed == ["inicio"] * 4 and len(summed) == 4


def test_geometry_and_last_page_are_restored(open_window: OpenWindow, demo_dir: Path) -> None:
    window = open_window(demo_dir)
    window.resize(760, 560)  # within the offscreen screen (800×600): restore clamps to it
    window.navigator.setCurrentIndex(window.navigator.steps.index(3))  # a click on Fase 1
    assert window.current_page_id == "fase1"
    close_window(window)
    again = open_window(demo_dir, size=None)
    assert again.current_page_id == "fase1"
    assert again.navigator.currentIndex().data(IdRole) == "fase1"
    assert (again.width(), again.height()) == (760, 560)


def test_status_bar_counts_pending_changes(
    open_window: OpenWindow, empty_dir: Path, city: City
) -> None:
    with Store.open(empty_dir) as store:
        store.save(city)
        store.save(IndicatorAnswer.blank(city.id, "1", "a01"))
    window = open_window(empty_dir)
    assert window.session.pending == 2
    assert window.pending_label.text() == "2 cambios por enviar"
    assert window.save_label.text() == "Guardado en este equipo"
    assert window.sync_label.text() == "Última sincronización: —"


def test_pdf_action_disabled_without_exporter(open_window: OpenWindow, demo_dir: Path) -> None:
    window = open_window(demo_dir)
    window.show_page("fase1")
    assert not window.export_action.isEnabled()


def test_switching_pages_flushes_pending_edits(open_window: OpenWindow, demo_dir: Path) -> None:
    from .typing_helper import replace_text

    window = open_window(demo_dir)
    window.show_page("punto_focal")
    page = window.pages["punto_focal"]
    replace_text(page.fields["phone"], "+54 388 400-0000")  # type: ignore[attr-defined]
    window.show_page("inicio")
    assert window.session.file.focal_point.phone == "+54 388 400-0000"  # type: ignore[union-attr]


def test_background_worker_delivers_on_the_ui_thread(qtbot: QtBot, tmp_path: Path) -> None:
    import threading

    worker = DbWorker(lambda: Store.open(tmp_path / "data"))
    seen: list[tuple[int, bool]] = []
    with qtbot.waitSignal(worker.busy_changed, timeout=5000, check_params_cb=lambda b: not b):
        worker.submit(
            lambda store: len(store.cities()),
            lambda n: seen.append((n, threading.current_thread() is threading.main_thread())),
        )
    assert seen == [(0, True)]
    errors: list[BaseException] = []
    worker.failed.connect(errors.append)
    with qtbot.waitSignal(worker.failed, timeout=5000):
        worker.submit(lambda store: 1 / 0)
    assert isinstance(errors[0], ZeroDivisionError)
    worker.shutdown()
    again: list[int] = []  # a new thread after shutdown: each result still delivered once
    with qtbot.waitSignal(worker.busy_changed, timeout=5000, check_params_cb=lambda b: not b):
        worker.submit(lambda store: 7, again.append)
    qtbot.waitUntil(lambda: bool(again))
    QApplication.processEvents()  # anything else posted arrives now
    assert again == [7]
    worker.shutdown()


def test_sync_worker_runs_at_once(tmp_path: Path) -> None:
    worker = SyncDbWorker(Store.open(tmp_path / "data"))
    got: list[int] = []
    worker.submit(lambda store: 41 + 1, got.append)
    assert got == [42] and not worker.busy
    worker.shutdown()


def test_navigator_width_is_measured_again_in_the_other_language(
    open_window: OpenWindow, demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The steps' column is as wide as the longest title in bold, measured once per font and
    language: switching Español ↔ English measures the other language's titles."""
    measured: list[tuple[str, ...]] = []

    def title_width(_navigator: Navigator, titles: tuple[str, ...]) -> int:
        measured.append(titles)
        return 200 + max(len(t) for t in titles)  # stands in for the bold font's measure

    monkeypatch.setattr(Navigator, "_title_width", title_width)
    window = open_window(demo_dir)
    spanish = tuple(p.title for p in PAGES)
    assert window.side.maximumWidth() == 200 + max(len(t) for t in spanish)

    window.set_language("en")
    english = tuple(p.title for p in PAGES)
    assert english != spanish and measured[-1] == english
    assert window.side.maximumWidth() == 200 + max(len(t) for t in english)
    assert window.navigator.sizeHint().width() == window.side.maximumWidth()

    window.set_language("es")
    assert measured[-1] == spanish
    assert window.side.maximumWidth() == 200 + max(len(t) for t in spanish)
