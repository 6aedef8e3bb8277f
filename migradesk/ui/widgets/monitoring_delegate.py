"""Fase 6's table cells: a selection that keeps the row's tint (overdue stays orange), and % done
as a thin bar with the number beside it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from migradesk.ui import style


class TintedSelectionDelegate(QStyledItemDelegate):
    """A selected row with a background of its own (an overdue action's orange) keeps that hue,
    stronger, instead of the plain selection colour that would hide it. Only the selected row's
    cells take the Python path; the others paint as Qt does."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if option.state & QStyle.StateFlag.State_Selected:
            option = QStyleOptionViewItem(option)
            tint_selection(option, index)
        super().paint(painter, option, index)


class SelectedRowDelegate(TintedSelectionDelegate):
    """Set on the selected row only (``setItemDelegateForRow``), so that the other rows paint
    without a Python call per cell. A row delegate wins over the column delegates: it hands
    their columns back to them."""

    def __init__(self, columns: dict[int, QStyledItemDelegate], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.columns = columns

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        delegate = self.columns.get(index.column())
        if delegate is not None:
            delegate.paint(painter, option, index)
        else:
            super().paint(painter, option, index)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        delegate = self.columns.get(index.column())
        if delegate is not None:
            return delegate.sizeHint(option, index)
        return super().sizeHint(option, index)


def tint_selection(
    option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
) -> None:
    """Give a selected cell whose row has a background the tinted selection colour."""
    background = index.data(Qt.ItemDataRole.BackgroundRole)
    if isinstance(background, QColor):
        palette = option.palette
        palette.setColor(QPalette.ColorRole.Highlight, selected_tint(background))
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor(style.TEXT))
        option.palette = palette


def selected_tint(background: QColor) -> QColor:
    """The selection colour over a tinted row: the same hue, stronger and a little darker."""
    hue, saturation, value = background.hsvHueF(), background.hsvSaturationF(), background.valueF()
    return QColor.fromHsvF(hue, min(1.0, saturation * 2.4 + 0.05), value * 0.95)


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
        if opt.state & QStyle.StateFlag.State_Selected:
            tint_selection(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style_ = widget.style() if widget is not None else None
        if style_ is not None:
            style_.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        percent = int(index.data(self.role) or 0)
        rect = QRectF(opt.rect)
        metrics = opt.fontMetrics
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
        return QSize(max(size.width(), style.em(option.widget, 9)), size.height())
