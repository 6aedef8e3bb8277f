from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from pypdf import PdfReader

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from migradesk.domain.city import DEMO_CITY_ID
from migradesk.domain.plan import ActionStatus, MonitoringUpdate
from migradesk.domain.plan_figures import STATUS_LABELS, plan_areas, plan_rows
from migradesk.domain.questionnaire import load_questionnaire
from migradesk.pdf.monitoring import render_monitoring
from migradesk.storage import Store

from migradesk.ui import style
from migradesk.ui.main_window import MainWindow
from migradesk.ui.pages.fase6 import Fase6Page
from migradesk.ui.pages.fase6_model import PERCENT, STATUS, TITLE, Filter

from .conftest import TODAY, OpenWindow, close_window
from .typing_helper import type_text


def page_of(window: MainWindow) -> Fase6Page:
    window.show_page("fase6")
    page = window.stack.currentWidget()
    assert isinstance(page, Fase6Page)
    return page


def test_add_update_overdue_filter_and_reopen(open_window: OpenWindow, demo_dir: Path) -> None:
    window = open_window(demo_dir)
    page = page_of(window)
    model = page.model
    overdue = [r for r in model.rows if r.overdue]
    assert overdue, "the demo has overdue actions"
    row = model.row_of(overdue[0].action.id)
    assert model.index(row, TITLE).data(Qt.ItemDataRole.BackgroundRole) == QColor(style.WARN_SOFT)
    assert "vencida" in model.index(row, STATUS).data()

    page.set_filter(Filter.OVERDUE)
    assert page.proxy.rowCount() == len(overdue)
    page.set_filter(Filter.IN_PROGRESS)
    assert 0 < page.proxy.rowCount() < len(model.rows)
    page.set_filter(Filter.ALL)

    fresh = next(r for r in model.rows if r.latest is None and not r.overdue)
    page.select_action(fresh.action.id)
    assert page.detail_title.text() == fresh.action.title
    assert page.update_date.date() == TODAY
    page.update_status.setCurrentIndex(page.update_status.findData(ActionStatus.IN_PROGRESS))
    page.update_percent.setValue(40)
    type_text(page.update_note, "Primera reunión con la colectividad boliviana en Añatuya")
    page.add_button.click()
    row = model.row_of(fresh.action.id)
    assert model.rows[row].percent == 40
    assert model.index(row, PERCENT).data() == "40 %"
    assert page.current_row().action.id == fresh.action.id  # type: ignore[union-attr]
    assert page.update_note.text() == ""
    close_window(window)

    again = open_window(demo_dir)
    page = page_of(again)
    row = page.model.row_of(fresh.action.id)
    latest = page.model.rows[row].latest
    assert latest is not None and latest.percent_done == 40 and latest.reported_on == TODAY
    assert latest.note == "Primera reunión con la colectividad boliviana en Añatuya"
    assert page.model.index(row, PERCENT).data() == "40 %"


def test_marking_an_overdue_action_done_clears_the_highlight(
    open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir)
    page = page_of(window)
    late = next(r for r in page.model.rows if r.overdue)
    page.select_action(late.action.id)
    page.update_status.setCurrentIndex(page.update_status.findData(ActionStatus.DONE))
    page.update_status.activated.emit(page.update_status.currentIndex())
    assert page.update_percent.value() == 100
    page.add_button.click()
    row = page.model.row_of(late.action.id)
    assert not page.model.rows[row].overdue
    assert page.model.index(row, STATUS).data() == "Completada"
    window.navigator.setFocus()
    window.undo_action.trigger()
    assert page.model.rows[page.model.row_of(late.action.id)].overdue


def _pdf_figures(path: Path) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """The monitoring PDF's summary (label → figure) and its status table's rows (code, status,
    % done), read back from the file."""
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)
    text = text.replace("\u00a0", " ")
    summary, _, table = text.partition("Resumen")[2].partition("Estado de las acciones")
    summary = summary.partition("El avance promedio cuenta")[0]  # the rule's note below
    figures = {
        label.strip(): value for value, label in re.findall(r"(\d+(?: %)?) ?([a-zá-ú ]+)", summary)
    }
    statuses = "|".join(STATUS_LABELS.values())
    table = table.partition("Acciones vencidas")[0]
    rows = re.findall(rf"(\d+\.\d+\.\d+) .*? (?:Vencida )?({statuses}) (\d+ %)", table)
    return figures, rows


def test_page_and_pdf_show_the_same_plan_figures(
    open_window: OpenWindow, demo_dir: Path, tmp_path: Path
) -> None:
    """The Fase 6 page and the monitoring PDF, for the demo city with an action completed at a
    last figure of 80 % and an area unticked after its plan was written (the two cases where
    they once disagreed): the same actions, statuses, percentages and summary."""
    with Store.open(demo_dir) as store:
        file = store.load_city_file(DEMO_CITY_ID)
        running = next(r for r in plan_rows(file, TODAY) if r.running and not r.overdue)
        unticked = next(a for a in plan_areas(file) if a.selected and a.id != running.area.id)
        done = MonitoringUpdate(
            city_id=DEMO_CITY_ID, action_id=running.action.id, reported_on=TODAY,
            status=ActionStatus.DONE, percent_done=80,
        )  # fmt: skip
        store.save_all([done, dataclasses.replace(unticked, selected=False)])
    window = open_window(demo_dir)
    page = page_of(window)
    assert window.session.file is not None
    out = render_monitoring(
        window.session.file, load_questionnaire(), tmp_path / "m.pdf", today=TODAY
    )
    pdf_summary, pdf_rows = _pdf_figures(out)

    shown = {}
    for n in range(page.figures.rowCount()):
        value, label = (page.figures.itemAtPosition(n, c).widget() for c in (0, 1))
        shown[label.text().lower()] = value.text()  # type: ignore[union-attr]
    assert shown == pdf_summary
    assert len(shown) == 6

    page_rows = [
        (page.model.index(n, STATUS).data(), page.model.index(n, PERCENT).data())
        for n in range(page.model.rowCount())
    ]
    assert [(s.replace(" · vencida", ""), p) for s, p in page_rows] == [
        (s, p) for _code, s, p in pdf_rows
    ]
    codes = [code for code, _s, _p in pdf_rows]
    assert codes == [r.code for r in plan_rows(window.session.file, TODAY)]
    assert page_rows[page.model.row_of(running.action.id)][1] == "100 %"  # done: 100
    assert any(r.area.id == unticked.id for r in page.model.rows)  # still in the plan
