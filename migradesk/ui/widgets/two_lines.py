"""An item in two lines: its text, and below it a muted line that says where it is (a search
result and its step). The line is the model's ``DETAIL_ROLE``; an item without one is drawn as
usual."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from migradesk.ui import style
from migradesk.ui.early_qt import USER_ROLE

DETAIL_ROLE = USER_ROLE + 2


class TwoLineDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        detail = index.data(DETAIL_ROLE)
        if not detail:
            return size
        metrics = QFontMetrics(option.font)
        margins = size.width() - metrics.horizontalAdvance(str(index.data()))
        width = max(size.width(), metrics.horizontalAdvance(str(detail)) + margins)
        return QSize(width, size.height() + metrics.height() + 2 * _pad(metrics))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        detail = index.data(DETAIL_ROLE)
        if not detail:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        metrics = QFontMetrics(item.font)
        widget = item.widget
        used = widget.style() if widget is not None else QApplication.style()
        text = str(item.text)
        item.text = ""
        used.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)  # background
        item.text = text
        inner = used.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        margin = used.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        first = QRect(
            inner.left() + margin,
            item.rect.top() + _pad(metrics),
            inner.width() - 2 * margin,
            metrics.height(),
        )
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = item.palette
        normal = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        painter.save()
        painter.setFont(item.font)
        painter.setPen(normal)
        painter.drawText(
            first, flags, metrics.elidedText(text, Qt.TextElideMode.ElideRight, first.width())
        )
        painter.setPen(normal if selected else QColor(style.MUTED))
        painter.drawText(first.translated(0, metrics.height()), flags, str(detail))
        painter.restore()


def _pad(metrics: QFontMetrics) -> int:
    """Air above and below the two lines, so that the items stand apart."""
    return max(2, metrics.height() // 6)
