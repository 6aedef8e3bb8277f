"""A table cell that shows % done as a thin bar with the number beside it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from migradesk.ui import style


class PercentDelegate(QStyledItemDelegate):
    def __init__(self, role: int, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.role = role

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text  # type: ignore[attr-defined]
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style_ = widget.style() if widget is not None else None
        if style_ is not None:
            style_.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        percent = int(index.data(self.role) or 0)
        rect = QRectF(opt.rect)  # type: ignore[attr-defined]
        metrics = opt.fontMetrics  # type: ignore[attr-defined]
        text_width = metrics.horizontalAdvance("100 %") + 6
        bar = QRectF(rect.left() + 6, rect.center().y() - 3, rect.width() - text_width - 14, 6)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QPainterPath()
        track.addRoundedRect(bar, 3, 3)
        painter.fillPath(track, QColor("#e6eaef"))
        if percent > 0:
            done = QPainterPath()
            done.addRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * percent / 100, 6), 3, 3)
            painter.fillPath(done, QColor(style.OK if percent >= 100 else style.ACCENT))
        painter.setPen(QColor(style.TEXT))
        painter.drawText(
            QRectF(rect.right() - text_width - 4, rect.top(), text_width, rect.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(max(size.width(), style.em(option.widget, 9)), size.height())  # type: ignore[attr-defined]
