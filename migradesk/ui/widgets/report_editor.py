"""A small rich-text editor stored as Markdown (bold, italics, lists, headings) with word counts.

``ReportEditor.markdown()`` / ``load_markdown()`` go through ``QTextDocument.toMarkdown`` /
``setMarkdown``; ``bind_markdown`` autosaves it like any other field.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeyEvent,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextEdit, QToolButton, QVBoxLayout, QWidget

from migradesk.domain.markdown import parse, plain

from migradesk.ui.autosave import Binder
from migradesk.ui.formats import fmt_int
from migradesk.ui.style import em, scaled_font
from migradesk.ui.widgets.flow import FlowLayout
from migradesk.ui.widgets.forms import label, mark_locked

HEADING_LEVEL = 3  # the section has its own title; headings inside it are sub-headings
WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*")


def word_count(plain: str) -> int:
    return len(WORD_RE.findall(plain))


def markdown_plain(text: str) -> str:
    """The words a reader sees in a Markdown text (markup and list numbers left out), as the
    PDFs read it (``domain.markdown``)."""
    return plain(parse(text)) if text.strip() else ""


def markdown_words(text: str) -> int:
    return word_count(markdown_plain(text))


def normalise(markdown: str) -> str:
    text = markdown.strip()
    return text + "\n" if text else ""


def words_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("ReportEditor", "1 palabra")
    return QCoreApplication.translate("ReportEditor", "%1 palabras").replace("%1", fmt_int(count))


class _TextEdit(QTextEdit):
    """Enter at the end of a heading starts a normal paragraph, as in word processors."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        cursor = self.textCursor()
        after_heading = (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and cursor.blockFormat().headingLevel() > 0
            and cursor.atBlockEnd()
        )
        super().keyPressEvent(event)
        if after_heading:
            cursor = self.textCursor()
            block = cursor.blockFormat()
            block.setHeadingLevel(0)
            cursor.setBlockFormat(block)
            plain = QTextCharFormat()
            plain.setProperty(QTextFormat.Property.FontSizeAdjustment, 0)
            plain.setFontWeight(QFont.Weight.Normal)
            cursor.setBlockCharFormat(plain)
            self.setCurrentCharFormat(plain)


