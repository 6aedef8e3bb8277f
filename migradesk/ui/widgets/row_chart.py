"""A chart of one row per item under a header band (the plan's Gantt, the timeline across
cities): its height follows its rows, its width the window; ``row_at`` finds the row under the
mouse for the tooltip."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import ClassVar

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from migradesk.ui import style
from migradesk.ui.formats import fmt_date


class RowChart(QWidget):
    ROW_LINES: ClassVar[float] = 1.7  # a row's height, in lines of text
    TOP_LINES: ClassVar[float] = 2.8  # the header band's

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: Sequence[object] = []
        self.today = date.today()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def _fit_rows(self) -> None:
        """After the rows changed: as tall as they need, then drawn again."""
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def _row_height(self) -> float:
        return self.fontMetrics().height() * self.ROW_LINES

    def _top(self) -> float:
        return self.fontMetrics().height() * self.TOP_LINES

    def row_index(self, y: float) -> int | None:
        """The index of the row at height ``y``, None above or below the rows."""
        n = int((y - self._top()) // self._row_height())
        return n if y >= self._top() and 0 <= n < len(self.rows) else None

    def sizeHint(self) -> QSize:
        height = self._top() + max(len(self.rows), 1) * self._row_height() + 8
        return QSize(style.em(self, 50), int(height))

    def minimumSizeHint(self) -> QSize:
        return QSize(style.em(self, 30), self.sizeHint().height())

    @staticmethod
    def _draw_bar(
        painter: QPainter, rect: QRectF, colours: tuple[str, str], radius: float, pen: float
    ) -> None:
        """A rounded bar filled and outlined in ``colours`` (fill, line)."""
        path = QPainterPath()
        path.addRoundedRect(rect, radius, radius)
        painter.fillPath(path, QColor(colours[0]))
        painter.setPen(QPen(QColor(colours[1]), pen))
        painter.drawPath(path)

    def _draw_today(self, painter: QPainter, x: float, top: float, text: str) -> None:
        """The dashed "today" line at ``x`` and ``text`` ("hoy %1") on white above it, kept
        inside the chart's plotting area."""
        painter.setPen(QPen(QColor(style.DANGER), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, top - 4), QPointF(x, self.height() - 4))
        text = text.replace("%1", fmt_date(self.today))
        rect = self.today_label_rect(x, text)
        painter.fillRect(rect, QColor("white"))
        painter.setPen(QColor(style.DANGER))
        painter.drawText(QPointF(rect.left() + 3, self.fontMetrics().ascent() + 1), text)

    def today_label_rect(self, x: float, text: str) -> QRectF:
        """Where the "today" label ``text`` for the line at ``x`` is drawn (on the band's first
        line, kept inside the plotting area)."""
        left, right = self._label_width() + 12, self.width() - 12
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(text)
        tx = min(max(x - width / 2, left), right - width)
        return QRectF(tx - 3, 0, width + 6, metrics.height() + 2)

    def _label_width(self) -> float:
        return min(style.em(self, 30), self.width() * 0.4)
