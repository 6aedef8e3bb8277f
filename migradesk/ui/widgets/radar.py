"""The self-assessment radar: share of indicators with measures in place, per dimension."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from migradesk.ui import style
from migradesk.ui.domain_labels import dimension_short
from migradesk.ui.formats import fmt_percent


class RadarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shares: dict[str, float] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(
            QCoreApplication.translate("radar", "Indicadores con medidas, por dimensión")
        )

    def set_shares(self, shares: dict[str, float]) -> None:
        self.shares = dict(shares)
        self.setAccessibleDescription(
            ", ".join(f"{dimension_short(c)} {fmt_percent(v)}" for c, v in self.shares.items())
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(style.em(self, 30), style.em(self, 24))

    def minimumSizeHint(self) -> QSize:
        return QSize(style.em(self, 24), style.em(self, 20))

    def hasHeightForWidth(self) -> bool:
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        codes = list(self.shares)
        if len(codes) < 3:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        self._short = False
        label_room = max(metrics.horizontalAdvance(self._label(c)) for c in codes) + 10
        if min(self.width() / 2, self.height() / 2) - label_room < style.em(self, 5):
            self._short = True  # large font or narrow card: the legend beside has the names
            label_room = max(metrics.horizontalAdvance(self._label(c)) for c in codes) + 10
        radius = max(
            min(self.width() / 2 - label_room, self.height() / 2 - 2 * metrics.height()), 20
        )
        center = QPointF(self.width() / 2, self.height() / 2)

        def point(index: int, share: float) -> QPointF:
            angle = -math.pi / 2 + 2 * math.pi * index / len(codes)
            return QPointF(
                center.x() + radius * share * math.cos(angle),
                center.y() + radius * share * math.sin(angle),
            )

        painter.setPen(QPen(QColor("#dde3ea"), 1))
        for ring in (0.25, 0.5, 0.75, 1.0):
            painter.drawPolygon(QPolygonF([point(i, ring) for i in range(len(codes))]))
        for i in range(len(codes)):
            painter.drawLine(center, point(i, 1.0))
        painter.setPen(QColor(style.MUTED))
        for ring in (0.5, 1.0):
            painter.drawText(point(0, ring) + QPointF(4, -2), fmt_percent(ring))

        shape = QPolygonF([point(i, self.shares[c]) for i, c in enumerate(codes)])
        fill = QColor(style.ACCENT)
        fill.setAlpha(60)
        painter.setBrush(fill)
        painter.setPen(QPen(QColor(style.ACCENT), 2))
        painter.drawPolygon(shape)
        painter.setBrush(QColor(style.ACCENT))
        for vertex in shape:
            painter.drawEllipse(vertex, 3, 3)

        painter.setPen(QColor(style.TEXT))
        for i, code in enumerate(codes):
            anchor = point(i, 1.0)
            text = self._label(code)
            width = metrics.horizontalAdvance(text)
            dx = anchor.x() - center.x()
            if abs(dx) < 1:
                x = anchor.x() - width / 2
            elif dx > 0:
                x = anchor.x() + 8
            else:
                x = anchor.x() - width - 8
            dy = anchor.y() - center.y()
            y = (
                anchor.y() - metrics.height() - 4
                if dy < -radius * 0.9
                else anchor.y() - metrics.height() / 2
            )
            if dy > radius * 0.9:
                y = anchor.y() + 4
            painter.drawText(
                QRectF(x, y, width + 2, metrics.height()), Qt.AlignmentFlag.AlignLeft, text
            )
        painter.end()

    _short = False

    def _label(self, code: str) -> str:
        if self._short:
            return f"{code}) {fmt_percent(self.shares.get(code, 0.0))}"
        return f"{code}) {dimension_short(code)} · {fmt_percent(self.shares.get(code, 0.0))}"
