"""Progress over time (Phase 6): a small line chart of % done, drawn with QPainter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from migradesk.ui import style
from migradesk.ui.formats import fmt_date, fmt_short_month

Point = tuple[date, float]  # (day, percent 0–100)


class ProgressChart(QWidget):
    """``points`` joined by a line; ``compact`` drops the axes (a sparkline)."""

    def __init__(self, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[Point] = []
        self.compact = compact
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(QCoreApplication.translate("monitoring", "Avance en el tiempo"))

    def set_points(self, points: list[Point]) -> None:
        self.points = sorted(points)
        self.setAccessibleDescription(
            ", ".join(f"{fmt_date(d)}: {round(p)} %" for d, p in self.points)
        )
        self.update()

    def sizeHint(self) -> QSize:
        lines = 2.2 if self.compact else 9
        return QSize(style.em(self, 30), int(self.fontMetrics().height() * lines))

    def minimumSizeHint(self) -> QSize:
        return QSize(style.em(self, 12), self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        if not self.points:
            if not self.compact:
                painter.setPen(QColor(style.MUTED))
                painter.drawText(
                    self.rect(),
                    Qt.AlignmentFlag.AlignCenter,
                    QCoreApplication.translate("monitoring", "Todavía no hay actualizaciones."),
                )
            painter.end()
            return
        if self.compact:
            area = QRectF(2, 3, self.width() - 4, self.height() - 6)
        else:
            left = metrics.horizontalAdvance("100 %") + 10
            area = QRectF(left, metrics.height() * 0.6, self.width() - left - 12,
                          self.height() - metrics.height() * 2.2)  # fmt: skip
        first, last = self.points[0][0], self.points[-1][0]
        days = max((last - first).days, 1)

        def at(day: date, percent: float) -> QPointF:
            x = area.left() + area.width() * ((day - first).days / days if last > first else 0.5)
            return QPointF(x, area.bottom() - area.height() * percent / 100)

        if not self.compact:
            for grid in (0, 50, 100):
                y = at(first, grid).y()
                painter.setPen(QPen(QColor("#e6eaef"), 1))
                painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
                painter.setPen(QColor(style.MUTED))
                painter.drawText(
                    QRectF(0, y - metrics.height() / 2, area.left() - 6, metrics.height()),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    f"{grid} %",
                )
            baseline = area.bottom() + metrics.height() * 1.3
            painter.drawText(QPointF(area.left(), baseline), fmt_short_month(first))
            end_text = fmt_short_month(last)
            if last > first:
                painter.drawText(
                    QPointF(area.right() - metrics.horizontalAdvance(end_text), baseline), end_text
                )
        else:
            painter.setPen(QPen(QColor("#e6eaef"), 1))
            painter.drawLine(
                QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom())
            )

        line = QPainterPath()
        for n, (day, percent) in enumerate(self.points):
            point = at(day, percent)
            if n == 0:
                line.moveTo(point)
            else:
                line.lineTo(point)
        fill = QPainterPath(line)
        fill.lineTo(at(last, 0))
        fill.lineTo(at(first, 0))
        fill.closeSubpath()
        soft = QColor(style.ACCENT)
        soft.setAlpha(35)
        painter.fillPath(fill, soft)
        painter.setPen(QPen(QColor(style.ACCENT), 2 if not self.compact else 1.5))
        painter.drawPath(line)
        painter.setBrush(QColor(style.ACCENT))
        radius = 3 if not self.compact else 2
        for day, percent in self.points:
            painter.drawEllipse(at(day, percent), radius, radius)
        painter.end()
