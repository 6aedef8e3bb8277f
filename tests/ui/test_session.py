"""No dead end while working: a write that meets a problem of the disk (here a real full disk:
a small tmpfs made by the test) waits, with the writes after it, in order; the window says why
and offers to try again; closing tries once more and asks before dropping anything."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.city import City
from migradesk.storage import Store

from migradesk.ui.main_window import MainWindow

from .conftest import OpenWindow

sys.path.insert(0, str(Path(__file__).parents[1] / "storage"))
from faultfs import FaultyDisk, faulty_disk


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[FaultyDisk]:
    with faulty_disk(tmp_path, None) as made:
        if not made.real("full"):
            pytest.skip("a full disk needs a tmpfs of its own (root)")
        yield made


def _answer(city: City, n: int, text: str) -> IndicatorAnswer:
    answer = IndicatorAnswer.blank(city.id, "1", f"a{n:02d}")
    answer.measure_description = text
    return answer


def _stored(data: Path, city: City) -> dict[str, str]:
    with Store.open(data) as store:
        return {a.indicator_id: a.measure_description for a in store.all(IndicatorAnswer, city.id)}


def _banner(window: MainWindow) -> str:
    data = window._data
    if data is None or data.held_banner is None or not data.held_banner.isVisibleTo(window):
        return ""
    return data.held_banner.text.text()


def test_writes_on_a_full_disk_wait_and_go_through_in_order_on_retry(
    open_window: OpenWindow, disk: FaultyDisk, city: City
) -> None:
    data = disk.data_dir
    with Store.open(data) as store:
        store.save(city)
    window = open_window(data)
    with disk.failing("full"):
        window.session.save([_answer(city, 1, "Primera")])
        window.session.save([_answer(city, 1, "Segunda"), _answer(city, 2, "Otra")])
        assert len(window.session.held) == 2  # the second waits behind the first
        assert "No hay espacio en el disco" in _banner(window)
        assert window.save_label.text().startswith("No se pudo guardar")
        window._data.held_banner.buttons[0].click()  # type: ignore[union-attr]  # still full
        assert len(window.session.held) == 2 and _banner(window)
    window._data.held_banner.buttons[0].click()  # type: ignore[union-attr]  # space freed
    assert window.session.held == [] and not _banner(window)
    assert window.save_label.text() == "Guardado en este equipo"
    assert _stored(data, city) == {"a01": "Segunda", "a02": "Otra"}  # in order: the last wins


def test_closing_with_writes_waiting_asks_and_keeps_them_on_retry(
    open_window: OpenWindow, disk: FaultyDisk, city: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = disk.data_dir
    with Store.open(data) as store:
        store.save(city)
    window = open_window(data)
    asked: list[int] = []
    failing = disk.failing("full")
    failing.__enter__()
    try:
        window.session.save([_answer(city, 3, "Antes de cerrar")])
        assert window.session.held

        def answer(_self: object) -> str:
            asked.append(len(window.session.held))
            if len(asked) == 1:
                return "cancel"  # the window stays open
            failing.__exit__(None, None, None)  # the user freed space meanwhile
            return "retry"

        monkeypatch.setattr(type(window._data), "ask_about_held", answer)
        window.close()
        assert window.isVisible() and window.session.held  # cancelled: nothing lost
        window.close()
    finally:
        failing.__exit__(None, None, None)
    assert asked == [1, 1]
    assert not window.isVisible()
    assert _stored(data, city) == {"a03": "Antes de cerrar"}
