"""Tables that fit their card at 1366×768 with a large font instead of scrolling sideways.

``fit_columns(view, stretch, compact, measured)``: the ``stretch`` column takes the width left
over; when the other columns at their natural width would leave it less than ``min_em`` (large
system fonts, a narrow window), the ``compact`` columns get the given width in em instead (their
text elides) and the view never scrolls sideways.

``measured`` columns fit their contents like ``ResizeToContents``, but are measured only when
the page calls ``Fitter.measure()`` after new data, not each time the page is shown (Qt
re-measures every row of a ResizeToContents column on show: a page switch would pay for it).

``when_columns_settle(header, fit)``: rows of wrapped text measured again at the final widths.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from migradesk.ui.style import em


class Fitter(QObject):
    def __init__(
        self,
        view: QAbstractItemView,
        stretch: int,
        compact: dict[int, float],
        measured: tuple[int, ...] = (),
        min_em: float = 14.0,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self.compact = compact
        self.measured = measured
        self.min_em = min_em
        self.compacted: bool | None = None
        self._natural: dict[int, int] = {}  # the compact columns' widths before compacting
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.viewport().installEventFilter(self)
        header = self.header()
        for column in measured:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.relaxed = {c: (header.sectionResizeMode(c), header.sectionSize(c)) for c in compact}
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._section_resized)

    def header(self) -> QHeaderView:
        view = self.view
        if isinstance(view, QTreeView):
            return view.header()
        return view.horizontalHeader()  # type: ignore[attr-defined, no-any-return]

    def measure(self) -> None:
        """After new data: the measured columns to their contents, then fit again."""
        header = self.header()
        for column in self.measured:
            width = max(header.sectionSizeHint(column), self.view.sizeHintForColumn(column))
            if self.compacted and column in self.compact:
                self._natural[column] = width
            else:
                header.resizeSection(column, width)
                self.relaxed[column] = (QHeaderView.ResizeMode.Interactive, width)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _section_resized(self, index: int, _old: int, _new: int) -> None:
        if index == self.stretch:
            self.fit()

    def fit(self) -> None:
        """Compact when the stretch column gets too narrow, relax when there is room again.
        Cheap: reads the sections' current widths (nothing is measured here)."""
        header = self.header()
        available = self.view.viewport().width()
        if available <= 0:
            return
        natural = 0
        for column in range(header.count()):
            if column == self.stretch or header.isSectionHidden(column):
                continue
            if self.compacted and column in self._natural:
                natural += self._natural[column]
            else:
                natural += header.sectionSize(column)
        compact = available - natural < em(self.view, self.min_em)
        if compact == self.compacted:
            return
        if compact:
            self._natural = {c: header.sectionSize(c) for c in self.compact}
        self.compacted = compact
        for column, width_em in self.compact.items():
            if compact:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(column, em(self.view, width_em))
            else:
                mode, size = self.relaxed[column]
                header.setSectionResizeMode(column, mode)
                if mode != QHeaderView.ResizeMode.ResizeToContents:
                    header.resizeSection(column, self._natural.get(column, size))


def fit_columns(
    view: QAbstractItemView,
    stretch: int,
    compact: dict[int, float],
    measured: tuple[int, ...] = (),
    min_em: float = 14.0,
) -> Fitter:
    """See the module's docstring. Call after ``setModel``."""
    return Fitter(view, stretch, compact, measured, min_em)


def when_columns_settle(header: QHeaderView, fit: Callable[[], None]) -> None:
    """Run ``fit`` once the columns' widths settle (one call after a burst of resizes). Rows
    whose text wraps must be measured again then: Qt keeps the heights it first computed, and
    a table is often filled before it is laid out."""
    timer = QTimer(header)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(fit)
    header.sectionResized.connect(lambda *_: timer.start())
