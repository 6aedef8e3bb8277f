"""Form building blocks: the page header, cards, labelled rows with a hint and an error line."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from migradesk.ui.style import em, icon, scaled_font

LABEL_EM = 15


def label(text: str, kind: str = "", wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    if kind:
        widget.setObjectName(kind)
    return widget


def data_label(text: str = "", kind: str = "") -> QLabel:
    """A label showing the city's data (not interface text): exempt from the translation test."""
    widget = label(text, kind)
    widget.setProperty("i18n_data", True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


class Card(QFrame):
    """A white panel with a title; ``form`` for label/editor rows, ``body`` for anything else."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(18, 14, 18, 16)
        self.body.setSpacing(8)
        self.title = label(title, "cardTitle")
        self.title.setFont(scaled_font(self.title, 1.2, bold=True))
        self.body.addWidget(self.title)
        if subtitle:
            self.body.addWidget(label(subtitle, "muted"))
        self._form: QFormLayout | None = None

    @property
    def form(self) -> QFormLayout:
        if self._form is None:
            self._form = new_form()
            self.body.addLayout(self._form)
        return self._form


def dialog_column(dialog: QWidget, title: str, intro: str = "", kind: str = "muted") -> QVBoxLayout:
    """A dialog's column: its title in large bold type, then an introduction (if any)."""
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(22, 18, 22, 16)
    layout.setSpacing(10)
    heading = label(title, "cardTitle")
    heading.setFont(scaled_font(heading, 1.2, bold=True))
    layout.addWidget(heading)
    if intro:
        layout.addWidget(label(intro, kind))
    return layout


class _AtLeast(QObject):
    """Keeps a widget's minimum width at ``count`` em or its contents', whichever is more."""

    def __init__(self, widget: QWidget, count: float) -> None:
        super().__init__(widget)
        self.count = count
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.LayoutRequest) and isinstance(
            watched, QWidget
        ):
            layout = watched.layout()
            needed = layout.totalMinimumSize().width() if layout is not None else 0
            wanted = max(em(watched, self.count), needed)
            if watched.minimumWidth() != wanted:
                watched.setMinimumWidth(wanted)
        return False


def at_least_em(widget: QWidget, count: float) -> None:
    """A dialog (or a panel) at least ``count`` em wide, and never narrower than its contents:
    ``setMinimumWidth`` alone would stop Qt from keeping the contents' own minimum, and the
    buttons of a longer language (or a larger scale) would be squeezed."""
    widget.setMinimumWidth(em(widget, count))
    _AtLeast(widget, count)


