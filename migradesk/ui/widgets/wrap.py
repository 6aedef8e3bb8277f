"""Lists, trees and tables whose items wrap instead of being cut: ``wrap_items(view)``; and
column titles that wrap instead of widening their column: ``WrapHeader``.

Each item's text wraps at its column's width and its row is as high as the text needs. Qt's
tables measure a wrapped row at its columns' widths; its trees do not (a wrapped item would
keep one line): a tree gets the ``WrapDelegate``, which does. Rows are measured again when the
columns' widths settle (after a resize of the window, the scale or the language), once per
burst of resizes, not on each show.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


class WrapDelegate(QStyledItemDelegate):
    """Measures an item wrapped at the width its column gives it (``columns``: only these
    wrap; the others, sized to their contents, keep one line). Asked without WrapText in the
    option's features (``table_fit`` measuring natural widths), the item on one line."""

    columns: tuple[int, ...] | None = None

    def wraps(self, index: Index) -> bool:
        return self.columns is None or index.column() in self.columns

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        wrap = bool(option.features & WRAP)
        super().initStyleOption(option, index)
        if not (wrap and self.wraps(index)):
            option.features &= ~WRAP

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        view = self.parent()
        wrapped = bool(option.features & WRAP)
        if not (wrapped and self.wraps(index)) or not isinstance(view, QAbstractItemView):
            return super().sizeHint(option, index)
        measured = QStyleOptionViewItem(option)
        self.initStyleOption(measured, index)
        measured.rect = QRect(0, 0, max(item_width(view, index), 1), 1)
        return view.style().sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, measured, QSize(), view
        )


WRAP = QStyleOptionViewItem.ViewItemFeature.WrapText


def item_width(view: QAbstractItemView, index: Index) -> int:
    """The width an item has in ``view``: its column's, less a tree's indentation or a
    table's grid line (Qt elides a text one pixel too wide)."""
    if isinstance(view, QTreeView):
        width = view.header().sectionSize(index.column())
        if index.column() == 0 and view.isFirstColumnSpanned(index.row(), index.parent()):
            width = view.viewport().width()
        if index.column() == view.header().logicalIndex(0):
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= view.indentation() * (depth + (1 if view.rootIsDecorated() else 0))
        return width
    if isinstance(view, QTableView):  # less the grid's line at the cell's right
        return view.columnWidth(index.column()) - (1 if view.showGrid() else 0)
    return view.viewport().width()


def wrap_items(
    view: QAbstractItemView,
    columns: tuple[int, ...] | None = None,
    fit_rows: Callable[[], None] | None = None,
) -> None:
    """Make ``view``'s items wrap at their width, rows as high as their text (see above);
    ``columns`` (trees): only those (the others keep one line, e.g. sized to their contents);
    ``fit_rows`` (tables): measures the rows instead of ``resizeRowsToContents``."""
    view.setWordWrap(True)  # type: ignore[attr-defined]
    if isinstance(view, QTableView | QTreeView):
        WrapHeader.install(view)
    timer = QTimer(view)
    timer.setSingleShot(True)
    timer.setInterval(0)
    if isinstance(view, QTreeView):
        delegate = view.itemDelegate()
        if not isinstance(delegate, WrapDelegate):  # a view's own delegate derives from it
            assert type(delegate) is QStyledItemDelegate, f"{type(delegate)}: a WrapDelegate"
            delegate = WrapDelegate(view)
            view.setItemDelegate(delegate)
        delegate.columns = columns
        view.setUniformRowHeights(False)
        timer.timeout.connect(view.doItemsLayout)
        view.header().sectionResized.connect(lambda *_: timer.start())
    elif isinstance(view, QTableView):
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        timer.timeout.connect(fit_rows or view.resizeRowsToContents)
        view.horizontalHeader().sectionResized.connect(lambda *_: timer.start())
        model = view.model()
        if model is not None:  # new rows: measured at the widths they meet
            model.modelReset.connect(timer.start)
            model.rowsInserted.connect(lambda *_: timer.start())
            model.dataChanged.connect(lambda *_: timer.start())
    elif isinstance(view, QListView):
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setUniformItemSizes(False)


class WrapHeader(QHeaderView):
    """A horizontal header whose titles wrap at word boundaries: a column sized to its
    contents is as narrow as its title's longest word (or its items), the header as high as
    its longest title needs. ``install(view)`` puts one on a table or a tree, keeping its
    sections' modes and sizes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self._titles_changed)
        self.sectionResized.connect(lambda *_: self._relayout.start())

    @classmethod
    def install(cls, view: QTableView | QTreeView) -> WrapHeader:
        old = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        if isinstance(old, WrapHeader):
            return old
        header = cls(view)
        header.setSectionsClickable(old.sectionsClickable())
        header.setHighlightSections(old.highlightSections())
        header.setDefaultAlignment(old.defaultAlignment())
        header.setMinimumSectionSize(old.minimumSectionSize())
        header.setVisible(not old.isHidden())
        sections = [
            (old.sectionResizeMode(i), old.sectionSize(i), old.isSectionHidden(i))
            for i in range(old.count())
        ]
        stretch_last = old.stretchLastSection()
        if isinstance(view, QTableView):
            view.setHorizontalHeader(header)
        else:
            view.setHeader(header)
        header.setStretchLastSection(stretch_last)
        for index, (mode, size, hidden) in enumerate(sections):
            header.setSectionResizeMode(index, mode)
            if mode == QHeaderView.ResizeMode.Interactive:
                header.resizeSection(index, size)
            header.setSectionHidden(index, hidden)
        return header

    def _title(self, section: int) -> str:
        model = self.model()
        text = model.headerData(section, self.orientation()) if model is not None else None
        return "" if text is None else str(text)

    def natural_width(self, section: int) -> int:
        """The title on one line."""
        return super().sectionSizeFromContents(section).width()

    def _padding(self, section: int, one_line: QSize) -> int:
        return one_line.width() - QFontMetrics(self.font()).horizontalAdvance(self._title(section))

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        one_line = super().sectionSizeFromContents(logicalIndex)
        title = self._title(logicalIndex)
        if not title:
            return one_line
        metrics = QFontMetrics(self.font())
        padding = self._padding(logicalIndex, one_line)
        widest = max(metrics.horizontalAdvance(w) for w in title.split())
        width = max(self.sectionSize(logicalIndex), widest + padding)
        lines = len(_lines(metrics, title, width - padding))
        return QSize(widest + padding, one_line.height() + (lines - 1) * metrics.lineSpacing())

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, logicalIndex)
        option.rect = rect
        one_line = super().sectionSizeFromContents(logicalIndex)
        metrics = QFontMetrics(self.font())
        room = rect.width() - self._padding(logicalIndex, one_line)
        option.text = "\n".join(_lines(metrics, self._title(logicalIndex), room))
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()

    def _titles_changed(self) -> None:
        """The widths changed: the titles may need more or fewer lines."""
        if self.count():
            self.headerDataChanged(self.orientation(), 0, self.count() - 1)
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            view.updateGeometries()


def _lines(metrics: QFontMetrics, text: str, width: int) -> list[str]:
    """``text`` broken at spaces into lines no wider than ``width`` (a longer word alone)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]
