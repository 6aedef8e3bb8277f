"""The whole process as a Gantt-like timeline, drawn with QPainter, with a "today" marker."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from migradesk.domain.calendar import Deadline, DeadlineStatus, Owner

from migradesk.ui import style
from migradesk.ui.domain_labels import domain_text
from migradesk.ui.formats import fmt_date, fmt_short_month

COLORS = {
    DeadlineStatus.DONE: (style.OK_SOFT, style.OK),
    DeadlineStatus.NOT_STARTED: ("#eef2f7", "#9fb3c8"),
    DeadlineStatus.OPEN: (style.ACCENT_SOFT, style.ACCENT),
    DeadlineStatus.DUE_SOON: (style.WARN_SOFT, style.WARN),
    DeadlineStatus.OVERDUE: ("#fbe3e1", style.DANGER),
}


@dataclasses.dataclass(frozen=True)
class Milestone:
    label: str
    on: date


class TimelineChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deadlines: list[Deadline] = []
        self.milestones: list[Milestone] = []
        self.today = date.today()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(QCoreApplication.translate("timeline", "Calendario del proceso"))

    def set_data(self, deadlines: list[Deadline], milestones: list[Milestone], today: date) -> None:
        self.deadlines = deadlines
        self.milestones = sorted(milestones, key=lambda m: m.on)
        self.today = today
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def _row_height(self) -> float:
        return self.fontMetrics().height() * 2.5

    def _rows(self) -> int:
        return len(self.deadlines) + (1 if self.milestones else 0)

    def _top(self) -> float:
        """Where the rows start: above them the month names, and above those the "today"
        label, each on its own line (the red line starts below the month names)."""
        return self.fontMetrics().height() * 2.7

    def sizeHint(self) -> QSize:
        height = self._top() + self._rows() * self._row_height() + 8
        return QSize(style.em(self, 50), int(height))

    def minimumSizeHint(self) -> QSize:
        return QSize(style.em(self, 30), self.sizeHint().height())

    def span(self) -> tuple[date, date]:
        days = [d.opens for d in self.deadlines] + [d.due for d in self.deadlines]
        days += [m.on for m in self.milestones] + [self.today]
        return min(days) - timedelta(days=10), max(days) + timedelta(days=20)

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.deadlines and not self.milestones:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_width = self._label_width()
        top = self._top()
        row_h = self._row_height()
        x_of = self._x_of

        # Month grid and labels
        for month in self._months():
            x = x_of(month)
            painter.setPen(QPen(QColor("#e6eaef"), 1))
            painter.drawLine(QPointF(x, top - 2), QPointF(x, self.height() - 4))
        painter.setPen(QColor(style.MUTED))
        for text, rect in self._month_labels():
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, text)

        # One row per deadline
        for row, deadline in enumerate(self.deadlines):
            y = top + row * row_h
            text = domain_text(deadline.label)
            if deadline.owner is Owner.IOM:
                text = QCoreApplication.translate("timeline", "%1 (OIM)").replace("%1", text)
            painter.setPen(QColor(style.TEXT))
            label_rect = QRectF(0, y, label_width, row_h)
            painter.drawText(
                label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, text
            )
            fill, line = COLORS[deadline.status(self.today)]
            x0, x1 = x_of(deadline.opens), x_of(deadline.done_on or deadline.due)
            x1 = max(x1, x_of(deadline.due)) if deadline.done_on is None else x1
            bar = QRectF(x0, y + row_h * 0.25, max(x1 - x0, 4), row_h * 0.5)
            path = QPainterPath()
            path.addRoundedRect(bar, 3, 3)
            painter.fillPath(path, QColor(fill))
            painter.setPen(QPen(QColor(line), 1.2))
            painter.drawPath(path)
            due_x = x_of(deadline.due)  # the due date as a tick at the bar's end
            painter.drawLine(QPointF(due_x, y + row_h * 0.18), QPointF(due_x, y + row_h * 0.82))

        # Milestones without durations (Phases 4–6, certification)
        if self.milestones:
            y = top + len(self.deadlines) * row_h
            painter.setPen(QColor(style.TEXT))
            painter.drawText(
                QRectF(0, y, label_width, row_h),
                Qt.AlignmentFlag.AlignVCenter,
                QCoreApplication.translate("timeline", "Hitos de las fases 4 a 6"),
            )
            size = row_h * 0.22
            for milestone in self.milestones:
                x, cy = x_of(milestone.on), y + row_h / 2
                diamond = QPolygonF(
                    [
                        QPointF(x, cy - size),
                        QPointF(x + size, cy),
                        QPointF(x, cy + size),
                        QPointF(x - size, cy),
                    ]
                )
                painter.setPen(QPen(QColor(style.ACCENT), 1))
                painter.setBrush(QColor(style.ACCENT if milestone.on <= self.today else "white"))
                painter.drawPolygon(diamond)

        # Today: the label on its own line above the month names, the line below them
        today_line = self._today_line()
        painter.setPen(QPen(QColor(style.DANGER), 1.5, Qt.PenStyle.DashLine))
        x = today_line.center().x()
        painter.drawLine(QPointF(x, today_line.top()), QPointF(x, today_line.bottom()))
        painter.setPen(QColor(style.DANGER))
        today_text, rect = self._today_label()
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, today_text)
        painter.end()

    # Layout (shared by paintEvent and text_boxes)

    def _label_width(self) -> float:
        return min(style.em(self, 24), self.width() * 0.4)

    def _x_of(self, day: date) -> float:
        start, end = self.span()
        left, right = self._label_width() + 12, self.width() - 12
        return left + (right - left) * (day - start).days / max((end - start).days, 1)

    def _months(self) -> list[date]:
        start, end = self.span()
        month, months = date(start.year, start.month, 1), []
        while month <= end:
            if self._x_of(month) >= self._label_width() + 12:
                months.append(month)
            month = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
        return months

    def _month_labels(self) -> list[tuple[str, QRectF]]:
        """The month names that fit, one every few months, each ending at the top of the rows
        (above the red line's start)."""
        metrics = self.fontMetrics()
        right = self.width() - 12
        min_gap = metrics.horizontalAdvance("mmm 0000") + 8
        labels: list[tuple[str, QRectF]] = []
        last = -1e9
        bottom = self._top() - 4
        for month in self._months():
            x = self._x_of(month)
            text = fmt_short_month(month)
            width = metrics.horizontalAdvance(text)
            if x - last >= min_gap and x + 3 + width <= right + 12:
                labels.append(
                    (text, QRectF(x + 3, bottom - metrics.height(), width, metrics.height()))
                )
                last = x
        return labels

    def _today_label(self) -> tuple[str, QRectF]:
        metrics = self.fontMetrics()
        text = QCoreApplication.translate("timeline", "hoy %1").replace("%1", fmt_date(self.today))
        width = metrics.horizontalAdvance(text)
        left, right = self._label_width() + 12, self.width() - 12
        x = min(max(self._x_of(self.today) - width / 2, left), right - width)
        return text, QRectF(x, 0, width, metrics.height())

    def _today_line(self) -> QRectF:
        x = self._x_of(self.today)
        return QRectF(x - 0.75, self._top() - 2, 1.5, self.height() - 4 - (self._top() - 2))

    def text_boxes(self) -> list[tuple[str, QRectF]]:
        """Where the texts are painted, and the red line ("|…": a mark texts must not meet)."""
        if not self.deadlines and not self.milestones:
            return []
        return [*self._month_labels(), self._today_label(), ("|hoy", self._today_line())]

    def tooltip_rows(self) -> list[str]:
        """The chart as text (accessibility and tests): one line per row."""
        return [
            f"{domain_text(d.label)}: {fmt_date(d.opens)} – {fmt_date(d.due)}"
            for d in self.deadlines
        ]
