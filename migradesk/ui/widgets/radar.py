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

    def _layout(self) -> tuple[QPointF, float, list[tuple[str, QRectF]]] | None:
        """(centre, radius, the texts and where they go): the dimensions' names around the
        chart, the rings' percentages inside it, just below each ring on the first spoke (so
        that "100 %" never meets the name of the dimension above it)."""
        codes = list(self.shares)
        if len(codes) < 3:
            return None
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
        texts: list[tuple[str, QRectF]] = []
        for ring in (0.5, 1.0):
            text = fmt_percent(ring)
            corner = self._point(center, radius, len(codes), 0, ring) + QPointF(4, 2)
            texts.append(
                (text, QRectF(corner, QSize(metrics.horizontalAdvance(text), metrics.height())))
            )
        for i, code in enumerate(codes):
            anchor = self._point(center, radius, len(codes), i, 1.0)
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
            texts.append((text, QRectF(x, y, width, metrics.height())))
        return center, radius, texts

    @staticmethod
    def _point(center: QPointF, radius: float, count: int, index: int, share: float) -> QPointF:
        angle = -math.pi / 2 + 2 * math.pi * index / count
        return QPointF(
            center.x() + radius * share * math.cos(angle),
            center.y() + radius * share * math.sin(angle),
        )

    def text_boxes(self) -> list[tuple[str, QRectF]]:
        """Where the texts are painted (layout_check: none over another, all inside)."""
        laid_out = self._layout()
        return laid_out[2] if laid_out is not None else []

    def paintEvent(self, _event: QPaintEvent) -> None:
        laid_out = self._layout()
        if laid_out is None:
            return
        center, radius, texts = laid_out
        codes = list(self.shares)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        def point(index: int, share: float) -> QPointF:
            return self._point(center, radius, len(codes), index, share)

        painter.setPen(QPen(QColor("#dde3ea"), 1))
        for ring in (0.25, 0.5, 0.75, 1.0):
            painter.drawPolygon(QPolygonF([point(i, ring) for i in range(len(codes))]))
        for i in range(len(codes)):
            painter.drawLine(center, point(i, 1.0))

        vertices = [point(i, self.shares[c]) for i, c in enumerate(codes)]
        shape = QPolygonF(vertices)
        fill = QColor(style.ACCENT)
        fill.setAlpha(60)
        painter.setBrush(fill)
        painter.setPen(QPen(QColor(style.ACCENT), 2))
        painter.drawPolygon(shape)
        painter.setBrush(QColor(style.ACCENT))
        for vertex in vertices:
            painter.drawEllipse(vertex, 3, 3)

        for n, (text, rect) in enumerate(texts):
            painter.setPen(QColor(style.MUTED if n < 2 else style.TEXT))  # the rings', muted
            painter.drawText(rect.adjusted(0, 0, 2, 0), Qt.AlignmentFlag.AlignLeft, text)
        painter.end()

    _short = False

    def _label(self, code: str) -> str:
        if self._short:
            return f"{code}) {fmt_percent(self.shares.get(code, 0.0))}"
        return f"{code}) {dimension_short(code)} · {fmt_percent(self.shares.get(code, 0.0))}"
