"""A conflict met on IOM's workspace (offline replica of many cities) shows in the same sync
panel as on a city's desktop and is resolved the same way.

Only IOM writes a city's phase dates and certification, and comments and review events are
append-only (domain/permissions.py, domain/review.py): no record the reviewer writes can be
changed by the city too, so the other side of a reviewer's conflict is another IOM desktop —
a colleague who set the same city's date meanwhile, through the same real server. A date is
one per city and milestone (G13): two desktops that set it offline meet as a conflict."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

pytest.importorskip("migradesk.server.app")
sys.path.insert(0, str(Path(__file__).parents[2] / "sync"))  # the sync tests' server kit

import synckit

from migradesk.domain.base import Role
from migradesk.domain.review import Milestone, PhaseDate
from migradesk.storage import Store
from migradesk.sync import commands

from migradesk.ui.main_window import MainWindow
from migradesk.ui.workspace.dates_page import DatesPage
from migradesk.ui.workspace.view import TAB_DATES

from ..conftest import OpenWindow
from ..test_sync_ui import URL, link, open_sync, sign_in, sync
from ..typing_helper import replace_text

CITY = synckit.CITY.id
DATE_ID = PhaseDate.id_for(CITY, Milestone.PHASE_2_START)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[synckit.Server]:
    with synckit.memory_keyring():
        running = synckit.Server(f"sqlite:///{tmp_path / 'server.sqlite3'}")
        running.add_city()
        running.add_user("revisora", Role.REVIEWER, [])
        running.add_user("colega", Role.REVIEWER, [])
        yield running
        running.close()


def set_phase_2(window: MainWindow, day: str) -> None:
    """Through the Fechas tab: the start of Phase 2 for the city, confirmed."""
    assert window.workspace is not None
    window.workspace.show_panel()
    page = window.workspace.view.show_tab(TAB_DATES)
    assert isinstance(page, DatesPage)
    page.select_cities([CITY])
    page.milestone.setCurrentIndex(page.milestone.findData(Milestone.PHASE_2_START))
    replace_text(page.day.line, day)
    page.apply_button.click()
    page.confirm.confirm_button.click()  # type: ignore[union-attr]


def test_a_reviewers_conflict_shows_in_the_sync_panel_and_keep_mine_wins(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path, server: synckit.Server
) -> None:
    window, controller = open_sync(open_window, tmp_path / "oim", link(server))
    assert sign_in(qtbot, controller, "revisora").ok
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.snapshot is not None)
    colleague = tmp_path / "colega"  # another IOM desktop, headless: it sets the date meanwhile
    commands.login(colleague, URL, "colega", synckit.PASSWORD, transport=link(server))
    assert commands.sync(colleague, transport=link(server)).ok
    with Store.open(colleague) as store:
        store.save(
            PhaseDate(
                id=DATE_ID, city_id=CITY, milestone=Milestone.PHASE_2_START, on=date(2027, 2, 15)
            )
        )
    assert commands.sync(colleague, transport=link(server)).ok

    set_phase_2(window, "08/02/2027")  # offline on the reviewer's desktop, then a sync
    report = sync(qtbot, controller)
    assert report.conflicts == 1
    assert "1 en conflicto" in controller.status_button.text()
    workspace = window.workspace
    assert workspace is not None
    qtbot.waitUntil(lambda: workspace.snapshot is not None and workspace.snapshot.conflicts == 1)
    assert "1 en conflicto" in workspace.view.status.text()

    controller.set_panel_visible(True)  # the same panel as a city's desktop
    view = controller.panel.conflicts
    assert len(view.items) == 1 and view.detail.isVisible()
    assert "2027-02-08" in view.mine_view.toPlainText()
    assert "2027-02-15" in view.theirs_view.toPlainText()
    assert not view.combine.isVisible()  # a date: one or the other
    view.keep_mine.click()
    assert view.items == [] and view.empty.isVisible()
    assert controller.status_button.text().startswith("1 cambio por enviar")
    sync(qtbot, controller)
    assert server.records(CITY)[DATE_ID][2]["on"] == "2027-02-08"
    assert controller.status_button.text().startswith("Nada por enviar")
    qtbot.waitUntil(lambda: workspace.snapshot is not None and workspace.snapshot.conflicts == 0)
    assert "en conflicto" not in workspace.view.status.text()
