"""Layouts that give way on narrow windows and large fonts instead of widening the page.

``FlowLayout`` (Qt's flow layout example): items left to right, wrapping onto the next line when
the width runs out; its minimum width is its widest item, so a row of radio buttons, check boxes
or tool buttons never forces a horizontal scroll bar. ``Responsive`` switches a box layout
between side by side and stacked at a width threshold (an editor and its comments).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 8, line_spacing: int = 4):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._line_spacing = line_spacing
        self.setContentsMargins(0, 0, 0, 0)

    # QLayout's item interface

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """One line with everything (the layout wraps when given less)."""
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._spacing if width else 0)
            height = max(height, hint.height())
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    # Placing

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, apply: bool) -> int:
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        x, y, line_height = area.x(), area.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            width = min(hint.width(), area.width())
            if x > area.x() and x + width > area.right() + 1:
                x, y = area.x(), y + line_height + self._line_spacing
                line_height = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


def flow_widget(widgets: list[QWidget], spacing: int = 8) -> tuple[QWidget, FlowLayout]:
    """A plain widget holding ``widgets`` in a FlowLayout (height follows its width)."""
    holder = QWidget()
    layout = FlowLayout(holder, spacing)
    for widget in widgets:
        layout.addWidget(widget)
    policy = holder.sizePolicy()
    policy.setHeightForWidth(True)
    policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
    holder.setSizePolicy(policy)
    return holder, layout


class Responsive:
    """Lay ``box`` out side by side when its owner is at least ``threshold`` pixels wide and
    stacked below that; ``side`` (the secondary widget) takes the full width when stacked."""

    def __init__(self, box: QBoxLayout, side: QWidget, threshold: int, side_max: int) -> None:
        self.box = box
        self.side = side
        self.threshold = threshold
        self.side_max = side_max
        self.stacked = False

    def update(self, width: int) -> None:
        stacked = width < self.threshold
        if stacked == self.stacked:
            return
        self.stacked = stacked
        if stacked:
            self.box.setDirection(QBoxLayout.Direction.TopToBottom)
            self.side.setMaximumWidth(16777215)
        else:
            self.box.setDirection(QBoxLayout.Direction.LeftToRight)
            self.side.setMaximumWidth(self.side_max)
