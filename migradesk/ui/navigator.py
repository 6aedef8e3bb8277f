"""The left navigator: one row per step with its state and its next deadline.

No title is ever cut: a title wider than the navigator (a large scale, English, a narrow
window) wraps onto a second line, and the row grows (``StepDelegate.sizeHint``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from migradesk.ui import style
from migradesk.ui.early_qt import (
    ACCESSIBLE_TEXT_ROLE,
    ALIGN_LEFT,
    ALIGN_TOP,
    DISPLAY_ROLE,
    LIST_RESIZE_ADJUST,
    SCROLL_BAR_ALWAYS_OFF,
    TEXT_WORD_WRAP,
    USER_ROLE,
)
from migradesk.ui.formats import fmt_date
from migradesk.ui.pages import PAGES

if TYPE_CHECKING:  # the domain (pydantic, the holiday tables) loads after the window shows
    from datetime import date

    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent

    from migradesk.domain.calendar import Deadline
    from migradesk.domain.process import StepState, StepSummary

# Keyed by the values of domain.process.StepState (a StrEnum: its members find these keys).
STATE_COLORS: dict[str, str] = {
    "sin_iniciar": style.MUTED,
    "en_curso": style.ACCENT,
    "por_enviar": style.WARN,
    "enviado": "#5b4a9e",
    "con_comentarios": style.WARN,
    "validado": style.ACCENT,
    "aprobado": style.OK,
    "completado": style.OK,
}

# Plain ints, not Qt's enums: the navigator paints before Qt's namespace is created (early_qt).
StateRole = USER_ROLE + 1
DetailRole = USER_ROLE + 2
UrgentRole = USER_ROLE + 3
IdRole = USER_ROLE + 4


def state_label(state: StepState) -> str:
    """The state's name from the process model, in the interface language."""
    from migradesk.domain.process.steps import STATE_NAMES

    return QCoreApplication.translate("domain", STATE_NAMES[state])


def deadline_text(deadline: Deadline, today: date) -> str:
    from migradesk.domain.calendar import DeadlineStatus

    days = deadline.days_left(today)
    if days < 0:
        return QCoreApplication.translate("steps", "venció el %1").replace(
            "%1", fmt_date(deadline.due)
        )
    if days == 0:
        return QCoreApplication.translate("steps", "vence hoy")
    if deadline.status(today) is DeadlineStatus.NOT_STARTED:
        return QCoreApplication.translate("steps", "desde el %1").replace(
            "%1", fmt_date(deadline.opens)
        )
    return QCoreApplication.translate("steps", "vence el %1").replace("%1", fmt_date(deadline.due))


class StepsModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summaries: dict[str, StepSummary] = {}
        self._today: date | None = None  # with the first summaries

    def set_summaries(self, summaries: list[StepSummary], today: date) -> None:
        self._summaries = {s.step_id: s for s in summaries}
        self._today = today
        self.dataChanged.emit(self.index(0), self.index(len(PAGES) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PAGES)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        page = PAGES[index.row()]
        summary = self._summaries.get(page.id)
        if role == DISPLAY_ROLE:
            return page.title
        if role == IdRole:
            return page.id
        today = self._today
        if summary is None or today is None:
            return None
        if role == StateRole:
            return summary.state
        if role == DetailRole:
            parts = []
            if summary.state is not None:
                parts.append(state_label(summary.state))
            if summary.deadline is not None:
                parts.append(deadline_text(summary.deadline, today))
            return " · ".join(parts)
        if role == UrgentRole:
            from migradesk.domain.calendar import DeadlineStatus

            deadline = summary.deadline
            return deadline is not None and deadline.status(today) in (
                DeadlineStatus.OVERDUE,
                DeadlineStatus.DUE_SOON,
            )
        if role == ACCESSIBLE_TEXT_ROLE:
            detail = self.data(index, DetailRole)
            return f"{page.title}: {detail}" if detail else page.title
        return None

    def row_of(self, page_id: str) -> int:
        return next(i for i, p in enumerate(PAGES) if p.id == page_id)


class StepDelegate(QStyledItemDelegate):
    PAD = 10
    INDENT = 8  # the selected row's accent bar and a little air

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self._text_width(option)
        height = self._title_height(option, index, width)
        detail = index.data(DetailRole)
        if detail:
            small = _small(option.font)
            height += _wrapped(QFontMetrics(small), detail, width - _dot(small) - 6).height()
        return QSize(self._row_width(option), height + 2 * self.PAD + 2)

    def _row_width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        total = view.viewport().width() if isinstance(view, QListView) else 0
        return total if total > 0 else option.rect.width()

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        """The width the row's text has: the view's, less the padding and the room of a
        scroll bar, shown or not: a row's height must not change when the bar comes or goes
        (QListView would keep the rows where it first laid them, one over another). The
        navigator's width follows its titles and the window, see MainWindow.fit_side."""
        total = self._row_width(option)
        view = self.parent()
        if isinstance(view, QListView) and not view.verticalScrollBar().isVisible():
            total -= view.verticalScrollBar().sizeHint().width()
        return max(total - self.PAD - self.INDENT - self.PAD, 1)

    def _title_height(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, width: int
    ) -> int:
        regular = QFontMetrics(option.font)
        return _wrapped(regular, str(index.data()), width).height()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect: QRect = option.rect
        # Selection and hover from the view, not ``option.state``: reading that creates the
        # Python enums of QStyle (~10 ms), on the first paint of the window.
        view = self.parent()
        selected = isinstance(view, Navigator) and view.currentIndex().row() == index.row()
        hovered = isinstance(view, Navigator) and view.hover_row == index.row()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected:
            painter.fillRect(rect, QColor("white"))
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), QColor(style.ACCENT))
        elif hovered:
            painter.fillRect(rect, QColor("#dfe5ec"))
        text_rect = rect.adjusted(self.PAD + self.INDENT, self.PAD, 0, -self.PAD)
        text_rect.setWidth(self._text_width(option))
        font = QFont(option.font)
        if selected:  # bold where it takes no more lines: a row keeps its height when selected
            font.setBold(True)
            title, width = str(index.data()), text_rect.width()
            regular = QFontMetrics(option.font)
            bold_height = _wrapped(QFontMetrics(font), title, width).height()
            font.setBold(bold_height <= _wrapped(regular, title, width).height())
        painter.setFont(font)
        if selected:
            painter.setPen(QColor(style.ACCENT))
        # Otherwise the painter's own pen: the palette's text colour, TEXT (Navigator sets it).
        # QPainter's setPen, setBrush and fillRect create Qt's enums (early_qt): a row that is
        # neither selected nor hovered, as all are on the first paint, uses none of them.
        title = str(index.data())
        painter.drawText(text_rect, ALIGN_LEFT | ALIGN_TOP | TEXT_WORD_WRAP, title)
        detail = index.data(DetailRole)
        if detail:  # the city's file is loaded: after the first paint
            height = _wrapped(painter.fontMetrics(), title, text_rect.width()).height()
            self._paint_detail(painter, option, index, text_rect.adjusted(0, height, 0, 0))
        painter.restore()

    def _paint_detail(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        line: QRect,
    ) -> None:
        """The second line: a dot in the state's colour, the state and the next deadline."""
        from PySide6.QtCore import Qt

        small = _small(option.font)
        painter.setFont(small)
        state_value = index.data(StateRole)
        color = STATE_COLORS.get(state_value, style.MUTED) if state_value else style.MUTED
        if index.data(UrgentRole):
            color = style.WARN
        dot = _dot(small)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        cy = line.top() + painter.fontMetrics().height() // 2
        painter.drawEllipse(line.left(), cy - dot // 2, dot, dot)
        painter.setPen(QColor(color if index.data(UrgentRole) else style.MUTED))
        line.setLeft(line.left() + dot + 6)
        painter.drawText(line, ALIGN_LEFT | ALIGN_TOP | TEXT_WORD_WRAP, index.data(DetailRole))


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(small.pointSizeF() * 0.9, 7.0))
    return small


