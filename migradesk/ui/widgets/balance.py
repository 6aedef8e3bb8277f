"""Gender balance at a glance: one stacked bar and its legend."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from migradesk.ui import style

PALETTE = ("#1d5c96", "#7fa7cf", "#b9a3d6", "#d8c27a", "#c5ccd4")


class BalanceBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_counts(self, counts: Counter[str] | list[tuple[str, int]]) -> None:
        self.counts = list(counts.items()) if isinstance(counts, Counter) else list(counts)
        self.setAccessibleDescription(", ".join(f"{k}: {v}" for k, v in self.counts))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(style.em(self, 30), int(self.fontMetrics().height() * 1.6))

    def paintEvent(self, _event: QPaintEvent) -> None:
        total = sum(n for _, n in self.counts)
        if not total:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = 0.0
        for i, (_label, n) in enumerate(self.counts):
            width = self.width() * n / total
            segment = QRectF(x, 0, width - 1, self.height())
            painter.fillRect(segment, QColor(PALETTE[i % 5]))
            text = f"{_label} {n}"
            if self.fontMetrics().horizontalAdvance(text) + 12 < width:
                painter.setPen(QColor("white" if i == 0 else style.TEXT))
                painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, text)
            x += width
        painter.end()
