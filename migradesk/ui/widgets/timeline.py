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

    def sizeHint(self) -> QSize:
        height = self.fontMetrics().height() * 2.5 + self._rows() * self._row_height() + 8
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
        metrics = self.fontMetrics()
        label_width = min(style.em(self, 24), self.width() * 0.4)
        left, right = label_width + 12, self.width() - 12
        top = metrics.height() * 2.2
        row_h = self._row_height()
        start, end = self.span()
        total = max((end - start).days, 1)

        def x_of(day: date) -> float:
            return left + (right - left) * (day - start).days / total

        # Month grid and labels
        painter.setPen(QPen(QColor("#e6eaef"), 1))
        month = date(start.year, start.month, 1)
        min_gap = metrics.horizontalAdvance("mmm 0000") + 8
        last_label = -1e9
        while month <= end:
            x = x_of(month)
            if x >= left:
                painter.setPen(QPen(QColor("#e6eaef"), 1))
                painter.drawLine(QPointF(x, top - 4), QPointF(x, self.height() - 4))
                if x - last_label >= min_gap and x + min_gap / 2 < right + 20:
                    painter.setPen(QColor(style.MUTED))
                    painter.drawText(QPointF(x + 3, top - 8), fmt_short_month(month))
                    last_label = x
            month = (month.replace(day=28) + timedelta(days=4)).replace(day=1)

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

        # Today
        x = x_of(self.today)
        painter.setPen(QPen(QColor(style.DANGER), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, top - 4), QPointF(x, self.height() - 4))
        painter.setPen(QColor(style.DANGER))
        today_text = QCoreApplication.translate("timeline", "hoy %1").replace(
            "%1", fmt_date(self.today)
        )
        width = metrics.horizontalAdvance(today_text)
        tx = min(max(x - width / 2, left), right - width)
        painter.fillRect(QRectF(tx - 3, 0, width + 6, metrics.height() + 2), QColor("white"))
        painter.drawText(QPointF(tx, metrics.ascent() + 1), today_text)
        painter.end()

    def tooltip_rows(self) -> list[str]:
        """The chart as text (accessibility and tests): one line per row."""
        return [
            f"{domain_text(d.label)}: {fmt_date(d.opens)} – {fmt_date(d.due)}"
            for d in self.deadlines
        ]
