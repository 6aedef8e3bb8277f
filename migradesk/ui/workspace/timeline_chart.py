"""The timeline across cities: one row per city, each step of its calendar as a bar coloured by
its state (done, open, due soon, overdue), a "today" line. Drawn with QPainter."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from migradesk.domain.calendar import Deadline

from migradesk.ui import style
from migradesk.ui.domain_labels import domain_text
from migradesk.ui.formats import fmt_date, fmt_short_month
from migradesk.ui.widgets.row_chart import RowChart
from migradesk.ui.widgets.timeline import COLORS
from migradesk.ui.workspace.snapshot import CityRow

translate = QCoreApplication.translate


class CitiesTimeline(RowChart):
    ROW_LINES = 1.9
    TOP_LINES = 2.9  # the "today" label's line, then the months' line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CityRow] = []
        self.setAccessibleName(translate("workspace", "Cronograma de las ciudades"))

    def set_rows(self, rows: list[CityRow], today: date) -> None:
        self.rows = rows
        self.today = today
        self._fit_rows()

    def _label_width(self) -> float:
        """As wide as the longest city name, within reason (the tooltip has it whole)."""
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(row.name) for row in self.rows), default=0)
        return min(max(longest + 12, style.em(self, 8)), style.em(self, 26), self.width() * 0.35)

    def span(self) -> tuple[date, date]:
        days = [self.today]
        for row in self.rows:
            for d in row.deadlines:
                days += [d.opens, d.due]
        return min(days) - timedelta(days=10), max(days) + timedelta(days=20)

    def _x_of(self, day: date) -> float:
        left, right = self._label_width() + 12, self.width() - 12
        start, end = self.span()
        total = max((end - start).days, 1)
        return left + (right - left) * (day - start).days / total

    def months(self) -> list[date]:
        """The first day of every month the chart spans."""
        start, end = self.span()
        month, found = date(start.year, start.month, 1), []
        while month <= end:
            found.append(month)
            month = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
        return found

    def today_text(self) -> str:
        return translate("workspace", "hoy %1").replace("%1", fmt_date(self.today))

    def month_labels(self) -> list[tuple[QRectF, str]]:
        """Each month's label and where it is drawn: on the line under the "today" label (so
        the two never overlap), at most one per label's width."""
        metrics = self.fontMetrics()
        left = self._label_width() + 12
        y = self.today_label_rect(self._x_of(self.today), self.today_text()).bottom() + 2
        min_gap = metrics.horizontalAdvance("mmm 0000") + 8
        last_label = -1e9
        labels: list[tuple[QRectF, str]] = []
        for month in self.months():
            x = self._x_of(month)
            if x >= left and x - last_label >= min_gap and x + min_gap < self.width():
                text = fmt_short_month(month)
                width = metrics.horizontalAdvance(text)
                labels.append((QRectF(x + 3, y, width, metrics.height()), text))
                last_label = x
        return labels

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        label_width = self._label_width()
        left = label_width + 12
        top, row_h = self._top(), self._row_height()
        if not self.rows:
            painter.setPen(QColor(style.MUTED))
            painter.drawText(
                QRectF(0, 0, self.width(), self.height()),
                Qt.AlignmentFlag.AlignCenter,
                translate("workspace", "Todavía no hay ciudades."),
            )
            return
        painter.setPen(QPen(QColor("#e6eaef"), 1))
        for month in self.months():
            x = self._x_of(month)
            if x >= left:
                painter.drawLine(QPointF(x, top - 4), QPointF(x, self.height() - 4))
        painter.setPen(QColor(style.MUTED))
        for rect, text in self.month_labels():
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        for n, row in enumerate(self.rows):
            y = top + n * row_h
            if n % 2:
                painter.fillRect(QRectF(0, y, self.width(), row_h), QColor("#f8f9fb"))
            painter.setPen(QColor(style.DANGER if row.overdue(self.today) else style.TEXT))
            name = metrics.elidedText(row.name, Qt.TextElideMode.ElideRight, int(label_width))
            painter.drawText(QRectF(0, y, label_width, row_h), Qt.AlignmentFlag.AlignVCenter, name)
            for deadline in row.deadlines:
                self._bar(painter, deadline, y, row_h)
        self._draw_today(painter, self._x_of(self.today), top, translate("workspace", "hoy %1"))
        painter.end()

    def _bar(self, painter: QPainter, deadline: Deadline, y: float, row_h: float) -> None:
        fill, line = COLORS[deadline.status(self.today)]
        x0 = self._x_of(deadline.opens)
        x1 = self._x_of(deadline.done_on or deadline.due)
        rect = QRectF(x0, y + row_h * 0.25, max(x1 - x0, 3), row_h * 0.5)
        self._draw_bar(painter, rect, (fill, line), 2, 1)

    def name_at(self, x: float, y: float) -> CityRow | None:
        """The city whose name is at (``x``, ``y``), in the names' column."""
        row_index = self.row_index(y)
        if row_index is None or x >= self._label_width():
            return None
        return self.rows[row_index]

    def deadline_at(self, x: float, y: float) -> tuple[CityRow, Deadline] | None:
        row_index = self.row_index(y)
        if row_index is None or x < self._label_width():
            return None
        row = self.rows[row_index]
        for deadline in row.deadlines:
            if self._x_of(deadline.opens) - 2 <= x <= self._x_of(deadline.due) + 2:
                return row, deadline
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            x, y = event.pos().x(), event.pos().y()
            found, city = self.deadline_at(x, y), self.name_at(x, y)
            if found is not None:
                QToolTip.showText(event.globalPos(), self.describe(*found), self)
            elif city is not None:
                QToolTip.showText(event.globalPos(), f"{city.name} ({city.province})", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def describe(self, row: CityRow, deadline: Deadline) -> str:
        return (
            f"{row.name}: {domain_text(deadline.label)}\n"
            f"{fmt_date(deadline.opens)} – {fmt_date(deadline.due)}"
        )

    def text_rows(self) -> list[str]:
        """The chart as text (accessibility and tests): a line per city."""
        return [
            f"{row.name}: "
            + "; ".join(
                f"{domain_text(d.label)} {fmt_date(d.opens)}–{fmt_date(d.due)}"
                for d in row.deadlines
            )
            for row in self.rows
        ]
