"""The timeline across cities: each city's calendar side by side, in the table's city order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from migradesk.domain.calendar import DeadlineStatus

from migradesk.ui.widgets.forms import label
from migradesk.ui.widgets.timeline import COLORS
from migradesk.ui.workspace.snapshot import WorkspaceSnapshot
from migradesk.ui.workspace.timeline_chart import CitiesTimeline

if TYPE_CHECKING:
    from migradesk.ui.workspace.controller import WorkspaceController


class TimelinePage(QWidget):
    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        self.intro = label("", "muted")
        layout.addWidget(self.intro)
        legend = QHBoxLayout()
        self.legend_labels: list[tuple[DeadlineStatus, QLabel]] = []
        for status, (fill, line) in COLORS.items():
            swatch = Swatch(fill, line)
            text = label("", "muted", wrap=False)
            legend.addWidget(swatch)
            legend.addWidget(text)
            legend.addSpacing(8)
            self.legend_labels.append((status, text))
        legend.addStretch(1)
        layout.addLayout(legend)
        self.chart = CitiesTimeline()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.chart)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Cada fila es una ciudad; cada barra, un paso de su calendario, desde que se abre "
                "hasta que vence (los plazos de la guía, desde las fechas que fija OIM). Pase el "
                "cursor sobre una barra para ver el paso y sus fechas."
            )
        )
        names = {
            DeadlineStatus.DONE: self.tr("cumplido"),
            DeadlineStatus.NOT_STARTED: self.tr("todavía no empieza"),
            DeadlineStatus.OPEN: self.tr("en curso"),
            DeadlineStatus.DUE_SOON: self.tr("vence pronto"),
            DeadlineStatus.OVERDUE: self.tr("vencido"),
        }
        for status, text in self.legend_labels:
            text.setText(names[status])

    def show_snapshot(self, snapshot: WorkspaceSnapshot) -> None:
        self.chart.set_rows(list(snapshot.rows), snapshot.today)


class Swatch(QWidget):
    """A bar's colours, for the legend."""

    def __init__(self, fill: str, line: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fill, self.line = fill, line
        self.setFixedSize(self.sizeHint())

    def sizeHint(self) -> QSize:
        height = self.fontMetrics().height()
        return QSize(round(height * 1.6), height)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(1, 3, -1, -3)
        painter.fillRect(rect, QColor(self.fill))
        painter.setPen(QPen(QColor(self.line), 1))
        painter.drawRect(rect)
        painter.end()
