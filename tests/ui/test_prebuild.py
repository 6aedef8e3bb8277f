"""Pages built in idle time after start-up, and hidden stale pages refreshed in idle time."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from migradesk.ui.pages import PAGE_IDS
from migradesk.ui.pages.fase1 import Fase1Page
from migradesk.ui.prebuild import PagePrebuilder

from .conftest import OpenWindow
from .typing_helper import replace_text


def test_pages_are_built_in_idle_time_and_kept_fresh(
    open_window: OpenWindow, demo_dir: Path, qtbot: QtBot
) -> None:
    window = open_window(demo_dir)
    assert list(window.pages) == ["inicio"]  # start-up builds only the page shown
    window.prebuild_pages()
    prebuilder = window._prebuilder
    assert isinstance(prebuilder, PagePrebuilder)
    with qtbot.waitSignal(prebuilder.finished, timeout=20_000):
        pass
    assert set(window.pages) == set(PAGE_IDS)
    assert window.current_page_id == "inicio"  # the user's page did not change
    assert all(not window.pages[p].isVisible() for p in PAGE_IDS if p != "inicio")

    window.show_page("fase1")
    fase1 = window.pages["fase1"]
    assert isinstance(fase1, Fase1Page)
    official = window.session.file.officials[0]  # type: ignore[union-attr]
    fase1.select(official.id)
    replace_text(fase1.inputs["post"], "Secretaria de Gobierno")
    fase1.flush()
    # Hidden pages that show officials are now stale; the idle refresh catches them up.
    stale = {p for p, page in window.pages.items() if page.is_stale()}
    assert {"fase5", "punto_focal"} <= stale
    qtbot.waitUntil(lambda: not any(p.is_stale() for p in window.pages.values()), timeout=5000)
    assert window.current_page_id == "fase1"  # caught up without being shown