class ReportEditor(QWidget):
    """Toolbar (Negrita, Cursiva, Lista, Lista numerada, Título) over a QTextEdit."""

    words_changed = Signal(int)

    def __init__(self, lines: int = 14, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = ""  # the Markdown last loaded or read: a reload of it changes nothing
        self.edit = _TextEdit()
        self.edit.setAcceptRichText(True)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * lines)
        self.edit.setStyleSheet("QTextEdit { border: 1px solid #d5dbe3; border-radius: 4px; }")
        self.setFocusProxy(self.edit)

        bar = FlowLayout(spacing=4)  # wraps on narrow windows and large fonts
        self.format_actions: dict[str, QAction] = {}
        self.buttons: dict[str, QToolButton] = {}
        specs = (
            ("bold", self.tr("Negrita"), "Ctrl+B", True, self._bold),
            ("italic", self.tr("Cursiva"), "Ctrl+I", True, self._italic),
            ("bullets", self.tr("Lista"), "Ctrl+Shift+8", False, self._bullets),
            ("numbers", self.tr("Lista numerada"), "Ctrl+Shift+7", False, self._numbers),
            ("heading", self.tr("Título"), "Ctrl+Shift+T", True, self._heading),
        )
        for key, text, keys, checkable, slot in specs:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setCheckable(checkable)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({shortcut})")
            action.triggered.connect(slot)
            self.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the text
            button.setAutoRaise(True)
            if key == "bold":
                button.setFont(scaled_font(button, 1.0, bold=True))
            elif key == "italic":
                font = button.font()
                font.setItalic(True)
                button.setFont(font)
            bar.addWidget(button)
            self.format_actions[key] = action
            self.buttons[key] = button
        self.words = label("", "muted", wrap=False)
        bar.addWidget(self.words)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.edit, 1)
        self.edit.currentCharFormatChanged.connect(lambda _f: self._update_buttons())
        self.edit.cursorPositionChanged.connect(self._update_buttons)
        self.edit.textChanged.connect(self._count)
        self.setMinimumWidth(em(self, 20))

    # Markdown in and out

    def markdown(self) -> str:
        self._source = normalise(self.edit.toMarkdown())
        return self._source

    def load_markdown(self, text: str, force: bool = False) -> None:
        text = text or ""
        if not force and text == self._source:
            return
        self._source = text
        self.edit.setMarkdown(text)
        self._count()

    def append_markdown(self, text: str) -> None:
        """Add ``text`` after what is written (one undo step; nothing written is touched)."""
        cursor = QTextCursor(self.edit.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.beginEditBlock()
        if self.edit.toPlainText().strip():
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        cursor.insertMarkdown(text)
        cursor.endEditBlock()
        self.edit.setTextCursor(cursor)
        self.edit.ensureCursorVisible()

    def plain_text(self) -> str:
        return self.edit.toPlainText()

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        mark_locked(self.edit, read_only)
        for action in self.format_actions.values():
            action.setEnabled(not read_only)

    def _count(self) -> None:
        count = word_count(self.edit.toPlainText())
        self.words.setText(words_text(count))
        self.words_changed.emit(count)

    # Formatting

    def _merge(self, fmt: QTextCharFormat) -> None:
        """The selection, or (without one) what is typed next."""
        self.edit.mergeCurrentCharFormat(fmt)

    def _bold(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        self._merge(fmt)

    def _italic(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(on)
        self._merge(fmt)

    def _bullets(self) -> None:
        self._toggle_list(QTextListFormat.Style.ListDisc)

    def _numbers(self) -> None:
        self._toggle_list(QTextListFormat.Style.ListDecimal)

    def _toggle_list(self, style: QTextListFormat.Style) -> None:
        cursor = self.edit.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None and current.format().style() == style:
            for block_cursor in self._selected_blocks(cursor):
                block = block_cursor.block()
                block_list = block.textList()
                if block_list is not None:
                    block_list.remove(block)
                block_format = block_cursor.blockFormat()
                block_format.setIndent(0)
                block_cursor.setBlockFormat(block_format)
        elif current is not None:
            list_format = current.format()
            list_format.setStyle(style)
            current.setFormat(list_format)
        else:
            blocks = self._selected_blocks(cursor)
            new_list = blocks[0].createList(style)
            for block_cursor in blocks[1:]:
                new_list.add(block_cursor.block())
        cursor.endEditBlock()
        self._update_buttons()

    def _selected_blocks(self, cursor: QTextCursor) -> list[QTextCursor]:
        document = self.edit.document()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        found = []
        block = first
        while block.isValid():
            found.append(QTextCursor(block))
            if block == last:
                break
            block = block.next()
        return found

    def _heading(self, on: bool) -> None:
        cursor = self.edit.textCursor()
        cursor.beginEditBlock()
        for block_cursor in self._selected_blocks(cursor):
            fmt = block_cursor.blockFormat()
            fmt.setHeadingLevel(HEADING_LEVEL if on else 0)
            block_cursor.setBlockFormat(fmt)
            char = QTextCharFormat()
            char.setProperty(QTextFormat.Property.FontSizeAdjustment, 1 if on else 0)
            char.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
            block_cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            block_cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            block_cursor.mergeCharFormat(char)
            block_cursor.mergeBlockCharFormat(char)
        cursor.endEditBlock()

    def _update_buttons(self) -> None:
        fmt = self.edit.currentCharFormat()
        cursor = self.edit.textCursor()
        self.format_actions["bold"].setChecked(fmt.fontWeight() >= QFont.Weight.Bold)
        self.format_actions["italic"].setChecked(fmt.fontItalic())
        self.format_actions["heading"].setChecked(cursor.blockFormat().headingLevel() > 0)


def bind_markdown(binder: Binder[Any], name: str, editor: ReportEditor) -> None:
    """Autosave a ReportEditor's Markdown like any other field."""

    def write(value: Any) -> None:
        editor.load_markdown(value or "")

    binder.custom(name, editor.edit, editor.markdown, write, editor.edit.textChanged)
