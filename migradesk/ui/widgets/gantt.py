"""The action plan over time: one bar per action across the months, a "today" line, overdue
actions in the warning colour. Drawn with QPainter; an action's name wraps onto more lines
(its row grows) rather than being cut."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from migradesk.ui import style
from migradesk.ui.formats import fmt_date, fmt_short_month

WRAP = Qt.TextFlag.TextWordWrap


class BarState(Enum):
    PLANNED = "planned"
    DONE = "done"
    OVERDUE = "overdue"
    CANCELLED = "cancelled"


COLORS = {
    BarState.PLANNED: (style.ACCENT_SOFT, style.ACCENT),
    BarState.DONE: (style.OK_SOFT, style.OK),
    BarState.OVERDUE: (style.WARN_SOFT, style.WARN),
    BarState.CANCELLED: ("#eef1f4", "#9aa5b1"),
}


@dataclasses.dataclass(frozen=True)
class GanttRow:
    label: str
    start: date | None = None
    end: date | None = None
    state: BarState = BarState.PLANNED
    heading: bool = False  # an objective's name above its actions
    detail: str = ""  # tooltip


class GanttChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[GanttRow] = []
        self.today = date.today()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(QCoreApplication.translate("gantt", "Cronograma de las acciones"))
        self.setMouseTracking(True)

    def set_rows(self, rows: list[GanttRow], today: date) -> None:
        self.rows = rows
        self.today = today
        self.setAccessibleDescription("\n".join(self.rows_text()))
        self._fit_height()
        self.update()

    def _row_height(self) -> float:
        return self.fontMetrics().height() * 1.7

    def _top(self) -> float:
        return self.fontMetrics().height() * 2.8

    def _label_rect(self, row: GanttRow, y: float, height: float) -> QRectF:
        indent = 0 if row.heading else self.fontMetrics().horizontalAdvance("M")
        right = self.width() - 12 if row.heading else self._label_width()
        return QRectF(indent, y, right - indent, height)

    def _rows_laid_out(self) -> list[tuple[GanttRow, float, float]]:
        """(row, top, height) for each row at the widget's width: a name wraps, its row grows."""
        laid_out = []
        y = self._top()
        for row in self.rows:
            metrics = QFontMetricsF(self._font(row.heading))
            width = self._label_rect(row, 0, 0).width()
            text = metrics.boundingRect(QRectF(0, 0, max(width, 1), 1e6), WRAP, row.label)
            height = max(self._row_height(), text.height() + metrics.height() * 0.6)
            laid_out.append((row, y, height))
            y += height
        return laid_out

    def _font(self, bold: bool) -> QFont:
        font = QFont(self.font())
        font.setBold(bold)
        return font

    def _fit_height(self) -> None:
        rows = self._rows_laid_out()
        bottom = rows[-1][1] + rows[-1][2] if rows else self._top() + self._row_height()
        height = int(bottom) + 8
        if self.minimumHeight() != height:
            self.setMinimumHeight(height)
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def sizeHint(self) -> QSize:
        return QSize(style.em(self, 50), max(self.minimumHeight(), int(self._top())))

    def minimumSizeHint(self) -> QSize:
        return QSize(style.em(self, 30), self.sizeHint().height())

    def span(self) -> tuple[date, date]:
        days = [d for r in self.rows for d in (r.start, r.end) if d is not None] + [self.today]
        first, last = min(days), max(days)
        return date(first.year, first.month, 1), last + timedelta(days=15)

    def _label_width(self) -> float:
        return min(style.em(self, 30), self.width() * 0.4)

    def _x(self, day: date) -> float:
        start, end = self.span()
        left, right = self._label_width() + 12, self.width() - 12
        return left + (right - left) * (day - start).days / max((end - start).days, 1)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        if not self.rows:
            painter.setPen(QColor(style.MUTED))
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("gantt", "Todavía no hay acciones con fechas."),
            )
            painter.end()
            return
        label_width = self._label_width()
        left, right = label_width + 12, self.width() - 12
        top = self._top()
        start, end = self.span()

        # Months: a light grid and the month names that fit.
        month = start
        min_gap = metrics.horizontalAdvance("mmm 0000") + 10
        last_label = -1e9
        while month <= end:
            x = self._x(month)
            painter.setPen(QPen(QColor("#e6eaef"), 1))
            painter.drawLine(QPointF(x, top - 4), QPointF(x, self.height() - 4))
            if x - last_label >= min_gap and x + min_gap <= right + 12:
                painter.setPen(QColor(style.MUTED))
                painter.drawText(QPointF(x + 3, top - 8), fmt_short_month(month))
                last_label = x
            month = (month.replace(day=28) + timedelta(days=4)).replace(day=1)

        for row, y, row_h in self._rows_laid_out():
            painter.setFont(self._font(row.heading))
            if row.heading:
                painter.fillRect(QRectF(0, y + 2, right, row_h - 4), QColor(style.WINDOW))
            painter.setPen(QColor(style.TEXT))
            flags = WRAP | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(self._label_rect(row, y, row_h), flags, row.label)
            painter.setFont(self._font(False))
            if row.heading or row.start is None:
                continue
            fill, line = COLORS[row.state]
            x0 = self._x(row.start)
            x1 = self._x(row.end or row.start)
            bar_h = self._row_height() * 0.56  # as in a one-line row, centred in a taller one
            bar = QRectF(x0, y + (row_h - bar_h) / 2, max(x1 - x0, 5), bar_h)
            path = QPainterPath()
            path.addRoundedRect(bar, 3, 3)
            painter.fillPath(path, QColor(fill))
            painter.setPen(QPen(QColor(line), 1.3))
            painter.drawPath(path)

        # Today
        x = self._x(self.today)
        painter.setPen(QPen(QColor(style.DANGER), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, top - 4), QPointF(x, self.height() - 4))
        today_text = QCoreApplication.translate("gantt", "hoy %1").replace(
            "%1", fmt_date(self.today)
        )
        width = metrics.horizontalAdvance(today_text)
        tx = min(max(x - width / 2, left), right - width)
        painter.fillRect(QRectF(tx - 3, 0, width + 6, metrics.height() + 2), QColor("white"))
        painter.setPen(QColor(style.DANGER))
        painter.drawText(QPointF(tx, metrics.ascent() + 1), today_text)
        painter.end()

    def row_at(self, y: float) -> GanttRow | None:
        return next(
            (r for r, top, height in self._rows_laid_out() if top <= y < top + height), None
        )

    def text_boxes(self) -> list[tuple[str, QRectF]]:
        """Where the names are painted, each in its row (layout_check: inside the widget)."""
        boxes = []
        for row, y, height in self._rows_laid_out():
            metrics = QFontMetricsF(self._font(row.heading))
            rect = self._label_rect(row, y, height)
            text = metrics.boundingRect(rect, WRAP | Qt.AlignmentFlag.AlignVCenter, row.label)
            boxes.append((row.label, text))
        return boxes

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(event.pos().y())
            if row is not None and not row.heading:
                QToolTip.showText(event.globalPos(), row.detail or row.label, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def rows_text(self) -> list[str]:
        """The chart as text (accessibility and tests)."""
        return [
            r.label if r.heading else f"{r.label}: {fmt_date(r.start)} – {fmt_date(r.end)}"
            for r in self.rows
        ]