def fit_height(dialog: QWidget) -> None:
    """After its contents changed (an error appeared): the dialog as high as its wrapped text
    needs at its width, never squeezed (QWidget.adjustSize may pick a narrower width and a
    height too small for the labels that wrap there)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = max(dialog.width(), dialog.minimumWidth(), layout.totalMinimumSize().width())
    if layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(width)
    else:
        height = layout.totalSizeHint().height()
    dialog.setMinimumHeight(height)
    dialog.resize(width, height)


def new_form() -> QFormLayout:
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setHorizontalSpacing(16)
    form.setVerticalSpacing(6)
    return form


def add_row(
    form: QFormLayout, text: str, editor: QWidget, hint: str = "", label_em: float = LABEL_EM
) -> QLabel:
    """Add 'label: editor' with an optional hint below; returns the (hidden) error label."""
    caption = label(text, wrap=True)
    caption.setFixedWidth(em(caption, label_em))  # one label column width on every card
    caption.setBuddy(editor.focusProxy() or editor)
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(editor)
    if hint:
        column.addWidget(label(hint, "hint"))
    error = label("", "error")
    error.setVisible(False)
    column.addWidget(error)
    form.addRow(caption, column)
    return error


def clear_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        if widget is not None:
            widget.hide()  # deleted on the next turn of the loop: not painted meanwhile
            widget.deleteLater()
        elif item.layout() is not None:
            child = item.layout()
            assert child is not None
            clear_layout(child)


def multiline(lines: int = 4) -> QPlainTextEdit:
    """A plain-text editor about ``lines`` lines high (grows with the font); Tab moves on."""
    editor = QPlainTextEdit()
    editor.setTabChangesFocus(True)
    height = editor.fontMetrics().lineSpacing() * lines + 14
    editor.setMinimumHeight(height)
    editor.setMaximumHeight(height * 2)
    return editor


class SpinBox(QSpinBox):
    """A QSpinBox whose number keeps the inset of the other fields (style.py draws its frame
    and buttons; Qt's style sheets place a spin box's text at its very border)."""

    def __init__(self, minimum: int, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(minimum, maximum)
        line = self.lineEdit()
        if line is not None:
            line.setTextMargins(em(self, 0.7), 0, 0, 0)


class GrowingText(QPlainTextEdit):
    """A one-paragraph text field that is never cut: it wraps and grows to show its whole text
    (one line when short, like a line edit; at most ``max_lines``, then it scrolls). Enter
    and Tab move to the next field. ``text()`` / ``setText()`` as a QLineEdit's."""

    def __init__(self, max_lines: int = 6, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_lines = max_lines
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(2)
        self.textChanged.connect(self._fit)
        self._fit()

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()  # one paragraph: Enter goes on, as in a line edit
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        keyboard = (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ShortcutFocusReason,
        )
        if event.reason() in keyboard:  # as a line edit: typing replaces the whole text
            self.selectAll()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As high as its wrapped lines (QPlainTextEdit's layout counts lines, not pixels)."""
        lines = max(1, round(self.document().documentLayout().documentSize().height()))
        shown = min(lines, self.max_lines)
        chrome = self.height() - self.viewport().height()
        margin = 2 * round(self.document().documentMargin())
        # + 1: QPlainTextEdit counts a line as shown when it ends a pixel above the bottom
        height = shown * self.fontMetrics().lineSpacing() + margin + 1 + max(chrome, 0)
        if self.minimumHeight() != height or self.maximumHeight() != height:
            self.setFixedHeight(height)


def choice_combo(items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, value in items:
        combo.addItem(text, value)
    return combo


def set_editable(widgets: list[QWidget], editable: bool) -> None:
    """Read-only while IOM reviews: text stays selectable, nothing can change, and it looks so
    (``locked``: style.py draws it without a field's border and background, at full contrast)."""
    for widget in widgets:
        set_read_only = getattr(widget, "set_read_only", None)
        if callable(set_read_only):  # a composite editor (DateEdit) locks its own parts
            set_read_only(not editable)
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            widget.setReadOnly(not editable)
            mark_locked(widget, not editable)
        else:
            widget.setEnabled(editable)
            mark_locked(widget, not editable)


def mark_locked(widget: QWidget, locked: bool) -> None:
    """Give ``widget`` the read-only look of locked content (or take it away)."""
    if bool(widget.property("locked")) == locked:
        return
    widget.setProperty("locked", locked)
    widget.style().unpolish(widget)  # a property selector of the style sheet is read at polish
    widget.style().polish(widget)


@dataclasses.dataclass(frozen=True)
class BannerButton:
    """A button of a Banner: its text, what it does, and whether it is the main one."""

    text: str
    callback: Callable[[], None]
    primary: bool = False
    hides: bool = True  # clicking it also hides the banner


class Banner(QFrame):
    """A notice at the top of a page or the window (sent for review, PDF saved…), optionally with
    buttons on the right: ``show_text(text, tone, [BannerButton(...), ...])``. Escape hides a
    banner that has buttons (``dismissed`` is emitted)."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(10)
        self.icon = QLabel()  # an icon of resources/icons before the text (``show_text``)
        self.icon.setVisible(False)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.text = label("")
        layout.addWidget(self.text, 1)
        self.button_row = QHBoxLayout()
        self.button_row.setSpacing(6)
        layout.addLayout(self.button_row)
        self.buttons: list[QPushButton] = []
        self.setVisible(False)

    def show_text(
        self,
        text: str,
        tone: str = "info",
        buttons: Sequence[BannerButton] = (),
        icon_name: str = "",
    ) -> None:
        """``icon_name``: an icon of resources/icons shown before the text ("lock")."""
        self.setProperty("tone", tone)
        self.style().unpolish(self)
        self.style().polish(self)
        self.text.setText(text)
        if icon_name:
            side = self.text.fontMetrics().height()
            self.icon.setPixmap(icon(icon_name).pixmap(side, side))
            self.icon.setProperty("icon_name", icon_name)
        self.icon.setVisible(bool(icon_name))
        self.set_buttons(buttons)
        self.setVisible(bool(text))

    def set_buttons(self, buttons: Sequence[BannerButton]) -> None:
        for old in self.buttons:
            old.hide()
            old.deleteLater()
        self.buttons = []
        for spec in buttons:
            button = QPushButton(spec.text)
            if spec.primary:
                button.setObjectName("primary")
                button.setAutoDefault(True)
            button.clicked.connect(lambda _c=False, s=spec: self._clicked(s))
            self.button_row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.buttons.append(button)

    def hide_banner(self) -> None:
        if self.isVisible():
            self.setVisible(False)
            self.dismissed.emit()

    def _clicked(self, spec: BannerButton) -> None:
        if spec.hides:
            self.setVisible(False)
        spec.callback()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.buttons:
            self.hide_banner()
        else:
            super().keyPressEvent(event)


class ConfirmBar(Banner):
    """A warning banner asking to confirm an action, with Confirm / Cancel; Escape cancels."""

    confirmed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dismissed.connect(self.cancelled)
        self.confirm_button: QPushButton | None = None  # set by ask()
        self.cancel_button: QPushButton | None = None

    def ask(self, text: str, confirm_text: str) -> None:
        self.show_text(
            text,
            "warn",
            [
                BannerButton(confirm_text, self.confirmed.emit, primary=True),
                BannerButton(self.tr("Cancelar"), self.cancel),
            ],
        )
        self.confirm_button, self.cancel_button = self.buttons
        self.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel(self) -> None:
        self.setVisible(False)
        self.cancelled.emit()


class SideBySide(QWidget):
    """A list beside its editor sharing the width ``stretch``; narrower than the two sides'
    minimum widths (``min_em``: a small screen, a large scale or font) the list goes above
    the editor, at full width, instead of squeezing either. A layout, not a splitter: the
    height follows the width (wrapped text)."""

    def __init__(
        self,
        left: QWidget,
        right: QWidget,
        stretch: tuple[int, int] = (2, 3),
        min_em: tuple[float, float] = (20, 36),
    ) -> None:
        super().__init__()
        self.left, self.right = left, right
        self.min_em = min_em
        self.left_max = left.maximumWidth()
        self.stacked = False
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(16)
        self.row.addWidget(left, stretch[0])
        self.row.addWidget(right, stretch[1])

    def threshold(self) -> int:
        return em(self, self.min_em[0] + self.min_em[1]) + self.row.spacing()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange(event.size().width())

    def arrange(self, width: int) -> None:
        stacked = width < self.threshold()
        if stacked == self.stacked:
            return
        self.stacked = stacked
        if stacked:
            self.row.setDirection(QBoxLayout.Direction.TopToBottom)
            self.left.setMaximumWidth(QWIDGETSIZE_MAX)
        else:
            self.row.setDirection(QBoxLayout.Direction.LeftToRight)
            self.left.setMaximumWidth(self.left_max)


QWIDGETSIZE_MAX = 16777215


def side_by_side(
    left: QWidget,
    right: QWidget,
    stretch: tuple[int, int] = (2, 3),
    min_em: tuple[float, float] = (20, 36),
) -> SideBySide:
    """See ``SideBySide``."""
    return SideBySide(left, right, stretch, min_em)
