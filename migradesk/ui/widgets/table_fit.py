"""Tables and trees whose columns share their width like a web page's table: no text is cut,
no view scrolls sideways, at 1366×768 with any display scale (100–150 %) or a large font.

``fit_columns(view, stretch, nowrap=())``: each column's natural width (its title and items on
one line) and its narrowest (its longest word; ``nowrap`` columns, such as dates or a painted
bar, their natural width) are measured when the model's data change, never on a page switch.
When the natural widths fit, the ``stretch`` column takes the rest; when they do not, every
column gives up width in proportion to what it can give (natural − narrowest), and its text
wraps (``wrap.wrap_items``: rows as high as their text, titles on several lines).
Only when even the narrowest widths do not fit does the view scroll sideways (nothing is cut
then either).

``when_columns_settle(header, fit)``: run ``fit`` once the columns' widths settle.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
)

from migradesk.ui.widgets.wrap import WrapHeader, item_width, wrap_items

MAX_MEASURED_ROWS = 400  # a longer table is measured on its first rows


class Fitter(QObject):
    def __init__(
        self,
        view: QTableView | QTreeView,
        stretch: int,
        nowrap: tuple[int, ...] = (),
        fit_rows: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self.nowrap = nowrap
        self.natural: dict[int, int] = {}
        self.narrowest: dict[int, int] = {}
        wrap_items(view, tuple(c for c in range(self._columns()) if c not in nowrap), fit_rows)
        self.header = self._header()
        self.header.setStretchLastSection(False)
        self.header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        view.viewport().installEventFilter(self)
        self._measure_later = QTimer(self)
        self._measure_later.setSingleShot(True)
        self._measure_later.setInterval(0)
        self._measure_later.timeout.connect(self.measure)
        model = view.model()
        if model is not None:
            model.modelReset.connect(self._measure_later.start)
            model.layoutChanged.connect(self._measure_later.start)
            model.rowsInserted.connect(lambda *_: self._measure_later.start())
            model.rowsRemoved.connect(lambda *_: self._measure_later.start())
            model.dataChanged.connect(lambda *_: self._measure_later.start())
            model.headerDataChanged.connect(lambda *_: self._measure_later.start())
        self.measure()

    def _header(self) -> QHeaderView:
        if isinstance(self.view, QTreeView):
            return self.view.header()
        return self.view.horizontalHeader()

    def _columns(self) -> int:
        model = self.view.model()
        return model.columnCount(QModelIndex()) if model is not None else 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._measure_later.start()
        return False

    def measure(self) -> None:
        """The natural and narrowest width of each column (after new data), then fit."""
        self._measure_later.stop()
        self.natural.clear()
        self.narrowest.clear()
        header = self.header
        for column in range(self._columns()):
            if header.isSectionHidden(column):
                continue
            natural, narrowest = self._title_widths(column)
            for index in self._indexes(column):
                item_natural, item_narrowest = self._item_widths(index)
                natural = max(natural, item_natural)
                narrowest = max(narrowest, item_narrowest)
            least = header.minimumSectionSize()  # Qt makes no section narrower
            self.natural[column] = max(natural, least)
            self.narrowest[column] = max(narrowest, least)
        self.fit()

    def _title_widths(self, column: int) -> tuple[int, int]:
        header = self.header
        if isinstance(header, WrapHeader):
            return header.natural_width(column), header.sectionSizeFromContents(column).width()
        width = header.sectionSizeFromContents(column).width()
        return width, width

    def _indexes(self, column: int) -> list[QModelIndex]:
        """The column's cells (a tree's children too), at most MAX_MEASURED_ROWS."""
        model = self.view.model()
        cells: list[QModelIndex] = []
        parents = [QModelIndex()]
        while parents and len(cells) < MAX_MEASURED_ROWS:
            parent = parents.pop(0)
            for row in range(model.rowCount(parent)):
                if not self._spanned(row, parent):  # a heading across the row: not a cell
                    cells.append(model.index(row, column, parent))
                first = model.index(row, 0, parent)
                if isinstance(self.view, QTreeView) and model.hasChildren(first):
                    parents.append(first)
        return cells

    def _spanned(self, row: int, parent: QModelIndex) -> bool:
        view = self.view
        return isinstance(view, QTreeView) and view.isFirstColumnSpanned(row, parent)

    def _item_widths(self, index: QModelIndex) -> tuple[int, int]:
        """(one line, longest word) for an item, with its margins, icon and indentation (a
        ``nowrap`` column's item: one line both)."""
        view = self.view
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        delegate = view.itemDelegateForIndex(index)
        natural = delegate.sizeHint(option, index).width()
        text = index.data(Qt.ItemDataRole.DisplayRole)
        text = "" if text is None else str(text)
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if font is not None else view.fontMetrics()
        words = text.split()
        longest = max((metrics.horizontalAdvance(w) for w in words), default=0)
        # + 1: a word measured alone rounds down where Qt's laid-out line rounds up
        narrowest = natural - metrics.horizontalAdvance(text) + longest + (1 if words else 0)
        if index.column() in self.nowrap:
            narrowest = natural
        indent = self.header.sectionSize(index.column()) - item_width(view, index)
        return natural + indent, narrowest + indent

    def fit(self) -> None:
        """Share the viewport's width (cheap: nothing is measured here)."""
        available = self.view.viewport().width()
        if available <= 0 or not self.natural:
            return
        columns = list(self.natural)
        natural = sum(self.natural.values())
        narrowest = sum(self.narrowest.values())
        widths = dict(self.natural)
        if natural <= available:
            widths[self.stretch] += available - natural
        elif narrowest < available:
            share = (available - narrowest) / (natural - narrowest)
            widths = {
                c: self.narrowest[c] + int((self.natural[c] - self.narrowest[c]) * share)
                for c in columns
            }
            widths[self.stretch] += available - sum(widths.values())
        else:  # nothing is cut even then: the view scrolls sideways
            widths = dict(self.narrowest)
        for column, width in widths.items():
            if self.header.sectionSize(column) != width:
                self.header.resizeSection(column, width)


def fit_columns(
    view: QAbstractItemView,
    stretch: int,
    nowrap: tuple[int, ...] = (),
    fit_rows: Callable[[], None] | None = None,
) -> Fitter:
    """See the module's docstring. Call after ``setModel``; ``fit_rows``: measures a table's
    rows once the widths settle (default: ``resizeRowsToContents``)."""
    assert isinstance(view, QTableView | QTreeView)
    return Fitter(view, stretch, nowrap, fit_rows)


def when_columns_settle(header: QHeaderView, fit: Callable[[], None]) -> None:
    """Run ``fit`` once the columns' widths settle (one call after a burst of resizes). Rows
    whose text wraps must be measured again then: Qt keeps the heights it first computed, and
    a table is often filled before it is laid out."""
    timer = QTimer(header)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(fit)
    header.sectionResized.connect(lambda *_: timer.start())
