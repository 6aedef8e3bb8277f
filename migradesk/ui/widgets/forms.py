"""Form building blocks: the page header, cards, labelled rows with a hint and an error line."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
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


def side_by_side(left: QWidget, right: QWidget, stretch: tuple[int, int] = (2, 3)) -> QWidget:
    """A list beside its editor sharing the width ``stretch`` (within each side's minimum and
    maximum width). A layout, not a splitter: the height follows the width (wrapped text)."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(16)
    row.addWidget(left, stretch[0])
    row.addWidget(right, stretch[1])
    return holder
