"""Form building blocks: the page header, cards, labelled rows with a hint and an error line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from migradesk.ui.style import em, scaled_font

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


def choice_combo(items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, value in items:
        combo.addItem(text, value)
    return combo


def set_editable(widgets: list[QWidget], editable: bool) -> None:
    """Read-only while IOM reviews: text stays selectable, nothing can change."""
    for widget in widgets:
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.setReadOnly(not editable)
        else:
            widget.setEnabled(editable)


class Banner(QFrame):
    """A one-line notice at the top of a page (sent for review, comments waiting…)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.text = label("")
        layout.addWidget(self.text)
        self.setVisible(False)

    def show_text(self, text: str, tone: str = "info") -> None:
        self.setProperty("tone", tone)
        self.style().unpolish(self)
        self.style().polish(self)
        self.text.setText(text)
        self.setVisible(bool(text))
