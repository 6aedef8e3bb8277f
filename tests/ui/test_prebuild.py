"""Pages built in idle time after start-up, and hidden stale pages refreshed in idle time."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from migradesk.ui.pages import PAGE_IDS
from migradesk.ui.pages.base import Page
from migradesk.ui.pages.fase1 import Fase1Page
from migradesk.ui.pages.fase3 import Fase3Page
from migradesk.ui.prebuild import ORDER, STALE_DELAY_MS, PagePrebuilder

from .conftest import OpenWindow
from .typing_helper import replace_text


def test_pages_are_built_in_idle_time_and_kept_fresh(
    open_window: OpenWindow, demo_dir: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps: dict[str, int] = {}
    build_step = Page.build_step

    def counted(page: Page) -> bool:
        steps[page.PAGE_ID] = steps.get(page.PAGE_ID, 0) + 1
        return build_step(page)

    monkeypatch.setattr(Page, "build_step", counted)
    window = open_window(demo_dir)
    assert list(window.pages) == ["inicio"]  # start-up builds only the page shown
    steps.clear()
    window.prebuild_pages()
    prebuilder = window._prebuilder
    assert isinstance(prebuilder, PagePrebuilder)
    with qtbot.waitSignal(prebuilder.finished, timeout=20_000):
        pass
    assert set(window.pages) == set(PAGE_IDS)
    assert all(page.built for page in window.pages.values())
    # Each page in several loop turns (its parts, then its first refresh): none blocks long.
    assert set(steps) == set(ORDER) - {"inicio"}
    assert steps["fase3"] >= 5 and steps["fase1"] >= 5 and steps["fase6"] >= 5
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
    # The next change again waits for the user's pause before catching up.
    replace_text(fase1.inputs["post"], "Secretaria de Hacienda")
    fase1.flush()
    assert prebuilder.stale_timer.isActive()
    assert prebuilder.stale_timer.interval() == STALE_DELAY_MS


def test_a_page_shown_while_prebuilt_is_completed_at_once(
    open_window: OpenWindow, demo_dir: Path, qtbot: QtBot
) -> None:
    window = open_window(demo_dir)
    window.prebuild_pages()
    prebuilder = window._prebuilder
    assert prebuilder is not None
    prebuilder.timer.stop()  # driven by hand: one step at a time
    while "fase3" not in window.pages:
        prebuilder._step()
    page = window.pages["fase3"]
    assert isinstance(page, Fase3Page) and not page.built
    prebuilder._step()  # its first part
    assert not page.built

    window.show_page("fase3")  # the user got there first
    assert page.built and page.isVisible() and not page.is_stale()
    assert page.heading.text() == "Fase 3 · Workshop de evaluación y diagnóstico"
    assert page.tabs.count() == 3  # every part was built

    while "fase4" not in window.pages:  # the prebuild goes on with the next page…
        prebuilder._step()
    prebuilder._step()
    assert not window.pages["fase4"].built
    window.set_language("en")  # …when the pages are made again in English
    assert list(window.pages) == ["fase3"]
    with qtbot.waitSignal(prebuilder.finished, timeout=20_000):
        prebuilder.timer.start()
    assert all(window.pages[p].built for p in PAGE_IDS)
    assert window.current_page_id == "fase3"
    assert window.pages["fase1"].heading.text() == "Phase 1 · Training of local officials"
