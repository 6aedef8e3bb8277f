"""An IOM account turns the window into the workspace: every city at a glance — sortable,
filterable, the overdue in red — the timeline across cities, "Por revisar" by IOM's deadlines,
and a city opened from them."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from migradesk.domain.city import Region

from migradesk.ui import style
from migradesk.ui.main_window import MainWindow
from migradesk.ui.workspace.cities_model import CITY, DUE, REVIEW
from migradesk.ui.workspace.cities_page import CitiesPage
from migradesk.ui.workspace.queue_page import QueuePage
from migradesk.ui.workspace.timeline_page import TimelinePage
from migradesk.ui.workspace.view import TAB_CITIES, TAB_QUEUE, TAB_TIMELINE

from ..conftest import OpenWindow
from ..typing_helper import type_text
from .conftest import WorkspaceDir


def _workspace(open_window: OpenWindow, folder: object) -> MainWindow:
    window = open_window(folder)
    assert window.workspace is not None and window.workspace.snapshot is not None
    return window


def _cities(window: MainWindow) -> CitiesPage:
    assert window.workspace is not None
    page = window.workspace.view.show_tab(TAB_CITIES)
    assert isinstance(page, CitiesPage)
    return page


def _column(page: CitiesPage, column: int) -> list[str]:
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


def test_every_city_at_a_glance_sorted_and_filtered(
    open_window: OpenWindow, workspace_dir: WorkspaceDir, qtbot: QtBot
) -> None:
    window = _workspace(open_window, workspace_dir("reviewer"))
    assert window.workspace is not None
    view = window.workspace.view
    assert window.stack.currentWidget() is view and not window.side.isVisible()
    assert view.heading.text() == "Espacio de trabajo de OIM"
    assert view.status.text().startswith("10 ciudades · 5 por revisar")
    page = _cities(window)
    assert page.proxy.rowCount() == 10 and page.count.text() == "10 ciudades"
    # By the next due date, the overdue first, in red and bold.
    dues = _column(page, DUE)
    assert dues[0] == "05/11/2026 (vencido)" and dues[1] == "19/11/2026 (vencido)"
    brush = page.proxy.index(0, DUE).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color().name() == style.DANGER
    assert _column(page, CITY)[:2] == ["La Matanza (Buenos Aires)", "Villa María (Córdoba)"]
    page.table.sortByColumn(CITY, Qt.SortOrder.AscendingOrder)
    assert _column(page, CITY)[0] == "Comodoro Rivadavia (Chubut)"

    page.only_waiting.setChecked(True)
    waiting = dict(zip(_column(page, CITY), _column(page, REVIEW), strict=True))
    assert waiting == {
        "Posadas (Misiones)": "Plan de acción",
        "Rivadavia (San Juan)": "Inscripción",
        "San Carlos de Bariloche (Río Negro)": "Reporte de evaluación",
        "Tilcara (Jujuy)": "Certificación",
        "Villa María (Córdoba)": "Autoevaluación",
    }
    assert page.count.text() == "5 de 10 ciudades"
    page.only_waiting.setChecked(False)
    page.region.setCurrentIndex(page.region.findData(Region.GRAN_BUENOS_AIRES))
    assert len(_column(page, CITY)) == 3
    page.region.setCurrentIndex(0)
    type_text(page.search, "córdoba")
    assert _column(page, CITY) == ["Villa María (Córdoba)"]
    page.search.clear()
    page.only_overdue.setChecked(True)
    assert _column(page, CITY) == ["La Matanza (Buenos Aires)", "Villa María (Córdoba)"]


def test_a_city_opens_read_only_and_the_panel_is_one_click_away(
    open_window: OpenWindow, workspace_dir: WorkspaceDir
) -> None:
    window = _workspace(open_window, workspace_dir("reviewer"))
    controller = window.workspace
    assert controller is not None
    page = _cities(window)
    row = _column(page, CITY).index("Villa María (Córdoba)")
    page.table.doubleClicked.emit(page.proxy.index(row, CITY))
    assert controller.city_open and window.side.isVisible()
    assert window.session.file is not None and window.session.file.city.name == "Villa María"
    assert window.current_page_id == "inicio" and controller.back_button.isVisible()
    controller.back_button.click()
    assert window.stack.currentWidget() is controller.view and not window.side.isVisible()


def test_the_queue_orders_by_iom_deadlines_and_opens_the_step(
    open_window: OpenWindow, workspace_dir: WorkspaceDir
) -> None:
    window = _workspace(open_window, workspace_dir("reviewer"))
    assert window.workspace is not None
    queue = window.workspace.view.show_tab(TAB_QUEUE)
    assert isinstance(queue, QueuePage)
    texts = [
        [queue.model.index(r, c).data() for c in range(3)] for r in range(queue.model.rowCount())
    ]
    assert texts[0] == [
        "19/11/2026 (vencido)",
        "Villa María (Córdoba)",
        "Revisar la autoevaluación de la ciudad.",
    ]
    assert [t[2] for t in texts[-2:]] == [
        "Validar el plan de acción.",
        "Certificar a la ciudad y fijar la ceremonia pública.",
    ]
    assert window.workspace.view.tabs.tabText(2) == "Por revisar (5)"
    queue.open_item(queue.model.index(1, 0))  # the report sent by Bariloche
    assert window.current_page_id == "fase3"
    assert window.session.file is not None
    assert window.session.file.city.name == "San Carlos de Bariloche"


def test_the_timeline_has_a_row_per_city_with_its_calendar(
    open_window: OpenWindow, workspace_dir: WorkspaceDir
) -> None:
    window = _workspace(open_window, workspace_dir("partner"))
    assert window.workspace is not None
    assert window.workspace.view.heading.text() == "Espacio de trabajo de CIPPEC"
    page = window.workspace.view.show_tab(TAB_TIMELINE)
    assert isinstance(page, TimelinePage)
    rows = page.chart.text_rows()
    assert len(rows) == 10
    quilmes = next(r for r in rows if r.startswith("Quilmes:"))
    assert "Enviar formulario de inscripción y carta de intención" in quilmes
    assert page.chart.height() >= page.chart.sizeHint().height() - 2
    assert "accesos" not in window.workspace.view.pages  # IOM's only


def test_the_roles_that_open_the_workspace_are_the_domains() -> None:
    from migradesk.domain.base import WORKSPACE_ROLES

    from migradesk.ui.workspace import WORKSPACE_ROLE_VALUES

    assert {r.value for r in WORKSPACE_ROLES} == WORKSPACE_ROLE_VALUES


def test_an_admins_header_and_queue_tab_count_the_same_queue_as_a_reviewers(
    open_window: OpenWindow, workspace_dir: WorkspaceDir
) -> None:
    window = _workspace(open_window, workspace_dir("admin"))
    assert window.workspace is not None
    view = window.workspace.view
    assert view.heading.text() == "Espacio de trabajo de OIM · Administración"
    assert view.status.text().startswith("10 ciudades · 5 por revisar")
    assert view.tabs.tabText(view.tabs.count() - 1) == "Administración"
    assert "Por revisar (5)" in [view.tabs.tabText(i) for i in range(view.tabs.count())]
    view.show_tab(TAB_QUEUE)
    assert view.status.text().startswith("10 ciudades · 5 por revisar")
