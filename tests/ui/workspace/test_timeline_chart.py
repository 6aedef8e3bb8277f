"""The timeline across cities at 1366×768: the "today" label never covers a month's label, and
every city's name is whole (the names' column follows the longest), the tooltip adds its
province."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from migradesk.ui.workspace.timeline_page import TimelinePage
from migradesk.ui.workspace.view import TAB_TIMELINE

from ..conftest import OpenWindow
from .conftest import WorkspaceDir


def test_today_label_clears_the_months_and_names_are_whole(
    open_window: OpenWindow, workspace_dir: WorkspaceDir
) -> None:
    window = open_window(workspace_dir("reviewer"))
    assert window.workspace is not None
    page = window.workspace.view.show_tab(TAB_TIMELINE)
    assert isinstance(page, TimelinePage)
    QApplication.processEvents()
    chart = page.chart
    today = chart.today_label_rect(chart._x_of(chart.today), chart.today_text())
    labels = chart.month_labels()
    assert len(labels) >= 6
    for rect, text in labels:
        assert not rect.intersects(today), (text, rect, today)
    assert all(rect.bottom() <= chart._top() for rect, _ in labels), (labels, chart._top())
    # Every name whole, Bariloche's too, yet the bars keep most of the width.
    metrics = chart.fontMetrics()
    assert "San Carlos de Bariloche" in [row.name for row in chart.rows]
    assert max(metrics.horizontalAdvance(r.name) for r in chart.rows) <= chart._label_width()
    assert chart._label_width() <= chart.width() * 0.35
    # The name's tooltip: the whole name and the province.
    index = [row.name for row in chart.rows].index("San Carlos de Bariloche")
    y = chart._top() + (index + 0.5) * chart._row_height()
    city = chart.name_at(5, y)
    assert city is not None
    assert (city.name, city.province) == ("San Carlos de Bariloche", "Río Negro")
    assert chart.deadline_at(5, y) is None
    assert chart.name_at(chart._label_width() + 20, y) is None