def _dot(font: QFont) -> int:
    return QFontMetrics(font).height() // 3


def _wrapped(metrics: QFontMetrics, text: str, width: int) -> QRect:
    """The rectangle ``text`` takes wrapped at ``width`` (ints, not Qt's enums: early_qt)."""
    return metrics.boundingRect(QRect(0, 0, max(width, 1), 100_000), TEXT_WORD_WRAP, text)


class Navigator(QListView):
    page_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self._hint_width: tuple[object, int] = (None, 0)  # (font and titles, width): sizeHint
        self.steps = StepsModel(self)
        self.setModel(self.steps)
        self.setItemDelegate(StepDelegate(self))
        self.setMouseTracking(True)
        self.setUniformItemSizes(False)
        self.setProperty("resizeMode", LIST_RESIZE_ADJUST)  # rows measured again when resized
        self.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)  # early_qt
        self.setAccessibleName(QCoreApplication.translate("steps", "Etapas del proceso"))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor("#e9edf2"))
        palette.setColor(QPalette.ColorRole.Text, QColor(style.TEXT))  # the rows' pen: paint()
        self.setPalette(palette)
        self._quiet = False
        self.hover_row = -1
        # No row is current until the window shows a page, and the focus alone does not make
        # the first one current (which would ask for its page): the current index counts as set.
        self.setCurrentIndex(QModelIndex())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        row = self.indexAt(event.position().toPoint()).row()
        if row != self.hover_row:
            self.hover_row = row
            self.viewport().update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.hover_row = -1
        self.viewport().update()
        super().leaveEvent(event)

    def currentChanged(
        self,
        current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The user moved to a row: ask for its page. (This virtual rather than the selection
        model's signal: connecting that creates QItemSelectionModel's Python enums.)"""
        super().currentChanged(current, previous)
        if current.isValid() and not self._quiet:
            self.page_requested.emit(current.data(IdRole))

    def select(self, page_id: str) -> None:
        """Highlight a page without asking for it (the window already shows it)."""
        index = self.steps.index(self.steps.row_of(page_id))
        if self.currentIndex() != index:
            self._quiet = True
            try:
                self.setCurrentIndex(index)
            finally:
                self._quiet = False

    def sizeHint(self) -> QSize:
        """Wide enough for the longest step title in bold (the selected row), so no title is
        cut at the usual font sizes; capped so the page keeps its room with large fonts."""
        model = self.model()
        titles = tuple(str(model.index(row, 0).data()) for row in range(model.rowCount()))
        key = (self.font().key(), titles)  # measured again after a font or language change
        if self._hint_width[0] != key:
            self._hint_width = (key, self._title_width(titles))
        return QSize(self._hint_width[1], super().sizeHint().height())

    def _title_width(self, titles: tuple[str, ...]) -> int:
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        widest = max((metrics.horizontalAdvance(title) for title in titles), default=0)
        scroll_bar = self.verticalScrollBar().sizeHint().width()  # room kept: _text_width
        padding = 2 * StepDelegate.PAD + StepDelegate.INDENT + 2 * self.frameWidth() + 4
        padding += scroll_bar
        return min(max(widest + padding, style.em(self, 18)), style.em(self, 28))
